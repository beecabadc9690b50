import { test } from 'node:test';
import { dropRow, example, setCell, wan } from '../../../test/helpers.ts';
import { assertNone, assertOne } from './testing.ts';

const at = (row: string, column: string) => ({ table: 'T04' as const, row, column });

test('t04.fund-row-sum: each expenditure row total = the three funds', () => {
  assertNone(example(), 't04.fund-row-sum');
  assertOne(setCell(example(), 'T04', '201', 'governmentFund', wan('1.00')), 't04.fund-row-sum', {
    severity: 'error',
    locations: [at('201', 'total')],
    expected: wan('558.78'),
    actual: wan('557.78'),
    difference: wan('-1.00'),
  });
});

test('t04.income-total: 本年收入合计 = the three appropriation incomes', () => {
  assertNone(example(), 't04.income-total');
  assertOne(setCell(example(), 'T04', 'income.governmentFund', 'amount', wan('2.00')), 't04.income-total', {
    severity: 'error',
    locations: [at('income.total', 'amount')],
    expected: wan('653.04'),
    actual: wan('651.04'),
    difference: wan('-2.00'),
  });
});

test('t04.opening-total: 年初 = Σ per-fund 年初 sub-rows when they are given', () => {
  assertNone(example(), 't04.opening-total');
  let ok = setCell(example(), 'T04', 'income.opening', 'amount', wan('3.00'));
  ok = setCell(ok, 'T04', 'income.opening.generalBudget', 'amount', wan('3.00'));
  assertNone(ok, 't04.opening-total');
  const bad = setCell(example(), 'T04', 'income.opening.generalBudget', 'amount', wan('2.00'));
  assertOne(bad, 't04.opening-total', {
    severity: 'error',
    locations: [at('income.opening', 'amount')],
    expected: wan('2.00'),
    actual: wan('0'),
    difference: wan('-2.00'),
  });
});

test('t04.fund-balance: total column uses income.opening when the per-fund sub-rows are absent', () => {
  assertNone(example(), 't04.fund-balance');
  const ds = setCell(example(), 'T04', 'expenditure.closing', 'total', wan('1.00'));
  assertOne(ds, 't04.fund-balance', {
    severity: 'error',
    locations: [
      at('expenditure.closing', 'total'),
      at('income.opening', 'amount'),
      at('income.total', 'amount'),
      at('expenditure.total', 'total'),
    ],
    expected: wan('0'),
    actual: wan('1.00'),
    difference: wan('1.00'),
  });
});

test('t04.fund-balance: a fund column is checked once its opening sub-row is given', () => {
  const ok = setCell(example(), 'T04', 'income.opening.generalBudget', 'amount', wan('0'));
  assertNone(ok, 't04.fund-balance');
  const bad = setCell(example(), 'T04', 'income.opening.generalBudget', 'amount', wan('5.00'));
  assertOne(bad, 't04.fund-balance', {
    severity: 'error',
    locations: [
      at('expenditure.closing', 'generalBudget'),
      at('income.opening.generalBudget', 'amount'),
      at('income.generalBudget', 'amount'),
      at('expenditure.total', 'generalBudget'),
    ],
    expected: wan('5.00'),
    actual: wan('0'),
    difference: wan('-5.00'),
  });
});

test('t04.income-grand-total: 收入总计 = 本年收入合计 + 年初财政拨款结转和结余', () => {
  assertNone(example(), 't04.income-grand-total');
  const ds = setCell(example(), 'T04', 'income.grandTotal', 'amount', wan('652.04'));
  assertOne(ds, 't04.income-grand-total', {
    severity: 'error',
    locations: [at('income.grandTotal', 'amount')],
    expected: wan('651.04'),
    actual: wan('652.04'),
    difference: wan('1.00'),
  });
});

test('t04.expenditure-grand-total: 支出总计 = 本年支出合计 + 年末, each column', () => {
  assertNone(example(), 't04.expenditure-grand-total');
  const ds = setCell(example(), 'T04', 'expenditure.grandTotal', 'generalBudget', wan('650.04'));
  assertOne(ds, 't04.expenditure-grand-total', {
    severity: 'error',
    locations: [at('expenditure.grandTotal', 'generalBudget')],
    expected: wan('651.04'),
    actual: wan('650.04'),
    difference: wan('-1.00'),
  });
});

test('t04.balanced: 收入总计 = 支出总计 to the fen', () => {
  assertNone(example(), 't04.balanced');
  const ds = setCell(example(), 'T04', 'expenditure.grandTotal', 'total', wan('651.14'));
  assertOne(ds, 't04.balanced', {
    severity: 'error',
    locations: [at('income.grandTotal', 'amount'), at('expenditure.grandTotal', 'total')],
    expected: wan('651.04'),
    actual: wan('651.14'),
    difference: wan('0.10'),
  });
});

test('t04.expenditure-total: 本年支出合计 = Σ 类 rows, each column', () => {
  assertNone(example(), 't04.expenditure-total');
  const ds = setCell(example(), 'T04', '208', 'generalBudget', wan('41.55'));
  assertOne(ds, 't04.expenditure-total', {
    severity: 'error',
    locations: [at('expenditure.total', 'generalBudget')],
    expected: wan('651.14'),
    actual: wan('651.04'),
    difference: wan('-0.10'),
  });
});

test('t04.missing-breakdown: 本年支出合计 without any 类 row', () => {
  assertNone(example(), 't04.missing-breakdown');
  let ds = example();
  for (const code of ['201', '208', '210', '221']) ds = dropRow(ds, 'T04', code);
  assertOne(ds, 't04.missing-breakdown', {
    severity: 'warning',
    locations: [at('expenditure.total', 'total')],
  });
});
