/**
 * @module Importing finance-system workbooks (.xlsx, .xls) and CSV files into the dataset's tables,
 * with the place of every figure; public API. Never throws for bad input: every problem is an
 * ImportError naming the file, sheet and cell.
 */
export { datasetFiles, disclosureSkeleton, exactAmount, tableCsv } from './dataset-files.ts';
export { a1, ImportError } from './errors.ts';
export { excelOfBook } from './excel-of-book.ts';
export type { Book, CellValue, Limits, Sheet, SourceKind } from './grid.ts';
export { DEFAULT_LIMITS } from './grid.ts';
export type { Imported, ImportOptions, ImportResult } from './import.ts';
export { importBook, importWorkbookBytes, importWorkbookPath } from './import.ts';
export { type CellMapping, type CellPlace, emptyMapping, mappingKey, placeOfLocation } from './mapping.ts';
export { readBookBytes, readBookPath } from './open.ts';
export { loadXlsx } from './read-xlsx.ts';
export { containerOf } from './zip-guard.ts';
