/**
 * @module The open-data CSV of one table: UTF-8 without BOM, RFC 4180 (CRLF line ends, a field quoted
 * only when it holds a comma, quote or line break, quotes doubled), a header of field names, one record
 * per table row, amounts in 元 with exactly two decimals straight from fen, blank cells empty.
 */
import { tableDef } from '../../catalog/tables/definitions.ts';
import type { TableId } from '../../catalog/tables/types.ts';
import type { Dataset } from '../../model/types.ts';
import { formatYuan } from '../../money/index.ts';
import { levelOf, rowName, tableFields } from './fields.ts';

const NEEDS_QUOTES = /[",\r\n]/;

/** One field, quoted per RFC 4180 when needed. */
export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** One record with its CRLF terminator. */
export function csvRecord(values: readonly string[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

/** The CSV text of a table (a header only when the table has no rows). */
export function tableCsv(ds: Dataset, id: TableId): string {
  const def = tableDef(id);
  const fields = tableFields(id);
  const e = ds.entity;
  let out = csvRecord(fields.map((f) => f.name));
  for (const row of ds.tables[id]?.rows ?? []) {
    const amounts = def.columns.map((c) => {
      const v = row.cells[c.id];
      return v === null || v === undefined ? '' : formatYuan(v);
    });
    out += csvRecord([
      String(e.year),
      e.name,
      e.code ?? '',
      id,
      row.code,
      rowName(def, row),
      levelOf(def, row.code) ?? '',
      ...amounts,
    ]);
  }
  return out;
}
