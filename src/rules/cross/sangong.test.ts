import assert from 'node:assert/strict';
import { test } from 'node:test';
import { example, figures, one, patch, setCell, wan } from '../../../test/helpers.ts';
import type { Dataset, UnitRef, UnitType } from '../../model/types.ts';
import type { Fen } from '../../money/index.ts';
import { runRulesOn } from '../engine.ts';
import { OPERATING_EXPENSES_T08, T07_T13_SANGONG, T08_T13_SANGONG, T13_T06_SANGONG } from './sangong.ts';

test('x.t08-t13.sangong: 30217 up to the 公务接待费 决算数 passes, beyond it is an error (E3)', () => {
  assert.deepEqual(runRulesOn(example(), [T08_T13_SANGONG]), []);
  assert.deepEqual(
    runRulesOn(setCell(example(), 'T08', '30217', 'amount', wan('18.07')), [T08_T13_SANGONG]),
    [],
  );
  const f = one(runRulesOn(setCell(example(), 'T08', '30217', 'amount', wan('18.10')), [T08_T13_SANGONG]));
  assert.deepEqual(figures(f), {
    rule: 'x.t08-t13.sangong',
    severity: 'error',
    locations: [
      { table: 'T08', row: '30217', column: 'amount' },
      { table: 'T13', row: 'amount', column: 'actual.reception' },
    ],
    expected: wan('18.07'),
    actual: wan('18.10'),
    difference: wan('0.03'),
  });
  assert.equal(f.params.row, '30217 公务接待费');
  assert.equal(f.params.item, '决算数·公务接待费');
});

test('x.t08-t13.sangong: one finding per item; 车运行 falls back on the 小计 when not itemised', () => {
  let ds = setCell(example(), 'T08', '30212', 'amount', wan('1'));
  ds = setCell(ds, 'T13', 'amount', 'actual.vehicleOperation', null);
  ds = setCell(ds, 'T13', 'amount', 'actual.vehicle', wan('5'));
  ds = setCell(ds, 'T08', '30231', 'amount', wan('6'));
  const found = runRulesOn(ds, [T08_T13_SANGONG]);
  assert.deepEqual(found.map(figures), [
    {
      rule: 'x.t08-t13.sangong',
      severity: 'error',
      locations: [
        { table: 'T08', row: '30212', column: 'amount' },
        { table: 'T13', row: 'amount', column: 'actual.abroad' },
      ],
      expected: wan('0'),
      actual: wan('1'),
      difference: wan('1'),
    },
    {
      rule: 'x.t08-t13.sangong',
      severity: 'error',
      locations: [
        { table: 'T08', row: '30231', column: 'amount' },
        { table: 'T13', row: 'amount', column: 'actual.vehicle' },
      ],
      expected: wan('5'),
      actual: wan('6'),
      difference: wan('1'),
    },
  ]);
});

test('x.t07-t13.sangong: a T07 款 (basic and project) within its 三公 item', () => {
  assert.deepEqual(runRulesOn(example(), [T07_T13_SANGONG]), []);
  const f = one(runRulesOn(setCell(example(), 'T07', '31013', 'total', wan('20')), [T07_T13_SANGONG]));
  assert.deepEqual(figures(f), {
    rule: 'x.t07-t13.sangong',
    severity: 'error',
    locations: [
      { table: 'T07', row: '31013', column: 'total' },
      { table: 'T13', row: 'amount', column: 'actual.vehiclePurchase' },
    ],
    expected: wan('0'),
    actual: wan('20'),
    difference: wan('20'),
  });
});

test('x.t13-t06.sangong-within-budget-spending: a warning under a 财政拨款 title, an error under 一般公共预算', () => {
  assert.deepEqual(runRulesOn(example(), [T13_T06_SANGONG]), []);
  const ds = setCell(example(), 'T13', 'amount', 'actual.total', wan('700'));
  assert.deepEqual(figures(one(runRulesOn(ds, [T13_T06_SANGONG]))), {
    rule: 'x.t13-t06.sangong-within-budget-spending',
    severity: 'warning',
    locations: [
      { table: 'T13', row: 'amount', column: 'actual.total' },
      { table: 'T06', row: 'total', column: 'total' },
    ],
    expected: wan('651.04'),
    actual: wan('700'),
    difference: wan('48.96'),
  });
  const central = patch(ds, { entity: { ...ds.entity, profile: 'central-9' } });
  assert.equal(one(runRulesOn(central, [T13_T06_SANGONG])).severity, 'error');
});

function withTypes(ds: Dataset, entityType: UnitType, unitTypes: UnitType[], op: Fen): Dataset {
  const units: UnitRef[] = unitTypes.map((unitType, i) => ({ name: `单位${i + 1}`, unitType }));
  return patch(ds, { entity: { ...ds.entity, unitType: entityType, units }, operatingExpenses: op });
}

test('x.operating-expenses-t08: with a 事业单位, 机关运行经费 ≤ 公用经费合计 (100.46 = 100.46)', () => {
  assert.deepEqual(runRulesOn(example(), [OPERATING_EXPENSES_T08]), []);
  const mixed = ['行政单位', '事业单位'] as UnitType[];
  assert.deepEqual(
    runRulesOn(withTypes(example(), '行政单位', mixed, wan('90')), [OPERATING_EXPENSES_T08]),
    [],
  );
  const f = one(runRulesOn(withTypes(example(), '行政单位', mixed, wan('110')), [OPERATING_EXPENSES_T08]));
  assert.deepEqual(figures(f), {
    rule: 'x.operating-expenses-t08',
    severity: 'error',
    locations: [{ field: 'operatingExpenses' }, { table: 'T08', row: 'total.public', column: 'amount' }],
    expected: wan('100.46'),
    actual: wan('110'),
    difference: wan('9.54'),
  });
  assert.equal(f.params.unitTypes, '行政单位、事业单位');
});

test('x.operating-expenses-t08: 行政单位/参公 only — must be equal (warning), greater is an error', () => {
  const admin = ['行政单位', '参公事业单位'] as UnitType[];
  assert.deepEqual(
    runRulesOn(withTypes(example(), '行政单位', admin, wan('100.46')), [OPERATING_EXPENSES_T08]),
    [],
  );
  assert.deepEqual(
    figures(one(runRulesOn(withTypes(example(), '行政单位', admin, wan('90')), [OPERATING_EXPENSES_T08]))),
    {
      rule: 'x.operating-expenses-t08',
      severity: 'warning',
      locations: [{ field: 'operatingExpenses' }, { table: 'T08', row: 'total.public', column: 'amount' }],
      expected: wan('100.46'),
      actual: wan('90'),
      difference: wan('-10.46'),
    },
  );
  assert.equal(
    one(runRulesOn(withTypes(example(), '行政单位', [], wan('101')), [OPERATING_EXPENSES_T08])).severity,
    'error',
  );
  // A 事业单位 with no 行政 units has no 机关运行经费 to compare.
  assert.deepEqual(
    runRulesOn(withTypes(example(), '事业单位', [], wan('101')), [OPERATING_EXPENSES_T08]),
    [],
  );
});
