/**
 * @module T01 收入支出决算总表 internal identities (domain-standard.md §2.1 A1–A6).
 */
import { T01_INCOME_ITEM_KEYS } from '../../catalog/tables/definitions.ts';
import { findRow } from '../../model/views.ts';
import { equalMismatch, present, sumMismatch } from '../compare.ts';
import { defineRule } from '../define.ts';
import type { FindingDraft, Location, RuleContext } from '../types.ts';
import { cell, cellLoc, fixedRowLabel, hasAmount, treeOf } from './shared.ts';

const T = 'T01';
const AMOUNT = 'amount';

function loc(row: string): Location {
  return cellLoc(T, row, AMOUNT);
}

function amount(ctx: RuleContext, row: string) {
  return cell(ctx, T, row, AMOUNT);
}

function params(row: string) {
  return { row: fixedRowLabel(T, row), column: '决算数' };
}

/** The 类 rows of the expenditure side. */
function leiRows(ctx: RuleContext) {
  return treeOf(ctx.ds.tables[T]).rows.filter((r) => r.code.length === 3);
}

export const T01_RULES = [
  defineRule({
    id: 't01.income-total',
    severity: 'error',
    title: {
      zh: '收入支出决算总表：本年收入合计 = 收入第一至八项之和',
      en: 'Income and expenditure summary: total income = sum of income items 1–8',
    },
    source: 'domain-standard.md §2.1 A1 (JSZ-01 "27行=(1+…+8)行").',
    check: (ctx) =>
      present(
        sumMismatch(
          ctx,
          amount(ctx, 'income.total'),
          T01_INCOME_ITEM_KEYS.map((k) => amount(ctx, k)),
          [loc('income.total')],
          params('income.total'),
        ),
      ),
  }),
  defineRule({
    id: 't01.income-grand-total',
    severity: 'error',
    title: {
      zh: '收入支出决算总表：收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余',
      en: 'Income and expenditure summary: income grand total = income + non-fiscal balance used + opening',
    },
    source: 'domain-standard.md §2.1 A2 (JSZ-01 "31行=(27+28+29)行"; GBC V33-118).',
    check: (ctx) =>
      present(
        sumMismatch(
          ctx,
          amount(ctx, 'income.grandTotal'),
          ['income.total', 'income.useNonFiscalBalance', 'income.opening'].map((k) => amount(ctx, k)),
          [loc('income.grandTotal')],
          params('income.grandTotal'),
        ),
      ),
  }),
  defineRule({
    id: 't01.expenditure-total',
    severity: 'error',
    title: {
      zh: '收入支出决算总表：本年支出合计 = 各类支出之和',
      en: 'Income and expenditure summary: total expenditure = sum of the class rows',
    },
    source: 'domain-standard.md §2.1 A3 (JSZ-01 "84行=(32+…+57)行"). Skipped when no 类 row is given.',
    check: (ctx) => {
      const lei = leiRows(ctx);
      return present(
        sumMismatch(
          ctx,
          amount(ctx, 'expenditure.total'),
          lei.map((r) => r.cells[AMOUNT]),
          [loc('expenditure.total')],
          { ...params('expenditure.total'), children: lei.map((r) => r.code).join('、') },
        ),
      );
    },
  }),
  defineRule({
    id: 't01.expenditure-grand-total',
    severity: 'error',
    title: {
      zh: '收入支出决算总表：支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余',
      en: 'Income and expenditure summary: expenditure grand total = expenditure + distribution + closing',
    },
    source: 'domain-standard.md §2.1 A5 (JSZ-01 "88行=(84+85+86)行"; GBC D-001).',
    check: (ctx) =>
      present(
        sumMismatch(
          ctx,
          amount(ctx, 'expenditure.grandTotal'),
          ['expenditure.total', 'expenditure.balanceDistribution', 'expenditure.closing'].map((k) =>
            amount(ctx, k),
          ),
          [loc('expenditure.grandTotal')],
          params('expenditure.grandTotal'),
        ),
      ),
  }),
  defineRule({
    id: 't01.balanced',
    severity: 'error',
    title: {
      zh: '收入支出决算总表：收入总计 = 支出总计',
      en: 'Income and expenditure summary: income grand total = expenditure grand total',
    },
    source: 'domain-standard.md §2.1 A6 (JSZ-01 "31行=88行"): the same figure on both sides, no tolerance.',
    check: (ctx) =>
      present(
        equalMismatch(
          amount(ctx, 'income.grandTotal'),
          amount(ctx, 'expenditure.grandTotal'),
          [loc('income.grandTotal'), loc('expenditure.grandTotal')],
          {},
        ),
      ),
  }),
  defineRule({
    id: 't01.missing-breakdown',
    severity: 'warning',
    title: {
      zh: '收入支出决算总表：本年支出合计有金额时应按功能分类类级列示',
      en: 'Income and expenditure summary: total expenditure needs its class rows',
    },
    source: 'domain-standard.md §2.1 A3: the expenditure side lists the 支出功能分类 类 rows (32–57行).',
    *check(ctx): Iterable<FindingDraft> {
      const row = findRow(ctx.ds.tables[T], 'expenditure.total');
      if (!hasAmount(row, [AMOUNT]) || leiRows(ctx).length > 0) return;
      yield { locations: [loc('expenditure.total')], params: params('expenditure.total') };
    },
  }),
];
