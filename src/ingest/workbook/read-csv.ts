/**
 * @module CSV files into Book sheets (one sheet per file, named after it): UTF-8 with or without BOM,
 * UTF-16 with BOM, or GB18030 (what Excel saves on a Chinese Windows) when the bytes are not UTF-8;
 * comma- or tab-separated. Every cell is text; numbers are parsed later with the cell's address.
 */
import { parse } from 'csv-parse/sync';
import { ImportError } from './errors.ts';
import { type Book, type Limits, type Sheet, SheetBuilder } from './grid.ts';

/** Decodes CSV bytes: BOM first, then strict UTF-8, then strict GB18030. */
export function decodeText(bytes: Uint8Array, file: string): string {
  const b0 = bytes[0];
  const b1 = bytes[1];
  try {
    if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3));
    }
    if (b0 === 0xff && b1 === 0xfe)
      return new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
    if (b0 === 0xfe && b1 === 0xff)
      return new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
  } catch {
    throw new ImportError({ file }, '文件编码错误：开头标明的编码与内容不符，请另存为 UTF-8 编码的 CSV');
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: Excel on a Chinese Windows saves CSV in GBK/GB18030.
  }
  try {
    return new TextDecoder('gb18030', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError(
      { file },
      '文件编码无法识别（既不是 UTF-8 也不是 GB18030/GBK），请另存为 UTF-8 编码的 CSV',
    );
  }
}

function delimiterOf(text: string): string {
  const first = text.slice(0, text.search(/\r?\n|$/));
  const tabs = first.split('\t').length;
  const commas = first.split(',').length;
  return tabs > commas ? '\t' : ',';
}

/** One CSV file as a sheet. */
export function readCsvSheet(
  bytes: Uint8Array,
  file: string,
  sheetName: string,
  limits: Limits,
  counter: { cells: number },
): Sheet {
  if (bytes.length > limits.maxFileBytes) {
    throw new ImportError({ file }, `文件过大（超过 ${Math.round(limits.maxFileBytes / 1024 / 1024)} MB）`);
  }
  if (bytes.includes(0) && !(bytes[0] === 0xff || bytes[0] === 0xfe)) {
    throw new ImportError({ file }, '不是文本文件（CSV），可能是二进制文件或编码错误');
  }
  const text = decodeText(bytes, file);
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: delimiterOf(text),
      relax_column_count: true,
      skip_empty_lines: false,
      bom: true,
    }) as string[][];
  } catch (e) {
    const line = (e as { lines?: number }).lines;
    throw new ImportError(
      { file },
      `${line ? `第${line}行附近` : ''}CSV 格式错误（引号不配对或字段格式错误）`,
    );
  }
  const b = new SheetBuilder(file, sheetName, limits, counter);
  records.forEach((rec, r) => {
    rec.forEach((text, c) => {
      b.set(r, c, { kind: 'text', text });
    });
  });
  return { ...b.build(false), file };
}

/** Several CSV files (name shown to the user, bytes) as one Book. */
export function readCsvFiles(
  files: readonly { readonly name: string; readonly sheet: string; readonly bytes: Uint8Array }[],
  shown: string,
  limits: Limits,
): Book {
  if (files.length > limits.maxSheets) {
    throw new ImportError({ file: shown }, `CSV 文件过多（${files.length} 个）`);
  }
  const counter = { cells: 0 };
  const sheets = files.map((f) => readCsvSheet(f.bytes, f.name, f.sheet, limits, counter));
  return { file: shown, kind: 'csv', sheets };
}
