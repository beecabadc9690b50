import { test } from 'node:test';
import { example, setCell, wan } from '../../../test/helpers.ts';
import { assertNone, assertOne } from './testing.ts';

test('amount.negative: no negative amount in the example', () => {
  assertNone(example(), 'amount.negative');
});

test('amount.negative: a negative table amount is an error', () => {
  assertOne(setCell(example(), 'T06', '2010301', 'basic', wan('-1.00')), 'amount.negative', {
    severity: 'error',
    locations: [{ table: 'T06', row: '2010301', column: 'basic' }],
    actual: wan('-1.00'),
  });
});

test('amount.negative: 结余分配 (85行) must not be negative (A8)', () => {
  const ds = setCell(example(), 'T01', 'expenditure.balanceDistribution', 'amount', wan('-0.50'));
  assertOne(ds, 'amount.negative', {
    severity: 'error',
    locations: [{ table: 'T01', row: 'expenditure.balanceDistribution', column: 'amount' }],
    actual: wan('-0.50'),
  });
});

test('amount.negative: carry-over balances and the 总计 rows containing them may be negative', () => {
  let ds = setCell(example(), 'T01', 'expenditure.closing', 'amount', wan('-1.00'));
  ds = setCell(ds, 'T01', 'income.opening', 'amount', wan('-1.00'));
  ds = setCell(ds, 'T04', 'expenditure.closing', 'generalBudget', wan('-1.00'));
  ds = setCell(ds, 'T04', 'income.opening.generalBudget', 'amount', wan('-1.00'));
  ds = setCell(ds, 'T10', '2296003', 'opening', wan('-1.00'));
  ds = setCell(ds, 'T11', '2230199', 'closing', wan('-1.00'));
  assertNone(ds, 'amount.negative');
});
