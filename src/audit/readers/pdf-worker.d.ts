/** pdf.js's worker module (run in-process by the legacy build); it ships no declarations. */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
