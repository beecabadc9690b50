/**
 * @module Numbered lines in Chinese official text (一、 （一） 1. （1） ①): finds a level whose
 * sequence skips or repeats (一、二、四、) or whose style is mixed at one level (（一）（2）（三）).
 * Levels nest in order of first appearance; a higher level resets the levels below it.
 */

type Style = 'cn-dun' | 'cn-paren' | 'ar-paren' | 'ar-half-paren' | 'ar-dun' | 'ar-dot' | 'circled';

/** Styles of the same shape can stand in for each other at one level (a style mix). */
const SHAPE: Readonly<Record<Style, string>> = {
  'cn-paren': 'paren',
  'ar-paren': 'paren',
  'ar-half-paren': 'half-paren',
  'cn-dun': 'list',
  'ar-dun': 'list',
  'ar-dot': 'list',
  circled: 'circled',
};

const CN_DIGITS = '一二三四五六七八九';

/** 一 … 九十九 → 1 … 99; null for anything else. */
export function cnToInt(s: string): number | null {
  const d = (c: string | undefined): number => (c === undefined ? -1 : CN_DIGITS.indexOf(c) + 1);
  if (s.length === 1) return s === '十' ? 10 : d(s) || null;
  if (s.length === 2 && s[0] === '十') return d(s[1]) > 0 ? 10 + d(s[1]) : null;
  if (s.length === 2 && s[1] === '十') return d(s[0]) > 1 ? d(s[0]) * 10 : null;
  if (s.length === 3 && s[1] === '十' && d(s[0]) > 1 && d(s[2]) > 0) return d(s[0]) * 10 + d(s[2]);
  return null;
}

/** 1 … 99 → 一 … 九十九. */
export function intToCn(n: number): string {
  const digit = (k: number): string => CN_DIGITS[k - 1] ?? '';
  if (n < 10) return digit(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : digit(tens)}十${ones === 0 ? '' : digit(ones)}`;
}

type Marker = {
  readonly style: Style;
  readonly n: number;
  readonly text: string;
  readonly render: (n: number) => string;
};

const PATTERNS: readonly { readonly style: Style; readonly re: RegExp; readonly cn?: true }[] = [
  { style: 'cn-paren', re: /^([（(])([一二三四五六七八九十]+)([）)])/, cn: true },
  { style: 'ar-paren', re: /^([（(])(\d{1,2})([）)])/ },
  { style: 'cn-dun', re: /^()([一二三四五六七八九十]+)([、.．])/, cn: true },
  { style: 'ar-dun', re: /^()(\d{1,2})(、)/ },
  { style: 'ar-dot', re: /^()(\d{1,2})([.．])(?!\d)/ },
  { style: 'ar-half-paren', re: /^()(\d{1,2})([)）])/ },
];

const CIRCLED_FIRST = 0x2460; // ①

/** The numbering marker at the start of a line, if any. */
export function parseMarker(line: string): Marker | null {
  const t = line.replace(/^[\s\u3000]+/, '');
  const first = t.codePointAt(0) ?? 0;
  if (first >= CIRCLED_FIRST && first < CIRCLED_FIRST + 20) {
    return {
      style: 'circled',
      n: first - CIRCLED_FIRST + 1,
      text: String.fromCodePoint(first),
      render: (k) => String.fromCodePoint(CIRCLED_FIRST + k - 1),
    };
  }
  for (const p of PATTERNS) {
    const m = p.re.exec(t);
    if (!m) continue;
    const [, open = '', num = '', close = ''] = m;
    const n = p.cn ? cnToInt(num) : Number(num);
    if (n === null || n < 1) continue;
    return {
      style: p.style,
      n,
      text: `${open}${num}${close}`,
      render: (k) => `${open}${p.cn ? intToCn(k) : String(k)}${close}`,
    };
  }
  return null;
}

/** A numbering defect: the marker that should stand on a line, and the one that does. */
export type NumberingDefect = { readonly line: string; readonly expected: string; readonly actual: string };

type Level = { readonly style: Style; last: number; readonly render: (n: number) => string };

/** The numbering defects of a multi-line text, in line order. */
export function numberingDefects(text: string): NumberingDefect[] {
  const out: NumberingDefect[] = [];
  const stack: Level[] = [];
  for (const line of text.split(/\r?\n/)) {
    const m = parseMarker(line);
    if (!m) continue;
    const idx = stack.findIndex((l) => l.style === m.style);
    if (idx >= 0) {
      const level = stack[idx]!;
      stack.length = idx + 1;
      if (m.n !== level.last + 1 && m.n !== 1) {
        out.push({ line, expected: level.render(level.last + 1), actual: m.text });
      }
      level.last = m.n;
      continue;
    }
    const mixIdx = stack.findLastIndex((l) => SHAPE[l.style] === SHAPE[m.style] && m.n === l.last + 1);
    if (mixIdx >= 0) {
      const level = stack[mixIdx]!;
      stack.length = mixIdx + 1;
      out.push({ line, expected: level.render(m.n), actual: m.text });
      level.last = m.n;
      continue;
    }
    stack.push({ style: m.style, last: m.n, render: m.render });
    if (m.n !== 1) out.push({ line, expected: m.render(1), actual: m.text });
  }
  return out;
}
