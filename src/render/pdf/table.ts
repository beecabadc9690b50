/**
 * @module A report table as pdfmake nodes: number and title, the entity and unit lines, a ruled table whose
 * header rows (and 栏次 row) repeat on every page, merged cells (centred), right-aligned amounts, bold
 * total rows, indented row labels, rows never split across pages, and the notes under it.
 */
import type { PdfmakeNode } from 'pdfmake';
import { cellAnchor } from '../../report/anchors.ts';
import type { BodyCell, ReportTable } from '../../report/types.ts';
import type { Metrics } from './fonts.ts';
import { balancedText, expandRows, gridWidth, type Slot, textEms } from './table-grid.ts';
import { centringMargin, gridHeight, gridWidths, PAD_X, PAD_Y, RULE, rowLines } from './table-size.ts';
import { HEADER_FILL, RULE_COLOR, STYLE, span, TABLE_SIZE, textNode } from './theme.ts';

/** Points a one-line cell keeps free at its right (pdfmake's own measure may round differently). */
const ONE_LINE_SLACK = 1;

/** A table text's width in points at the table size, in the regular or bold table face. */
export type TableMeasure = (text: string, bold: boolean) => number;

/** The table text measure from the fonts' own advance widths. */
export function tableMeasure(metrics: Metrics, family: string): TableMeasure {
  const regular = metrics(family, false);
  const bold = metrics(family, true);
  return (text, isBold) => {
    const advance = isBold ? bold : regular;
    let ems = 0;
    for (const ch of text) ems += advance(ch.codePointAt(0)!);
    return ems * TABLE_SIZE;
  };
}

/** Tables with at least this many columns are printed on a landscape page. */
export const LANDSCAPE_MIN_COLUMNS = 10;
/** Shown under an empty table that carries no statement of its own. */
export const EMPTY_TABLE_FALLBACK = '本表无数据。';

const INDENT = 9;

/** Ruled grid with thin lines and small paddings. */
export const TABLE_LAYOUT = {
  hLineWidth: () => RULE,
  vLineWidth: () => RULE,
  hLineColor: () => RULE_COLOR,
  vLineColor: () => RULE_COLOR,
  paddingLeft: () => PAD_X,
  paddingRight: () => PAD_X,
  paddingTop: () => PAD_Y,
  paddingBottom: () => PAD_Y,
};

/** The number of columns of a table (header, 栏次 row and body, merged cells counted). */
export function tableColumns(t: ReportTable): number {
  return Math.max(gridWidth(t.header), t.columnNumbers?.length ?? 0, gridWidth(t.body.map((r) => r.cells)));
}

/** The index of the cell holding the row label (indented by level): the last row header, else the first. */
function labelIndex(cells: readonly BodyCell[]): number {
  let last = -1;
  cells.forEach((c, i) => {
    if (c.rowHeader) last = i;
  });
  return Math.max(last, 0);
}

function spans(slot: { colSpan: number; rowSpan: number }): object {
  return {
    ...(slot.colSpan > 1 ? { colSpan: slot.colSpan } : {}),
    ...(slot.rowSpan > 1 ? { rowSpan: slot.rowSpan } : {}),
  };
}

/** The 栏次 row: '栏次' spans the empty label cells beside it, as on the printed forms. */
function columnNumberRow(numbers: readonly string[], width: number): PdfmakeNode[] {
  const row: PdfmakeNode[] = [];
  for (let i = 0; i < width; i++) {
    let colSpan = 1;
    if (numbers[i] === '栏次') while (i + colSpan < width && numbers[i + colSpan] === '') colSpan++;
    row.push({ text: [span(numbers[i] ?? '', STYLE.columnNumber)], ...(colSpan > 1 ? { colSpan } : {}) });
    for (let k = 1; k < colSpan; k++) row.push({});
    i += colSpan - 1;
  }
  return row;
}

/** Width of a header character in points (bold, with a little room). */
const HEADER_EMS = TABLE_SIZE * 1.05;

function spanWidth(widths: readonly number[], col: number, colSpan = 1): number {
  return widths.slice(col, col + colSpan).reduce((a, b) => a + b, 0) + (colSpan - 1) * (2 * PAD_X + RULE);
}

type Sized = {
  readonly widths: readonly number[];
  readonly lines: readonly number[];
  readonly measure: TableMeasure;
};

function headerRows(grid: Slot<{ text: string }>[][], size: Sized): PdfmakeNode[][] {
  return grid.map((row, r) =>
    row.map((s, i) => {
      if (s.kind === 'covered') return {};
      const text =
        s.kind === 'cell' ? balancedText(s.cell.text, spanWidth(size.widths, i, s.colSpan), HEADER_EMS) : '';
      const top = centringMargin(grid, size.lines, size.widths, r, i);
      return {
        text: [span(text, STYLE.tableHeader)],
        fillColor: HEADER_FILL,
        ...(top > 0 ? { margin: [0, top, 0, 0] } : {}),
        ...(s.kind === 'cell' ? spans(s) : {}),
      };
    }),
  );
}

/** Body rows; `claimAnchor` says whether a cell may carry its anchor (the first cell with that anchor). */
function bodyRows(
  t: ReportTable,
  grid: Slot<BodyCell>[][],
  size: Sized,
  claimAnchor: (id: string) => boolean,
): PdfmakeNode[][] {
  return grid.map((row, r) => {
    const bodyRow = t.body[r]!;
    const labelCell = bodyRow.cells[labelIndex(bodyRow.cells)];
    return row.map((s, i) => {
      if (s.kind === 'covered') return {};
      if (s.kind === 'pad') return { text: [span('', STYLE.tableCell)] };
      const c = s.cell;
      const anchor = c.ref ? cellAnchor(c.ref) : undefined;
      const indent = c === labelCell && c.align === 'left' ? (bodyRow.level ?? 0) * INDENT : 0;
      const top = s.rowSpan > 1 ? centringMargin(grid, size.lines, size.widths, r, i) : 0;
      const bold = bodyRow.kind === 'total';
      // A text that surely fits on one line is one word to pdfmake: it need not try a break after every
      // Chinese character (most cells; a third of the PDF's layout time went there).
      const oneLine =
        !c.text.includes('\n') &&
        size.measure(c.text, bold) + indent + ONE_LINE_SLACK <= spanWidth(size.widths, i, s.colSpan);
      return {
        text: [
          span(c.text, STYLE.tableCell, { alignment: c.align, bold, ...(oneLine ? { noWrap: true } : {}) }),
        ],
        ...(c.rowHeader && t.header.length === 0 ? { fillColor: HEADER_FILL } : {}),
        ...(indent > 0 || top > 0 ? { margin: [indent, top, 0, 0] } : {}),
        ...(anchor !== undefined && claimAnchor(anchor) ? { id: anchor } : {}),
        ...spans(s),
      };
    });
  });
}

function captionNodes(t: ReportTable, titleProps: object): PdfmakeNode[] {
  const caption: PdfmakeNode[] = [
    textNode(t.number, STYLE.tableNumber, { margin: [0, 8, 0, 0] }),
    textNode(t.title, STYLE.tableTitle, { margin: [0, 0, 0, 6], ...titleProps }),
  ];
  if (t.entityLine || t.unitLine) {
    caption.push({
      columns: [
        { text: [span(t.entityLine ?? '', STYLE.tableMeta)], width: '*' },
        { text: [span(t.unitLine ?? '', STYLE.tableMeta, { alignment: 'right' })], width: 'auto' },
      ],
      margin: [0, 0, 0, 3],
    });
  }
  return caption;
}

/** A table block and whether it surely fits on one page (then it is kept in one piece). */
export type TableBlock = { readonly node: PdfmakeNode; readonly fitsOnePage: boolean };

/** The table block: caption lines, the table, and its notes (or the empty-table statement). */
export function tableNode(
  t: ReportTable,
  page: { readonly width: number; readonly height: number },
  claimAnchor: (id: string) => boolean,
  titleProps: object,
  measure: TableMeasure,
): TableBlock {
  const width = Math.max(1, tableColumns(t));
  const header = expandRows(t.header, width);
  const body = expandRows(
    t.body.map((r) => r.cells),
    width,
  );
  const widths = gridWidths(header, body, t.columnNumbers ?? [], page.width);
  const head = headerRows(header, { widths, lines: rowLines(header, widths), measure });
  if (t.columnNumbers && t.columnNumbers.length > 0) head.push(columnNumberRow(t.columnNumbers, width));
  const rows = bodyRows(t, body, { widths, lines: rowLines(body, widths), measure }, claimAnchor);
  const table = {
    table: {
      headerRows: head.length,
      keepWithHeaderRows: head.length > 0 ? 1 : 0,
      dontBreakRows: true,
      widths,
      body: [
        ...head,
        ...(rows.length > 0 ? rows : [Array.from({ length: width }, () => textNode('', STYLE.tableCell))]),
      ],
    },
    layout: TABLE_LAYOUT,
  };
  const notes = t.empty && t.notes.length === 0 ? [EMPTY_TABLE_FALLBACK] : t.notes;
  const notesHeight = notes.reduce((h, n) => h + Math.ceil((textEms(n) * 9) / page.width) * 18 + 3, 0);
  const height = 75 + gridHeight(header, widths) + 16 + gridHeight(body, widths) + notesHeight;
  const fitsOnePage = height < page.height * 0.85;
  return {
    node: {
      stack: [
        ...captionNodes(t, titleProps),
        table,
        ...notes.map((n) => textNode(n, STYLE.tableNote, { margin: [0, 3, 0, 0] })),
      ],
      ...(fitsOnePage ? { unbreakable: true } : {}),
    },
    fitsOnePage,
  };
}
