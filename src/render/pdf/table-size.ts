/**
 * @module Sizes of a table on the page, from its expanded grid: column widths by content, an estimate of
 * the rows' heights (to keep small tables in one piece), and the top margins that centre merged cells
 * vertically (pdfmake's own verticalAlignment misplaces cells in blocks moved to a new page).
 */
import { type ColumnNeed, cellNeed, columnWidths, type Slot, textEms } from './table-grid.ts';
import { FONT_LINE, TABLE_SIZE } from './theme.ts';

/** Cell paddings and rule width of the table layout, in points. */
export const PAD_X = 3;
export const PAD_Y = 2.5;
export const RULE = 0.5;
/** Height of one text line in a table cell (size × lineHeight 1.15 × font line). */
export const CELL_LINE = TABLE_SIZE * 1.15 * FONT_LINE;

type Grid = readonly (readonly Slot<{ readonly text: string }>[])[];

/**
 * A header would like one line when the whole table fits so; otherwise headers wrap before row labels do:
 * a long header would like two lines and accepts three, a short one accepts two (balancedText breaks them
 * evenly).
 */
function headerNeed(text: string, size: number, roomy: boolean): ColumnNeed {
  const ems = textEms(text);
  if (roomy || ems <= 4) return { natural: ems * size, fixed: Math.ceil(ems / 2) * size };
  return { natural: Math.ceil(ems / 2) * size, fixed: Math.ceil(ems / 3) * size };
}

function addNeeds(grid: Grid, needs: ColumnNeed[], need: (text: string) => ColumnNeed): void {
  for (const row of grid) {
    row.forEach((s, i) => {
      if (s.kind !== 'cell' || s.colSpan > 1) return;
      const n = need(s.cell.text);
      const old = needs[i]!;
      needs[i] = { fixed: Math.max(old.fixed, n.fixed), natural: Math.max(old.natural, n.natural) };
    });
  }
}

/** Column content widths (without padding) for a table `available` points wide, header rows first. */
export function gridWidths(
  header: Grid,
  body: Grid,
  columnNumbers: readonly string[],
  available: number,
): number[] {
  const width = (header[0] ?? body[0] ?? []).length;
  const size = TABLE_SIZE * 1.05; // a little room for bold text and rounding
  const content = available - width * 2 * PAD_X - (width + 1) * RULE - 0.5;
  const needsOf = (roomy: boolean) => {
    const needs: ColumnNeed[] = Array.from({ length: width }, () => ({ fixed: 0, natural: 0 }));
    addNeeds(header, needs, (t) => headerNeed(t, size, roomy));
    addNeeds(body, needs, (t) => cellNeed(t, size));
    columnNumbers.forEach((n, i) => {
      if (i < width) needs[i] = { ...needs[i]!, fixed: Math.max(needs[i]!.fixed, cellNeed(n, 8).fixed) };
    });
    return needs;
  };
  const roomy = needsOf(true);
  const fits = roomy.reduce((sum, n) => sum + Math.max(n.natural, n.fixed), 0) <= content;
  return columnWidths(fits ? roomy : needsOf(false), content);
}

/** The estimated number of lines a cell's text takes in its (merged) width. */
function cellLines(text: string, col: number, colSpan: number, widths: readonly number[]): number {
  const w = widths.slice(col, col + colSpan).reduce((a, b) => a + b, 0) + (colSpan - 1) * (2 * PAD_X + RULE);
  return text
    .split('\n')
    .reduce((n, line) => n + Math.max(1, Math.ceil((textEms(line) * TABLE_SIZE) / Math.max(w, 1))), 0);
}

/** Estimated lines of each row, from the cells that do not span rows. */
export function rowLines(grid: Grid, widths: readonly number[]): number[] {
  return grid.map((row) => {
    let lines = 1;
    row.forEach((s, i) => {
      if (s.kind === 'cell' && s.rowSpan === 1)
        lines = Math.max(lines, cellLines(s.cell.text, i, s.colSpan, widths));
    });
    return lines;
  });
}

/** Estimated height of the rows in points (merged cells taller than their rows counted too). */
export function gridHeight(grid: Grid, widths: readonly number[]): number {
  const lines = rowLines(grid, widths);
  grid.forEach((row, r) => {
    row.forEach((s, i) => {
      if (s.kind !== 'cell' || s.rowSpan === 1) return;
      const need = cellLines(s.cell.text, i, s.colSpan, widths);
      const have = lines.slice(r, r + s.rowSpan).reduce((a, b) => a + b, 0);
      if (need > have) lines[r + s.rowSpan - 1]! += need - have;
    });
  });
  return lines.reduce((h, l) => h + l * CELL_LINE + 2 * PAD_Y + RULE, RULE);
}

/** The top margin that centres a cell's text vertically in the rows it spans (0 when it fills them). */
export function centringMargin(
  grid: Grid,
  lines: readonly number[],
  widths: readonly number[],
  r: number,
  col: number,
): number {
  const s = grid[r]![col]!;
  if (s.kind !== 'cell') return 0;
  const spanned = lines.slice(r, r + s.rowSpan);
  const height = spanned.reduce((h, l) => h + l * CELL_LINE, 0) + (s.rowSpan - 1) * (2 * PAD_Y + RULE);
  const own = cellLines(s.cell.text, col, s.colSpan, widths) * CELL_LINE;
  return Math.max(0, Math.floor(((height - own) / 2) * 10) / 10);
}
