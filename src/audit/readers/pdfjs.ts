/**
 * @module pdf.js for Node, loaded once: the legacy build, its worker run in this thread (handed over as
 * `globalThis.pdfjsWorker`, so it is not loaded again behind our back), and `Array.prototype.push` given back
 * to V8's own. The legacy build's core-js replaces `push` process-wide on Node 20 (V8 11 throws the "wrong"
 * error type when pushing onto an array whose length is read-only, a case pdf.js never meets); that
 * replacement made every push in the process, ours included, several times slower: about a fifth of an
 * audit of a PDF.
 */
const nativePush = Array.prototype.push;
const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = await import(
  'pdfjs-dist/legacy/build/pdf.worker.mjs'
);
Array.prototype.push = nativePush;

export const { getDocument, OPS } = pdfjs;
export type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
