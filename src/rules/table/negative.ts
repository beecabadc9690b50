/**
 * @module Non-negativity of the amounts of every table (domain-standard.md §2.1 A8), except the
 * carry-over balances and the 总计 rows that contain them.
 */
import { tableDef } from '../../catalog/tables/definitions.ts';
import { TABLE_IDS, type TableId } from '../../catalog/tables/types.ts';
import { defineRule } from '../define.ts';
import type { FindingDraft } from '../types.ts';
import { cellLoc, rowParams } from './shared.ts';

/**
 * Rows that may be negative: A8 lists 1–8, 28 and 32–85行 of 财决01表, i.e. not 29 年初结转和结余,
 * 86 年末结转和结余 (a deficit carried over is negative) nor 31/88 总计 which contain them. 85 结余分配
 * is in the list, so it must not be negative. T04 follows T01 (its 年初/年末财政拨款结转和结余 and 总计).
 */
const NEGATIVE_ROWS: Readonly<Partial<Record<TableId, readonly string[]>>> = {
  T01: ['income.opening', 'income.grandTotal', 'expenditure.closing', 'expenditure.grandTotal'],
  T04: [
    'income.opening',
    'income.opening.generalBudget',
    'income.opening.governmentFund',
    'income.opening.stateCapital',
    'income.grandTotal',
    'expenditure.closing',
    'expenditure.grandTotal',
  ],
};

/** Columns that may be negative: the 年初/年末结转和结余 of the fund tables T10 and T11. */
const NEGATIVE_COLUMNS: Readonly<Partial<Record<TableId, readonly string[]>>> = {
  T10: ['opening', 'closing'],
  T11: ['opening', 'closing'],
};

export const amountNegative = defineRule({
  id: 'amount.negative',
  severity: 'error',
  title: { zh: '各表金额不得为负数（结转和结余除外）', en: 'Amounts must not be negative (except balances)' },
  source:
    'domain-standard.md §2.1 A8 (JSZ-01 核实性公式: 1–8, 28, 32–85行 ≥ 0), applied to every table. Exempt: ' +
    '年初/年末结转和结余 (29, 86行) and the 总计 rows containing them (31, 88行) in T01 and T04, and the ' +
    'opening/closing columns of T10/T11. 结余分配 (85行) is in the A8 list and is checked.',
  *check(ctx): Iterable<FindingDraft> {
    for (const table of TABLE_IDS) {
      const rows = ctx.ds.tables[table]?.rows ?? [];
      const exemptRows = NEGATIVE_ROWS[table] ?? [];
      const exemptCols = NEGATIVE_COLUMNS[table] ?? [];
      for (const row of rows) {
        if (exemptRows.includes(row.code)) continue;
        for (const [column, value] of Object.entries(row.cells)) {
          if (value === null || value >= 0 || exemptCols.includes(column)) continue;
          yield {
            locations: [cellLoc(table, row.code, column)],
            params: { table: tableDef(table).title, ...rowParams(table, row, column) },
            actual: value,
          };
        }
      }
    }
  },
});
