/**
 * @module The characters a rendered report shows, for subsetting the embedded fonts to exactly them:
 * the document's text (tags, styles and attributes removed, entities decoded) plus what print CSS draws.
 */

/** Characters drawn by print CSS: the page numbers "— N —" (the draft mark is also in the body text). */
export const PRINT_CSS_TEXT = '— 0123456789';

const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (whole, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(Number.parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(Number(e.slice(1)));
    return NAMED[e] ?? whole;
  });
}

/** The text shown by an HTML document written by renderHtml (including chart <text>), plus PRINT_CSS_TEXT. */
export function documentText(html: string): string {
  const text = html
    .replace(/<style\b[^>]*>[\s\S]*?<\/style>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]*>/g, ' ');
  return `${decodeEntities(text)}${PRINT_CSS_TEXT}`;
}

/** The distinct characters of a text, sorted by code point (so equal sets give equal subsets). */
export function distinctCharacters(text: string): string {
  return [...new Set(text)].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!).join('');
}
