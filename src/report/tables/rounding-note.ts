/**
 * @module The 尾差 note: when a table's figures were each rounded to 0.01万元, a 类 or 款 may differ from
 * the sum of its rows by a cent or two; the table then says so, so a reader adding up is not misled.
 */
import type { TableData } from '../../model/types.ts';

const CODE = /^\d{3}(\d{2}){0,2}$/;

/** Whether any classification row differs from the sum of its nearest listed sub-rows, in any column. */
export function hasRoundingGap(table: TableData | undefined): boolean {
  const rows = (table?.rows ?? []).filter((r) => CODE.test(r.code));
  for (const parent of rows) {
    const below = rows.filter((r) => r.code.length > parent.code.length && r.code.startsWith(parent.code));
    if (below.length === 0) continue;
    const nearest = Math.min(...below.map((r) => r.code.length));
    const kids = below.filter((r) => r.code.length === nearest);
    for (const [col, value] of Object.entries(parent.cells)) {
      if (value === null) continue;
      const parts = kids
        .map((k) => k.cells[col])
        .filter((v): v is NonNullable<typeof v> => v !== null && v !== undefined);
      if (parts.length === 0) continue;
      // Integer fen: exact.
      if (parts.reduce((s, v) => s + v, 0) !== value) return true;
    }
  }
  return false;
}

export const ROUNDING_NOTE = '表中金额均按四舍五入保留两位小数，个别合计数与各分项之和的尾差系四舍五入所致。';
