/**
 * @module Table geometry for Word: places cells with colSpan/rowSpan on a column grid (covered cells are
 * omitted from the rows below in the report tree, as in HTML; Word needs an explicit vMerge cell in each
 * covered row) and sizes the grid's columns to the text they hold.
 */

/** A cell as the report tree gives it: text and spans. */
export type SpanCell = { readonly text: string; readonly colSpan?: number; readonly rowSpan?: number };

/** One cell of a Word row: a real cell (vMerge 'restart' when it spans rows down), or a covered continuation. */
export type Slot<C> =
  | {
      readonly kind: 'cell';
      readonly cell: C;
      readonly col: number;
      readonly colSpan: number;
      readonly merge?: 'restart';
    }
  | { readonly kind: 'continue'; readonly origin: C; readonly col: number; readonly colSpan: number }
  | { readonly kind: 'pad'; readonly col: number };

type Active<C> = { readonly origin: C; readonly col: number; readonly colSpan: number; rowsLeft: number };

function spanOf(n: number | undefined): number {
  return n !== undefined && Number.isInteger(n) && n > 1 ? n : 1;
}

/**
 * Places rows of cells on a grid `columns` wide (at least as wide as the widest row needs). Each returned row
 * covers the grid exactly: its own cells, a continuation for every cell merged down from above, and padding
 * where the tree's row is short. Spans running past the last row are cut there.
 */
export function placeRows<C extends SpanCell>(
  rows: readonly (readonly C[])[],
  columns = 0,
): { readonly rows: Slot<C>[][]; readonly columns: number } {
  const placed: Slot<C>[][] = [];
  let active: Active<C>[] = [];
  let width = columns;
  for (let r = 0; r < rows.length; r++) {
    const out: Slot<C>[] = [];
    const above = active.filter((a) => a.rowsLeft > 0).sort((a, b) => a.col - b.col);
    let col = 0;
    const takeCovered = (): void => {
      for (const a of above) {
        if (a.col === col) {
          out.push({ kind: 'continue', origin: a.origin, col, colSpan: a.colSpan });
          col += a.colSpan;
        }
      }
    };
    const started: Active<C>[] = [];
    for (const cell of rows[r] ?? []) {
      takeCovered();
      const colSpan = spanOf(cell.colSpan);
      const rowSpan = Math.min(spanOf(cell.rowSpan), rows.length - r);
      out.push(
        rowSpan > 1
          ? { kind: 'cell', cell, col, colSpan, merge: 'restart' }
          : { kind: 'cell', cell, col, colSpan },
      );
      if (rowSpan > 1) started.push({ origin: cell, col, colSpan, rowsLeft: rowSpan - 1 });
      col += colSpan;
    }
    // Covered cells right of the row's last own cell.
    for (const a of above) {
      if (a.col >= col) {
        out.push({ kind: 'continue', origin: a.origin, col: a.col, colSpan: a.colSpan });
        col = a.col + a.colSpan;
      }
    }
    for (const a of above) a.rowsLeft--;
    active = [...above.filter((a) => a.rowsLeft > 0), ...started];
    width = Math.max(width, col);
    placed.push(out);
  }
  return { rows: placed.map((row) => pad(row, width)), columns: width };
}

/** Fills the gaps of a row (between and after its slots) with padding cells, one per missing column. */
function pad<C>(row: readonly Slot<C>[], columns: number): Slot<C>[] {
  const sorted = [...row].sort((a, b) => a.col - b.col);
  const out: Slot<C>[] = [];
  let col = 0;
  for (const s of sorted) {
    while (col < s.col) out.push({ kind: 'pad', col: col++ });
    out.push(s);
    col = s.col + (s.kind === 'pad' ? 1 : s.colSpan);
  }
  while (col < columns) out.push({ kind: 'pad', col: col++ });
  return out;
}

/** Width of a text in ems: CJK and full-width characters one em, others (digits, Latin) about half. */
export function textEms(text: string): number {
  let w = 0;
  for (const ch of text) w += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 1 : 0.55;
  return w;
}

/**
 * What a column needs, in ems: `max` its text on one line, `min` the least it can take (the widest amount, which
 * never wraps; a few characters for text, which wraps).
 */
export type ColumnNeed = { readonly min: number; readonly max: number };

/**
 * Column widths in twips filling `total`, as browsers lay out tables: every column gets its one-line width when
 * all fit (the slack shared in proportion); otherwise each gets its minimum plus a share of the rest in
 * proportion to how much more it would like.
 */
export function columnWidths(
  needs: readonly ColumnNeed[],
  emTwips: number,
  padTwips: number,
  total: number,
): number[] {
  const min = needs.map((n) => n.min * emTwips + padTwips);
  const max = needs.map((n, i) => Math.max(n.max * emTwips + padTwips, min[i] ?? 0));
  const sumMin = min.reduce((a, b) => a + b, 0);
  const sumMax = max.reduce((a, b) => a + b, 0);
  if (sumMax <= total || sumMax === sumMin || sumMin >= total) return fit(sumMax <= total ? max : min, total);
  const share = (total - sumMin) / (sumMax - sumMin);
  return fit(
    min.map((m, i) => m + ((max[i] ?? m) - m) * share),
    total,
  );
}

/** Scales widths to add up to exactly `total` twips (integers; rounding goes to the last column). */
function fit(widths: readonly number[], total: number): number[] {
  const sum = widths.reduce((a, b) => a + b, 0);
  if (widths.length === 0 || sum <= 0) return widths.map(() => 0);
  const out = widths.map((w) => Math.floor((w / sum) * total));
  out[out.length - 1] = total - out.slice(0, -1).reduce((a, b) => a + b, 0);
  return out;
}
