/**
 * @module The PDF renderer: the report tree to an A4 PDF with pdfmake (subset Noto fonts embedded, vector
 * charts, repeated table headers, outline, table of contents with page numbers).
 */
export { TOC_TITLE } from './document.ts';
export { type PdfAssets, type PdfOptions, renderPdf } from './render.ts';
export { DRAFT_MARK } from './theme.ts';
