/**
 * @module Text normalisation for matching titles, header labels and row labels: NFKC (full-width
 * letters, digits and brackets to half-width), no whitespace or zero-width characters, one kind of
 * quotation mark and of bracket; and the list numbering (一、 （一） 1. 其中：) stripped from labels.
 */

const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/gu;
const SPACE = /\s+/gu;
const QUOTES = /[“”„‟"＂「」『』‘’'＇]/gu;

/** The comparable form of a label or title. */
export function norm(text: string): string {
  return text
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(SPACE, '')
    .replace(QUOTES, '"')
    .replace(/[［【〔]/gu, '(')
    .replace(/[］】〕]/gu, ')');
}

const NUMBERING =
  /^(?:其中[:：]?|[一二三四五六七八九十百]+[、.．]|\([一二三四五六七八九十百]+\)[、.]?|\d{1,2}[、.．](?!\d)|\(\d{1,2}\)[、.]?)/u;

/** A normalised label without its leading numbering (一、 （一） 1. （1） 其中：), repeatedly. */
export function stripNumbering(normalised: string): string {
  let s = normalised;
  for (let i = 0; i < 3; i++) {
    const next = s.replace(NUMBERING, '');
    if (next === s) break;
    s = next;
  }
  return s;
}

/** Header wording variants folded to the definitions' wording. */
const HEADER_VARIANTS: readonly [RegExp, string][] = [
  [/运行\(?维护\)?费/gu, '运行费'],
  [/^(本年)?决算数?$|^金额$|^本年决算$|^实际支出$/u, '决算数'],
  [/^年初预算数?$|^预算$/u, '预算数'],
  [/^小计$/u, '合计'],
];

/** A normalised header label in the definitions' wording (运行维护费 → 运行费, 金额(万元) → 决算数, 小计 → 合计). */
export function headerForm(normalised: string): string {
  let s = normalised.replace(/\((万元|元)\)$/u, '');
  for (const [re, to] of HEADER_VARIANTS) s = s.replace(re, to);
  return s;
}

/** Whether a normalised text is a 合计/总计 label. */
export function isTotalLabel(normalised: string): boolean {
  return /^(合计|总计|合计数|本年合计|支出合计|收入合计)$/u.test(stripNumbering(normalised));
}

/** Whether a normalised text begins a note line under a table (注：, 说明：, 备注, 填表人 …). */
export function isNoteText(normalised: string): boolean {
  return /^(注\d*[:：.、]|注$|说明[:：]|备注|附注|填表人|制表人|单位负责人|财务负责人|审核人|联系电话|报送日期)/u.test(
    normalised,
  );
}

const RAW_NUMBERING =
  /^\s*(?:其中\s*[:：]?|[一二三四五六七八九十百]+\s*[、.．]|[(（]\s*[一二三四五六七八九十百]+\s*[)）]\s*[、.]?|\d{1,2}\s*[、.．](?!\d)|[(（]\s*\d{1,2}\s*[)）]\s*[、.]?)\s*/u;

/** A label as printed without its leading numbering (一、 （一） 1. 其中：), otherwise unchanged. */
export function withoutNumbering(label: string): string {
  let s = label.trim();
  for (let i = 0; i < 3; i++) {
    const next = s.replace(RAW_NUMBERING, '');
    if (next === s) break;
    s = next;
  }
  return s;
}
