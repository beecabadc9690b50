/**
 * @module Where a report table goes on its worksheet: the rows of title, 编制单位/单位, header, 栏次, body
 * and notes, and for every column its panel, role (code, name, label or amount) and column id. Derived
 * from the report table alone, so the workbook and the report can never disagree. The layout is what
 * the hidden `_juesuan` sheet records for the importer.
 */
import type { TableId } from '../../catalog/tables/types.ts';
import type { BodyCell, HeaderCell, ReportTable } from '../../report/types.ts';
import { columnLetter, gridWidth, type Placed, placeRows } from './grid.ts';

/** What a column holds: 科目编码, 科目名称, a 项目 label, or amounts of one column id. */
export type ColumnRole = 'code' | 'name' | 'label' | 'amount';

export type SheetColumn = {
  /** 1-based column index and its letter. */
  readonly index: number;
  readonly letter: string;
  /** 0-based panel: side-by-side tables (T01/T04 收入|支出, T08 人员经费|公用经费) have two. */
  readonly panel: number;
  readonly role: ColumnRole;
  /** The column id of `src/catalog/tables/definitions.ts` (amount columns only). */
  readonly column?: string;
  /** Header texts over the column, top to bottom (a merged cell's text once). */
  readonly header: readonly string[];
  /** The column's entry in the 栏次 row ('' when empty). */
  readonly number: string;
};

/** The row keys of a body row, one per panel: a classification code, a fixed key such as
 * `income.total`, `total` for 合计, or null (a padding or blank input row). */
export type SheetRow = {
  readonly row: number;
  readonly kind: 'data' | 'total';
  readonly keys: readonly (string | null)[];
};

/** Inclusive 1-based row range. */
export type RowRange = readonly [first: number, last: number];

export type SheetLayout = {
  readonly table: TableId;
  readonly sheet: string;
  readonly number: string;
  readonly title: string;
  readonly titleRow: number;
  readonly infoRow: number;
  readonly headerRows: RowRange | null;
  readonly numbersRow: number | null;
  readonly bodyRows: RowRange | null;
  readonly noteRows: RowRange | null;
  readonly columns: readonly SheetColumn[];
  readonly rows: readonly SheetRow[];
};

const LEAD_ROLES: Readonly<Record<string, ColumnRole>> = {
  科目编码: 'code',
  科目名称: 'name',
  项目: 'label',
};

/** Row of the title (and, in its last column, the table number). */
export const TITLE_ROW = 1;
/** Row of 编制单位 (left) and 单位：万元 (right). */
export const INFO_ROW = 2;
const FIRST_HEADER_ROW = 3;

/** Header and body cells of a report table placed on the grid (0-based rows within each part). */
export type PlacedTable = {
  readonly header: readonly Placed<HeaderCell>[];
  readonly body: readonly Placed<BodyCell>[];
  readonly width: number;
};

/** Places the header and body of a table and finds its column count. */
export function placeTable(t: ReportTable): PlacedTable {
  const header = placeRows(t.header);
  const body = placeRows(t.body.map((r) => r.cells));
  const width = Math.max(gridWidth(header), gridWidth(body), t.columnNumbers?.length ?? 0);
  return { header, body, width };
}

function panelStarts(t: ReportTable): number[] {
  const starts = (t.columnNumbers ?? []).flatMap((n, i) => (n === '栏次' ? [i] : []));
  return starts.length > 0 && starts[0] === 0 ? starts : [0, ...starts];
}

function panelOf(starts: readonly number[], col: number): number {
  return starts.filter((s) => s <= col).length - 1;
}

function columnsOf(t: ReportTable, placed: PlacedTable): SheetColumn[] {
  const starts = panelStarts(t);
  return Array.from({ length: placed.width }, (_, col) => {
    const header = placed.header
      .filter((p) => p.col <= col && col < p.col + p.colSpan)
      .sort((a, b) => a.row - b.row)
      .map((p) => p.cell.text);
    const ids = new Set(
      placed.body.filter((p) => p.col === col && p.cell.ref !== undefined).map((p) => p.cell.ref!.column),
    );
    const lead = LEAD_ROLES[header.at(-1) ?? ''];
    const base = {
      index: col + 1,
      letter: columnLetter(col + 1),
      panel: panelOf(starts, col),
      header,
      number: t.columnNumbers?.[col] ?? '',
    };
    if (lead !== undefined && ids.size === 0) return { ...base, role: lead };
    if (ids.size !== 1) {
      throw new Error(`internal: column ${col + 1} of ${t.id} has amount ids [${[...ids].join(', ')}]`);
    }
    return { ...base, role: 'amount' as const, column: [...ids][0]! };
  });
}

function rowsOf(t: ReportTable, placed: PlacedTable, columns: readonly SheetColumn[], first: number) {
  const panels = Math.max(1, ...columns.map((c) => c.panel + 1));
  return t.body.map((r, i): SheetRow => {
    const keys = Array.from({ length: panels }, (_, p) => {
      const hit = placed.body.find(
        (c) => c.row === i && c.cell.ref !== undefined && columns[c.col]?.panel === p,
      );
      return hit?.cell.ref?.row ?? null;
    });
    return { row: first + i, kind: r.kind, keys };
  });
}

/** The layout of a report table on a worksheet named `sheet`. */
export function sheetLayout(t: ReportTable, sheet: string, placed: PlacedTable): SheetLayout {
  if (t.table === undefined) throw new Error(`internal: report table ${t.id} has no table id`);
  const h = t.header.length;
  const headerRows: RowRange | null = h > 0 ? [FIRST_HEADER_ROW, FIRST_HEADER_ROW + h - 1] : null;
  const numbersRow = t.columnNumbers !== undefined ? FIRST_HEADER_ROW + h : null;
  const bodyFirst = FIRST_HEADER_ROW + h + (numbersRow !== null ? 1 : 0);
  const bodyRows: RowRange | null = t.body.length > 0 ? [bodyFirst, bodyFirst + t.body.length - 1] : null;
  const notesFirst = bodyFirst + t.body.length;
  const noteRows: RowRange | null = t.notes.length > 0 ? [notesFirst, notesFirst + t.notes.length - 1] : null;
  const columns = columnsOf(t, placed);
  return {
    table: t.table,
    sheet,
    number: t.number,
    title: t.title,
    titleRow: TITLE_ROW,
    infoRow: INFO_ROW,
    headerRows,
    numbersRow,
    bodyRows,
    noteRows,
    columns,
    rows: rowsOf(t, placed, columns, bodyFirst),
  };
}
