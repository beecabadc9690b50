/**
 * @module Bodies of the coded tables (支出功能分类 or 经济分类 rows): the 合计 row first, then the
 * 类/款/项 rows in code order, indented by level, named from the row or else from the catalogue.
 */
import { catalogFor } from '../../catalog/classification/index.ts';
import type { TableDef } from '../../catalog/tables/types.ts';
import type { Dataset, TableRow } from '../../model/types.ts';
import type { BodyRow } from '../types.ts';
import { type AmountFormat, amountCell, labelCell, textCell } from './cells.ts';

/** The row key of the 合计 row of a coded table. */
export const TOTAL_ROW = 'total';

const LEVEL_BY_LENGTH: Readonly<Record<number, 0 | 1 | 2>> = { 3: 0, 5: 1, 7: 2 };

/** Indent level of a code: 0 类, 1 款, 2 项. */
export function levelOf(code: string): 0 | 1 | 2 {
  return LEVEL_BY_LENGTH[code.length] ?? 0;
}

const isCode = (code: string): boolean => /^\d+$/.test(code);

/** Rows of a coded table other than 合计: codes in code order (类 before its 款 and 项), then other keys. */
export function orderedItemRows(rows: readonly TableRow[]): TableRow[] {
  const coded = rows
    .filter((r) => isCode(r.code))
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const other = rows.filter((r) => !isCode(r.code) && r.code !== TOTAL_ROW);
  return [...coded, ...other];
}

/** Body rows of a functional or economic table: 合计 | amounts, then 编码 | 名称 | amounts. */
export function codedBody(ds: Dataset, def: TableDef, format: AmountFormat): BodyRow[] {
  const rows = ds.tables[def.id]?.rows ?? [];
  const catalog = catalogFor(def.keying === 'economic' ? 'economic' : 'functional', ds.entity.year);
  const amounts = (row: TableRow | undefined, code: string) =>
    def.columns.map((c) => amountCell(def.id, row, code, c.id, format));
  const total = rows.find((r) => r.code === TOTAL_ROW);
  const body: BodyRow[] = [{ kind: 'total', cells: [labelCell('合计', 2), ...amounts(total, TOTAL_ROW)] }];
  for (const row of orderedItemRows(rows)) {
    const name = row.name !== '' ? row.name : (catalog.get(row.code)?.name ?? '');
    body.push({
      kind: 'data',
      level: levelOf(row.code),
      cells: [textCell(isCode(row.code) ? row.code : ''), labelCell(name), ...amounts(row, row.code)],
    });
  }
  return body;
}
