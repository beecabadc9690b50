import assert from 'node:assert/strict';
import { test } from 'node:test';
import { example, patch, wan } from '../../../test/helpers.ts';
import type { Dataset } from '../../model/types.ts';
import { fen } from '../../money/index.ts';
import { runRulesOn } from '../engine.ts';
import type { Rule } from '../types.ts';
import {
  assetsEquipmentMissing,
  assetsVehicleCategories,
  assetsVehicles,
  assetsVehiclesHeld,
  assetsVehicleTotalMissing,
  operatingExpensesMissing,
  procurementSme,
  procurementSmeLimit,
  procurementSum,
} from './matters.ts';

const run = (ds: Dataset, rule: Rule) => runRulesOn(ds, [rule]);
const withProcurement = (p: Partial<Dataset['procurement']>) =>
  patch(example(), { procurement: { ...example().procurement, ...p } });
const withAssets = (p: Partial<Dataset['assets']>) =>
  patch(example(), { assets: { ...example().assets, ...p } });
const PROCUREMENT_FIELDS = ['total', 'goods', 'works', 'services'].map((k) => ({
  field: `procurement.${k}`,
}));

test('d.procurement-sum: goods + works + services ≠ total is an error; a rounding gap a notice', () => {
  assert.deepEqual(run(example(), procurementSum), []);
  const [f, ...rest] = run(
    withProcurement({ total: wan('10.00'), goods: wan('3.00'), works: fen(0), services: wan('5.00') }),
    procurementSum,
  );
  assert.equal(rest.length, 0);
  assert.equal(f?.rule, 'd.procurement-sum');
  assert.equal(f?.severity, 'error');
  assert.deepEqual(f?.locations, PROCUREMENT_FIELDS);
  assert.equal(f?.expected, wan('8.00'));
  assert.equal(f?.actual, wan('10.00'));
  assert.equal(f?.difference, wan('2.00'));
  const [r] = run(
    withProcurement({ total: wan('10.01'), goods: wan('3.34'), works: wan('3.33'), services: wan('3.33') }),
    procurementSum,
  );
  assert.equal(r?.severity, 'notice');
  assert.equal(r?.difference, wan('0.01'));
});

test('d.procurement-sme: procurement without the SME amount warns', () => {
  assert.deepEqual(run(example(), procurementSme), []);
  const [f, ...rest] = run(withProcurement({ total: wan('10.00') }), procurementSme);
  assert.equal(rest.length, 0);
  assert.equal(f?.rule, 'd.procurement-sme');
  assert.equal(f?.severity, 'warning');
  assert.deepEqual(f?.locations, [{ field: 'procurement.sme' }, { field: 'procurement.total' }]);
  assert.equal(f?.actual, wan('10.00'));
  assert.deepEqual(run(withProcurement({ total: wan('10.00'), sme: wan('5.00') }), procurementSme), []);
});

test('d.procurement-sme-limit: SME above total, small/micro above SME are errors', () => {
  assert.deepEqual(
    run(
      withProcurement({ total: wan('10.00'), sme: wan('5.00'), smallMicro: wan('2.00') }),
      procurementSmeLimit,
    ),
    [],
  );
  const found = run(
    withProcurement({ total: wan('10.00'), sme: wan('12.00'), smallMicro: wan('13.00') }),
    procurementSmeLimit,
  );
  assert.deepEqual(
    found.map((f) => [f.rule, f.severity, f.locations, f.expected, f.actual, f.difference]),
    [
      [
        'd.procurement-sme-limit',
        'error',
        [{ field: 'procurement.sme' }, { field: 'procurement.total' }],
        wan('10.00'),
        wan('12.00'),
        wan('2.00'),
      ],
      [
        'd.procurement-sme-limit',
        'error',
        [{ field: 'procurement.smallMicro' }, { field: 'procurement.sme' }],
        wan('12.00'),
        wan('13.00'),
        wan('1.00'),
      ],
    ],
  );
});

test('d.operating-expenses-missing: a 行政单位 without 机关运行经费 warns; a 事业单位 need not', () => {
  assert.deepEqual(run(example(), operatingExpensesMissing), []);
  const blank = patch(example(), { operatingExpenses: null });
  const [f, ...rest] = run(blank, operatingExpensesMissing);
  assert.equal(rest.length, 0);
  assert.equal(f?.rule, 'd.operating-expenses-missing');
  assert.equal(f?.severity, 'warning');
  assert.deepEqual(f?.locations, [{ field: 'operatingExpenses' }]);
  const shiye = patch(blank, { entity: { ...blank.entity, unitType: '事业单位', units: [] } });
  assert.deepEqual(run(shiye, operatingExpensesMissing), []);
});

test('d.assets-vehicles: categories not adding up to the vehicle total are an error', () => {
  const ok = withAssets({
    vehicleTotal: 3,
    vehicles: [
      { category: '应急保障用车', count: 2 },
      { category: '其他用车', count: 1 },
    ],
  });
  assert.deepEqual(run(ok, assetsVehicles), []);
  const bad = withAssets({
    vehicleTotal: 3,
    vehicles: [
      { category: '应急保障用车', count: 1 },
      { category: '其他用车', count: 1 },
    ],
  });
  const [f, ...rest] = run(bad, assetsVehicles);
  assert.equal(rest.length, 0);
  assert.equal(f?.rule, 'd.assets-vehicles');
  assert.equal(f?.severity, 'error');
  assert.deepEqual(f?.locations, [{ field: 'assets.vehicleTotal' }, { field: 'assets.vehicles' }]);
  assert.equal(f?.expectedText, '2');
  assert.equal(f?.actualText, '3');
});

test('d.assets-vehicle-categories: vehicles held without categories warn', () => {
  assert.deepEqual(run(example(), assetsVehicleCategories), []);
  const [f, ...rest] = run(withAssets({ vehicleTotal: 3 }), assetsVehicleCategories);
  assert.equal(rest.length, 0);
  assert.equal(f?.rule, 'd.assets-vehicle-categories');
  assert.equal(f?.severity, 'warning');
  assert.deepEqual(f?.locations, [{ field: 'assets.vehicles' }]);
  assert.equal(f?.params['count'], 3);
});

test('d.assets-vehicles-held: 三公 保有量 above the vehicle total warns', () => {
  assert.deepEqual(run(example(), assetsVehiclesHeld), []);
  const ex = example();
  const ds = patch(ex, { sangong: { ...ex.sangong, vehicles: { purchased: 0, held: 2 } } });
  const [f, ...rest] = run(ds, assetsVehiclesHeld);
  assert.equal(rest.length, 0);
  assert.equal(f?.rule, 'd.assets-vehicles-held');
  assert.equal(f?.severity, 'warning');
  assert.deepEqual(f?.locations, [{ field: 'sangong.vehicles.held' }, { field: 'assets.vehicleTotal' }]);
  assert.equal(f?.expectedText, '0');
  assert.equal(f?.actualText, '2');
});

test('d.assets-vehicle-total-missing: a blank vehicle total warns', () => {
  assert.deepEqual(run(example(), assetsVehicleTotalMissing), []);
  const [f, ...rest] = run(withAssets({ vehicleTotal: null }), assetsVehicleTotalMissing);
  assert.equal(rest.length, 0);
  assert.equal(f?.severity, 'warning');
  assert.deepEqual(f?.locations, [{ field: 'assets.vehicleTotal' }]);
});

test('d.assets-equipment-missing: the example lacks both equipment counts; 0 counts pass', () => {
  const found = run(example(), assetsEquipmentMissing);
  assert.deepEqual(
    found.map((f) => [f.rule, f.severity, f.locations]),
    [
      ['d.assets-equipment-missing', 'warning', [{ field: 'assets.generalEquipment50' }]],
      ['d.assets-equipment-missing', 'warning', [{ field: 'assets.specialEquipment100' }]],
    ],
  );
  assert.deepEqual(
    run(withAssets({ generalEquipment50: 0, specialEquipment100: 0 }), assetsEquipmentMissing),
    [],
  );
});
