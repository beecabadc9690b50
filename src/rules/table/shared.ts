/**
 * @module Helpers shared by the table-internal rules: cell access, locations, row labels, and the
 * classification tree of a table (类/款/项 rows with missing intermediate levels bridged).
 */
import { tableDef } from '../../catalog/tables/definitions.ts';
import type { TableId } from '../../catalog/tables/types.ts';
import type { TableData, TableRow } from '../../model/types.ts';
import { findRow } from '../../model/views.ts';
import type { Fen } from '../../money/index.ts';
import type { Location, RuleContext } from '../types.ts';

/** The key of the 合计 row in classification tables. */
export const TOTAL_ROW = 'total';

const DIGITS = /^\d+$/;

/** Whether a row key is a classification code (digits only). */
export function isCode(code: string): boolean {
  return DIGITS.test(code);
}

/** A cell location. */
export function cellLoc(table: TableId, row: string, column: string): Location {
  return { table, row, column };
}

/** The printed label of a column (e.g. 'basic' → 基本支出). */
export function columnLabel(table: TableId, column: string): string {
  return tableDef(table).columns.find((c) => c.id === column)?.label ?? column;
}

/** The label of a fixed row (e.g. 'income.total' → 本年收入合计). */
export function fixedRowLabel(table: TableId, key: string): string {
  return tableDef(table).fixedRows?.find((r) => r.key === key)?.label ?? key;
}

/** How a row is named in messages: `2010301 行政运行`, `合计`, or a fixed row's label. */
export function rowLabel(table: TableId, row: TableRow): string {
  if (row.code === TOTAL_ROW) return '合计';
  if (isCode(row.code)) return row.name ? `${row.code} ${row.name}` : row.code;
  return row.name || fixedRowLabel(table, row.code);
}

/** Params naming a row (and optionally a column) for the message templates. */
export function rowParams(table: TableId, row: TableRow, column?: string): Record<string, string> {
  return {
    row: rowLabel(table, row),
    code: row.code,
    name: row.name,
    ...(column === undefined ? {} : { column: columnLabel(table, column) }),
  };
}

/** A cell of a table by row key and column id (null when absent or blank). */
export function cell(ctx: RuleContext, table: TableId, row: string, column: string): Fen | null {
  return findRow(ctx.ds.tables[table], row)?.cells[column] ?? null;
}

/** Column ids of a table. */
export function columnsOf(table: TableId): string[] {
  return tableDef(table).columns.map((c) => c.id);
}

/** Whether a row carries a non-blank, non-zero amount (in any column, or in the given ones). */
export function hasAmount(row: TableRow | undefined, columns?: readonly string[]): boolean {
  if (row === undefined) return false;
  const values = columns === undefined ? Object.values(row.cells) : columns.map((c) => row.cells[c]);
  return values.some((v) => v !== null && v !== undefined && v !== 0);
}

/** Classification rows of a table (codes of 3, 5 or 7 digits), in table order. */
export function codeRows(table: TableData | undefined): TableRow[] {
  return (table?.rows ?? []).filter((r) => isCode(r.code) && [3, 5, 7].includes(r.code.length));
}

/**
 * The classification tree of a table. Each row's parent is its nearest present ancestor (a 项 whose
 * 款 row is absent hangs under its 类), so a skipped level is bridged; `missing` lists the absent
 * intermediate codes and `orphans` the rows that skip a level.
 */
export type Tree = {
  readonly rows: readonly TableRow[];
  /** Rows without any present ancestor: what the 合计 row must add up. */
  readonly top: readonly TableRow[];
  /** Children of a row (by code): its nearest present descendants. */
  readonly children: ReadonlyMap<string, readonly TableRow[]>;
  /** Absent ancestor codes (each once, in order of first need). */
  readonly missing: readonly string[];
  /** Rows with at least one absent ancestor level. */
  readonly orphans: readonly TableRow[];
};

function ancestors(code: string): string[] {
  const out: string[] = [];
  for (let len = code.length - 2; len >= 3; len -= 2) out.push(code.slice(0, len));
  return out;
}

/** Build the tree of a table's classification rows. */
export function treeOf(table: TableData | undefined): Tree {
  if (table === undefined) return buildTree(undefined);
  let tree = TREES.get(table);
  if (tree === undefined) {
    tree = buildTree(table);
    TREES.set(table, tree);
  }
  return tree;
}

// Several rules walk the same table's tree; tables are immutable, so the tree is built once per table.
const TREES = new WeakMap<TableData, Tree>();

function buildTree(table: TableData | undefined): Tree {
  const rows = codeRows(table);
  const present = new Set(rows.map((r) => r.code));
  const children = new Map<string, TableRow[]>();
  const top: TableRow[] = [];
  const missing: string[] = [];
  const orphans: TableRow[] = [];
  for (const row of rows) {
    const ups = ancestors(row.code); // nearest first
    const parent = ups.find((c) => present.has(c));
    // The absent levels between the row and its nearest present ancestor (or the top).
    const absent = parent === undefined ? ups : ups.slice(0, ups.indexOf(parent));
    if (absent.length > 0) {
      orphans.push(row);
      for (const c of [...absent].reverse()) if (!missing.includes(c)) missing.push(c);
    }
    if (parent === undefined) top.push(row);
    else children.set(parent, [...(children.get(parent) ?? []), row]);
  }
  return { rows, top, children, missing, orphans };
}

/** Chinese name of the level of a code by its length (类 3, 款 5, 项 7 digits). */
export function levelName(code: string): string {
  return levelOfLength(code.length);
}

/** Chinese name of the level of codes of a given length. */
export function levelOfLength(length: number): string {
  return length === 3 ? '类' : length === 5 ? '款' : '项';
}

/** English names of the tables, for the English titles and messages. */
export const TABLE_EN: Readonly<Record<TableId, string>> = {
  T01: 'Income and expenditure summary',
  T02: 'Income statement',
  T03: 'Expenditure statement',
  T04: 'Fiscal appropriation income and expenditure summary',
  T05: 'Fiscal appropriation expenditure detail',
  T06: 'General public budget appropriation expenditure',
  T07: 'General public budget appropriation expenditure by economic classification',
  T08: 'General public budget appropriation basic expenditure',
  T09: 'General public budget appropriation project expenditure',
  T10: 'Government fund budget appropriation income and expenditure',
  T11: 'State capital operation budget appropriation income and expenditure',
  T12: 'State capital operation budget appropriation expenditure',
  T13: '"Three public expenses" of fiscal appropriations',
};
