/**
 * @module Cross-table rules between the 总表 (T01), the income and expenditure tables (T02, T03), the
 * 财政拨款总表 (T04) and the 一般公共预算 expenditure table (T06): domain-standard §2.3 C1–C4, §2.4 D4,
 * D5, D10.
 */
import { defineRule } from '../define.ts';
import type { FindingDraft } from '../types.ts';
import {
  at,
  cell,
  columnLabel,
  commonRows,
  isCode,
  rowIn,
  rowLabel,
  sameFigure,
  sumOfFigures,
  tablesOf,
  withinLimit,
} from './util.ts';

const FISCAL_ITEMS = ['income.generalBudget', 'income.governmentFund', 'income.stateCapital'] as const;
/** T01 income items 4–8 and their T02 columns. */
const OTHER_SOURCES = [
  ['income.superior', 'superior'],
  ['income.business', 'business'],
  ['income.operating', 'operating'],
  ['income.affiliated', 'affiliated'],
  ['income.other', 'other'],
] as const;

const isLei = (code: string) => isCode(code) && code.length === 3;

export const T01_T02_INCOME_TOTAL = defineRule({
  id: 'x.t01-t02.income-total',
  severity: 'error',
  title: { zh: '总表本年收入合计等于收入决算表合计', en: 'T01 income total equals the T02 total' },
  source: 'domain-standard §2.3 C1 (GBC D-002 / V33-200)',
  *check({ ds }) {
    const t = tablesOf(ds, 'T01', 'T02');
    if (!t) return;
    const d = sameFigure(cell(t.T01, 'income.total', 'amount'), cell(t.T02, 'total', 'total'), [
      at('T01', 'income.total', 'amount'),
      at('T02', 'total', 'total'),
    ]);
    if (d) yield d;
  },
});

export const T01_T02_INCOME_SOURCES = defineRule({
  id: 'x.t01-t02.income-sources',
  severity: 'error',
  title: {
    zh: '总表各项收入等于收入决算表合计行同名各列',
    en: 'T01 income items equal the same-named columns of the T02 total',
  },
  source: 'domain-standard §2.3 C2',
  *check(ctx) {
    const t = tablesOf(ctx.ds, 'T01', 'T02');
    if (!t) return;
    const fiscal = sumOfFigures(
      ctx,
      cell(t.T02, 'total', 'fiscal'),
      FISCAL_ITEMS.map((k) => cell(t.T01, k, 'amount')),
      [...FISCAL_ITEMS.map((k) => at('T01', k, 'amount')), at('T02', 'total', 'fiscal')],
      { item: '财政拨款收入' },
    );
    if (fiscal) yield fiscal;
    for (const [key, column] of OTHER_SOURCES) {
      const label = columnLabel('T02', column);
      const d = sameFigure(
        cell(t.T01, key, 'amount'),
        cell(t.T02, 'total', column),
        [at('T01', key, 'amount'), at('T02', 'total', column)],
        { item: label.column },
      );
      if (d) yield d;
    }
  },
});

export const T01_T03_EXPENDITURE_TOTAL = defineRule({
  id: 'x.t01-t03.expenditure-total',
  severity: 'error',
  title: { zh: '总表本年支出合计等于支出决算表合计', en: 'T01 expenditure total equals the T03 total' },
  source: 'domain-standard §2.3 C3 (GBC V33-201)',
  *check({ ds }) {
    const t = tablesOf(ds, 'T01', 'T03');
    if (!t) return;
    const d = sameFigure(cell(t.T01, 'expenditure.total', 'amount'), cell(t.T03, 'total', 'total'), [
      at('T01', 'expenditure.total', 'amount'),
      at('T03', 'total', 'total'),
    ]);
    if (d) yield d;
  },
});

export const T01_T03_LEI = defineRule({
  id: 'x.t01-t03.lei',
  severity: 'error',
  title: { zh: '总表各类支出等于支出决算表同类合计', en: 'Each T01 expenditure 类 equals the T03 类 total' },
  source: 'domain-standard §2.3 C4',
  *check({ ds }) {
    const t = tablesOf(ds, 'T01', 'T03');
    if (!t) return;
    for (const code of commonRows(t.T01, t.T03, isLei, false)) {
      const d = sameFigure(
        cell(t.T01, code, 'amount'),
        cell(t.T03, code, 'total'),
        [at('T01', code, 'amount'), at('T03', code, 'total')],
        rowLabel('T01', code, rowIn(t.T01, t.T03, code)),
      );
      if (d) yield d;
    }
  },
});

const BALANCES = [
  ['income.opening', 'amount', '年初结转和结余'],
  ['expenditure.closing', 'total', '年末结转和结余'],
] as const;

export const T01_T04_BALANCES = defineRule({
  id: 'x.t01-t04.balances',
  severity: 'error',
  title: {
    zh: '总表结转和结余不小于财政拨款结转和结余',
    en: 'T01 carry-over balances are at least the appropriation balances of T04',
  },
  source: 'domain-standard §2.4 D10',
  *check({ ds }) {
    const t = tablesOf(ds, 'T01', 'T04');
    if (!t) return;
    for (const [key, t04Column, item] of BALANCES) {
      const d = withinLimit(
        cell(t.T01, key, 'amount'),
        cell(t.T04, key, t04Column),
        [at('T01', key, 'amount'), at('T04', key, t04Column)],
        { item },
      );
      if (d) yield d;
    }
  },
});

export const T04_T01_FISCAL_INCOME = defineRule({
  id: 'x.t04-t01.fiscal-income',
  severity: 'error',
  title: {
    zh: '财政拨款总表本年收入等于总表财政拨款收入',
    en: 'T04 income equals the appropriation income of T01',
  },
  source: 'domain-standard §2.4 D4 (GBC V33-204)',
  *check(ctx) {
    const t = tablesOf(ctx.ds, 'T01', 'T04');
    if (!t) return;
    const out: (FindingDraft | null)[] = FISCAL_ITEMS.map((k) =>
      sameFigure(
        cell(t.T01, k, 'amount'),
        cell(t.T04, k, 'amount'),
        [at('T01', k, 'amount'), at('T04', k, 'amount')],
        rowLabel('T04', k, undefined, 'item'),
      ),
    );
    out.push(
      sumOfFigures(
        ctx,
        cell(t.T04, 'income.total', 'amount'),
        FISCAL_ITEMS.map((k) => cell(t.T01, k, 'amount')),
        [...FISCAL_ITEMS.map((k) => at('T01', k, 'amount')), at('T04', 'income.total', 'amount')],
        rowLabel('T04', 'income.total', undefined, 'item'),
      ),
    );
    for (const d of out) if (d) yield d;
  },
});

export const T04_T02_FISCAL_INCOME = defineRule({
  id: 'x.t04-t02.fiscal-income',
  severity: 'error',
  title: {
    zh: '财政拨款总表本年收入合计等于收入决算表财政拨款收入',
    en: 'T04 income total equals the T02 fiscal appropriation income',
  },
  source: 'domain-standard §2.4 D4 (GBC V33-204)',
  *check({ ds }) {
    const t = tablesOf(ds, 'T02', 'T04');
    if (!t) return;
    const d = sameFigure(cell(t.T04, 'income.total', 'amount'), cell(t.T02, 'total', 'fiscal'), [
      at('T04', 'income.total', 'amount'),
      at('T02', 'total', 'fiscal'),
    ]);
    if (d) yield d;
  },
});

export const T04_T06_GENERAL_BUDGET = defineRule({
  id: 'x.t04-t06.general-budget',
  severity: 'error',
  title: {
    zh: '财政拨款总表一般公共预算支出等于一般公共预算财政拨款支出决算表',
    en: 'The T04 general-budget expenditure column equals T06 (total and each 类)',
  },
  source: 'domain-standard §2.4 D5 (GBC D-005 / V33-202)',
  *check({ ds }) {
    const t = tablesOf(ds, 'T04', 'T06');
    if (!t) return;
    const total = sameFigure(
      cell(t.T04, 'expenditure.total', 'generalBudget'),
      cell(t.T06, 'total', 'total'),
      [at('T04', 'expenditure.total', 'generalBudget'), at('T06', 'total', 'total')],
      rowLabel('T04', 'expenditure.total'),
    );
    if (total) yield total;
    for (const code of commonRows(t.T04, t.T06, isLei, false)) {
      const d = sameFigure(
        cell(t.T04, code, 'generalBudget'),
        cell(t.T06, code, 'total'),
        [at('T04', code, 'generalBudget'), at('T06', code, 'total')],
        rowLabel('T04', code, rowIn(t.T04, t.T06, code)),
      );
      if (d) yield d;
    }
  },
});

export const T01_T04_RULES = [
  T01_T02_INCOME_TOTAL,
  T01_T02_INCOME_SOURCES,
  T01_T03_EXPENDITURE_TOTAL,
  T01_T03_LEI,
  T01_T04_BALANCES,
  T04_T01_FISCAL_INCOME,
  T04_T02_FISCAL_INCOME,
  T04_T06_GENERAL_BUDGET,
];
