/**
 * @module Reading table rows as written (inline YAML rows or CSV records) into fen-valued rows,
 * resolving row keys and column headers against the table definitions.
 */
import { tableDef } from '../catalog/tables/definitions.ts';
import type { TableDef, TableId } from '../catalog/tables/types.ts';
import { type Fen, parseAmount, type Unit } from '../money/index.ts';
import type { InputError } from './errors.ts';
import type { TableData, TableRow } from './types.ts';

/** A row as read from a file: its code, name and raw cell texts keyed by header. */
export type RawRow = {
  readonly code: string;
  readonly name?: string;
  readonly cells: Readonly<Record<string, string | number | null | undefined>>;
  /** Human-readable place of the row, e.g. `tables/T06.csv 第3行`. */
  readonly where: string;
};

const TOTAL_ALIASES = new Set(['合计', 'total', '总计']);

/** Map a header (column id or its unique Chinese label) to the column id. */
export function resolveColumn(def: TableDef, header: string): string | undefined {
  const h = header.trim();
  if (def.columns.some((c) => c.id === h)) return h;
  const byLabel = def.columns.filter((c) => c.label === h || [...(c.groups ?? []), c.label].join('/') === h);
  return byLabel.length === 1 ? byLabel[0]?.id : undefined;
}

/** Normalise a row key: the 合计 row, a fixed row (by key or unique label) or a classification code. */
export function resolveRowCode(def: TableDef, code: string): string | undefined {
  const c = code.trim();
  const fixed = def.fixedRows ?? [];
  if (fixed.some((r) => r.key === c)) return c;
  const byLabel = fixed.filter((r) => r.label === c);
  if (byLabel.length === 1) return byLabel[0]?.key;
  switch (def.keying) {
    case 'functional':
      if (TOTAL_ALIASES.has(c)) return 'total';
      return /^\d{3}(\d{2}){0,2}$/.test(c) ? c : undefined;
    case 'economic':
      if (TOTAL_ALIASES.has(c)) return 'total';
      return /^\d{3}(\d{2})?$/.test(c) ? c : undefined;
    case 'balance':
      return /^\d{3}$/.test(c) ? c : undefined;
    case 'single':
      return ['amount', '金额', '合计', '决算'].includes(c) ? 'amount' : undefined;
  }
}

function amountOf(
  raw: string | number | null | undefined,
  unit: Unit,
  where: string,
  errors: InputError[],
): Fen | null {
  if (raw === null || raw === undefined) return null;
  const text = typeof raw === 'number' ? String(raw) : raw;
  if (text.trim() === '') return null;
  const r = parseAmount(text, unit);
  if (r.ok) return r.value;
  const why =
    r.error.code === 'too-many-decimals'
      ? `小数位数过多（${unit === 'wanYuan' ? '万元最多6位' : '元最多2位'}）`
      : '不是有效的金额';
  errors.push({ where, message: `${why}：“${text}”` });
  return null;
}

/** Convert the raw rows of one table; errors name the file, row and column. */
export function readTable(id: TableId, rows: readonly RawRow[], unit: Unit, errors: InputError[]): TableData {
  const def = tableDef(id);
  const out: TableRow[] = [];
  const seen = new Map<string, string>();
  for (const raw of rows) {
    const code = resolveRowCode(def, raw.code);
    if (code === undefined) {
      errors.push({
        where: raw.where,
        message: `${def.title}（${id}）中无法识别的行编码或项目：“${raw.code}”`,
      });
      continue;
    }
    const previous = seen.get(code);
    if (previous !== undefined) {
      errors.push({
        where: raw.where,
        message: `${def.title}（${id}）中行“${raw.code}”重复（首次出现于${previous}）`,
      });
      continue;
    }
    seen.set(code, raw.where);
    const cells: Record<string, Fen | null> = {};
    for (const [header, value] of Object.entries(raw.cells)) {
      const col = resolveColumn(def, header);
      if (col === undefined) {
        errors.push({ where: `${raw.where}，列“${header}”`, message: `${def.title}（${id}）没有这一列` });
        continue;
      }
      cells[col] = amountOf(value, unit, `${raw.where}，列“${header}”`, errors);
    }
    const fixedLabel = def.fixedRows?.find((r) => r.key === code)?.label;
    out.push({ code, name: raw.name?.trim() || fixedLabel || '', cells, source: raw.where });
  }
  return { rows: out };
}
