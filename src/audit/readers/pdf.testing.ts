/**
 * @module Test helper: small PDFs made with pdfmake (the PDF renderer's library and fonts, subset to the
 * document's characters) for what the report renderer never draws — unruled tables, running headers,
 * dotted contents, Kangxi radicals, passwords, pages without text.
 */
import pdfmake, { type VirtualFs } from 'pdfmake';
import { FONT_FAMILIES, SANS, subsetFonts } from '../../render/pdf/fonts.ts';

pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy(() => false);

function memoryFs(files: Readonly<Record<string, Buffer>>): VirtualFs {
  return {
    existsSync: (name) => Object.hasOwn(files, name),
    readFileSync: (name) => {
      const file = files[name];
      if (!file) throw new Error(`no font ${name}`);
      return file;
    },
    writeFileSync: () => {
      throw new Error('read-only');
    },
  };
}

/** A PDF of a pdfmake document definition (default font Noto Sans SC, 12 pt); `extra`: characters drawn by
 * header or footer functions. */
export async function makePdf(
  definition: Readonly<Record<string, unknown>>,
  extra = '',
): Promise<Uint8Array> {
  const fonts = await subsetFonts(`${JSON.stringify(definition)}${extra}0123456789`);
  const saved = pdfmake.virtualfs;
  let output: ReturnType<typeof pdfmake.createPdf>;
  try {
    pdfmake.virtualfs = memoryFs(fonts);
    pdfmake.setFonts(structuredClone(FONT_FAMILIES));
    output = pdfmake.createPdf({ pageSize: 'A4', defaultStyle: { font: SANS, fontSize: 12 }, ...definition });
  } finally {
    pdfmake.virtualfs = saved;
  }
  const bytes = await output.getBuffer();
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
