/**
 * @module Unruled tables of a PDF page (no grid to follow): runs of lines whose segments align in at
 * least three columns, with figures in them. Columns come from the x-ranges of the figure lines'
 * segments; every segment goes to the column holding its centre; a line with a single text segment
 * closely below a row (a wrapped label) continues that row's cell.
 */
import { joinWrapped } from './layout.ts';
import type { PageTable } from './pdf-lattice.ts';
import type { Line, Segment } from './pdf-lines.ts';

const FIGURE = /^[-+]?[\d,，]+(\.\d+)?%?$|^[-—–]$/;
const MIN_COLUMNS = 3;

const hasFigure = (l: Line) => l.segments.some((s) => FIGURE.test(s.text));

/** Column intervals from the segments of the rows that hold figures (overlapping ranges merged). */
function columnsOf(lines: readonly Line[]): [number, number][] {
  const ranges = lines
    .filter(hasFigure)
    .flatMap((l) => l.segments.map((s) => [s.x0, s.x1] as [number, number]))
    .sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [a, b] of ranges) {
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

function columnOf(cols: [number, number][], s: Segment): number {
  const c = (s.x0 + s.x1) / 2;
  let best = 0;
  let dist = Number.POSITIVE_INFINITY;
  cols.forEach(([a, b], j) => {
    const d = c < a ? a - c : c > b ? c - b : 0;
    if (d < dist) [best, dist] = [j, d];
  });
  return best;
}

/** A run of lines as a table, or undefined when it does not have the shape of one. */
function runTable(run: readonly Line[]): PageTable | undefined {
  const cols = columnsOf(run);
  if (cols.length < MIN_COLUMNS || run.filter(hasFigure).length < 2) return undefined;
  const rows: string[][] = [];
  let prev: Line | undefined;
  for (const line of run) {
    const cells = Array.from({ length: cols.length }, () => '');
    for (const s of line.segments) cells[columnOf(cols, s)] = joinWrapped(cells[columnOf(cols, s)]!, s.text);
    const last = rows[rows.length - 1];
    const continues =
      last && prev && line.segments.length === 1 && !hasFigure(line) && prev.y - line.y < 1.6 * line.size;
    if (continues) {
      const j = columnOf(cols, line.segments[0]!);
      if (last[j] !== '') last[j] = joinWrapped(last[j]!, line.segments[0]!.text);
      else rows.push(cells);
    } else rows.push(cells);
    prev = line;
  }
  return {
    top: run[0]!.y + run[0]!.size,
    bottom: run[run.length - 1]!.y,
    rows,
    used: new Set(run.flatMap((l) => l.items)),
  };
}

/** Unruled tables among a page's lines (top to bottom). */
export function streamTables(lines: readonly Line[]): PageTable[] {
  const tables: PageTable[] = [];
  let run: Line[] = [];
  const close = () => {
    // A single-segment line may sit inside a run (a wrapped label), not at its end.
    while (run.length > 0 && run[run.length - 1]!.segments.length < 2) run.pop();
    if (run.length >= 2) {
      const t = runTable(run);
      if (t) tables.push(t);
    }
    run = [];
  };
  for (const line of lines) {
    const prev = run[run.length - 1];
    const near = prev !== undefined && prev.y - line.y <= 3 * line.size;
    const tabular = line.segments.length >= 2 && !/[。；]/.test(line.text);
    if (tabular && (run.length === 0 || near)) run.push(line);
    else if (
      !tabular &&
      near &&
      line.segments.length === 1 &&
      !/[。；]/.test(line.text) &&
      line.text.length <= 20
    )
      run.push(line);
    else {
      close();
      if (tabular) run.push(line);
    }
  }
  close();
  return tables;
}
