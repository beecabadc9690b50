/**
 * @module Legacy .xls (BIFF in a CFB container) into a Book with SheetJS, read-only: values as stored
 * (BIFF keeps every formula's result), merged ranges and hidden sheets. Only CFB files reach it.
 */
import * as XLSX from 'xlsx';
import { ImportError } from './errors.ts';
import { type Book, type CellValue, type Limits, SheetBuilder } from './grid.ts';

function cellValue(cell: XLSX.CellObject): CellValue | undefined {
  switch (cell.t) {
    case 'n':
      return typeof cell.v === 'number' ? { kind: 'number', value: cell.v } : undefined;
    case 's':
      return typeof cell.v === 'string' ? { kind: 'text', text: cell.v } : undefined;
    case 'b':
      return { kind: 'bool', value: cell.v === true };
    case 'd':
      return { kind: 'date' };
    case 'e':
      return { kind: 'error', text: cell.w ?? '#错误' };
    default:
      return undefined;
  }
}

function parse(bytes: Uint8Array, file: string): XLSX.WorkBook {
  // SheetJS reports unknown BIFF records with console.error; a damaged file is ours to report, in Chinese.
  const consoleError = console.error;
  console.error = () => {};
  try {
    return XLSX.read(bytes, {
      type: 'buffer',
      cellFormula: false,
      cellHTML: false,
      cellNF: false,
      cellStyles: false,
      cellDates: true,
      bookVBA: false,
    });
  } catch (e) {
    const text = e instanceof Error ? e.message : String(e);
    if (/password|encrypt/i.test(text)) {
      throw new ImportError(
        { file },
        '工作簿设置了打开密码（已加密），无法读取；请在 Excel 中取消密码后另存再导入',
      );
    }
    throw new ImportError(
      { file },
      '文件内容无法解析（不是有效的 .xls 工作簿或已损坏），请用 Excel 打开并另存后再导入',
    );
  } finally {
    console.error = consoleError;
  }
}

/** Reads .xls bytes into a Book. */
export function readXls(bytes: Uint8Array, file: string, limits: Limits): Book {
  const wb = parse(bytes, file);
  const names = wb.SheetNames ?? [];
  if (names.length > limits.maxSheets) {
    throw new ImportError({ file }, `工作表过多（${names.length} 个），不像是决算表工作簿`);
  }
  const counter = { cells: 0 };
  const sheets = names.map((name, i) => {
    const ws = wb.Sheets[name];
    const b = new SheetBuilder(file, name, limits, counter);
    if (ws !== undefined) {
      for (const key of Object.keys(ws)) {
        if (key.startsWith('!')) continue;
        const at = XLSX.utils.decode_cell(key);
        const v = cellValue(ws[key] as XLSX.CellObject);
        if (v !== undefined) b.set(at.r, at.c, v);
      }
      for (const m of ws['!merges'] ?? []) b.merge({ top: m.s.r, left: m.s.c, bottom: m.e.r, right: m.e.c });
    }
    const hidden = (wb.Workbook?.Sheets?.[i]?.Hidden ?? 0) !== 0;
    return b.build(hidden);
  });
  const title = wb.Props?.Title;
  return { file, kind: 'xls', sheets, ...(typeof title === 'string' && title !== '' ? { title } : {}) };
}
