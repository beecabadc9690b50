/**
 * @module Layout helpers shared by the PDF, DOCX and HTML readers: joining text that a line end or a
 * cell wrap split, laying merged cells on a grid, and the caption of a table (its number, title and
 * unit) from the lines printed just above it.
 */
import { normaliseCell } from '../normalise.ts';

// Chinese text has no spaces between words: spaces next to a Chinese character come from justification,
// letter spacing or source line breaks (or typesetting around figures) and are dropped.
const CJK = '\\u2E80-\\u9FFF\\uF900-\\uFAFF\\uFF00-\\uFFEF\\u3000-\\u303F\\u2018-\\u201F';
const CJK_SPACE = new RegExp(
  `(?<=[${CJK}])[ \\t\\n\\r\\f\\u00A0]+(?=\\S)|(?<=\\S)[ \\t\\n\\r\\f\\u00A0]+(?=[${CJK}])`,
  'g',
);

/** Text without the spaces set next to Chinese characters, trimmed. */
export function tidy(text: string): string {
  return text.replace(CJK_SPACE, '').trim();
}

const LATIN_END = /[A-Za-z0-9%)\]]$/;
const LATIN_START = /^[A-Za-z([]/;

/** Joins two pieces of wrapped text: nothing between Chinese text or digits, a space between words. */
export function joinWrapped(a: string, b: string): string {
  if (a === '') return b;
  if (b === '') return a;
  return LATIN_END.test(a) && LATIN_START.test(b) ? `${a} ${b}` : `${a}${b}`;
}

/** A table cell with its spans (1 when absent). */
export type SpanCell = { readonly text: string; readonly colSpan?: number; readonly rowSpan?: number };

/**
 * Rows of cells with spans laid on a grid, as the audit expects: a merged cell's text in its first
 * slot, the slots it covers blank. Fully blank rows are dropped.
 */
export function spanGrid(rows: readonly (readonly SpanCell[])[]): string[][] {
  const grid: (string | undefined)[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    let col = 0;
    for (const cell of row) {
      while (grid[r]![col] !== undefined) col += 1;
      const cs = Math.max(1, Math.min(cell.colSpan ?? 1, 1000));
      const rs = Math.max(1, Math.min(cell.rowSpan ?? 1, rows.length - r));
      for (let dr = 0; dr < rs; dr += 1)
        for (let dc = 0; dc < cs; dc += 1) grid[r + dr]![col + dc] = dr === 0 && dc === 0 ? cell.text : '';
      col += cs;
    }
  });
  const width = Math.max(0, ...grid.map((r) => r.length));
  return grid
    .map((r) => Array.from({ length: width }, (_, j) => r[j] ?? ''))
    .filter((r) => r.some((c) => c.trim() !== ''));
}

const LONG_PROSE = 100;

/** A table used for page layout rather than data: one filled cell per row, or mostly prose. */
export function isLayout(rows: readonly (readonly SpanCell[])[]): boolean {
  if (rows.every((r) => r.filter((c) => c.text !== '').length <= 1)) return true;
  const all = rows.flat();
  const prose = all.filter((c) => c.text.length >= LONG_PROSE && /。/.test(c.text));
  const total = all.reduce((n, c) => n + c.text.length, 0);
  return prose.reduce((n, c) => n + c.text.length, 0) * 2 > total;
}

const COLUMN_NUMBERS = /^(栏次|栏号)$/;

/**
 * Rows without the 栏次 row (the column numbers 1, 2, 3 … printed under a header): it numbers the
 * columns and is not data, so the figures below are not read as its continuation.
 */
export function withoutColumnNumbers(rows: readonly string[][]): string[][] {
  return rows.filter((row) => {
    const cells = row.map((c) => c.trim()).filter((c) => c !== '');
    return !(
      COLUMN_NUMBERS.test(cells[0] ?? '') && cells.every((c) => COLUMN_NUMBERS.test(c) || /^\d{1,3}$/.test(c))
    );
  });
}

const UNIT = /(?:金额)?单位[:：]\s*(?:人民币)?(万元|亿元|元)/;
const ENTITY = /编制(?:单位|部门)[:：]\s*.*?(?=(?:金额)?单位[:：]|\s{2,}|\t|$)/;
const NUMBER_ONLY =
  /^(公开\s*\d+\s*表|附表\s*[\d一二三四五六七八九十]*|表\s*[\d一二三四五六七八九十]+|\S{0,8}\d+表)$/;
const NUMBER_PREFIX = /^(公开\s*\d+\s*表|附表\s*\d*|表\s*\d+)\s*(\S.*表.*)$/;
const TITLE_MAX = 60;

/**
 * The caption of a table from the (up to three) non-blank lines printed just above it, nearest last:
 * "公开03表 支出决算表 单位：万元". The 编制单位 is left out; undefined when no line names a table.
 */
export function tableCaption(above: readonly string[]): string | undefined {
  const lines = above
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l !== '')
    .slice(-3);
  let unit: string | undefined;
  let title: string | undefined;
  let number: string | undefined;
  for (let i = lines.length - 1; i >= 0; i -= 1) {
    const norm = normaliseCell(lines[i]!);
    const u = UNIT.exec(norm);
    if (u && unit === undefined) unit = `单位：${u[1]}`;
    const rest = norm
      .replace(ENTITY, '')
      .replace(UNIT, '')
      .replace(/\(\s*\)/g, '')
      .trim();
    if (rest === '' || rest.length > TITLE_MAX || !/表/.test(rest) || /[。；]/.test(rest)) continue;
    const split = NUMBER_PREFIX.exec(rest);
    if (NUMBER_ONLY.test(rest)) number ??= rest;
    else if (split && title === undefined && number === undefined) [number, title] = [split[1]!, split[2]!];
    else title ??= rest;
    if (number !== undefined && title !== undefined) break;
  }
  if (title === undefined && number === undefined) return undefined;
  return [number, title, unit].filter((s) => s !== undefined).join(' ');
}
