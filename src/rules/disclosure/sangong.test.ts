import assert from 'node:assert/strict';
import { test } from 'node:test';
import { example, patch, setCell, wan } from '../../../test/helpers.ts';
import type { Dataset } from '../../model/types.ts';
import type { Fen } from '../../money/index.ts';
import { runRulesOn } from '../engine.ts';
import type { Rule } from '../types.ts';
import {
  sangongAbroadDetails,
  sangongChangeReason,
  sangongOverspend,
  sangongPriorMissing,
  sangongReceptionDetails,
  sangongSplit,
  sangongVehicleDetails,
  sangongVehiclePurchaseCost,
  sangongVehiclePurchaseCount,
} from './sangong.ts';

const run = (ds: Dataset, rule: Rule) => runRulesOn(ds, [rule]);
const t13 = (column: string) => ({ table: 'T13', row: 'amount', column });
const setT13 = (ds: Dataset, cells: Record<string, Fen | null>): Dataset =>
  Object.entries(cells).reduce((d, [col, v]) => setCell(d, 'T13', 'amount', col, v), ds);
const withSangong = (ds: Dataset, p: Partial<Dataset['sangong']>) =>
  patch(ds, { sangong: { ...ds.sangong, ...p } });

test('d.sangong-abroad-details: travel abroad without groups and persons is an error', () => {
  assert.deepEqual(run(example(), sangongAbroadDetails), []);
  const abroad = setT13(example(), { 'actual.abroad': wan('5.00') });
  const [f, ...rest] = run(abroad, sangongAbroadDetails);
  assert.equal(rest.length, 0);
  assert.equal(f?.rule, 'd.sangong-abroad-details');
  assert.equal(f?.severity, 'error');
  assert.deepEqual(f?.locations, [
    t13('actual.abroad'),
    { field: 'sangong.abroad.groups' },
    { field: 'sangong.abroad.persons' },
  ]);
  assert.equal(f?.actual, wan('5.00'));
  const stated = withSangong(abroad, { abroad: { groups: 1, persons: 3 } });
  assert.deepEqual(run(stated, sangongAbroadDetails), []);
});

test('d.sangong-vehicle-details: vehicle expenses without the number held are an error', () => {
  assert.deepEqual(run(example(), sangongVehicleDetails), []);
  const cars = withSangong(
    setT13(example(), { 'actual.vehicle': wan('2.00'), 'actual.vehicleOperation': wan('2.00') }),
    {
      vehicles: { purchased: 0, held: null },
    },
  );
  const [f, ...rest] = run(cars, sangongVehicleDetails);
  assert.equal(rest.length, 0);
  assert.equal(f?.rule, 'd.sangong-vehicle-details');
  assert.equal(f?.severity, 'error');
  assert.deepEqual(f?.locations, [t13('actual.vehicle'), { field: 'sangong.vehicles.held' }]);
  assert.equal(f?.actual, wan('2.00'));
  assert.deepEqual(
    run(withSangong(cars, { vehicles: { purchased: 0, held: 1 } }), sangongVehicleDetails),
    [],
  );
});

test('d.sangong-vehicle-purchase-count: a purchase expense needs at least one vehicle purchased', () => {
  assert.deepEqual(run(example(), sangongVehiclePurchaseCount), []);
  const bought = setT13(example(), { 'actual.vehiclePurchase': wan('20.00') });
  const [f, ...rest] = run(bought, sangongVehiclePurchaseCount);
  assert.equal(rest.length, 0);
  assert.equal(f?.rule, 'd.sangong-vehicle-purchase-count');
  assert.equal(f?.severity, 'error');
  assert.deepEqual(f?.locations, [t13('actual.vehiclePurchase'), { field: 'sangong.vehicles.purchased' }]);
  assert.equal(f?.actual, wan('20.00'));
  const counted = withSangong(bought, { vehicles: { purchased: 1, held: 1 } });
  assert.deepEqual(run(counted, sangongVehiclePurchaseCount), []);
});

test('d.sangong-vehicle-purchase-cost: vehicles purchased with a zero purchase expense warn', () => {
  assert.deepEqual(run(example(), sangongVehiclePurchaseCost), []);
  const [f, ...rest] = run(
    withSangong(example(), { vehicles: { purchased: 1, held: 1 } }),
    sangongVehiclePurchaseCost,
  );
  assert.equal(rest.length, 0);
  assert.equal(f?.rule, 'd.sangong-vehicle-purchase-cost');
  assert.equal(f?.severity, 'warning');
  assert.deepEqual(f?.locations, [{ field: 'sangong.vehicles.purchased' }, t13('actual.vehiclePurchase')]);
  assert.equal(f?.params['count'], 1);
});

test('d.sangong-reception-details: reception without batches is an error; the example states both', () => {
  assert.deepEqual(run(example(), sangongReceptionDetails), []);
  const ds = withSangong(example(), { reception: { ...example().sangong.reception, batches: null } });
  const [f, ...rest] = run(ds, sangongReceptionDetails);
  assert.equal(rest.length, 0);
  assert.equal(f?.rule, 'd.sangong-reception-details');
  assert.equal(f?.severity, 'error');
  assert.deepEqual(f?.locations, [t13('actual.reception'), { field: 'sangong.reception.batches' }]);
  assert.equal(f?.actual, wan('18.07'));
});

test('d.sangong-split: 公务用车购置及运行费 without its split is an error', () => {
  assert.deepEqual(run(example(), sangongSplit), []);
  const ds = setT13(example(), {
    'actual.vehicle': wan('3.00'),
    'actual.vehiclePurchase': null,
    'actual.vehicleOperation': null,
  });
  const [f, ...rest] = run(ds, sangongSplit);
  assert.equal(rest.length, 0);
  assert.equal(f?.rule, 'd.sangong-split');
  assert.equal(f?.severity, 'error');
  assert.deepEqual(f?.locations, [
    t13('actual.vehicle'),
    t13('actual.vehiclePurchase'),
    t13('actual.vehicleOperation'),
  ]);
  assert.equal(f?.actual, wan('3.00'));
  assert.equal(f?.params['block'], '决算数');
});

test('d.sangong-overspend: 决算 above 预算 without reasons.changes.sangongBudget warns per item', () => {
  assert.deepEqual(run(example(), sangongOverspend), []);
  const over = setT13(example(), { 'actual.total': wan('20.00'), 'actual.reception': wan('20.00') });
  const found = run(over, sangongOverspend);
  assert.deepEqual(
    found.map((f) => [f.rule, f.severity, f.locations, f.expected, f.actual, f.difference]),
    ['total', 'reception'].map((item) => [
      'd.sangong-overspend',
      'warning',
      [t13(`budget.${item}`), t13(`actual.${item}`), { field: 'reasons.changes.sangongBudget' }],
      wan('18.07'),
      wan('20.00'),
      wan('1.93'),
    ]),
  );
  const explained = patch(over, {
    reasons: { ...over.reasons, changes: { ...over.reasons.changes, sangongBudget: '追加接待任务。' } },
  });
  assert.deepEqual(run(explained, sangongOverspend), []);
});

test('d.sangong-change-reason: a changed item without its reason warns', () => {
  assert.deepEqual(run(example(), sangongChangeReason), []);
  const ex = example();
  const { sangongTotal: _t, sangongReception: _r, ...changes } = ex.reasons.changes;
  const found = run(patch(ex, { reasons: { ...ex.reasons, changes } }), sangongChangeReason);
  assert.deepEqual(
    found.map((f) => [f.rule, f.severity, f.locations, f.expected, f.actual, f.difference]),
    [
      ['total', 'sangongTotal'],
      ['reception', 'sangongReception'],
    ].map(([item, key]) => [
      'd.sangong-change-reason',
      'warning',
      [{ field: `reasons.changes.${key}` }, t13(`actual.${item}`), { field: `priorYear.sangong.${item}` }],
      wan('10.50'),
      wan('18.07'),
      wan('7.57'),
    ]),
  );
});

test('d.sangong-prior-missing: a blank prior-year 三公 figure warns', () => {
  assert.deepEqual(run(example(), sangongPriorMissing), []);
  const ex = example();
  const ds = patch(ex, {
    priorYear: { ...ex.priorYear, sangong: { ...ex.priorYear.sangong, abroad: null } },
  });
  const [f, ...rest] = run(ds, sangongPriorMissing);
  assert.equal(rest.length, 0);
  assert.equal(f?.rule, 'd.sangong-prior-missing');
  assert.equal(f?.severity, 'warning');
  assert.deepEqual(f?.locations, [{ field: 'priorYear.sangong.abroad' }]);
});
