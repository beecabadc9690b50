/**
 * @module Body cells of the 附表: amount cells (formatted 万元 with their source cell and exact value),
 * label cells and empty padding cells.
 */
import type { TableId } from '../../catalog/tables/types.ts';
import type { TableRow } from '../../model/types.ts';
import { type Fen, formatWan } from '../../money/index.ts';
import type { BodyCell } from '../types.ts';

/** How amounts are printed in this report. */
export type AmountFormat = { readonly thousands: boolean };

/** A printed amount: '' for a blank (null), never '0.00'. */
export function amountText(value: Fen | null, format: AmountFormat): string {
  return value === null ? '' : formatWan(value, { thousands: format.thousands });
}

/** The amount cell of a row and column, right-aligned, with its source cell and exact value. */
export function amountCell(
  table: TableId,
  row: TableRow | undefined,
  code: string,
  column: string,
  format: AmountFormat,
): BodyCell {
  const value = row?.cells[column] ?? null;
  return { text: amountText(value, format), align: 'right', ref: { table, row: code, column }, fen: value };
}

/** A row-label cell (科目名称, 项目). */
export function labelCell(text: string, colSpan?: number): BodyCell {
  return colSpan !== undefined && colSpan > 1
    ? { text, align: 'left', rowHeader: true, colSpan }
    : { text, align: 'left', rowHeader: true };
}

/** A plain left-aligned text cell (科目编码). */
export function textCell(text: string, align: BodyCell['align'] = 'left'): BodyCell {
  return { text, align };
}

/** Empty cells that pad the shorter side of a side-by-side table. */
export function padCells(count: number): BodyCell[] {
  return Array.from({ length: count }, () => ({ text: '', align: 'left' as const }));
}
