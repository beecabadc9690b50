/**
 * @module A report table as a Word table: number, title, and the 编制单位/单位 line above it; header rows
 * (merged with gridSpan/vMerge) and the 栏次 row repeated on every page; amounts right-aligned in Times New
 * Roman; total rows bold; row labels indented by level; the notes (or the empty-table statement) under it.
 */
import {
  AlignmentType,
  type FileChild,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
} from 'docx';
import type { BodyCell, BodyRow, HeaderCell, ReportTable } from '../../report/types.ts';
import { EMPTY_TABLE_FALLBACK, LANDSCAPE_MIN_COLUMNS } from '../html/table.ts';
import { type ColumnNeed, columnWidths, placeRows, type Slot, textEms } from './grid.ts';
import { halfPoints, SIZES, STYLE } from './styles.ts';
import { type RunFormat, textRuns } from './text.ts';

/** Horizontal cell margin (each side), twips: about 1 mm. */
const CELL_MARGIN = 60;
const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

type Cell = HeaderCell | BodyCell;

/** The width of the table's column grid (header, 栏次 row and body all placed). */
export function gridColumns(t: ReportTable): number {
  return Math.max(
    placeRows(t.header).columns,
    t.columnNumbers?.length ?? 0,
    placeRows(t.body.map((r) => r.cells)).columns,
  );
}

/** Whether the table is printed on a landscape page. */
export function isWide(t: ReportTable): boolean {
  return gridColumns(t) >= LANDSCAPE_MIN_COLUMNS;
}

/** The index of the cell holding the row label (indented by level): the last row header, else the first cell. */
function labelIndex(cells: readonly BodyCell[]): number {
  let last = -1;
  cells.forEach((c, i) => {
    if (c.rowHeader) last = i;
  });
  return Math.max(last, 0);
}

/** Text narrower than this may not wrap (ems): short labels and codes stay on one line. */
const MIN_TEXT_EMS = 4;
/** Header words wrap freely; a column need not be wider than this for its header (ems). */
const HEADER_EMS = 5;

/** What each column needs: single-column body text (amounts and codes never wrap), header words wrapped. */
function columnNeeds(
  t: ReportTable,
  header: Slot<Cell>[][],
  body: Slot<BodyCell>[][],
  columns: number,
): ColumnNeed[] {
  const min = new Array<number>(columns).fill(2);
  const max = new Array<number>(columns).fill(2);
  const widen = (col: number, lo: number, hi: number) => {
    min[col] = Math.max(min[col] ?? 0, lo);
    max[col] = Math.max(max[col] ?? 0, hi);
  };
  for (const row of header)
    for (const s of row)
      if (s.kind === 'cell' && s.colSpan === 1) widen(s.col, 2, Math.min(textEms(s.cell.text), HEADER_EMS));
  for (const row of body) {
    for (const s of row) {
      if (s.kind !== 'cell' || s.colSpan !== 1) continue;
      const ems = textEms(s.cell.text);
      const unbreakable = s.cell.align === 'right' || !/[^\d.,%\-\s]/.test(s.cell.text);
      widen(s.col, unbreakable ? ems : Math.min(ems, MIN_TEXT_EMS), ems);
    }
  }
  (t.columnNumbers ?? []).forEach((n, i) => {
    widen(i, textEms(n), textEms(n));
  });
  return min.map((m, i) => ({ min: m, max: max[i] ?? m }));
}

type CellLook = {
  readonly style: string;
  readonly align: (typeof ALIGN)[keyof typeof ALIGN];
  readonly indent?: number;
};

function cellOf(slot: Slot<Cell>, widths: readonly number[], look: CellLook, format: RunFormat): TableCell {
  const span = slot.kind === 'pad' ? 1 : slot.colSpan;
  const width = widths.slice(slot.col, slot.col + span).reduce((a, b) => a + b, 0);
  const text = slot.kind === 'cell' ? slot.cell.text : '';
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    ...(span > 1 ? { columnSpan: span } : {}),
    ...(slot.kind === 'cell' && slot.merge ? { verticalMerge: VerticalMergeType.RESTART } : {}),
    ...(slot.kind === 'continue' ? { verticalMerge: VerticalMergeType.CONTINUE } : {}),
    children: [
      new Paragraph({
        style: look.style,
        alignment: look.align,
        ...(look.indent ? { indent: { left: look.indent } } : {}),
        children: textRuns(text, format),
      }),
    ],
  });
}

function headerRows(
  t: ReportTable,
  slots: Slot<Cell>[][],
  widths: readonly number[],
  size: number,
): TableRow[] {
  const look = { style: STYLE.tableHead, align: ALIGN.center };
  const rows = slots.map(
    (row) =>
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: row.map((s) => cellOf(s, widths, look, { size })),
      }),
  );
  if (t.columnNumbers && t.columnNumbers.length > 0) {
    const numbers = placeRows([t.columnNumbers.map((text) => ({ text }))], widths.length).rows[0] ?? [];
    const cells = numbers.map((s) =>
      cellOf(s, widths, { style: STYLE.tableText, align: ALIGN.center }, { size }),
    );
    rows.push(new TableRow({ tableHeader: true, cantSplit: true, children: cells }));
  }
  return rows;
}

/**
 * Body rows. A form (cells merged down, like the 一级/二级指标 of a 自评表) is kept on one page, so no merged
 * cell is cut by a page break: every row but the last keeps with the next.
 */
function bodyRows(
  rows: readonly BodyRow[],
  slots: Slot<BodyCell>[][],
  widths: readonly number[],
  size: number,
): TableRow[] {
  const form = rows.some((r) => r.cells.some((c) => (c.rowSpan ?? 1) > 1));
  return slots.map((row, r) => {
    const source = rows[r];
    const label = source ? source.cells[labelIndex(source.cells)] : undefined;
    const format = { size, ...(source?.kind === 'total' ? { bold: true } : {}) };
    const cells = row.map((s) => {
      const cell = s.kind === 'cell' ? s.cell : undefined;
      const indent = cell !== undefined && cell === label ? (source?.level ?? 0) * size * 10 : 0;
      const look = { style: STYLE.tableText, align: ALIGN[cell?.align ?? 'left'], indent };
      return cellOf(s, widths, look, format);
    });
    const keepNext = form && r < slots.length - 1;
    return new TableRow({ cantSplit: true, ...(keepNext ? { keepNext } : {}), children: cells });
  });
}

function captionParagraphs(t: ReportTable, width: number, newPage: boolean): Paragraph[] {
  const out = [
    new Paragraph({
      style: STYLE.tableNumber,
      alignment: AlignmentType.RIGHT,
      ...(newPage ? { pageBreakBefore: true } : {}),
      children: textRuns(t.number),
    }),
    new Paragraph({ style: STYLE.tableTitle, children: textRuns(t.title) }),
  ];
  if (t.entityLine || t.unitLine) {
    out.push(
      new Paragraph({
        style: STYLE.tableMeta,
        tabStops: [{ type: TabStopType.RIGHT, position: width }],
        children: [...textRuns(t.entityLine ?? ''), ...textRuns(`\t${t.unitLine ?? ''}`)],
      }),
    );
  }
  return out;
}

/** The Word table alone, `width` twips wide: header and 栏次 rows repeated on each page, then the body. */
export function wordTable(t: ReportTable, width: number): Table {
  const columns = gridColumns(t);
  const header = placeRows<Cell>(t.header, columns);
  const body = placeRows(
    t.body.map((r) => r.cells),
    columns,
  );
  const pt = columns >= LANDSCAPE_MIN_COLUMNS ? SIZES.xiaoWu : SIZES.wu;
  const needs = columnNeeds(t, header.rows, body.rows, columns);
  const widths = columnWidths(needs, pt * 20, 2 * CELL_MARGIN + 40, width);
  const size = halfPoints(pt);
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    margins: { left: CELL_MARGIN, right: CELL_MARGIN, top: 20, bottom: 20 },
    rows: [...headerRows(t, header.rows, widths, size), ...bodyRows(t.body, body.rows, widths, size)],
  });
}

/** The table with its caption lines and notes, `width` twips wide; `newPage` starts it on a new page. */
export function tableBlocks(t: ReportTable, width: number, newPage: boolean): FileChild[] {
  const notes = t.empty && t.notes.length === 0 ? [EMPTY_TABLE_FALLBACK] : t.notes;
  return [
    ...captionParagraphs(t, width, newPage),
    wordTable(t, width),
    ...notes.map((n) => new Paragraph({ style: STYLE.tableNote, children: textRuns(n) })),
  ];
}
