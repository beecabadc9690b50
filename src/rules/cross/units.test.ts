import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dropRow, example, one, patch, setCell, setTable, wan } from '../../../test/helpers.ts';
import type { Dataset, TableData, UnitRef } from '../../model/types.ts';
import { type Fen, fen } from '../../money/index.ts';
import { runRulesOn } from '../engine.ts';
import {
  DEPARTMENT_SUM,
  DEPARTMENT_TABLE_MISSING,
  UNIT_MISSING_DATA,
  UNIT_RULES,
  UNIT_YEAR_MISMATCH,
} from './units.ts';

/** A share of a figure: 甲 takes half rounded down to 0.01万元, 乙 the rest; 甲 + 乙 = the figure exactly. */
function share(v: Fen | null, first: boolean): Fen | null {
  if (v === null) return null;
  const a = Math.floor(v / 20_000) * 10_000;
  return fen(first ? a : v - a);
}

function unitOf(ds: Dataset, name: string, first: boolean): Dataset {
  const tables: Record<string, TableData> = {};
  for (const [id, t] of Object.entries(ds.tables)) {
    tables[id] = {
      rows: t.rows.map((r) => ({
        ...r,
        cells: Object.fromEntries(Object.entries(r.cells).map(([c, v]) => [c, share(v, first)])),
      })),
    };
  }
  return { ...ds, entity: { ...ds.entity, name, kind: 'unit', units: [] }, tables };
}

function department(units: UnitRef[], base: Dataset = example()): Dataset {
  return patch(base, { entity: { ...base.entity, units } });
}

const A = () => unitOf(example(), '甲单位', true);
const B = () => unitOf(example(), '乙单位', false);
const rolledUp = () =>
  department([
    { name: '甲单位', unitType: '行政单位', dataset: A() },
    { name: '乙单位', unitType: '事业单位', dataset: B() },
  ]);

test('u.*: a department equal to the sum of its two units has no finding', () => {
  assert.deepEqual(runRulesOn(rolledUp(), UNIT_RULES), []);
  assert.deepEqual(runRulesOn(example(), UNIT_RULES), []);
});

test('u.department-sum: a unit cell that breaks the sum is named with the units’ figures', () => {
  const broken = setCell(B(), 'T06', '2010301', 'basic', wan('201.36'));
  const ds = department([
    { name: '甲单位', unitType: '行政单位', dataset: A() },
    { name: '乙单位', unitType: '事业单位', dataset: broken },
  ]);
  const f = one(runRulesOn(ds, [DEPARTMENT_SUM]));
  assert.deepEqual(
    {
      rule: f.rule,
      severity: f.severity,
      locations: f.locations,
      expected: f.expected,
      actual: f.actual,
      difference: f.difference,
    },
    {
      rule: 'u.department-sum',
      severity: 'error',
      locations: [
        { table: 'T06', row: '2010301', column: 'basic' },
        { table: 'T06', row: '2010301', column: 'basic', unit: '甲单位' },
        { table: 'T06', row: '2010301', column: 'basic', unit: '乙单位' },
      ],
      expected: wan('402.67'),
      actual: wan('402.62'),
      difference: wan('-0.05'),
    },
  );
  assert.equal(f.params.units, '甲单位 201.31 + 乙单位 201.36');
  assert.equal(f.params.row, '2010301 行政运行');
  assert.equal(f.params.column, '基本支出');
});

test('u.department-sum: a 0.01 gap over two rounded unit figures is a notice', () => {
  const ds = setCell(rolledUp(), 'T06', '2010301', 'basic', wan('402.63'));
  const f = one(runRulesOn(ds, [DEPARTMENT_SUM]));
  assert.equal(f.severity, 'notice');
  assert.deepEqual(f.rounding, { parts: 2, envelope: wan('0.01') });
});

test('u.department-sum: a department row absent where the units have amounts', () => {
  const found = runRulesOn(dropRow(rolledUp(), 'T06', '2101102'), [DEPARTMENT_SUM]);
  assert.deepEqual(
    found.map((f) => [f.locations[0], f.expected, f.actual]),
    [
      [{ table: 'T06', row: '2101102', column: 'total' }, wan('5.49'), wan('0')],
      [{ table: 'T06', row: '2101102', column: 'basic' }, wan('5.49'), wan('0')],
    ],
  );
});

test('u.department-sum: a department figure where every unit is blank', () => {
  const f = one(runRulesOn(setCell(rolledUp(), 'T06', '2010301', 'project', wan('1')), [DEPARTMENT_SUM]));
  assert.deepEqual(
    [f.locations, f.expected, f.actual, f.params.units],
    [[{ table: 'T06', row: '2010301', column: 'project' }], wan('0'), wan('1'), '—'],
  );
});

test('u.department-table-missing: the units fill a table the department lacks', () => {
  const ds = setTable(rolledUp(), 'T05', undefined);
  assert.deepEqual(runRulesOn(ds, [DEPARTMENT_SUM]), []);
  const f = one(runRulesOn(ds, [DEPARTMENT_TABLE_MISSING]));
  assert.deepEqual(
    [f.rule, f.severity, f.locations],
    [
      'u.department-table-missing',
      'warning',
      [{ table: 'T05' }, { table: 'T05', unit: '甲单位' }, { table: 'T05', unit: '乙单位' }],
    ],
  );
  assert.deepEqual(runRulesOn(rolledUp(), [DEPARTMENT_TABLE_MISSING]), []);
});

test('u.unit-year-mismatch: a unit dataset of another year (or profile) is an error; no sum is checked', () => {
  const a = A();
  const old = { ...a, entity: { ...a.entity, year: 2021 } };
  const ds = department([
    { name: '甲单位', unitType: '行政单位', dataset: old },
    { name: '乙单位', unitType: '事业单位', dataset: B() },
  ]);
  const f = one(runRulesOn(ds, [UNIT_YEAR_MISMATCH]));
  assert.deepEqual(
    [f.rule, f.severity, f.locations, f.expectedText, f.actualText],
    [
      'u.unit-year-mismatch',
      'error',
      [{ field: 'entity.units.0.dataset.entity', unit: '甲单位' }],
      '2022 sichuan-13',
      '2021 sichuan-13',
    ],
  );
  assert.deepEqual(runRulesOn(setCell(ds, 'T06', '2010301', 'basic', wan('1')), [DEPARTMENT_SUM]), []);
  const central = { ...a, entity: { ...a.entity, profile: 'central-9' } };
  const p = one(
    runRulesOn(department([{ name: '甲单位', unitType: '行政单位', dataset: central }]), [
      UNIT_YEAR_MISMATCH,
    ]),
  );
  assert.equal(p.actualText, '2022 central-9');
  assert.deepEqual(runRulesOn(rolledUp(), [UNIT_YEAR_MISMATCH]), []);
});

test('u.unit-missing-data: a listed unit without its dataset when others have one', () => {
  const ds = department([
    { name: '甲单位', unitType: '行政单位', dataset: A() },
    { name: '乙单位', unitType: '事业单位', dataset: B() },
    { name: '丙单位', unitType: '事业单位' },
  ]);
  const f = one(runRulesOn(ds, [UNIT_MISSING_DATA]));
  assert.deepEqual(
    [f.rule, f.severity, f.locations, f.params],
    [
      'u.unit-missing-data',
      'warning',
      [{ field: 'entity.units.2.dataset', unit: '丙单位' }],
      { unit: '丙单位' },
    ],
  );
  // The roll-up is not checked on an incomplete set of units.
  assert.deepEqual(runRulesOn(ds, [DEPARTMENT_SUM]), []);
  assert.deepEqual(runRulesOn(example(), [UNIT_MISSING_DATA]), []);
});
