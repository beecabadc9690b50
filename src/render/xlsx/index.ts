/** XLSX rendering of the 附表 (tables.xlsx and the blank standard workbook): public API. */
export { BLANK_CODED_ROWS, BLANK_T08_ROWS } from './blank.ts';
export type { ColumnRole, RowRange, SheetColumn, SheetLayout, SheetRow } from './layout.ts';
export {
  LAYOUT_FORMAT,
  LAYOUT_SHEET,
  parseLayoutSheet,
  readLayoutSheet,
  tableLayout,
  type WorkbookLayout,
} from './meta.ts';
export { wanCellValue } from './sheet.ts';
export { AMOUNT_FORMAT, TEXT_FORMAT } from './style.ts';
export { DRAFT_MARK, renderTablesXlsx, type XlsxOptions } from './workbook.ts';
