import type { CellRef } from './types.ts';

/** The anchor id of a table cell, shared by the table renderer and the figures in the text. */
export function cellAnchor(ref: CellRef): string {
  return `cell-${ref.table}-${ref.row}-${ref.column}`.replace(/[^A-Za-z0-9_-]/g, '_');
}

/** The anchor id of a table. */
export function tableAnchor(table: string): string {
  return `table-${table}`;
}
