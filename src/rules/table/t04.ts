/**
 * @module T04 财政拨款收入支出决算总表 internal identities (domain-standard.md §2.4 D1–D3). The income
 * side carries one column (`amount`) on the rows income.<fund> and income.opening(.<fund>); the
 * expenditure side carries total + the three fund columns on the 类 rows and the expenditure.* rows.
 */
import { findRow } from '../../model/views.ts';
import { type Fen, negFen } from '../../money/index.ts';
import { equalMismatch, present, sumMismatch } from '../compare.ts';
import { defineRule } from '../define.ts';
import type { FindingDraft, Location, RuleContext } from '../types.ts';
import { rowSumRule } from './row-sums.ts';
import { cell, cellLoc, columnLabel, fixedRowLabel, hasAmount, isCode, treeOf } from './shared.ts';

const T = 'T04';
const FUNDS = ['generalBudget', 'governmentFund', 'stateCapital'] as const;
const EXP_COLUMNS = ['total', ...FUNDS] as const;

function params(row: string, column: string) {
  return { row: fixedRowLabel(T, row), column: columnLabel(T, column) };
}

function leiRows(ctx: RuleContext) {
  return treeOf(ctx.ds.tables[T]).rows.filter((r) => r.code.length === 3);
}

/** D2 for one column: the four cells, or null when the column cannot be checked. */
function fundBalance(ctx: RuleContext, column: (typeof EXP_COLUMNS)[number]): FindingDraft | null {
  const openingRow = column === 'total' ? 'income.opening' : `income.opening.${column}`;
  const incomeRow = column === 'total' ? 'income.total' : `income.${column}`;
  const opening = cell(ctx, T, openingRow, 'amount');
  const income = cell(ctx, T, incomeRow, 'amount');
  const exp = cell(ctx, T, 'expenditure.total', column);
  const closing = cell(ctx, T, 'expenditure.closing', column);
  if (opening === null || income === null || exp === null || closing === null) return null;
  const locations: Location[] = [
    cellLoc(T, 'expenditure.closing', column),
    cellLoc(T, openingRow, 'amount'),
    cellLoc(T, incomeRow, 'amount'),
    cellLoc(T, 'expenditure.total', column),
  ];
  return sumMismatch(ctx, closing, [opening, income, negFen(exp)], locations, {
    ...params('expenditure.closing', column),
    fund: columnLabel(T, column),
  });
}

export const T04_RULES = [
  rowSumRule({
    id: 't04.fund-row-sum',
    table: T,
    total: 'total',
    parts: FUNDS,
    rows: (r) => !r.code.startsWith('income.'),
    title: {
      zh: '财政拨款收入支出决算总表：各支出行合计 = 一般公共预算 + 政府性基金 + 国有资本经营预算财政拨款',
      en: 'Fiscal appropriation summary: each expenditure row total = sum of the three funds',
    },
    source: 'domain-standard.md §2.4 D1 (GBC V33-119).',
  }),
  defineRule({
    id: 't04.income-total',
    severity: 'error',
    title: {
      zh: '财政拨款收入支出决算总表：本年收入合计 = 三项财政拨款收入之和',
      en: 'Fiscal appropriation summary: total income = sum of the three appropriation incomes',
    },
    source: 'domain-standard.md §2.4 D3/D4 (本年收入合计 of the three funds; GBC V33-204).',
    check: (ctx) =>
      present(
        sumMismatch(
          ctx,
          cell(ctx, T, 'income.total', 'amount'),
          FUNDS.map((f) => cell(ctx, T, `income.${f}`, 'amount')),
          [cellLoc(T, 'income.total', 'amount')],
          params('income.total', 'amount'),
        ),
      ),
  }),
  defineRule({
    id: 't04.opening-total',
    severity: 'error',
    title: {
      zh: '财政拨款收入支出决算总表：年初财政拨款结转和结余 = 三项财政拨款年初结转和结余之和',
      en: 'Fiscal appropriation summary: opening balance = sum of the per-fund opening balances',
    },
    source:
      'domain-standard.md §2.4 D2/D3 (the per-fund 年初 sub-rows add up to the 年初 row); skipped when the sub-rows are blank.',
    check: (ctx) =>
      present(
        sumMismatch(
          ctx,
          cell(ctx, T, 'income.opening', 'amount'),
          FUNDS.map((f) => cell(ctx, T, `income.opening.${f}`, 'amount')),
          [cellLoc(T, 'income.opening', 'amount')],
          params('income.opening', 'amount'),
        ),
      ),
  }),
  defineRule({
    id: 't04.fund-balance',
    severity: 'error',
    title: {
      zh: '财政拨款收入支出决算总表：各资金列 年初结转和结余 + 本年收入 = 本年支出 + 年末结转和结余',
      en: 'Fiscal appropriation summary: per fund, opening + income = expenditure + closing',
    },
    source:
      'domain-standard.md §2.4 D2 (GBC V33-119 列纵向平衡). Income figures are in the amount column of ' +
      'income.<fund> / income.opening.<fund>; a fund is skipped when its opening sub-row is blank, the total ' +
      'column uses income.total and income.opening.',
    check: (ctx) => present(...EXP_COLUMNS.map((c) => fundBalance(ctx, c))),
  }),
  defineRule({
    id: 't04.income-grand-total',
    severity: 'error',
    title: {
      zh: '财政拨款收入支出决算总表：收入总计 = 本年收入合计 + 年初财政拨款结转和结余',
      en: 'Fiscal appropriation summary: income grand total = income + opening balance',
    },
    source: 'domain-standard.md §2.4 D3 (GBC D-004), income side.',
    check: (ctx) =>
      present(
        sumMismatch(
          ctx,
          cell(ctx, T, 'income.grandTotal', 'amount'),
          [cell(ctx, T, 'income.total', 'amount'), cell(ctx, T, 'income.opening', 'amount')],
          [cellLoc(T, 'income.grandTotal', 'amount')],
          params('income.grandTotal', 'amount'),
        ),
      ),
  }),
  defineRule({
    id: 't04.expenditure-grand-total',
    severity: 'error',
    title: {
      zh: '财政拨款收入支出决算总表：支出总计 = 本年支出合计 + 年末财政拨款结转和结余（各列）',
      en: 'Fiscal appropriation summary: expenditure grand total = expenditure + closing (every column)',
    },
    source: 'domain-standard.md §2.4 D3 (GBC D-004), expenditure side, for the total and each fund column.',
    check: (ctx) =>
      present(
        ...EXP_COLUMNS.map((c) =>
          sumMismatch(
            ctx,
            cell(ctx, T, 'expenditure.grandTotal', c),
            [cell(ctx, T, 'expenditure.total', c), cell(ctx, T, 'expenditure.closing', c)],
            [cellLoc(T, 'expenditure.grandTotal', c)],
            params('expenditure.grandTotal', c),
          ),
        ),
      ),
  }),
  defineRule({
    id: 't04.balanced',
    severity: 'error',
    title: {
      zh: '财政拨款收入支出决算总表：收入总计 = 支出总计',
      en: 'Fiscal appropriation summary: income grand total = expenditure grand total',
    },
    source: 'domain-standard.md §2.4 D3 (GBC D-004): the same figure on both sides, no tolerance.',
    check: (ctx) =>
      present(
        equalMismatch(
          cell(ctx, T, 'income.grandTotal', 'amount'),
          cell(ctx, T, 'expenditure.grandTotal', 'total'),
          [cellLoc(T, 'income.grandTotal', 'amount'), cellLoc(T, 'expenditure.grandTotal', 'total')],
          {},
        ),
      ),
  }),
  defineRule({
    id: 't04.expenditure-total',
    severity: 'error',
    title: {
      zh: '财政拨款收入支出决算总表：本年支出合计 = 各类支出之和（各列）',
      en: 'Fiscal appropriation summary: total expenditure = sum of the class rows (every column)',
    },
    source: 'domain-standard.md §2.1 A3 / §2.2 B4 applied to T4 (合计 = Σ 类, each column).',
    *check(ctx) {
      const lei = leiRows(ctx);
      for (const c of EXP_COLUMNS) {
        const parts: (Fen | null | undefined)[] = lei.map((r) => r.cells[c]);
        const d = sumMismatch(
          ctx,
          cell(ctx, T, 'expenditure.total', c),
          parts,
          [cellLoc(T, 'expenditure.total', c)],
          { ...params('expenditure.total', c), children: lei.map((r) => r.code).join('、') },
        );
        if (d) yield d;
      }
    },
  }),
  defineRule({
    id: 't04.missing-breakdown',
    severity: 'warning',
    title: {
      zh: '财政拨款收入支出决算总表：本年支出合计有金额时应按功能分类类级列示',
      en: 'Fiscal appropriation summary: total expenditure needs its class rows',
    },
    source:
      'domain-standard.md §2.4 D5 (T4 支出 by 类 = T6 类 rows): the expenditure side lists the 类 rows.',
    *check(ctx): Iterable<FindingDraft> {
      const row = findRow(ctx.ds.tables[T], 'expenditure.total');
      if (!hasAmount(row, ['total']) || (ctx.ds.tables[T]?.rows ?? []).some((r) => isCode(r.code))) return;
      yield {
        locations: [cellLoc(T, 'expenditure.total', 'total')],
        params: params('expenditure.total', 'total'),
      };
    },
  }),
];
