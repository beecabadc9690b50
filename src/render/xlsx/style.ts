/**
 * @module Cell styles of the 附表 workbook (宋体, thin borders, '#,##0.00' amounts, text codes) and
 * width estimates for Chinese text: a CJK or full-width character is about two Excel width units.
 */
import type { Alignment, Borders, Font } from 'exceljs';

/** Number format of every amount cell (万元, two decimals shown; the cell holds the exact value). */
export const AMOUNT_FORMAT = '#,##0.00';
/** Number format of code cells, so codes typed into the template stay text ('2010301', leading zeros). */
export const TEXT_FORMAT = '@';

const FONT_NAME = '宋体';
/** GB2312 character set, so Excel picks the Chinese face. */
const CHARSET = 134;

export const BODY_FONT: Partial<Font> = { name: FONT_NAME, size: 10, charset: CHARSET };
export const BOLD_FONT: Partial<Font> = { ...BODY_FONT, bold: true };
export const DRAFT_FONT: Partial<Font> = { ...BOLD_FONT, color: { argb: 'FFFF0000' } };
export const TITLE_FONT: Partial<Font> = { name: FONT_NAME, size: 16, bold: true, charset: CHARSET };

const THIN = { style: 'thin' as const };
export const BORDER: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

export function align(
  horizontal: 'left' | 'center' | 'right',
  extra: Partial<Alignment> = {},
): Partial<Alignment> {
  return { horizontal, vertical: 'middle', ...extra };
}

/** Points per wrapped line of 10-point text, and the default body row height. */
export const LINE_HEIGHT = 13.5;
export const BODY_ROW_HEIGHT = 18;

/** Approximate display width of text in Excel width units (CJK and full-width forms count two). */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    w += cp >= 0x2e80 || (cp >= 0x1100 && cp <= 0x115f) ? 2 : 1;
  }
  return w;
}

/** Lines needed to show text in a column (or merged columns) of the given width. */
export function linesFor(text: string, width: number): number {
  if (text === '') return 1;
  return Math.max(1, Math.ceil(textWidth(text) / Math.max(1, width - 1.5)));
}

export function clamp(n: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, n));
}
