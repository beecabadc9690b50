/**
 * @module Plain-text reports (.txt): UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030.
 * Form feeds separate pages. Lines whose cells are separated by tabs, or aligned with runs of spaces
 * around figures, become table blocks; Word bookmark residue ("[bookmark: _Toc…]") is removed.
 */
import { basename } from 'node:path';
import { AuditInputError, type Block, type SourceDocument } from '../types.ts';
import { readInput } from './input.ts';
import { tableCaption, withoutColumnNumbers } from './layout.ts';

const BOOKMARK = /\[bookmark: [^\]\n]*\]/g;
const FIGURE = /^[-+]?[\d,，.．]+%?$|^[-—–]$/;

/** Decodes report bytes: BOM first, then strict UTF-8, then GB18030 (GBK is a subset). */
export function decodeText(bytes: Uint8Array, file: string): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder('utf-16le').decode(bytes);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextDecoder('utf-16be').decode(bytes);
  if (bytes.includes(0)) throw new AuditInputError(`文件“${file}”不是文本文件（含有二进制内容），无法审查。`);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    try {
      return new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    } catch {
      throw new AuditInputError(`文件“${file}”既不是 UTF-8 也不是 GB18030 编码的文本，无法读取。`);
    }
  }
}

/** The cells of a line when it looks like a table row, else null. */
function tableCells(line: string): string[] | null {
  if (line.includes('\t')) {
    const cells = line.split('\t').map((c) => c.trim());
    const filled = cells.filter((c) => c !== '');
    if (filled.length < 2) return null;
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    return cells;
  }
  const cells = line
    .trim()
    .split(/ {2,}|\u3000+/)
    .map((c) => c.trim());
  if (cells.length < 3 || /[。；]/.test(line)) return null;
  return cells.some((c) => FIGURE.test(c)) ? cells : null;
}

/** Splits one page of text into text and table blocks. */
function pageBlocks(page: string, pageNo: number | undefined): Block[] {
  const blocks: Block[] = [];
  const at = pageNo === undefined ? {} : { page: pageNo };
  let text: string[] = [];
  let rows: string[][] = [];
  const flushText = () => {
    if (text.some((l) => l.trim() !== '')) blocks.push({ kind: 'text', text: text.join('\n'), ...at });
    text = [];
  };
  const flushTable = () => {
    if (rows.length === 0) return;
    // The caption is read from the lines just above, as in the other readers.
    const caption = tableCaption(text);
    const title = caption === undefined ? {} : { title: caption };
    flushText();
    // The 栏次 row numbers the columns; it is not data (as in the other readers).
    blocks.push({ kind: 'table', rows: withoutColumnNumbers(rows), ...title, ...at });
    rows = [];
  };
  for (const line of page.split('\n')) {
    const cells = tableCells(line);
    if (cells) {
      rows.push(cells);
    } else {
      flushTable();
      text.push(line);
    }
  }
  flushTable();
  flushText();
  return blocks;
}

/** Turns decoded report text into a SourceDocument (pages split at form feeds). */
export function textToDocument(text: string, file: string): SourceDocument {
  const clean = text.replace(/\r\n?/g, '\n').replace(BOOKMARK, '');
  const pages = clean.split('\f');
  const paged = pages.length > 1;
  return { file, blocks: pages.flatMap((p, i) => pageBlocks(p, paged ? i + 1 : undefined)) };
}

/** Reads a .txt report. */
export async function read(file: string): Promise<SourceDocument> {
  const bytes = await readInput(file);
  const text = decodeText(bytes, basename(file));
  if (text.trim() === '') throw new AuditInputError(`文件“${basename(file)}”是空的，没有可审查的内容。`);
  return textToDocument(text, file);
}
