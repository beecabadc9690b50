import { test } from 'node:test';
import { dropRow, example, setCell, wan } from '../../../test/helpers.ts';
import { assertNone, assertOne } from './testing.ts';

const at = (row: string) => ({ table: 'T01' as const, row, column: 'amount' });

test('t01.income-total: items 1–8 add up to 本年收入合计', () => {
  assertNone(example(), 't01.income-total');
  assertOne(setCell(example(), 'T01', 'income.other', 'amount', wan('1.00')), 't01.income-total', {
    severity: 'error',
    locations: [at('income.total')],
    expected: wan('652.04'),
    actual: wan('651.04'),
    difference: wan('-1.00'),
  });
});

test('t01.income-grand-total: 收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余', () => {
  assertNone(example(), 't01.income-grand-total');
  assertOne(setCell(example(), 'T01', 'income.opening', 'amount', wan('5.00')), 't01.income-grand-total', {
    severity: 'error',
    locations: [at('income.grandTotal')],
    expected: wan('656.04'),
    actual: wan('651.04'),
    difference: wan('-5.00'),
  });
});

test('t01.expenditure-total: 本年支出合计 = Σ 类 rows, error beyond the envelope', () => {
  assertNone(example(), 't01.expenditure-total');
  assertOne(setCell(example(), 'T01', '221', 'amount', wan('31.19')), 't01.expenditure-total', {
    severity: 'error',
    locations: [at('expenditure.total')],
    expected: wan('651.14'),
    actual: wan('651.04'),
    difference: wan('-0.10'),
  });
});

test('t01.expenditure-total: a 0.01 gap over four 类 rows is a rounding notice', () => {
  assertOne(setCell(example(), 'T01', '221', 'amount', wan('31.10')), 't01.expenditure-total', {
    severity: 'notice',
    locations: [at('expenditure.total')],
    expected: wan('651.05'),
    actual: wan('651.04'),
    difference: wan('-0.01'),
  });
});

test('t01.expenditure-grand-total: 支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余', () => {
  assertNone(example(), 't01.expenditure-grand-total');
  const ds = setCell(example(), 'T01', 'expenditure.closing', 'amount', wan('2.00'));
  assertOne(ds, 't01.expenditure-grand-total', {
    severity: 'error',
    locations: [at('expenditure.grandTotal')],
    expected: wan('653.04'),
    actual: wan('651.04'),
    difference: wan('-2.00'),
  });
});

test('t01.balanced: 收入总计 = 支出总计 to the fen, no rounding tolerance', () => {
  assertNone(example(), 't01.balanced');
  const ds = setCell(example(), 'T01', 'expenditure.grandTotal', 'amount', wan('651.05'));
  assertOne(ds, 't01.balanced', {
    severity: 'error',
    locations: [at('income.grandTotal'), at('expenditure.grandTotal')],
    expected: wan('651.04'),
    actual: wan('651.05'),
    difference: wan('0.01'),
  });
});

test('t01.missing-breakdown: 本年支出合计 without any 类 row', () => {
  assertNone(example(), 't01.missing-breakdown');
  let ds = example();
  for (const code of ['201', '208', '210', '221']) ds = dropRow(ds, 'T01', code);
  assertOne(ds, 't01.missing-breakdown', { severity: 'warning', locations: [at('expenditure.total')] });
  assertNone(setCell(ds, 'T01', 'expenditure.total', 'amount', wan('0')), 't01.missing-breakdown');
});
