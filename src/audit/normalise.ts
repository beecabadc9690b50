/**
 * @module Normalising third-party report text before reading it: NFKC (full-width digits and
 * punctuation, Kangxi radicals, compatibility ideographs), CJK radical supplement to unified ideographs,
 * traditional to simplified characters, invisible characters removed, numbers that a line break
 * split ("651.\n04") joined, and spaces typed around figures in running text dropped ("支出 12.34 万元").
 * Every output character keeps the offset of the input character it came from, so evidence can quote
 * the original text.
 */
import { RADICAL_TO_IDEOGRAPH } from './radicals.ts';
import { TRADITIONAL_TO_SIMPLIFIED } from './t2s.ts';

/** Normalised text and, for each of its UTF-16 units, the offset of the source unit it came from. */
export type Normalised = { readonly text: string; readonly origin: readonly number[] };

// Zero-width characters and the BOM survive NFKC; \r is dropped so lines end in \n only.
const DROPPED = new Set(['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\r', '\u00AD']);

/** One character of the normalised alphabet (after NFKC). */
function mapChar(c: string): string {
  const radical = RADICAL_TO_IDEOGRAPH.get(c);
  const ideograph = radical ?? c;
  return TRADITIONAL_TO_SIMPLIFIED.get(ideograph) ?? ideograph;
}

/** Character-level normalisation with the origin of every output unit. */
function normaliseChars(source: string): { out: string[]; origin: number[] } {
  const out: string[] = [];
  const origin: number[] = [];
  let offset = 0;
  for (const cp of source) {
    if (!DROPPED.has(cp)) {
      for (const n of cp.normalize('NFKC')) {
        const mapped = mapChar(n);
        // A supplementary-plane ideograph is two UTF-16 units; both point at the same source offset.
        for (let k = 0; k < mapped.length; k += 1) {
          out.push(mapped[k]!);
          origin.push(offset);
        }
      }
    }
    offset += cp.length;
  }
  return { out, origin };
}

// Breaks inside a number: "651.\n04", "651\n.04", "651. 04". The digits after a break must not be a
// list marker ("15.办理…", "2、"), so a numbered next line is never glued to the previous number.
const SPLIT_NUMBER: readonly RegExp[] = [
  /(?<=\d\.)[ \t]*\n[ \t]*(?=\d+(?![.、\d]))/g,
  /(?<=\d)[ \t]*\n[ \t]*(?=\.\d)/g,
  /(?<=\d\.) +(?=\d)/g,
  /(?<=[^\t\n]\d)[ \t]*\n[ \t]*(?=\d*(?:\.\d+)?\s*(?:万元|亿元|元|%))/g,
];

// Spaces typed around a figure in running text ("支出 12.34 万元", "与 2021 年度", "决算数为 651.04"):
// after a word or an opening mark, and before a unit, a word or a closing mark. Digits at the start of
// a line (a list marker "1 调研") keep their space; tabs (table columns) are never touched.
const SPACED_FIGURE: readonly RegExp[] = [
  /(?<=[\u3400-\u9fff(:,;、“]) +(?=-?\d)/g,
  /(?<=[^\s\d.]\d+(?:\.\d+)?) +(?=[\u3400-\u9fff%)])/g,
];

/** Normalises report text (see module doc); `origin[i]` is the source offset of `text[i]`. */
export function normaliseText(source: string): Normalised {
  const { out, origin } = normaliseChars(source);
  let text = out.join('');
  let map = origin;
  for (const re of [...SPLIT_NUMBER, ...SPACED_FIGURE]) {
    const keep: number[] = [];
    let next = '';
    let last = 0;
    for (const m of text.matchAll(re)) {
      next += text.slice(last, m.index);
      for (let i = last; i < m.index; i += 1) keep.push(map[i]!);
      last = m.index + m[0].length;
    }
    if (last === 0) continue;
    next += text.slice(last);
    for (let i = last; i < text.length; i += 1) keep.push(map[i]!);
    text = next;
    map = keep;
  }
  return { text, origin: map };
}

/** Normalises a short text (a label or a table cell) without keeping origins; trims it. */
export function normaliseCell(source: string): string {
  return normaliseText(source).text.trim();
}
