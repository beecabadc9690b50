/**
 * @module Cross-table rules of the 政府性基金 and 国有资本经营 tables: T10/T11 against the fund columns of
 * T04 and T05, T12 against T11 (domain-standard §2.4 D12, D13).
 */
import type { TableId } from '../../catalog/tables/types.ts';
import { findRow } from '../../model/views.ts';
import { defineRule } from '../define.ts';
import type { FindingDraft, Rule, RuleContext } from '../types.ts';
import {
  againstColumnTotal,
  at,
  cell,
  columnLabel,
  commonRows,
  isCode,
  rowIn,
  rowLabel,
  sameFigure,
  tableOf,
  tablesOf,
} from './util.ts';

type Fund = 'governmentFund' | 'stateCapital';

const isLei = (code: string) => isCode(code) && code.length === 3;

/** T10/T11 合计 columns and the T04 cell holding the same figure for the fund. */
function fundTotals(fund: Fund): readonly (readonly [string, string, string])[] {
  return [
    ['opening', `income.opening.${fund}`, 'amount'],
    ['income', `income.${fund}`, 'amount'],
    ['expenditure', 'expenditure.total', fund],
    ['closing', 'expenditure.closing', fund],
  ];
}

function* fundAgainstT04(ctx: RuleContext, table: 'T10' | 'T11', fund: Fund): Generator<FindingDraft> {
  const t = tablesOf(ctx.ds, 'T04', table);
  if (!t) return;
  const ft = t[table];
  for (const [column, t04Row, t04Column] of fundTotals(fund)) {
    // T04 may print 年初财政拨款结转和结余 without its per-fund lines: nothing to compare then.
    if (!findRow(t.T04, t04Row)) continue;
    const d = againstColumnTotal(
      ctx,
      cell(t.T04, t04Row, t04Column),
      ft,
      column,
      [at(table, 'total', column), at('T04', t04Row, t04Column)],
      { ...rowLabel(table, 'total'), ...columnLabel(table, column) },
    );
    if (d) yield d;
  }
  for (const code of commonRows(ft, t.T04, isLei, false)) {
    const d = sameFigure(
      cell(t.T04, code, fund),
      cell(ft, code, 'expenditure'),
      [at(table, code, 'expenditure'), at('T04', code, fund)],
      { ...rowLabel(table, code, rowIn(ft, t.T04, code)), ...columnLabel(table, 'expenditure') },
    );
    if (d) yield d;
  }
}

export const T10_T04_GOVERNMENT_FUND = defineRule({
  id: 'x.t10-t04.government-fund',
  severity: 'error',
  title: {
    zh: '政府性基金收支表等于财政拨款总表政府性基金各数',
    en: 'T10 equals the government-fund figures of T04',
  },
  source: 'domain-standard §2.4 D12',
  check: (ctx) => fundAgainstT04(ctx, 'T10', 'governmentFund'),
});

export const T11_T04_STATE_CAPITAL = defineRule({
  id: 'x.t11-t04.state-capital',
  severity: 'error',
  title: {
    zh: '国有资本经营收支表等于财政拨款总表国有资本经营各数',
    en: 'T11 equals the state-capital figures of T04',
  },
  source: 'domain-standard §2.4 D13',
  check: (ctx) => fundAgainstT04(ctx, 'T11', 'stateCapital'),
});

const T12_T11 = [
  ['total', 'expenditure'],
  ['basic', 'basic'],
  ['project', 'project'],
] as const;

export const T12_T11_EXPENDITURE = defineRule({
  id: 'x.t12-t11.expenditure',
  severity: 'error',
  title: {
    zh: '国有资本经营预算财政拨款支出表等于收入支出表本年支出',
    en: 'T12 equals the expenditure columns of T11, row by row',
  },
  source: 'domain-standard §2.4 D13',
  *check({ ds }) {
    const t = tablesOf(ds, 'T11', 'T12');
    if (!t) return;
    for (const code of commonRows(t.T12, t.T11)) {
      for (const [column, t11Column] of T12_T11) {
        const t11 = columnLabel('T11', t11Column);
        const d = sameFigure(
          cell(t.T11, code, t11Column),
          cell(t.T12, code, column),
          [at('T12', code, column), at('T11', code, t11Column)],
          {
            ...rowLabel('T12', code, rowIn(t.T12, t.T11, code)),
            ...columnLabel('T12', column),
            t11Column: t11.column,
          },
        );
        if (d) yield d;
      }
    }
  },
});

function fundRowsRule(id: string, table: TableId, fund: Fund, title: Rule['title']): Rule {
  return defineRule({
    id,
    severity: 'error',
    title,
    source: 'domain-standard §2.4 D12/D13/D14 (the fund columns of T05 are the fund tables’ expenditure)',
    *check({ ds }) {
      const t5 = tableOf(ds, 'T05');
      const ft = tableOf(ds, table);
      if (!t5 || !ft) return;
      for (const code of commonRows(t5, ft)) {
        const d = sameFigure(
          cell(ft, code, 'expenditure'),
          cell(t5, code, fund),
          [at('T05', code, fund), at(table, code, 'expenditure')],
          rowLabel('T05', code, rowIn(t5, ft, code)),
        );
        if (d) yield d;
      }
    },
  });
}

export const T05_T10_ROWS = fundRowsRule('x.t05-t10.rows', 'T10', 'governmentFund', {
  zh: '财政拨款支出决算明细表政府性基金列等于政府性基金收支表本年支出',
  en: 'The T05 government-fund column equals T10 expenditure, row by row',
});

export const T05_T11_ROWS = fundRowsRule('x.t05-t11.rows', 'T11', 'stateCapital', {
  zh: '财政拨款支出决算明细表国有资本经营列等于国有资本经营收支表本年支出',
  en: 'The T05 state-capital column equals T11 expenditure, row by row',
});

export const FUND_RULES = [
  T10_T04_GOVERNMENT_FUND,
  T11_T04_STATE_CAPITAL,
  T12_T11_EXPENDITURE,
  T05_T10_ROWS,
  T05_T11_ROWS,
];
