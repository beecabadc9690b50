/**
 * @module Test helpers: load XLSX bytes with exceljs (a real reader), and read a cell's amount back the
 * way the importer does (the double to a 6-decimal string, parsed as 万元 into fen — no Math.round).
 */
import ExcelJS from 'exceljs';
import { type Fen, parseAmount } from '../../money/index.ts';

/** The workbook read back from bytes. */
export async function loadXlsx(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  // exceljs types its input as an ArrayBuffer (it hands it to JSZip, which takes one).
  await wb.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  return wb;
}

/** The fen of a numeric cell value in 万元, through its decimal string with 6 places. */
export function fenOfWan(value: number): Fen {
  const r = parseAmount(value.toFixed(6), 'wanYuan');
  if (!r.ok) throw new Error(`not an amount: ${value}`);
  return r.value;
}

/** The merged ranges of a worksheet ('A1:C1', …). */
export function mergesOf(ws: ExcelJS.Worksheet): string[] {
  return (ws.model as unknown as { merges: string[] }).merges;
}
