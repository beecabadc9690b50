/**
 * @module Numbering markers at the start of a line: 第一部分 / 第3部分, 一、, （一）, 1、 / 1., （1）.
 * Applied to normalised text (NFKC: full-width brackets and dots are ASCII).
 */

/** part 第X部分; cjk 一、; paren-cjk (一); arabic 1、 or 1.; paren-arabic (1). */
export type MarkerFamily = 'part' | 'cjk' | 'paren-cjk' | 'arabic' | 'paren-arabic';

export type Marker = {
  readonly family: MarkerFamily;
  readonly value: number;
  /** The marker as printed (normalised), e.g. "第3部分", "9、", "(2)". */
  readonly text: string;
  /** 'cjk' or 'arabic' digits; for arabic items also the separator. */
  readonly digits: 'cjk' | 'arabic';
  readonly separator: string;
  /** Length of the marker in the line text. */
  readonly length: number;
};

const CJK_DIGIT: Readonly<Record<string, number>> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Value of a Chinese numeral 一 … 九十九; NaN when malformed. */
export function cjkNumber(s: string): number {
  if (s === '十') return 10;
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(s);
  if (!m || s === '') return Number.NaN;
  const [, a, ten, b] = m;
  if (ten === undefined) return a !== undefined && b === undefined ? CJK_DIGIT[a]! : Number.NaN;
  return (a === undefined ? 1 : CJK_DIGIT[a]!) * 10 + (b === undefined ? 0 : CJK_DIGIT[b]!);
}

const PART = /^第([一二三四五六七八九十]{1,3}|\d{1,2})部分/;
const CJK = /^([一二三四五六七八九十]{1,3})([、.])/;
const PAREN_CJK = /^\(([一二三四五六七八九十]{1,3})\)/;
const ARABIC = /^(\d{1,2})([、.])(?!\d)/;
const PAREN_ARABIC = /^\((\d{1,2})\)/;

/** The numbering marker a (trimmed, normalised) line starts with, if any. */
export function lineMarker(text: string): Marker | undefined {
  if (text.includes('\t')) return undefined;
  const make = (
    family: MarkerFamily,
    m: RegExpExecArray,
    digits: 'cjk' | 'arabic',
    separator: string,
  ): Marker | undefined => {
    const value = digits === 'cjk' ? cjkNumber(m[1]!) : Number(m[1]);
    return Number.isFinite(value) && value > 0
      ? { family, value, text: m[0], digits, separator, length: m[0].length }
      : undefined;
  };
  let m = PART.exec(text);
  if (m) return make('part', m, /\d/.test(m[1]!) ? 'arabic' : 'cjk', '');
  m = CJK.exec(text);
  if (m) return make('cjk', m, 'cjk', m[2]!);
  m = PAREN_CJK.exec(text);
  if (m) return make('paren-cjk', m, 'cjk', '()');
  m = ARABIC.exec(text);
  if (m) return make('arabic', m, 'arabic', m[2]!);
  m = PAREN_ARABIC.exec(text);
  if (m) return make('paren-arabic', m, 'arabic', '()');
  return undefined;
}
