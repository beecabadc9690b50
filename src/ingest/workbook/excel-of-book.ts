/**
 * @module A Book read from .xls or CSV as an exceljs workbook (values and merged ranges at the same
 * addresses), so that findings can be written into a copy of any input the importer reads.
 */
import ExcelJS from 'exceljs';
import type { Book } from './grid.ts';

/** The cells and merges of a Book in a new exceljs workbook. */
export function excelOfBook(book: Book): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const sheet of book.sheets) {
    const ws = wb.addWorksheet(sheet.name, sheet.hidden ? { state: 'hidden' } : {});
    sheet.rows.forEach((row, r) => {
      row.forEach((cell, c) => {
        if (cell === undefined) return;
        const target = ws.getCell(r + 1, c + 1);
        switch (cell.kind) {
          case 'number':
          case 'bool':
            target.value = cell.value;
            break;
          case 'text':
            target.value = cell.text;
            break;
          case 'error':
            target.value = { error: cell.text as ExcelJS.CellErrorValue['error'] };
            break;
          case 'formula':
            target.value = { formula: cell.formula } as ExcelJS.CellFormulaValue;
            break;
          case 'date':
            break;
        }
      });
    });
    for (const m of sheet.merges) {
      if (m.top === m.bottom && m.left === m.right) continue;
      try {
        ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
      } catch {
        // Overlapping merges in the source: keep the first.
      }
    }
  }
  return wb;
}
