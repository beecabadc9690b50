/**
 * @module Page numbers for the table of contents, worked out when the document is written (docx/layout lays
 * the pages out as Word does), so the contents read right before Word updates the field and in readers that
 * never do. Text is measured without font files: every Chinese face is monospaced (a hanzi or full-width mark
 * is one em) and Latin text and digits are set in Times New Roman, whose widths are tabled here.
 */
import type { PageNumberEstimator } from 'docx';
import { estimatePageNumbersWith, type FontToMeasure } from 'docx/layout';

/** Times New Roman advance widths in 1/1000 em for the characters a report prints; others take LATIN_DEFAULT. */
const TIMES: Readonly<Record<string, number>> = {
  ' ': 250,
  '.': 250,
  ',': 250,
  ':': 278,
  ';': 278,
  '-': 333,
  '(': 333,
  ')': 333,
  '%': 833,
  '/': 278,
  '+': 564,
  '<': 564,
  '>': 564,
  '=': 564,
  '≥': 549,
  '≤': 549,
};
const DIGIT = 500;
const UPPER = 690;
const LOWER = 460;
const LATIN_DEFAULT = 500;

/** Width of one character in ems. */
function charEms(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  // CJK, full-width forms, and the em dashes and curly quotes Chinese fonts set full width.
  if (code >= 0x2e80 || code === 0x2014 || code === 0x2015 || (code >= 0x2018 && code <= 0x201d)) return 1;
  const known = TIMES[ch];
  if (known !== undefined) return known / 1000;
  if (ch >= '0' && ch <= '9') return DIGIT / 1000;
  if (ch >= 'A' && ch <= 'Z') return UPPER / 1000;
  if (ch >= 'a' && ch <= 'z') return LOWER / 1000;
  return LATIN_DEFAULT / 1000;
}

/** Width of a text in points in the given font (bold sets no wider in these faces). */
export function measureText(text: string, font: FontToMeasure): number {
  let ems = 0;
  for (const ch of text) ems += charEms(ch);
  return ems * font.size;
}

const estimate = estimatePageNumbersWith({ measureWidth: measureText, guess: true });

/**
 * The estimator given to the document; it guesses past what it cannot lay out exactly. It offers no
 * `listNumbers`: the report numbers its headings as text, never with Word lists, so there is none to find,
 * and asking would read the whole body once more.
 */
export const PAGE_NUMBERS: PageNumberEstimator = (body, context) => estimate(body, context);
