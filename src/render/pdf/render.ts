/**
 * @module renderPdf: the report tree to PDF bytes with pdfmake — fonts subset to the document's characters
 * and served from a per-render in-memory file system; no network, no system font, no font path.
 */
import pdfmake, { type VirtualFs } from 'pdfmake';
import type { Report } from '../../report/types.ts';
import { drawnCharacters } from '../charts/embed-font.ts';
import { renderChartSvg } from '../charts/index.ts';
import { documentDefinition } from './document.ts';
import { FONT_FAMILIES, type FontFiles, fontMetrics, subsetFonts } from './fonts.ts';
import { DRAFT_MARK } from './theme.ts';

/** What the PDF embeds besides the report: the chart SVG of each figure by figure id (from renderChartSvg). */
export type PdfAssets = { readonly chartSvgs: Readonly<Record<string, string>> };

// Everything comes from memory: refuse any URL and any local path pdfmake might be handed.
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy(() => false);

/** A read-only pdfmake file system over the subset fonts. */
function memoryFs(files: FontFiles): VirtualFs {
  return {
    existsSync: (name) => Object.hasOwn(files, name),
    readFileSync: (name) => {
      const file = files[name];
      if (!file) throw new Error(`Font '${name}' is not in the PDF's font set`);
      return file;
    },
    writeFileSync: () => {
      throw new Error('The PDF font file system is read-only');
    },
  };
}

/** Every string of the document definition (so every character it may draw), and the text of its SVGs. */
export function documentText(node: unknown, out: string[] = []): string[] {
  if (typeof node === 'string') out.push(node);
  else if (Array.isArray(node)) for (const n of node) documentText(n, out);
  else if (node !== null && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    for (const key in record) {
      const value = record[key];
      if (key === 'svg' && typeof value === 'string') out.push(drawnCharacters(value));
      else if (typeof value === 'string') out.push(value);
      else if (value !== null && typeof value === 'object') documentText(value, out);
    }
  }
  return out;
}

/** Rendering options: a fixed creation date makes the bytes reproducible (the default is the current time). */
export type PdfOptions = { readonly createdAt?: Date };

/** Renders the report as an A4 PDF (vector charts, embedded font subsets, outline, page numbers). */
export async function renderPdf(
  report: Report,
  assets: PdfAssets,
  options: PdfOptions = {},
): Promise<Uint8Array> {
  const figureById = new Map(
    report.parts.flatMap((p) => p.blocks.flatMap((b) => (b.kind === 'figure' ? [[b.id, b] as const] : []))),
  );
  const svgWarnings: string[] = [];
  const figures = {
    svg: (id: string) => assets.chartSvgs[id] ?? renderChartSvg(figureById.get(id)!),
    onWarning: (message: string) => svgWarnings.push(message),
  };
  const definition = documentDefinition(report, figures, await fontMetrics());
  if (options.createdAt) Object.assign(definition['info'] as object, { creationDate: options.createdAt });
  // The header and footer are functions: their characters (the draft mark, '— 12 —') are added here.
  const text = [...documentText(definition), DRAFT_MARK, '— 0123456789 —'].join('');
  const fonts = await subsetFonts(text);
  const saved = pdfmake.virtualfs;
  let output: ReturnType<typeof pdfmake.createPdf>;
  try {
    // createPdf reads the file system and fonts synchronously into its printer: safe with concurrent renders.
    pdfmake.virtualfs = memoryFs(fonts);
    pdfmake.setFonts(structuredClone(FONT_FAMILIES));
    output = pdfmake.createPdf(definition);
  } finally {
    pdfmake.virtualfs = saved;
  }
  const bytes = await output.getBuffer();
  const fontProblem = svgWarnings.find((w) => /font/i.test(w));
  if (fontProblem) throw new Error(`A chart could not use the embedded font: ${fontProblem}`);
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
