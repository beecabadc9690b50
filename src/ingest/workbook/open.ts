/**
 * @module Reading an input into a Book: a workbook file (.xlsx by exceljs after the zip guard, .xls by
 * SheetJS, told apart by their bytes, not their names), a single CSV file, or a folder of CSV files.
 * Encrypted workbooks, oversized files and other formats are refused with a Chinese message.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { ImportError } from './errors.ts';
import type { Book, Limits } from './grid.ts';
import { readCsvFiles } from './read-csv.ts';
import { readXls } from './read-xls.ts';
import { readXlsx } from './read-xlsx.ts';
import { containerOf } from './zip-guard.ts';

const ENCRYPTED =
  '工作簿设置了打开密码（已加密），无法读取；请在 Excel 中取消密码（文件→信息→保护工作簿→用密码进行加密，清空密码）后另存再导入';

/** Reads workbook or CSV bytes into a Book; `file` is the name shown in messages. */
export async function readBookBytes(bytes: Uint8Array, file: string, limits: Limits): Promise<Book> {
  if (bytes.length > limits.maxFileBytes) {
    throw new ImportError(
      { file },
      `文件过大（${(bytes.length / 1024 / 1024).toFixed(1)} MB，上限 ${Math.round(limits.maxFileBytes / 1024 / 1024)} MB）`,
    );
  }
  if (bytes.length === 0) throw new ImportError({ file }, '文件是空的');
  switch (containerOf(bytes)) {
    case 'zip':
      return readXlsx(bytes, file, limits);
    case 'cfb':
      return readXls(bytes, file, limits);
    case 'encrypted':
      throw new ImportError({ file }, ENCRYPTED);
    default:
      if (/\.(csv|txt|tsv)$/i.test(file)) {
        return readCsvFiles([{ name: file, sheet: basename(file, extname(file)), bytes }], file, limits);
      }
      throw new ImportError(
        { file },
        /\.xlsx?$/i.test(file)
          ? '文件已损坏或不是 Excel 工作簿（文件内容既不是 .xlsx 也不是 .xls 格式）'
          : '不支持的文件类型：请提供 .xlsx、.xls 工作簿或 CSV 文件（或存放 CSV 文件的文件夹）',
      );
  }
}

async function readBytes(path: string, shown: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (e) {
    const code = (e as { code?: string }).code;
    throw new ImportError(
      { file: shown },
      code === 'ENOENT' ? '找不到该文件' : code === 'EACCES' ? '没有读取该文件的权限' : '无法读取该文件',
    );
  }
}

/** Reads a workbook file, a CSV file or a folder of CSV files into a Book. */
export async function readBookPath(path: string, shown: string, limits: Limits): Promise<Book> {
  let isDir: boolean;
  try {
    isDir = (await stat(path)).isDirectory();
  } catch {
    throw new ImportError({ file: shown }, '找不到该文件或文件夹');
  }
  if (!isDir) {
    const s = await stat(path);
    if (s.size > limits.maxFileBytes) {
      throw new ImportError(
        { file: shown },
        `文件过大（${(s.size / 1024 / 1024).toFixed(1)} MB，上限 ${Math.round(limits.maxFileBytes / 1024 / 1024)} MB）`,
      );
    }
    return readBookBytes(await readBytes(path, shown), shown, limits);
  }
  const names = (await readdir(path)).filter((n) => /\.(csv|tsv|txt)$/i.test(n)).sort();
  if (names.length === 0) throw new ImportError({ file: shown }, '文件夹中没有 CSV 文件');
  if (names.length > limits.maxSheets)
    throw new ImportError({ file: shown }, `文件夹中 CSV 文件过多（${names.length} 个）`);
  const files = [];
  let total = 0;
  for (const n of names) {
    const fileShown = join(shown, n);
    const bytes = await readBytes(join(path, n), fileShown);
    total += bytes.length;
    if (total > limits.maxUnzippedBytes) throw new ImportError({ file: shown }, 'CSV 文件总大小超过上限');
    files.push({ name: fileShown, sheet: basename(n, extname(n)), bytes });
  }
  return readCsvFiles(files, shown, limits);
}
