/** Recognition of printed blank cells (blank is not zero). */

// Dashes and slashes that tables print in place of an amount: - － — – ― ‐ ‑ − / ／ \ ＼
const BLANK_MARKS = /^[-－—–―‐‑\u2212/／\\＼]*$/;

/** True for cells printed as blank: '', whitespace, or only dashes/slashes such as '-', '—', '——', '－', '/'. */
export function isBlankCell(text: string): boolean {
  return BLANK_MARKS.test(text.replace(/\s+/g, ''));
}
