import assert from 'node:assert/strict';
import { test } from 'node:test';
import { example, setCell, wan } from '../../../test/helpers.ts';
import type { Dataset } from '../../model/types.ts';
import { assertNone, assertOne, rowOf, withRows } from './testing.ts';

const T07_COLS = ['total', 'personnel', 'public', 'project'];

/** T07 with 合计 = 301 = 30101 + 30102 (in the total and personnel columns). */
function t07(overrides: Record<string, string> = {}): Dataset {
  const rows = [
    ['total', '合计', '10.00'],
    ['301', '工资福利支出', '10.00'],
    ['30101', '基本工资', '6.00'],
    ['30102', '津贴补贴', '4.00'],
  ].map(([code, name, v]) => {
    const amount = wan(overrides[code!] ?? v!);
    return { ...rowOf(code!, name!, T07_COLS, null), cells: { total: amount, personnel: amount } };
  });
  return withRows(example(), 'T07', rows);
}

test('t07.hierarchy: a 类 row = Σ its 款 rows', () => {
  assertNone(t07(), 't07.hierarchy');
  const ds = setCell(t07(), 'T07', '30102', 'personnel', wan('3.00'));
  assertOne(ds, 't07.hierarchy', {
    severity: 'error',
    locations: [{ table: 'T07', row: '301', column: 'personnel' }],
    expected: wan('9.00'),
    actual: wan('10.00'),
    difference: wan('1.00'),
  });
});

test('t07.total-row: 合计 = Σ 类 rows', () => {
  assertNone(t07(), 't07.total-row');
  const ds = setCell(t07(), 'T07', 'total', 'total', wan('12.00'));
  assertOne(ds, 't07.total-row', {
    severity: 'error',
    locations: [{ table: 'T07', row: 'total', column: 'total' }],
    expected: wan('10.00'),
    actual: wan('12.00'),
    difference: wan('2.00'),
  });
});

test('t07.missing-breakdown: the example gives only the 合计 row', () => {
  assertNone(t07(), 't07.missing-breakdown');
  assertOne(example(), 't07.missing-breakdown', {
    severity: 'warning',
    locations: [{ table: 'T07', row: 'total' }],
  });
});

const personnelLoc = { table: 'T08' as const, row: 'total.personnel', column: 'amount' };
const publicLoc = { table: 'T08' as const, row: 'total.public', column: 'amount' };

test('t08.personnel-total: 人员经费合计 = Σ 301 and 303 款', () => {
  assertNone(example(), 't08.personnel-total'); // every 款 blank: reported by t08.missing-breakdown
  let ds = setCell(example(), 'T08', '30101', 'amount', wan('500.00'));
  assertOne(ds, 't08.personnel-total', {
    severity: 'error',
    locations: [personnelLoc],
    expected: wan('500.00'),
    actual: wan('530.58'),
    difference: wan('30.58'),
  });
  ds = setCell(ds, 'T08', '30302', 'amount', wan('30.58'));
  assertNone(ds, 't08.personnel-total');
});

test('t08.personnel-total: a 类 row with an amount stands for its 款 rows', () => {
  let ds = setCell(example(), 'T08', '301', 'amount', wan('530.58'));
  ds = setCell(ds, 'T08', '30101', 'amount', wan('1.00'));
  assertNone(ds, 't08.personnel-total');
});

test('t08.public-total: 公用经费合计 = Σ 302, 310 and other non-personnel 款', () => {
  assertNone(example(), 't08.public-total');
  let ds = setCell(example(), 'T08', '30201', 'amount', wan('90.00'));
  ds = setCell(ds, 'T08', '31002', 'amount', wan('10.00'));
  assertOne(ds, 't08.public-total', {
    severity: 'error',
    locations: [publicLoc],
    expected: wan('100.00'),
    actual: wan('100.46'),
    difference: wan('0.46'),
  });
  assertNone(setCell(ds, 'T08', '30299', 'amount', wan('0.46')), 't08.public-total');
});

test('t08.hierarchy: a 类 row = Σ its 款 rows', () => {
  let ds = setCell(example(), 'T08', '301', 'amount', wan('500.00'));
  ds = setCell(ds, 'T08', '30101', 'amount', wan('400.00'));
  assertNone(setCell(ds, 'T08', '30102', 'amount', wan('100.00')), 't08.hierarchy');
  assertOne(setCell(ds, 'T08', '30102', 'amount', wan('90.00')), 't08.hierarchy', {
    severity: 'error',
    locations: [{ table: 'T08', row: '301', column: 'amount' }],
    expected: wan('490.00'),
    actual: wan('500.00'),
    difference: wan('10.00'),
  });
});

test('t08.missing-breakdown: a total given while every 款 amount of its group is blank', () => {
  const found = assertOne(
    setCell(example(), 'T08', '30101', 'amount', wan('530.58')),
    't08.missing-breakdown',
    {
      severity: 'warning',
      locations: [publicLoc],
      actual: wan('100.46'),
    },
  );
  assert.equal(found.params['row'], '公用经费合计');
  let ds = setCell(example(), 'T08', '30101', 'amount', wan('530.58'));
  ds = setCell(ds, 'T08', '30201', 'amount', wan('100.46'));
  assertNone(ds, 't08.missing-breakdown');
});
