/**
 * @module Table geometry for pdfmake: merged cells expanded into a full grid (pdfmake wants a placeholder
 * for every covered cell, the report tree omits them), and column widths that keep every amount on one
 * line and share the rest of the page by content.
 */

type Spanned = { readonly text: string; readonly colSpan?: number; readonly rowSpan?: number };

/** A grid slot: the cell that starts there (with its clamped spans), or a slot covered by a merged cell. */
export type Slot<C> =
  | { readonly kind: 'cell'; readonly cell: C; readonly colSpan: number; readonly rowSpan: number }
  | { readonly kind: 'covered' }
  | { readonly kind: 'pad' };

/**
 * Places the cells of consecutive rows in a grid of `width` columns: a cell takes the next slot not covered
 * by a row-spanning cell above; spans are clamped to the grid; short rows are padded. Rows may be wider
 * than `width` only if the tree is malformed; use gridWidth first.
 */
export function expandRows<C extends Spanned>(rows: readonly (readonly C[])[], width: number): Slot<C>[][] {
  const grid: Slot<C>[][] = rows.map(() => []);
  rows.forEach((cells, r) => {
    const row = grid[r]!;
    let col = 0;
    for (const cell of cells) {
      while (row[col] !== undefined) col++;
      if (col >= width) break;
      const colSpan = Math.max(1, Math.min(cell.colSpan ?? 1, width - col));
      const rowSpan = Math.max(1, Math.min(cell.rowSpan ?? 1, rows.length - r));
      for (let dr = 0; dr < rowSpan; dr++) {
        const target = grid[r + dr]!;
        for (let dc = 0; dc < colSpan; dc++) {
          if (dr === 0 && dc === 0) target[col] = { kind: 'cell', cell, colSpan, rowSpan };
          else target[col + dc] = { kind: 'covered' };
        }
      }
      col += colSpan;
    }
  });
  return grid.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? { kind: 'pad' }));
}

/** The number of columns the rows need: the widest row once row-spanning cells above are counted. */
export function gridWidth(rows: readonly (readonly Spanned[])[]): number {
  const covered: number[][] = rows.map(() => []);
  let width = 0;
  rows.forEach((cells, r) => {
    const taken = new Set(covered[r]);
    let col = 0;
    for (const cell of cells) {
      while (taken.has(col)) col++;
      const colSpan = Math.max(1, cell.colSpan ?? 1);
      const rowSpan = Math.max(1, cell.rowSpan ?? 1);
      for (let dr = 1; dr < rowSpan && r + dr < rows.length; dr++) {
        for (let dc = 0; dc < colSpan; dc++) covered[r + dr]!.push(col + dc);
      }
      col += colSpan;
    }
    width = Math.max(width, col, ...[...taken].map((c) => c + 1));
  });
  return width;
}

/** Estimated width of a text in ems: CJK and full-width characters 1, others about 0.56. */
export function textEms(text: string): number {
  let ems = 0;
  for (const ch of text) ems += ch.codePointAt(0)! >= 0x2e80 ? 1 : 0.56;
  return ems;
}

/** What a column holds, for sizing: the widest unbreakable text (amounts, codes) and the widest text. */
export type ColumnNeed = { readonly fixed: number; readonly natural: number };

const AMOUNT = /^[-+−]?[\d,]*\.?\d+%?$/;
/** Text columns may wrap down to this many ems. */
const MIN_TEXT_EMS = 4;

/** The need of one cell text in points: amounts and codes never wrap, other text may wrap to 4 characters. */
export function cellNeed(text: string, fontSize: number): ColumnNeed {
  const natural = textEms(text) * fontSize;
  const fixed = AMOUNT.test(text.trim()) ? natural : Math.min(natural, MIN_TEXT_EMS * fontSize);
  return { fixed, natural };
}

/**
 * Column widths (content widths, without padding) that sum to `available`: every column gets at least its
 * fixed need, then the rest goes to the columns by how much more they would like; proportional when all
 * fit; scaled down (and wrapping) only when even the fixed needs do not fit.
 */
export function columnWidths(needs: readonly ColumnNeed[], available: number): number[] {
  const natural = needs.map((n) => Math.max(n.natural, n.fixed, 1));
  const sumNatural = natural.reduce((a, b) => a + b, 0);
  if (sumNatural <= available) return natural.map((w) => (w / sumNatural) * available);
  const fixed = needs.map((n) => Math.max(n.fixed, 1));
  const sumFixed = fixed.reduce((a, b) => a + b, 0);
  if (sumFixed >= available) return fixed.map((w) => (w / sumFixed) * available);
  const extra = natural.map((w, i) => w - fixed[i]!);
  const sumExtra = extra.reduce((a, b) => a + b, 0);
  return fixed.map((w, i) => w + (extra[i]! / sumExtra) * (available - sumFixed));
}

const NO_LINE_START = new Set([...'）)】」』》〉”’，。、；：？！%…·']);
const NO_LINE_END = new Set([...'（(【「『《〈“‘']);

const WORD = /[0-9A-Za-z.,%]/;

/** Whether a line may break between two characters of a label. */
function breakable(before: string, after: string): boolean {
  return !NO_LINE_START.has(after) && !NO_LINE_END.has(before) && !(WORD.test(before) && WORD.test(after));
}

/**
 * A short label broken into lines of balanced length when it does not fit `width` points (本年支出 / 合计
 * rather than 本年支出合 / 计), never before closing or after opening punctuation; '\n' between lines.
 */
export function balancedText(text: string, width: number, fontSize: number): string {
  const chars = [...text];
  const ems = textEms(text);
  if (ems * fontSize <= width || chars.length < 2 || text.includes('\n')) return text;
  for (let lines = Math.ceil((ems * fontSize) / width); lines <= chars.length; lines++) {
    const per = Math.ceil(chars.length / lines);
    const parts: string[] = [];
    let start = 0;
    while (start < chars.length) {
      let end = Math.min(chars.length, start + per);
      while (end < chars.length && end > start + 1 && !breakable(chars[end - 1]!, chars[end]!)) end--;
      parts.push(chars.slice(start, end).join(''));
      start = end;
    }
    if (parts.every((p) => textEms(p) * fontSize <= width)) return parts.join('\n');
  }
  return text;
}
