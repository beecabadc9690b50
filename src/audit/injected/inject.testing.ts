/**
 * @module Test helpers: defects injected into a report TREE before it is rendered (so every format —
 * text, HTML, DOCX, PDF — carries the same defect): replace a piece of text wherever it stands (runs of a
 * paragraph, list item, heading, part title, table cell or note), renumber a heading or part, remove a
 * part or a table, drop a table's note.
 */
import assert from 'node:assert/strict';
import type { TableId } from '../../catalog/tables/types.ts';
import type { Block, Report, Run } from '../../report/types.ts';

type Mutable<T> = T extends readonly (infer U)[]
  ? Mutable<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: Mutable<T[K]> }
    : T;
type MReport = Mutable<Report>;
type MBlock = Mutable<Block>;
type MRun = Mutable<Run>;

/** An edit of a copy of the report tree. */
export type Injection = (report: MReport) => void;

/** Applies edits to a deep copy of the report. */
export function inject(report: Report, ...edits: readonly Injection[]): Report {
  const copy = structuredClone(report) as MReport;
  for (const edit of edits) edit(copy);
  return copy as Report;
}

/** Replaces `from` in runs; runs the text spans are merged into one plain run. True when replaced. */
function replaceInRuns(runs: MRun[], from: string, to: string): boolean {
  const joined = runs.map((r) => r.text).join('');
  const at = joined.indexOf(from);
  if (at < 0) return false;
  let offset = 0;
  const covered: number[] = [];
  runs.forEach((r, i) => {
    const end = offset + r.text.length;
    if (end > at && offset < at + from.length) covered.push(i);
    offset = end;
  });
  const first = covered[0]!;
  const last = covered[covered.length - 1]!;
  if (first === last) {
    runs[first]!.text = runs[first]!.text.replace(from, to);
    return true;
  }
  const text = runs
    .slice(first, last + 1)
    .map((r) => r.text)
    .join('')
    .replace(from, to);
  runs.splice(first, last - first + 1, { text });
  return true;
}

/** Replaces the first `from` in a block; true when replaced. */
function replaceInBlock(b: MBlock, from: string, to: string): boolean {
  const swap = (s: string) => (s.includes(from) ? s.replace(from, to) : undefined);
  switch (b.kind) {
    case 'heading': {
      const text = swap(b.text);
      if (text !== undefined) b.text = text;
      return text !== undefined;
    }
    case 'paragraph':
    case 'note':
      return replaceInRuns(b.runs, from, to);
    case 'list':
      return b.items.some((runs) => replaceInRuns(runs, from, to));
    case 'figure':
      return false;
    case 'table': {
      for (const row of b.body)
        for (const cell of row.cells) {
          const text = swap(cell.text);
          if (text !== undefined) {
            cell.text = text;
            return true;
          }
        }
      const i = b.notes.findIndex((n) => n.includes(from));
      if (i >= 0) b.notes[i] = b.notes[i]!.replace(from, to);
      return i >= 0;
    }
  }
}

/** Replaces the first occurrence of `from` (part titles, then blocks in order); fails when absent. */
export const replace =
  (from: string, to: string, opts: { part?: number } = {}): Injection =>
  (r) => {
    for (const [i, part] of r.parts.entries()) {
      if (opts.part !== undefined && i + 1 !== opts.part) continue;
      if (part.title.includes(from)) {
        part.title = part.title.replace(from, to);
        return;
      }
      if (part.blocks.some((b) => replaceInBlock(b, from, to))) return;
    }
    assert.fail(`the report has no "${from}"${opts.part === undefined ? '' : ` in part ${opts.part}`}`);
  };

/** Changes the printed number of the first heading numbered `from`. */
export const renumberHeading =
  (from: string, to: string): Injection =>
  (r) => {
    const h = r.parts.flatMap((p) => p.blocks).find((b) => b.kind === 'heading' && b.number === from);
    assert.ok(h?.kind === 'heading', `a heading numbered ${from}`);
    h.number = to;
  };

/** Changes the printed number of a part (第三部分 → 第3部分). */
export const renumberPart =
  (from: string, to: string): Injection =>
  (r) => {
    const p = r.parts.find((x) => x.number === from);
    assert.ok(p, `a part ${from}`);
    p.number = to;
  };

/** Removes the part titled `title`. */
export const removePart =
  (title: string): Injection =>
  (r) => {
    const i = r.parts.findIndex((p) => p.title === title);
    assert.ok(i >= 0, `a part titled ${title}`);
    r.parts.splice(i, 1);
  };

function tableOf(r: MReport, id: TableId) {
  const t = r.parts.flatMap((p) => p.blocks).find((b) => b.kind === 'table' && b.table === id);
  assert.ok(t?.kind === 'table', `table ${id}`);
  return t;
}

/** Removes table `id` from the report. */
export const removeTable =
  (id: TableId): Injection =>
  (r) => {
    for (const p of r.parts) {
      const i = p.blocks.findIndex((b) => b.kind === 'table' && b.table === id);
      if (i >= 0) p.blocks.splice(i, 1);
    }
    assert.ok(!r.parts.some((p) => p.blocks.some((b) => b.kind === 'table' && b.table === id)));
  };

/** Removes the notes of table `id` that match. */
export const dropNotes =
  (id: TableId, match: RegExp): Injection =>
  (r) => {
    const t = tableOf(r, id);
    const before = t.notes.length;
    t.notes = t.notes.filter((n) => !match.test(n));
    assert.ok(t.notes.length < before, `table ${id} has a note matching ${match}`);
  };

/** Sets the text of a body cell of table `id` (row and column by index, the last cell with -1). */
export const setCell =
  (id: TableId, row: number, col: number, text: string): Injection =>
  (r) => {
    const cells = tableOf(r, id).body[row]?.cells;
    const cell = cells?.[col < 0 ? cells.length + col : col];
    assert.ok(cell, `table ${id} has cell ${row}/${col}`);
    cell.text = text;
  };
