import { test } from 'node:test';
import { example, setCell, wan } from '../../../test/helpers.ts';
import { assertNone, assertOne } from './testing.ts';

const at = (column: string) => ({ table: 'T13' as const, row: 'amount', column });

test('t13.total: 合计 = 出国 + 公务用车 + 接待, 决算数', () => {
  assertNone(example(), 't13.total');
  assertOne(setCell(example(), 'T13', 'amount', 'actual.total', wan('18.00')), 't13.total', {
    severity: 'error',
    locations: [at('actual.total')],
    expected: wan('18.07'),
    actual: wan('18.00'),
    difference: wan('-0.07'),
  });
});

test('t13.total: 预算数; a blank 公务用车 小计 is replaced by 购置费 + 运行费', () => {
  let ds = setCell(example(), 'T13', 'amount', 'budget.vehicle', null);
  ds = setCell(ds, 'T13', 'amount', 'budget.vehicleOperation', wan('2.00'));
  assertNone(setCell(ds, 'T13', 'amount', 'budget.total', wan('20.07')), 't13.total');
  assertOne(ds, 't13.total', {
    severity: 'error',
    locations: [at('budget.total')],
    expected: wan('20.07'),
    actual: wan('18.07'),
    difference: wan('-2.00'),
  });
});

test('t13.vehicle-subtotal: 公务用车购置及运行费 = 购置费 + 运行费', () => {
  assertNone(example(), 't13.vehicle-subtotal');
  const ds = setCell(example(), 'T13', 'amount', 'budget.vehiclePurchase', wan('1.00'));
  assertOne(ds, 't13.vehicle-subtotal', {
    severity: 'error',
    locations: [at('budget.vehicle')],
    expected: wan('1.00'),
    actual: wan('0'),
    difference: wan('-1.00'),
  });
});
