/**
 * @module Test helper: a PDF read back with pdfjs-dist (legacy build for Node 20): page text in reading
 * order, page sizes, the outline, metadata, and the fonts and images each page's content uses.
 */
import { getDocument, OPS, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** One page: its text (items joined, a newline at each end of line), size in points, fonts and images. */
export type PdfPage = {
  readonly text: string;
  readonly width: number;
  readonly height: number;
  /** Names of the fonts the page draws with, e.g. 'BZZZZZ+NotoSansSC-Regular'. */
  readonly fonts: readonly string[];
  /** Raster images painted on the page. */
  readonly images: number;
};

export type OutlineItem = { readonly title: string; readonly items: readonly OutlineItem[] };

export type PdfRead = {
  readonly pages: readonly PdfPage[];
  readonly outline: readonly OutlineItem[];
  readonly info: Readonly<Record<string, unknown>>;
};

async function readPage(doc: PDFDocumentProxy, n: number): Promise<PdfPage> {
  const page = await doc.getPage(n);
  const content = await page.getTextContent();
  const text = content.items.map((i) => ('str' in i ? i.str + (i.hasEOL ? '\n' : '') : '')).join('');
  const ops = await page.getOperatorList();
  const fonts = new Set<string>();
  let images = 0;
  ops.fnArray.forEach((fn, i) => {
    if (fn === OPS.setFont)
      fonts.add(String((page.commonObjs.get(ops.argsArray[i][0]) as { name: string }).name));
    if (fn === OPS.paintImageXObject || fn === OPS.paintInlineImageXObject) images++;
  });
  const [x0, y0, x1, y1] = page.view as [number, number, number, number];
  return { text, width: x1 - x0, height: y1 - y0, fonts: [...fonts], images };
}

function simplify(items: readonly { title: string; items: readonly unknown[] }[]): OutlineItem[] {
  return items.map((i) => ({ title: i.title, items: simplify(i.items as typeof items) }));
}

/** Reads every page of a PDF. */
export async function readPdf(bytes: Uint8Array): Promise<PdfRead> {
  const doc = await getDocument({ data: bytes.slice(), disableFontFace: true, verbosity: 0 }).promise;
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) pages.push(await readPage(doc, n));
    const outline = simplify((await doc.getOutline()) ?? []);
    const { info } = await doc.getMetadata();
    return { pages, outline, info: info as Record<string, unknown> };
  } finally {
    await doc.destroy();
  }
}

/** The figures (amounts, percentages, counts, codes) of a text in order, after whitespace normalisation. */
export function figures(text: string): string[] {
  return text.replace(/\s+/g, ' ').match(/\d+(?:,\d{3})*(?:\.\d+)?%?/g) ?? [];
}

/** The index in `haystack` after matching `needle` as a subsequence, or the index of the first miss. */
export function subsequenceMiss(needle: readonly string[], haystack: readonly string[]): number | undefined {
  let j = 0;
  for (let i = 0; i < needle.length; i++) {
    while (j < haystack.length && haystack[j] !== needle[i]) j++;
    if (j === haystack.length) return i;
    j++;
  }
  return undefined;
}
