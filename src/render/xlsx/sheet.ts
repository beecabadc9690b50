/**
 * @module One report table laid onto a worksheet in the standard layout: title (merged, bold, centred)
 * with the table number right of it; 编制单位 | 单位：万元; merged header rows; the 栏次 row; the body
 * (codes as text, amounts as numbers in 万元, blanks empty, 合计 rows bold); the notes under it. Columns
 * sized for Chinese text, panes frozen below the header, A4 landscape fitted to the page width with the
 * header rows repeated on every printed page.
 */
import type { Cell, Style, Workbook, Worksheet } from 'exceljs';
import { type Fen, formatWan } from '../../money/index.ts';
import type { BodyCell, ReportTable } from '../../report/types.ts';
import type { PlacedTable, SheetLayout } from './layout.ts';
import {
  AMOUNT_FORMAT,
  align,
  BODY_FONT,
  BODY_ROW_HEIGHT,
  BOLD_FONT,
  BORDER,
  clamp,
  DRAFT_FONT,
  LINE_HEIGHT,
  linesFor,
  TEXT_FORMAT,
  TITLE_FONT,
  textWidth,
} from './style.ts';

/**
 * The cell value of an amount in 万元: the number nearest to the exact decimal of the fen (an Excel cell
 * holds an IEEE double). The decimal comes from the integer fen as a string, so no float arithmetic
 * touches the amount; the importer reads the double back with toFixed(6) and parses that decimal in 万元,
 * which restores the fen exactly for any amount below 2^33 万元.
 */
export function wanCellValue(value: Fen): number {
  return Number(formatWan(value, { decimals: 6 }));
}

/** A fresh style object per cell: exceljs shares style objects between merged cells. */
function put(cell: Cell, style: Partial<Style>, value?: string | number): void {
  cell.style = { border: BORDER, ...style };
  if (value !== undefined && value !== '') cell.value = value;
}

function columnWidths(t: ReportTable, layout: SheetLayout, placed: PlacedTable): number[] {
  return layout.columns.map((col) => {
    const cells = placed.body.filter((p) => p.col === col.index - 1 && p.colSpan === 1);
    const widest = (f: (p: (typeof cells)[number]) => number) => Math.max(0, ...cells.map(f));
    if (col.role === 'code') return clamp(widest((p) => textWidth(p.cell.text)) + 5, 11, 16);
    if (col.role === 'amount') {
      const w = widest((p) =>
        p.cell.fen === null || p.cell.fen === undefined
          ? 0
          : formatWan(p.cell.fen, { thousands: true }).length,
      );
      return clamp(w + 5, 13, 20);
    }
    // 科目名称 columns stay wide enough to type names into the blank template.
    const indent = (row: number) => 2 * (1 + (t.body[row]?.level ?? 0));
    return clamp(
      widest((p) => textWidth(p.cell.text) + indent(p.row)) + 2,
      col.role === 'name' ? 24 : 14,
      44,
    );
  });
}

function span(widths: readonly number[], col: number, colSpan: number): number {
  return widths.slice(col, col + colSpan).reduce((a, b) => a + b, 0);
}

function writeHeader(
  ws: Worksheet,
  t: ReportTable,
  layout: SheetLayout,
  placed: PlacedTable,
  widths: number[],
) {
  if (layout.headerRows === null) return;
  const first = layout.headerRows[0];
  const heights = t.header.map(() => 20);
  for (const p of placed.header) {
    const top = first + p.row;
    put(
      ws.getCell(top, p.col + 1),
      { font: BOLD_FONT, alignment: align('center', { wrapText: true }) },
      p.cell.text,
    );
    if (p.rowSpan > 1 || p.colSpan > 1) ws.mergeCells(top, p.col + 1, top + p.rowSpan - 1, p.col + p.colSpan);
    const need = linesFor(p.cell.text, span(widths, p.col, p.colSpan)) * LINE_HEIGHT + 6;
    for (let r = p.row; r < p.row + p.rowSpan; r++) heights[r] = Math.max(heights[r]!, need / p.rowSpan);
  }
  heights.forEach((h, r) => {
    ws.getRow(first + r).height = Math.ceil(h);
  });
  if (layout.numbersRow !== null) {
    layout.columns.forEach((c) => {
      put(ws.getCell(layout.numbersRow!, c.index), { font: BODY_FONT, alignment: align('center') }, c.number);
    });
    ws.getRow(layout.numbersRow).height = BODY_ROW_HEIGHT;
  }
}

function bodyStyle(c: BodyCell, role: string, bold: boolean, indent: number, wrap: boolean): Partial<Style> {
  const font = bold ? BOLD_FONT : BODY_FONT;
  // One indent step keeps text and figures off the cell borders; row labels add one per level.
  if (role === 'amount') return { font, alignment: align('right', { indent: 1 }), numFmt: AMOUNT_FORMAT };
  if (role === 'code') return { font, alignment: align(c.align, { indent: 1 }), numFmt: TEXT_FORMAT };
  const step = c.align === 'center' ? {} : { indent: 1 + indent };
  return { font, alignment: align(c.align, { ...step, wrapText: wrap }) };
}

function writeBody(
  ws: Worksheet,
  t: ReportTable,
  layout: SheetLayout,
  placed: PlacedTable,
  widths: number[],
) {
  if (layout.bodyRows === null) return;
  const first = layout.bodyRows[0];
  const heights = t.body.map(() => BODY_ROW_HEIGHT);
  for (const p of placed.body) {
    const row = t.body[p.row]!;
    const col = layout.columns[p.col]!;
    const role = p.colSpan === 1 ? col.role : 'label';
    const isAmount = role === 'amount' || p.cell.ref !== undefined;
    const indent = role === 'name' || role === 'label' ? (row.level ?? 0) : 0;
    const lines = isAmount ? 1 : linesFor(p.cell.text, span(widths, p.col, p.colSpan) - 2 * (indent + 1));
    const style = bodyStyle(p.cell, isAmount ? 'amount' : role, row.kind === 'total', indent, lines > 1);
    const value = isAmount
      ? p.cell.fen === null || p.cell.fen === undefined
        ? undefined
        : wanCellValue(p.cell.fen)
      : p.cell.text;
    const top = first + p.row;
    put(ws.getCell(top, p.col + 1), style, value);
    if (p.rowSpan > 1 || p.colSpan > 1) ws.mergeCells(top, p.col + 1, top + p.rowSpan - 1, p.col + p.colSpan);
    heights[p.row] = Math.max(heights[p.row]!, (lines * LINE_HEIGHT + 5) / p.rowSpan);
  }
  heights.forEach((h, r) => {
    ws.getRow(first + r).height = Math.ceil(h);
  });
}

function writeTop(ws: Worksheet, t: ReportTable, layout: SheetLayout, entityLine: string) {
  const n = layout.columns.length;
  const left = (row: number) => {
    if (n > 2) ws.mergeCells(row, 1, row, n - 1);
  };
  const title = ws.getCell(layout.titleRow, 1);
  title.style = { font: TITLE_FONT, alignment: align('center') };
  title.value = t.title;
  left(layout.titleRow);
  const number = ws.getCell(layout.titleRow, n);
  number.style = { font: BODY_FONT, alignment: { horizontal: 'right', vertical: 'bottom' } };
  number.value = t.number;
  ws.getRow(layout.titleRow).height = 32;
  const entity = ws.getCell(layout.infoRow, 1);
  entity.style = { font: BODY_FONT, alignment: align('left') };
  if (entityLine !== '') entity.value = entityLine;
  left(layout.infoRow);
  const unit = ws.getCell(layout.infoRow, n);
  unit.style = { font: BODY_FONT, alignment: align('right') };
  unit.value = t.unitLine ?? '单位：万元';
  ws.getRow(layout.infoRow).height = BODY_ROW_HEIGHT;
}

function writeNotes(ws: Worksheet, t: ReportTable, layout: SheetLayout, total: number, mark?: string) {
  if (layout.noteRows === null) return;
  const n = layout.columns.length;
  t.notes.forEach((note, i) => {
    const row = layout.noteRows![0] + i;
    const cell = ws.getCell(row, 1);
    const font = mark !== undefined && note.includes(mark) ? DRAFT_FONT : BODY_FONT;
    cell.style = { font, alignment: { horizontal: 'left', vertical: 'top', wrapText: true } };
    cell.value = note;
    if (n > 1) ws.mergeCells(row, 1, row, n);
    ws.getRow(row).height = Math.max(BODY_ROW_HEIGHT, linesFor(note, total) * LINE_HEIGHT + 5);
  });
}

/** Adds the worksheet of one table to the workbook. */
export function addTableSheet(
  wb: Workbook,
  t: ReportTable,
  layout: SheetLayout,
  placed: PlacedTable,
  opts: { readonly entityLine: string; readonly draftMark?: string | undefined },
): Worksheet {
  const lastHeaderRow = layout.numbersRow ?? layout.headerRows?.[1] ?? layout.infoRow;
  const ws = wb.addWorksheet(layout.sheet, {
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      ...(layout.headerRows !== null ? { printTitlesRow: `${layout.headerRows[0]}:${lastHeaderRow}` } : {}),
    },
    views: [{ state: 'frozen', xSplit: 0, ySplit: lastHeaderRow, topLeftCell: `A${lastHeaderRow + 1}` }],
    headerFooter: {
      oddFooter: '&C第 &P 页，共 &N 页',
      ...(opts.draftMark !== undefined ? { oddHeader: `&C&"宋体,Bold"&14&KFF0000${opts.draftMark}` } : {}),
    },
    ...(opts.draftMark !== undefined ? { properties: { tabColor: { argb: 'FFFF0000' } } } : {}),
  });
  const widths = columnWidths(t, layout, placed);
  // Column styles first (cells created later inherit them): rows typed into the template keep codes as
  // text and amounts in the amount format.
  layout.columns.forEach((c, i) => {
    const column = ws.getColumn(c.index);
    column.width = widths[i]!;
    if (c.role === 'code') column.numFmt = TEXT_FORMAT;
    if (c.role === 'amount') column.numFmt = AMOUNT_FORMAT;
  });
  writeTop(ws, t, layout, opts.entityLine);
  writeHeader(ws, t, layout, placed, widths);
  writeBody(ws, t, layout, placed, widths);
  const total = widths.reduce((a, b) => a + b, 0);
  writeNotes(ws, t, layout, total, opts.draftMark);
  const lastRow = layout.noteRows?.[1] ?? layout.bodyRows?.[1] ?? lastHeaderRow;
  ws.pageSetup.printArea = `A1:${layout.columns.at(-1)?.letter ?? 'A'}${lastRow}`;
  return ws;
}
