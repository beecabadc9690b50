/** Types for the parts of `pdfmake` 0.3 (server build) that the PDF renderer uses. */
declare module 'pdfmake' {
  /** A node of a pdfmake document definition (text, stack, table, svg, toc, …). */
  type PdfmakeNode = { readonly [key: string]: unknown } | string | readonly PdfmakeNode[];

  /** pdfmake's virtual file system: fonts and images by file name. */
  type VirtualFs = {
    existsSync(name: string): boolean;
    readFileSync(name: string, options?: unknown): Buffer;
    writeFileSync(name: string, content: Buffer | string, options?: unknown): void;
  };

  type FontDescriptor = {
    readonly normal: string;
    readonly bold?: string;
    readonly italics?: string;
    readonly bolditalics?: string;
  };

  type OutputDocument = { getBuffer(): Promise<Buffer> };

  type Pdfmake = {
    virtualfs: VirtualFs;
    createPdf(docDefinition: { readonly [key: string]: unknown }, options?: object): OutputDocument;
    setFonts(fonts: Record<string, FontDescriptor>): void;
    setUrlAccessPolicy(policy: (url: string) => boolean): void;
    setLocalAccessPolicy(policy: (path: string) => boolean): void;
  };

  const pdfmake: Pdfmake;
  export default pdfmake;
  export type { FontDescriptor, PdfmakeNode, VirtualFs };
}
