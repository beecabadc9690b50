/**
 * @module .xlsx into a Book with exceljs, after the zip guard: cell values (numbers, text, rich text,
 * hyperlinks, formulas with their cached result), merged ranges and hidden sheets. A merged range's
 * value is kept on its master cell only.
 */
import ExcelJS from 'exceljs';
import { ImportError } from './errors.ts';
import { type Book, type CellValue, type Limits, SheetBuilder } from './grid.ts';
import { guardZip } from './zip-guard.ts';

function richText(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (v !== null && typeof v === 'object' && Array.isArray((v as { richText?: unknown }).richText)) {
    return ((v as { richText: { text?: unknown }[] }).richText ?? [])
      .map((r) => (typeof r?.text === 'string' ? r.text : ''))
      .join('');
  }
  return undefined;
}

function plain(v: unknown): CellValue | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'number') return { kind: 'number', value: v };
  if (typeof v === 'string') return { kind: 'text', text: v };
  if (typeof v === 'boolean') return { kind: 'bool', value: v };
  if (v instanceof Date) return { kind: 'date' };
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o['error'] === 'string') return { kind: 'error', text: o['error'] };
    const rich = richText(v);
    if (rich !== undefined) return { kind: 'text', text: rich };
    if ('hyperlink' in o) {
      const t = richText(o['text']);
      return t === undefined ? undefined : { kind: 'text', text: t };
    }
  }
  return { kind: 'error', text: '无法识别的单元格内容' };
}

/** The value of an exceljs cell value as a CellValue (formulas: their cached result). */
export function cellValueOf(v: unknown): CellValue | undefined {
  if (v !== null && typeof v === 'object' && !(v instanceof Date)) {
    const o = v as Record<string, unknown>;
    if ('formula' in o || 'sharedFormula' in o) {
      const result = o['result'];
      if (result === undefined || result === null || (typeof result === 'string' && result === '')) {
        const f = typeof o['formula'] === 'string' ? o['formula'] : String(o['sharedFormula'] ?? '');
        return { kind: 'formula', formula: f };
      }
      return plain(result);
    }
  }
  return plain(v);
}

function parseRange(ref: string): { top: number; left: number; bottom: number; right: number } | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d+):\$?([A-Z]{1,3})\$?(\d+)$/.exec(ref);
  if (!m) return undefined;
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const [c1, r1, c2, r2] = [col(m[1]!), Number(m[2]) - 1, col(m[3]!), Number(m[4]) - 1];
  return { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
}

/** Loads .xlsx bytes with exceljs (after the zip guard) and returns the workbook object. */
export async function loadXlsx(bytes: Uint8Array, file: string, limits: Limits): Promise<ExcelJS.Workbook> {
  guardZip(bytes, file, limits);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  } catch {
    throw new ImportError(
      { file },
      '文件内容无法解析（不是有效的 .xlsx 工作簿或已损坏），请用 Excel 打开并另存后再导入',
    );
  }
  return wb;
}

/** An exceljs workbook as a Book. */
export function bookOfExcel(wb: ExcelJS.Workbook, file: string, limits: Limits): Book {
  const counter = { cells: 0 };
  if (wb.worksheets.length > limits.maxSheets) {
    throw new ImportError({ file }, `工作表过多（${wb.worksheets.length} 个），不像是决算表工作簿`);
  }
  const sheets = wb.worksheets.map((ws) => {
    const b = new SheetBuilder(file, ws.name, limits, counter);
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (cell.type === ExcelJS.ValueType.Merge) return;
        const v = cellValueOf(cell.value);
        if (v !== undefined) b.set(r - 1, c - 1, v);
      });
    });
    for (const ref of ws.model.merges ?? []) {
      const range = parseRange(String(ref));
      if (range) b.merge(range);
    }
    return b.build(ws.state === 'hidden' || ws.state === 'veryHidden');
  });
  return {
    file,
    kind: 'xlsx',
    sheets,
    ...(typeof wb.title === 'string' && wb.title !== '' ? { title: wb.title } : {}),
  };
}

/** Reads .xlsx bytes into a Book. */
export async function readXlsx(bytes: Uint8Array, file: string, limits: Limits): Promise<Book> {
  const wb = await loadXlsx(bytes, file, limits);
  try {
    return bookOfExcel(wb, file, limits);
  } catch (e) {
    if (e instanceof ImportError) throw e;
    throw new ImportError({ file }, '文件内容无法解析（工作簿结构异常），请用 Excel 打开并另存后再导入');
  }
}
