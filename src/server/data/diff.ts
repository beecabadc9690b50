/**
 * @module What changed between two versions: the table cells (table, row, column: old → new in 万元) and
 * the sentences of the report text (an LCS diff of the sentences of headings, paragraphs, lists and notes).
 */
import { tableDef } from '../../catalog/tables/definitions.ts';
import { TABLE_IDS, type TableId } from '../../catalog/tables/types.ts';
import type { Dataset, TableRow } from '../../model/types.ts';
import { type Fen, formatWan } from '../../money/index.ts';
import type { Block, Report, Run } from '../../report/types.ts';

/** One changed cell; amounts as 万元 text, null when blank. */
export type CellChange = {
  readonly unit: string | null;
  readonly table: TableId;
  readonly tableTitle: string;
  readonly row: string;
  readonly rowName: string;
  readonly column: string;
  readonly columnLabel: string;
  readonly before: string | null;
  readonly after: string | null;
};

/** One changed sentence. */
export type SentenceChange = { readonly kind: 'removed' | 'added'; readonly text: string };

const wan = (f: Fen | null | undefined): string | null =>
  f === null || f === undefined ? null : formatWan(f);

function rowLabel(table: TableId, row: TableRow | undefined, code: string): string {
  const fixed = tableDef(table).fixedRows?.find((r) => r.key === code)?.label;
  return row?.name || fixed || code;
}

function diffDataset(a: Dataset, b: Dataset, unit: string | null, out: CellChange[]): void {
  for (const table of TABLE_IDS) {
    const ta = a.tables[table]?.rows ?? [];
    const tb = b.tables[table]?.rows ?? [];
    if (ta.length === 0 && tb.length === 0) continue;
    const def = tableDef(table);
    const byA = new Map(ta.map((r) => [r.code, r]));
    const byB = new Map(tb.map((r) => [r.code, r]));
    const codes = [...new Set([...ta.map((r) => r.code), ...tb.map((r) => r.code)])];
    for (const code of codes) {
      const ra = byA.get(code);
      const rb = byB.get(code);
      const columns = [
        ...new Set([
          ...def.columns.map((c) => c.id),
          ...Object.keys(ra?.cells ?? {}),
          ...Object.keys(rb?.cells ?? {}),
        ]),
      ];
      for (const column of columns) {
        const before = wan(ra?.cells[column]);
        const after = wan(rb?.cells[column]);
        if (before === after) continue;
        out.push({
          unit,
          table,
          tableTitle: def.title,
          row: code,
          rowName: rowLabel(table, rb ?? ra, code),
          column,
          columnLabel: [
            ...(def.columns.find((c) => c.id === column)?.groups ?? []),
            def.columns.find((c) => c.id === column)?.label ?? column,
          ].join('/'),
          before,
          after,
        });
      }
    }
  }
  const unitsA = new Map(a.entity.units.map((u) => [u.name, u.dataset]));
  for (const u of b.entity.units) {
    const da = unitsA.get(u.name);
    if (da !== undefined && u.dataset !== undefined) diffDataset(da, u.dataset, u.name, out);
  }
}

/** The table cells that differ between two datasets (and between their units' own datasets). */
export function diffTables(a: Dataset, b: Dataset): CellChange[] {
  const out: CellChange[] = [];
  diffDataset(a, b, null, out);
  return out;
}

function runsText(runs: readonly Run[]): string {
  return runs.map((r) => r.text).join('');
}

function blockTexts(b: Block): string[] {
  switch (b.kind) {
    case 'heading':
      return [`${b.number}${b.text}`];
    case 'paragraph':
    case 'note':
      return [runsText(b.runs)];
    case 'list':
      return b.items.map(runsText);
    case 'table':
      return [...b.notes];
    case 'figure':
      return [b.caption];
  }
}

/** The report's text as sentences, in reading order (tables contribute their notes only). */
export function reportSentences(report: Report): string[] {
  const out: string[] = [report.title];
  for (const part of report.parts) {
    out.push(`${part.number} ${part.title}`);
    for (const b of part.blocks) {
      for (const t of blockTexts(b)) {
        for (const s of t.split(/(?<=[。！？；])/)) {
          const trimmed = s.trim();
          if (trimmed !== '') out.push(trimmed);
        }
      }
    }
  }
  return out;
}

const MAX_LCS = 6000;

/** The sentences removed from `a` and added in `b`, in order (LCS alignment). */
export function diffSentences(a: readonly string[], b: readonly string[]): SentenceChange[] {
  // Common head and tail need no table.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head += 1;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  )
    tail += 1;
  const x = a.slice(head, a.length - tail);
  const y = b.slice(head, b.length - tail);
  if (x.length > MAX_LCS || y.length > MAX_LCS) {
    const inB = new Set(y);
    const inA = new Set(x);
    return [
      ...x.filter((s) => !inB.has(s)).map((text) => ({ kind: 'removed' as const, text })),
      ...y.filter((s) => !inA.has(s)).map((text) => ({ kind: 'added' as const, text })),
    ];
  }
  const n = x.length;
  const m = y.length;
  const lcs = new Int32Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i -= 1) {
    for (let j = m - 1; j >= 0; j -= 1) {
      lcs[i * (m + 1) + j] =
        x[i] === y[j]
          ? lcs[(i + 1) * (m + 1) + j + 1]! + 1
          : Math.max(lcs[(i + 1) * (m + 1) + j]!, lcs[i * (m + 1) + j + 1]!);
    }
  }
  const out: SentenceChange[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (x[i] === y[j]) {
      i += 1;
      j += 1;
    } else if (lcs[(i + 1) * (m + 1) + j]! >= lcs[i * (m + 1) + j + 1]!) {
      out.push({ kind: 'removed', text: x[i]! });
      i += 1;
    } else {
      out.push({ kind: 'added', text: y[j]! });
      j += 1;
    }
  }
  while (i < n) out.push({ kind: 'removed', text: x[i++]! });
  while (j < m) out.push({ kind: 'added', text: y[j++]! });
  return out;
}
