/**
 * @module PDF reports, read with pdf.js (legacy build for Node, its worker run in-process; no font loading, no
 * network — CMaps and standard font data come from the installed package). Text items with their
 * positions become lines; ruled tables are rebuilt from the page's rules (pdf-lattice), unruled ones from
 * aligned columns (pdf-stream); page furniture, the table of contents and chart labels are dropped; the
 * remaining lines are joined into paragraphs, each text block and table with its page number. A table
 * continued on the next page (its header repeated) is read as one table; a page whose text runs sideways
 * (a landscape table turned onto the page) is turned upright first (pdf-rotate).
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normaliseCell } from '../normalise.ts';
import { AuditInputError, type Block, type SourceDocument, type TableBlock } from '../types.ts';
import { hasText, readInput, shown } from './input.ts';
import { tableCaption } from './layout.ts';
import {
  bodySizeOf,
  continues,
  extend,
  marginsOf,
  type PageLines,
  type Paragraph,
  removeChartLabels,
  removeFurniture,
  removeToc,
} from './pdf-flow.ts';
import { latticeTables, type PageTable } from './pdf-lattice.ts';
import { type Item, itemsOf, type Line, linesOf } from './pdf-lines.ts';
import { textAngle, upright, uprightRules } from './pdf-rotate.ts';
import { rulesOf } from './pdf-rules.ts';
import { streamTables } from './pdf-stream.ts';
import { getDocument, OPS, type PDFDocumentProxy, type PDFPageProxy } from './pdfjs.ts';

const PACKAGE = join(dirname(fileURLToPath(import.meta.resolve('pdfjs-dist/package.json'))), '/');

type Page = PageLines & { tables: PageTable[]; left: number; right: number };

/** Lines that may be rows of a ruled table: the page's rules are read only when some exist. */
const mayHoldTable = (lines: readonly Line[]) => lines.filter((l) => l.segments.length >= 2).length >= 2;

async function readPage(doc: PDFDocumentProxy, n: number): Promise<Page & { items: Item[] }> {
  const page: PDFPageProxy = await doc.getPage(n);
  const content = await page.getTextContent();
  const turn = upright(textAngle(content.items), page.view);
  const raw = turn
    ? content.items.map((i) => ('transform' in i ? { ...i, transform: turn.matrix(i.transform) } : i))
    : content.items;
  const items = itemsOf(raw);
  const [x0, y0, x1, y1] = (turn?.box ?? page.view) as [number, number, number, number];
  const lines = linesOf(n, items);
  let tables: PageTable[] = [];
  if (mayHoldTable(lines)) {
    const ops = await page.getOperatorList();
    const rules = rulesOf(ops.fnArray, ops.argsArray, OPS);
    tables = latticeTables(turn ? uprightRules(rules, turn) : rules, items);
  }
  page.cleanup();
  const used = new Set(tables.flatMap((t) => [...t.used]));
  const rest =
    used.size === 0
      ? lines
      : linesOf(
          n,
          items.filter((i) => !used.has(i)),
        );
  return {
    page: n,
    bottom: Math.min(y0, y1),
    top: Math.max(y0, y1),
    left: Math.min(x0, x1),
    right: Math.max(x0, x1),
    lines: rest,
    tables,
    items,
  };
}

/** Opens a PDF; AuditInputError when it is encrypted or not a usable PDF. */
async function open(bytes: Uint8Array, name: string): Promise<PDFDocumentProxy> {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (!head.includes('%PDF-')) throw new AuditInputError(`文件“${name}”不是 PDF 文件，无法审查。`);
  try {
    return await getDocument({
      // A copy: pdf.js takes over the buffer, and Node's Buffer may share a pool.
      data: new Uint8Array(bytes),
      cMapUrl: `${PACKAGE}cmaps/`,
      cMapPacked: true,
      standardFontDataUrl: `${PACKAGE}standard_fonts/`,
      wasmUrl: `${PACKAGE}wasm/`,
      disableFontFace: true,
      useSystemFonts: false,
      isEvalSupported: false,
      disableAutoFetch: true,
      disableStream: true,
      disableRange: true,
      stopAtErrors: false,
      verbosity: 0,
    }).promise;
  } catch (e) {
    const kind = (e as { name?: string }).name;
    if (kind === 'PasswordException')
      throw new AuditInputError(`文件“${name}”已加密（需要密码才能打开），无法审查；请提供未加密的文件。`);
    throw new AuditInputError(`文件“${name}”已损坏或不是有效的 PDF 文件，无法审查。`);
  }
}

/** Rows of a table continued on the next page, without its repeated header rows. */
function continuation(prev: TableBlock, rows: string[][]): string[][] | undefined {
  const width = (r: readonly string[][]) => Math.max(...r.map((x) => x.length));
  if (width(prev.rows) !== width(rows)) return undefined;
  const same = (a: readonly string[], b: readonly string[]) =>
    a.length === b.length && a.every((c, i) => normaliseCell(c) === normaliseCell(b[i] ?? ''));
  let k = 0;
  while (k < rows.length && k < prev.rows.length && same(rows[k]!, prev.rows[k]!)) k += 1;
  return rows.slice(k);
}

/** Joins the pages' lines into paragraphs and places the tables: the document's blocks. */
function assemble(pages: readonly Page[]): Block[] {
  const body = bodySizeOf(pages);
  const widest = pages.find((p) => p.lines.length > 0);
  const docMargins = marginsOf(
    pages.flatMap((p) => p.lines),
    body,
    widest ? { page: [widest.left, widest.right] } : {},
  );
  const margins = new Map(pages.map((p) => [p.page, marginsOf(p.lines, body, { fallback: docMargins })]));
  const blocks: Block[] = [];
  const recent: string[] = [];
  let para: Paragraph | undefined;
  let lastWasTable = false;
  const flush = () => {
    if (!para) return;
    const prev = blocks[blocks.length - 1];
    if (prev?.kind === 'text' && prev.page === para.page) prev.text += `\n${para.text}`;
    else blocks.push({ kind: 'text', text: para.text, page: para.page });
    recent.push(para.text);
    para = undefined;
  };
  for (const p of pages) {
    const flow: ({ y: number; line: Line } | { y: number; table: PageTable })[] = [
      ...p.lines.map((line) => ({ y: line.y, line })),
      ...p.tables.map((table) => ({ y: table.top, table })),
    ].sort((a, b) => b.y - a.y);
    for (const [index, f] of flow.entries()) {
      if ('table' in f) {
        flush();
        const prev = blocks[blocks.length - 1];
        const rest =
          index === 0 && lastWasTable && prev?.kind === 'table'
            ? continuation(prev, f.table.rows)
            : undefined;
        if (rest && prev?.kind === 'table') prev.rows.push(...rest);
        else {
          const title = tableCaption(recent.slice(-3));
          blocks.push({
            kind: 'table',
            rows: f.table.rows,
            page: p.page,
            ...(title === undefined ? {} : { title }),
          });
        }
        recent.length = 0;
        lastWasTable = true;
        continue;
      }
      const line = f.line;
      const cross = para !== undefined && para.last.page !== p.page;
      const joins =
        para !== undefined &&
        (!cross || index === 0) &&
        continues(para, line, margins.get(para.last.page)!, margins.get(p.page)!, cross);
      if (para && joins) extend(para, line);
      else {
        flush();
        para = { text: line.text, page: p.page, y: line.y, last: line, first: line };
      }
      lastWasTable = false;
    }
  }
  flush();
  return blocks;
}

/** Reads a .pdf report. */
export async function read(file: string): Promise<SourceDocument> {
  const name = shown(file);
  const doc = await open(await readInput(file), name);
  try {
    const pages: (Page & { items: Item[] })[] = [];
    for (let n = 1; n <= doc.numPages; n += 1) pages.push(await readPage(doc, n));
    if (!pages.some((p) => p.items.length > 0))
      throw new AuditInputError(
        `文件“${name}”没有文字层（可能是扫描件或图片），无法审查；请先进行文字识别（OCR）或提供原始文件。`,
      );
    removeFurniture(pages);
    removeToc(pages);
    const body = bodySizeOf(pages);
    for (const p of pages) removeChartLabels(p, body);
    for (const p of pages) {
      const stream = streamTables(p.lines);
      if (stream.length === 0) continue;
      const used = new Set(stream.flatMap((t) => [...t.used]));
      p.lines = p.lines.filter((l) => !l.items.some((i) => used.has(i)));
      p.tables = [...p.tables, ...stream];
    }
    const source = { file, blocks: assemble(pages) };
    if (!hasText(source.blocks)) throw new AuditInputError(`文件“${name}”中没有可审查的正文文字。`);
    return source;
  } catch (e) {
    if (e instanceof AuditInputError) throw e;
    throw new AuditInputError(`文件“${name}”已损坏，无法完整读取，无法审查。`);
  } finally {
    await doc.destroy();
  }
}
