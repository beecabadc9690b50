/**
 * @module Test helper: the width of every header and body row of a table once merged cells
 * (colSpan, and rowSpan from the rows above) are taken into account.
 */
import type { ReportTable } from '../types.ts';

type Spanning = { readonly colSpan?: number; readonly rowSpan?: number };

/** Width of each row of a grid of cells, counting cells that span down from earlier rows. */
export function rowWidths(rows: readonly (readonly Spanning[])[]): number[] {
  const carried: number[] = rows.map(() => 0);
  return rows.map((row, r) => {
    let width = carried[r]!;
    for (const c of row) {
      const w = c.colSpan ?? 1;
      width += w;
      for (let k = 1; k < (c.rowSpan ?? 1); k++) if (r + k < rows.length) carried[r + k]! += w;
    }
    return width;
  });
}

/** The column count of a table, taken from its 栏次 row or first body row. */
export function columnCount(t: ReportTable): number {
  return t.columnNumbers?.length ?? rowWidths([t.body[0]?.cells ?? []])[0]!;
}
