/**
 * @module Helpers of the cross-table rules: cells that may be absent, printed labels of rows and
 * columns, and comparisons of the same figure (or a sum) printed in two tables.
 *
 * Blanks: a table that is absent from the dataset is not compared (the table rules report it); a table
 * declared empty (空表) is compared as a table without rows. In a
 * table that is present, a blank cell or an absent row facing a non-zero figure in the other table is
 * a discrepancy (the figure is read as 0 there); two blanks, or a blank facing 0, agree.
 */
import { tableDef } from '../../catalog/tables/definitions.ts';
import type { TableId } from '../../catalog/tables/types.ts';
import type { Dataset, TableData, TableRow } from '../../model/types.ts';
import { findRow } from '../../model/views.ts';
import { type Fen, subFen, sumFenOrNull, ZERO } from '../../money/index.ts';
import { equalMismatch, exceedsLimit, sumMismatch } from '../compare.ts';
import type { FindingDraft, Location, RuleContext } from '../types.ts';

export type Params = Readonly<Record<string, string | number>>;

const NUMERIC = /^\d+$/;

/** Whether a row key is a classification code (not 合计 or a fixed key). */
export function isCode(code: string): boolean {
  return NUMERIC.test(code);
}

/** A cell of a table that the dataset has: null when the row or cell is absent or blank. */
export function cell(table: TableData, row: string, column: string): Fen | null {
  return findRow(table, row)?.cells[column] ?? null;
}

/** A cell location. */
export function at(table: TableId, row: string, column: string): Location {
  return { table, row, column };
}

/**
 * The printed label of a column, with its header groups (本年支出·小计). Labels are data, as the row
 * names are: both message catalogues show them as printed.
 */
export function columnLabel(table: TableId, column: string): { column: string } {
  const def = tableDef(table).columns.find((c) => c.id === column);
  if (!def) return { column };
  return { column: [...(def.groups ?? []), def.label].join('·') };
}

/** The label of a row: code and name, 合计, or the fixed row's printed label. */
export function rowLabel(
  table: TableId,
  code: string,
  row?: TableRow,
  prefix = 'row',
): Record<string, string> {
  if (isCode(code)) return { [prefix]: `${code} ${row?.name ?? ''}`.trim() };
  const fixed = tableDef(table).fixedRows?.find((r) => r.key === code)?.label;
  return { [prefix]: code === 'total' ? '合计' : (fixed ?? row?.name ?? code) };
}

/** Whether a figure is absent or zero. */
function blankOrZero(v: Fen | null | undefined): boolean {
  return v === null || v === undefined || v === 0;
}

/** The same figure printed in two tables: equal to the fen; a blank facing a non-zero figure is 0. */
export function sameFigure(
  expected: Fen | null,
  actual: Fen | null,
  locations: readonly Location[],
  params: Params = {},
): FindingDraft | null {
  if (blankOrZero(expected) && blankOrZero(actual)) return null;
  return equalMismatch(expected ?? ZERO, actual ?? ZERO, locations, params);
}

/** A figure that must equal the sum of rounded figures of another table (rounding envelope applies). */
export function sumOfFigures(
  ctx: RuleContext,
  total: Fen | null,
  parts: readonly (Fen | null)[],
  locations: readonly Location[],
  params: Params = {},
): FindingDraft | null {
  const sum = sumFenOrNull(parts);
  if (blankOrZero(total) && blankOrZero(sum)) return null;
  return sumMismatch(ctx, total ?? ZERO, sum === null ? [ZERO] : parts, locations, params);
}

/** actual must not exceed limit; nothing to check when actual is blank (a blank limit is 0). */
export function withinLimit(
  limit: Fen | null,
  actual: Fen | null,
  locations: readonly Location[],
  params: Params = {},
): FindingDraft | null {
  return exceedsLimit(limit, actual, locations, params);
}

/** Code lengths of the classification rows of a table. */
function levels(table: TableData): Set<number> {
  return new Set(table.rows.filter((r) => isCode(r.code)).map((r) => r.code.length));
}

/**
 * Row keys two tables are compared on: the 合计 row when both have it (and `withTotal`), and the
 * classification codes (filtered by `keep`) at the levels both tables list — a level one table omits
 * entirely is the hierarchy rules' concern, not a row-by-row discrepancy.
 */
export function commonRows(
  a: TableData,
  b: TableData,
  keep: (code: string) => boolean = () => true,
  withTotal = true,
): string[] {
  const la = levels(a);
  const lb = levels(b);
  const out: string[] = [];
  if (withTotal && findRow(a, 'total') && findRow(b, 'total')) out.push('total');
  for (const r of [...a.rows, ...b.rows]) {
    if (!isCode(r.code) || !keep(r.code) || out.includes(r.code)) continue;
    if (la.has(r.code.length) && lb.has(r.code.length)) out.push(r.code);
  }
  return out;
}

/** The row of a code in either table (for its name; the one that carries a name first). */
export function rowIn(a: TableData, b: TableData, code: string): TableRow | undefined {
  const ra = findRow(a, code);
  const rb = findRow(b, code);
  return ra?.name ? ra : (rb ?? ra);
}

/** The 合计 of a column: the 合计 row, or else the Σ of the 类 rows (with how many were summed). */
export function columnTotal(
  table: TableData,
  column: string,
): { value: Fen | null; parts: (Fen | null)[]; fromTotalRow: boolean } {
  const totalRow = findRow(table, 'total');
  if (totalRow) return { value: totalRow.cells[column] ?? null, parts: [], fromTotalRow: true };
  const parts = table.rows
    .filter((r) => isCode(r.code) && r.code.length === 3)
    .map((r) => r.cells[column] ?? null);
  return { value: sumFenOrNull(parts), parts, fromTotalRow: false };
}

/** A table of the dataset; a table declared empty (空表) without rows is an empty table, not an absent one. */
export function tableOf(ds: Dataset, id: TableId): TableData | undefined {
  return ds.tables[id] ?? (ds.emptyTables[id] !== undefined ? { rows: [] } : undefined);
}

/** The tables a rule needs, or null when one is absent from the dataset. */
export function tablesOf<K extends TableId>(ds: Dataset, ...ids: K[]): Record<K, TableData> | null {
  const out = {} as Record<K, TableData>;
  for (const id of ids) {
    const t = tableOf(ds, id);
    if (!t) return null;
    out[id] = t;
  }
  return out;
}

/** A figure of one table against the 合计 of a column of another (Σ 类 with the rounding envelope when no 合计 row). */
export function againstColumnTotal(
  ctx: RuleContext,
  expected: Fen | null,
  table: TableData,
  column: string,
  locations: readonly Location[],
  params: Params = {},
): FindingDraft | null {
  const t = columnTotal(table, column);
  if (t.fromTotalRow) return sameFigure(expected, t.value, locations, params);
  // No 合计 row: the rounded reference figure against the Σ of the rounded 类 figures.
  const draft = sumOfFigures(ctx, expected, t.parts, locations, params);
  if (!draft) return null;
  const { expected: sum, actual: reference, difference, ...rest } = draft;
  return {
    ...rest,
    expected: reference ?? null,
    actual: sum ?? null,
    difference: difference === null || difference === undefined ? null : subFen(ZERO, difference),
  };
}
