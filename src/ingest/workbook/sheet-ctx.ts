/**
 * @module One sheet being read: its book, merged-cell masters, normalised text at a place, the place
 * of a cell for messages, and the collected errors and cell mapping of the import.
 */
import type { TableId } from '../../catalog/tables/types.ts';
import { a1, ImportError } from './errors.ts';
import { type Book, type CellValue, cellAt, mergeMasters, placeOf, type Sheet, shownText } from './grid.ts';
import { type CellMapping, mappingKey } from './mapping.ts';
import { norm } from './text.ts';

export type SheetCtx = {
  readonly book: Book;
  readonly sheet: Sheet;
  readonly masters: Map<number, { row: number; col: number }>;
  readonly errors: ImportError[];
  readonly mapping: CellMapping;
};

/** A context for reading one sheet. */
export function sheetCtx(book: Book, sheet: Sheet, errors: ImportError[], mapping: CellMapping): SheetCtx {
  return { book, sheet, masters: mergeMasters(sheet), errors, mapping };
}

/** The raw cell (its own value only; a merged range's value is on its master). */
export function rawCell(ctx: SheetCtx, row: number, col: number): CellValue | undefined {
  return cellAt(ctx.sheet, row, col);
}

/** The text shown at a place (merged ranges repeat their master's text), trimmed. */
export function textAt(ctx: SheetCtx, row: number, col: number): string {
  return shownText(ctx.sheet, ctx.masters, row, col).trim();
}

/** The normalised text shown at a place. */
export function normAt(ctx: SheetCtx, row: number, col: number): string {
  return norm(shownText(ctx.sheet, ctx.masters, row, col));
}

/** The place of a cell for an ImportError. */
export function placeAt(
  ctx: SheetCtx,
  row: number,
  col: number,
): { file: string; sheet?: string; cell: string } {
  return placeOf(ctx.book, ctx.sheet, a1(row, col)) as { file: string; sheet?: string; cell: string };
}

/** Records an error at a cell (reading goes on, so that every bad cell is reported at once). */
export function fail(ctx: SheetCtx, row: number, col: number, message: string): void {
  ctx.errors.push(new ImportError(placeAt(ctx, row, col), message));
}

/** Runs a cell reader, recording its ImportError instead of throwing; undefined on error. */
export function attempt<T>(ctx: SheetCtx, fn: () => T): T | undefined {
  try {
    return fn();
  } catch (e) {
    if (e instanceof ImportError) {
      ctx.errors.push(e);
      return undefined;
    }
    throw e;
  }
}

/** Records where a cell, a row label or a table title is in the workbook. */
export function mapCell(
  ctx: SheetCtx,
  table: TableId,
  row: string,
  column: string | undefined,
  r: number,
  c: number,
): void {
  const master = ctx.masters.get(r * ctx.sheet.width + c);
  const place = { sheet: ctx.sheet.name, cell: master === undefined ? a1(r, c) : a1(master.row, master.col) };
  if (column === undefined) ctx.mapping.rows[mappingKey(table, row)] = place;
  else ctx.mapping.cells[mappingKey(table, row, column)] = place;
}

/** Number of rows of the sheet. */
export function rowCount(ctx: SheetCtx): number {
  return ctx.sheet.rows.length;
}
