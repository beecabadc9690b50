/**
 * @module Cross-table rules among the 财政拨款 detail tables: T05 against T04 and T06, T06 against T03 and
 * T08 (domain-standard §2.4 D5, D7, D14).
 */
import { defineRule } from '../define.ts';
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

const isLei = (code: string) => isCode(code) && code.length === 3;
const FUND_COLUMNS = ['total', 'generalBudget', 'governmentFund', 'stateCapital'] as const;

export const T06_T03_LEI = defineRule({
  id: 'x.t06-t03.lei',
  severity: 'error',
  title: {
    zh: '一般公共预算财政拨款支出不大于同类全部支出',
    en: 'T06 expenditure of a 类 does not exceed the T03 total of that 类',
  },
  source: 'domain-standard §2.4 (一般公共预算财政拨款支出 is part of 本年支出)',
  *check({ ds }) {
    const t = tablesOf(ds, 'T03', 'T06');
    if (!t) return;
    for (const code of commonRows(t.T06, t.T03, isLei)) {
      const d = withinLimit(
        cell(t.T03, code, 'total'),
        cell(t.T06, code, 'total'),
        [at('T06', code, 'total'), at('T03', code, 'total')],
        rowLabel('T06', code, rowIn(t.T06, t.T03, code)),
      );
      if (d) yield d;
    }
  },
});

export const T06_T03_BASIC_PROJECT = defineRule({
  id: 'x.t06-t03.basic-project',
  severity: 'error',
  title: {
    zh: '一般公共预算财政拨款基本支出、项目支出不大于全部基本支出、项目支出',
    en: 'T06 basic and project totals do not exceed those of T03',
  },
  source: 'domain-standard §2.4 (一般公共预算财政拨款支出 is part of 本年支出)',
  *check({ ds }) {
    const t = tablesOf(ds, 'T03', 'T06');
    if (!t) return;
    for (const column of ['basic', 'project'] as const) {
      const d = withinLimit(
        cell(t.T03, 'total', column),
        cell(t.T06, 'total', column),
        [at('T06', 'total', column), at('T03', 'total', column)],
        columnLabel('T06', column),
      );
      if (d) yield d;
    }
  },
});

export const T06_T08_BASIC = defineRule({
  id: 'x.t06-t08.basic',
  severity: 'error',
  title: {
    zh: '一般公共预算财政拨款基本支出等于人员经费与公用经费之和',
    en: 'T06 basic expenditure equals T08 personnel plus public expenses',
  },
  source: 'domain-standard §2.4 D7 (GBC D-006 / V33-203)',
  *check(ctx) {
    const t = tablesOf(ctx.ds, 'T06', 'T08');
    if (!t) return;
    const d = sumOfFigures(
      ctx,
      cell(t.T06, 'total', 'basic'),
      [cell(t.T08, 'total.personnel', 'amount'), cell(t.T08, 'total.public', 'amount')],
      [
        at('T06', 'total', 'basic'),
        at('T08', 'total.personnel', 'amount'),
        at('T08', 'total.public', 'amount'),
      ],
    );
    if (d) yield d;
  },
});

export const T05_T04_TOTAL = defineRule({
  id: 'x.t05-t04.total',
  severity: 'error',
  title: {
    zh: '财政拨款支出决算明细表合计等于财政拨款总表本年支出合计',
    en: 'The T05 total equals the T04 expenditure total, column by column',
  },
  source: 'domain-standard §2.4 D14',
  *check({ ds }) {
    const t = tablesOf(ds, 'T04', 'T05');
    if (!t) return;
    for (const column of FUND_COLUMNS) {
      const d = sameFigure(
        cell(t.T04, 'expenditure.total', column),
        cell(t.T05, 'total', column),
        [at('T05', 'total', column), at('T04', 'expenditure.total', column)],
        columnLabel('T05', column),
      );
      if (d) yield d;
    }
  },
});

export const T05_T04_LEI = defineRule({
  id: 'x.t05-t04.lei',
  severity: 'error',
  title: {
    zh: '财政拨款支出决算明细表各类等于财政拨款总表同类',
    en: 'Each T05 类 equals the T04 类 row, column by column',
  },
  source: 'domain-standard §2.4 D14 (the same figures in the detail and the overview)',
  *check({ ds }) {
    const t = tablesOf(ds, 'T04', 'T05');
    if (!t) return;
    for (const code of commonRows(t.T05, t.T04, isLei, false)) {
      for (const column of FUND_COLUMNS) {
        const d = sameFigure(
          cell(t.T04, code, column),
          cell(t.T05, code, column),
          [at('T05', code, column), at('T04', code, column)],
          { ...rowLabel('T05', code, rowIn(t.T05, t.T04, code)), ...columnLabel('T05', column) },
        );
        if (d) yield d;
      }
    }
  },
});

export const T05_T06_ROWS = defineRule({
  id: 'x.t05-t06.rows',
  severity: 'error',
  title: {
    zh: '财政拨款支出决算明细表一般公共预算列等于一般公共预算财政拨款支出决算表',
    en: 'The T05 general-budget column equals the T06 total, row by row',
  },
  source: 'domain-standard §2.4 D5/D14',
  *check({ ds }) {
    const t = tablesOf(ds, 'T05', 'T06');
    if (!t) return;
    for (const code of commonRows(t.T05, t.T06)) {
      const d = sameFigure(
        cell(t.T06, code, 'total'),
        cell(t.T05, code, 'generalBudget'),
        [at('T05', code, 'generalBudget'), at('T06', code, 'total')],
        rowLabel('T05', code, rowIn(t.T05, t.T06, code)),
      );
      if (d) yield d;
    }
  },
});

export const T05_T06_RULES = [
  T06_T03_LEI,
  T06_T03_BASIC_PROJECT,
  T06_T08_BASIC,
  T05_T04_TOTAL,
  T05_T04_LEI,
  T05_T06_ROWS,
];
