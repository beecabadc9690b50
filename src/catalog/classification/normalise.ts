/** @module Name normalisation for comparing printed 科目 names with the catalogue. */

// Zero-width characters survive NFKC and `\s`, but PDF text extraction often leaves them in.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/gu;
const WHITESPACE = /\s+/gu;

/**
 * Canonical form of a 科目 name: NFKC (folds Kangxi radicals and compatibility ideographs from PDFs),
 * no whitespace or line breaks, and full-width brackets （） as in the MoF catalogue.
 * @example normaliseName('维修(护)费') // '维修（护）费'
 */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(WHITESPACE, '')
    .replaceAll('(', '（')
    .replaceAll(')', '）');
}
