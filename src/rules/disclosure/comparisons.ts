/**
 * @module The year-on-year comparisons the Sichuan report makes (一、四、五、十(一) and the fund
 * sections): where the current figure is, which prior-year field it is compared with, and the
 * reasons.changes key that explains the change.
 */
import type { TableId } from '../../catalog/tables/types.ts';
import type { Dataset, PriorYear, ReasonKey } from '../../model/types.ts';
import { cellOf, isTableEmpty } from '../../model/views.ts';
import { type Fen, fen } from '../../money/index.ts';
import type { Location } from '../types.ts';
import { cell, field } from './shared.ts';

type PriorAmountKey = Exclude<keyof PriorYear, 'year' | 'sangong'>;

export type Comparison = {
  readonly key: ReasonKey;
  readonly prior: PriorAmountKey;
  readonly label: { readonly zh: string; readonly en: string };
  /** The report cannot make this comparison without the prior-year figure (c.prior-missing). */
  readonly priorRequired: boolean;
  readonly current: (ds: Dataset) => { readonly value: Fen | null; readonly location: Location };
};

function tableFigure(table: TableId, row: string, column: string) {
  return (ds: Dataset) => ({ value: cellOf(ds, table, row, column), location: cell(table, row, column) });
}

/** A fund table's 本年支出 合计; an empty published table counts as 0 (无此项支出). */
function fundExpenditure(table: TableId, row: string, column: string) {
  return (ds: Dataset) => {
    const value = cellOf(ds, table, row, column);
    const data = ds.tables[table];
    return {
      value: value === null && data !== undefined && isTableEmpty(data) ? fen(0) : value,
      location: cell(table, row, column),
    };
  };
}

export const COMPARISONS: readonly Comparison[] = [
  {
    key: 'grandTotal',
    prior: 'grandTotal',
    label: { zh: '收、支总计', en: 'grand total of income and expenditure' },
    priorRequired: true,
    current: (ds) => {
      const income = cellOf(ds, 'T01', 'income.grandTotal', 'amount');
      if (income !== null || cellOf(ds, 'T01', 'expenditure.grandTotal', 'amount') === null) {
        return { value: income, location: cell('T01', 'income.grandTotal', 'amount') };
      }
      return tableFigure('T01', 'expenditure.grandTotal', 'amount')(ds);
    },
  },
  {
    key: 'incomeTotal',
    prior: 'incomeTotal',
    label: { zh: '本年收入合计', en: 'total income of the year' },
    priorRequired: false,
    current: tableFigure('T01', 'income.total', 'amount'),
  },
  {
    key: 'expenditureTotal',
    prior: 'expenditureTotal',
    label: { zh: '本年支出合计', en: 'total expenditure of the year' },
    priorRequired: false,
    current: tableFigure('T01', 'expenditure.total', 'amount'),
  },
  {
    key: 'fiscalGrandTotal',
    prior: 'fiscalGrandTotal',
    label: { zh: '财政拨款收、支总计', en: 'grand total of fiscal appropriations' },
    priorRequired: true,
    current: (ds) => {
      const income = cellOf(ds, 'T04', 'income.grandTotal', 'amount');
      if (income !== null || cellOf(ds, 'T04', 'expenditure.grandTotal', 'total') === null) {
        return { value: income, location: cell('T04', 'income.grandTotal', 'amount') };
      }
      return tableFigure('T04', 'expenditure.grandTotal', 'total')(ds);
    },
  },
  {
    key: 'generalBudgetExpenditure',
    prior: 'generalBudgetExpenditure',
    label: { zh: '一般公共预算财政拨款支出', en: 'general public budget expenditure' },
    priorRequired: true,
    current: tableFigure('T06', 'total', 'total'),
  },
  {
    key: 'basic',
    prior: 'basic',
    label: { zh: '一般公共预算财政拨款基本支出', en: 'general public budget basic expenditure' },
    priorRequired: false,
    current: tableFigure('T06', 'total', 'basic'),
  },
  {
    key: 'operatingExpenses',
    prior: 'operatingExpenses',
    label: { zh: '机关运行经费', en: 'operating expenses of the organ' },
    priorRequired: true,
    current: (ds) => ({ value: ds.operatingExpenses, location: field('operatingExpenses') }),
  },
  {
    key: 'governmentFund',
    prior: 'governmentFundExpenditure',
    label: { zh: '政府性基金预算财政拨款支出', en: 'government fund expenditure' },
    priorRequired: false,
    current: fundExpenditure('T10', 'total', 'expenditure'),
  },
  {
    key: 'stateCapital',
    prior: 'stateCapitalExpenditure',
    label: { zh: '国有资本经营预算财政拨款支出', en: 'state capital operation expenditure' },
    priorRequired: false,
    current: (ds) =>
      ds.tables.T11 !== undefined
        ? fundExpenditure('T11', 'total', 'expenditure')(ds)
        : fundExpenditure('T12', 'total', 'total')(ds),
  },
];

/** Params naming a comparison in both languages. */
export function comparisonParams(c: Comparison): { item: string; itemEn: string; key: string } {
  return { item: c.label.zh, itemEn: c.label.en, key: c.key };
}
