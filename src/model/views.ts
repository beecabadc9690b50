/**
 * @module Read-only views over a dataset's tables: cells, rows by level, and the department roll-up
 * (部门 = Σ 单位).
 */
import type { TableId } from '../catalog/tables/types.ts';
import { type Fen, sumFenOrNull } from '../money/index.ts';
import type { Dataset, TableData, TableRow } from './types.ts';

/** The row with a code (or fixed key) in a table, if present. */
export function findRow(table: TableData | undefined, code: string): TableRow | undefined {
  return table?.rows.find((r) => r.code === code);
}

/** A cell value: null when the table, row or cell is absent or blank. */
export function cellOf(ds: Dataset, table: TableId, row: string, column: string): Fen | null {
  return findRow(ds.tables[table], row)?.cells[column] ?? null;
}

/** Rows of a classification table at one level (code length 3, 5 or 7), in table order. */
export function rowsAtLength(table: TableData | undefined, length: 3 | 5 | 7): TableRow[] {
  return (table?.rows ?? []).filter((r) => /^\d+$/.test(r.code) && r.code.length === length);
}

/** Direct child rows of a code in a classification table. */
export function childRows(table: TableData | undefined, code: string): TableRow[] {
  const len = code.length + 2;
  return (table?.rows ?? []).filter(
    (r) => r.code.length === len && r.code.startsWith(code) && /^\d+$/.test(r.code),
  );
}

/** Whether a table holds no non-blank, non-zero amount. */
export function isTableEmpty(table: TableData | undefined): boolean {
  return !(table?.rows ?? []).some((r) => Object.values(r.cells).some((v) => v !== null && v !== 0));
}

/** The Σ of the units' tables, cell by cell (blank only where every unit is blank). */
export function sumUnitTables(units: readonly Dataset[], table: TableId): TableData | undefined {
  const withTable = units.map((u) => u.tables[table]).filter((t): t is TableData => t !== undefined);
  if (withTable.length === 0) return undefined;
  const order: string[] = [];
  const names = new Map<string, string>();
  const cells = new Map<string, Map<string, (Fen | null)[]>>();
  for (const t of withTable) {
    for (const r of t.rows) {
      if (!cells.has(r.code)) {
        order.push(r.code);
        names.set(r.code, r.name);
        cells.set(r.code, new Map());
      }
      const byCol = cells.get(r.code)!;
      for (const [col, v] of Object.entries(r.cells)) {
        byCol.set(col, [...(byCol.get(col) ?? []), v]);
      }
    }
  }
  const sorted = [...order].sort((a, b) => (/^\d/.test(a) && /^\d/.test(b) ? a.localeCompare(b) : 0));
  return {
    rows: sorted.map((code) => ({
      code,
      name: names.get(code) ?? '',
      cells: Object.fromEntries(
        [...(cells.get(code) ?? new Map()).entries()].map(([c, vs]) => [c, sumFenOrNull(vs)]),
      ),
    })),
  };
}
