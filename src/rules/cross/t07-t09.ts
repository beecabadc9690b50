/**
 * @module Cross-table rules of the 一般公共预算 economic and project tables: T07 against T06 and T08, T09
 * against T06 (domain-standard §2.4 D14).
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
} from './util.ts';

export const T07_T06_TOTAL = defineRule({
  id: 'x.t07-t06.total',
  severity: 'error',
  title: {
    zh: '一般公共预算财政拨款支出决算明细表合计等于一般公共预算财政拨款支出决算表合计',
    en: 'The T07 total and project columns equal the T06 totals',
  },
  source: 'domain-standard §2.4 D14',
  *check({ ds }) {
    const t = tablesOf(ds, 'T06', 'T07');
    if (!t) return;
    for (const column of ['total', 'project'] as const) {
      const d = sameFigure(
        cell(t.T06, 'total', column),
        cell(t.T07, 'total', column),
        [at('T07', 'total', column), at('T06', 'total', column)],
        columnLabel('T07', column),
      );
      if (d) yield d;
    }
  },
});

const T07_T08 = [
  ['personnel', 'total.personnel'],
  ['public', 'total.public'],
] as const;

export const T07_T08_BASIC = defineRule({
  id: 'x.t07-t08.basic',
  severity: 'error',
  title: {
    zh: '明细表人员经费、公用经费等于基本支出决算表合计',
    en: 'T07 personnel and public expenses equal the T08 totals',
  },
  source: 'domain-standard §2.4 D14',
  *check({ ds }) {
    const t = tablesOf(ds, 'T07', 'T08');
    if (!t) return;
    for (const [column, row] of T07_T08) {
      const d = sameFigure(
        cell(t.T08, row, 'amount'),
        cell(t.T07, 'total', column),
        [at('T07', 'total', column), at('T08', row, 'amount')],
        { ...columnLabel('T07', column), ...rowLabel('T08', row, undefined, 'item') },
      );
      if (d) yield d;
    }
  },
});

export const T07_T08_ROWS = defineRule({
  id: 'x.t07-t08.rows',
  severity: 'error',
  title: {
    zh: '明细表各经济科目基本支出等于基本支出决算表同一科目',
    en: 'T07 personnel plus public expenses of an economic code equal the T08 row',
  },
  source: 'domain-standard §2.4 D8/D14 (T08 is the 基本支出 part of T07)',
  *check(ctx) {
    const t = tablesOf(ctx.ds, 'T07', 'T08');
    if (!t) return;
    for (const code of commonRows(t.T07, t.T08, isCode, false)) {
      const d = sumOfFigures(
        ctx,
        cell(t.T08, code, 'amount'),
        [cell(t.T07, code, 'personnel'), cell(t.T07, code, 'public')],
        [at('T08', code, 'amount'), at('T07', code, 'personnel'), at('T07', code, 'public')],
        rowLabel('T08', code, rowIn(t.T08, t.T07, code)),
      );
      if (d) yield d;
    }
  },
});

export const T09_T06_PROJECT = defineRule({
  id: 'x.t09-t06.project',
  severity: 'error',
  title: {
    zh: '项目支出决算表等于一般公共预算财政拨款支出决算表项目支出',
    en: 'T09 equals the T06 project column (total and each row)',
  },
  source: 'domain-standard §2.4 D14',
  *check({ ds }) {
    const t = tablesOf(ds, 'T06', 'T09');
    if (!t) return;
    for (const code of commonRows(t.T09, t.T06)) {
      const d = sameFigure(
        cell(t.T06, code, 'project'),
        cell(t.T09, code, 'total'),
        [at('T09', code, 'total'), at('T06', code, 'project')],
        rowLabel('T09', code, rowIn(t.T09, t.T06, code)),
      );
      if (d) yield d;
    }
  },
});

export const T07_T09_RULES = [T07_T06_TOTAL, T07_T08_BASIC, T07_T08_ROWS, T09_T06_PROJECT];
