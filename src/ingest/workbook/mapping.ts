/**
 * @module Where every imported figure came from: for each table cell (table, row key, column id) its
 * sheet and A1 address, for each row its label cell and for each table its title cell, so that
 * findings can be shown in the user's own workbook. Plain data (JSON-serialisable).
 */
import type { TableId } from '../../catalog/tables/types.ts';

/** A cell of the source workbook. */
export type CellPlace = { readonly sheet: string; readonly cell: string };

export type CellMapping = {
  /** `T06|2010301|basic` → place of the amount */
  readonly cells: Record<string, CellPlace>;
  /** `T06|2010301` → place of the row's label (name, or code) */
  readonly rows: Record<string, CellPlace>;
  /** `T06` → place of the title */
  readonly tables: Record<string, CellPlace>;
};

/** An empty mapping. */
export function emptyMapping(): CellMapping {
  return { cells: {}, rows: {}, tables: {} };
}

/** The mapping key of a cell or row. */
export function mappingKey(table: TableId | string, row: string, column?: string): string {
  return column === undefined ? `${table}|${row}` : `${table}|${row}|${column}`;
}

/** The place of a finding location: the cell, else the row label, else the table title. */
export function placeOfLocation(
  mapping: CellMapping,
  loc: { readonly table: string; readonly row?: string; readonly column?: string },
): CellPlace | undefined {
  if (loc.row !== undefined && loc.column !== undefined) {
    const c = mapping.cells[mappingKey(loc.table, loc.row, loc.column)];
    if (c !== undefined) return c;
  }
  if (loc.row !== undefined) {
    const r = mapping.rows[mappingKey(loc.table, loc.row)];
    if (r !== undefined) return r;
  }
  return mapping.tables[loc.table];
}
