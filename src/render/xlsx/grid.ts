/**
 * @module Positions of the cells of a report table's header or body rows on a grid: cells covered by a
 * colSpan or a rowSpan from an earlier row are omitted from the report tree's rows (as in HTML), so each
 * cell goes to the first free column of its row.
 */

type Spanning = { readonly colSpan?: number; readonly rowSpan?: number };

/** A cell with its 0-based grid position and spans. */
export type Placed<T> = {
  readonly row: number;
  readonly col: number;
  readonly rowSpan: number;
  readonly colSpan: number;
  readonly cell: T;
};

/** Places the cells of rows on a grid, skipping the positions covered by spans from earlier cells. */
export function placeRows<T extends Spanning>(rows: readonly (readonly T[])[]): Placed<T>[] {
  const taken = new Set<string>();
  const key = (r: number, c: number) => `${r}:${c}`;
  const out: Placed<T>[] = [];
  rows.forEach((cells, r) => {
    let col = 0;
    for (const cell of cells) {
      while (taken.has(key(r, col))) col++;
      const rowSpan = Math.max(1, cell.rowSpan ?? 1);
      const colSpan = Math.max(1, cell.colSpan ?? 1);
      for (let dr = 0; dr < rowSpan; dr++) {
        for (let dc = 0; dc < colSpan; dc++) taken.add(key(r + dr, col + dc));
      }
      out.push({ row: r, col, rowSpan, colSpan, cell });
      col += colSpan;
    }
  });
  return out;
}

/** The number of grid columns the placed cells occupy. */
export function gridWidth(placed: readonly Placed<unknown>[]): number {
  return Math.max(0, ...placed.map((p) => p.col + p.colSpan));
}

/** Excel column letters of a 1-based column index (1 → A, 27 → AA). */
export function columnLetter(index: number): string {
  let n = index;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
