/**
 * @module Reading the numbering a user typed at the start of a line: 一、 （一） 1. （1） (and the
 * variants 1、 (1) 一. met in real texts), and whether the rest reads as a heading.
 */

/** The numbering family of a line: 一、 (cn), （一） (pcn), 1. (ar), （1） (par). */
export type Family = 'cn' | 'pcn' | 'ar' | 'par';

/** The rank a family has in the standard hierarchy 一、 > （一） > 1. > （1）. */
export const RANK: Readonly<Record<Family, 1 | 2 | 3 | 4>> = { cn: 1, pcn: 2, ar: 3, par: 4 };

const PATTERNS: readonly (readonly [Family, RegExp])[] = [
  ['pcn', /^[（(]\s*([一二三四五六七八九十]+)\s*[）)]\s*/u],
  ['par', /^[（(]\s*(\d{1,2})\s*[）)]\s*/u],
  ['cn', /^([一二三四五六七八九十]+)\s*[、．.]\s*/u],
  ['ar', /^(\d{1,2})\s*[、．.](?!\d)\s*/u],
];

const CN_DIGITS = '一二三四五六七八九';

/** The value of a numeral as typed: '3' → 3, '三' → 3, '十二' → 12. */
function numeralValue(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  const [tens, ones] = text.includes('十') ? text.split('十') : ['', text];
  const digit = (c: string | undefined) => (c ? CN_DIGITS.indexOf(c) + 1 : 0);
  return (text.includes('十') ? Math.max(1, digit(tens)) * 10 : 0) + digit(ones);
}

/** The numbering at the start of a line: its family, value and the text after it. */
export function leadingNumber(line: string): { family: Family; value: number; rest: string } | undefined {
  for (const [family, re] of PATTERNS) {
    const m = re.exec(line);
    if (m !== null) return { family, value: numeralValue(m[1]!), rest: line.slice(m[0].length).trim() };
  }
  return undefined;
}

/** A line without the numbering the user typed ('一、项目概况' → '项目概况'). */
export function stripNumbering(line: string): string {
  return leadingNumber(line.trim())?.rest ?? line.trim();
}

const INNER_PUNCTUATION = /[。，；,;：:！？!?]/u;

/** Whether a text reads as a title: short, no sentence punctuation but an optional final 。 or ：. */
export function isTitle(text: string, max = 40): boolean {
  const t = text.replace(/[。：:]$/u, '');
  return t.length > 0 && t.length <= max && !INNER_PUNCTUATION.test(t);
}

/** A numbered line read as a heading: the whole rest when it is a title, or a title up to the first 。 and the text after it. */
export function splitHeading(rest: string): { title: string; body?: string } | undefined {
  if (isTitle(rest)) return { title: rest.replace(/[。：:]$/u, '') };
  const stop = rest.indexOf('。');
  if (stop <= 0) return undefined;
  const title = rest.slice(0, stop);
  const body = rest.slice(stop + 1).trim();
  return isTitle(title, 30) && body !== '' ? { title, body } : undefined;
}
