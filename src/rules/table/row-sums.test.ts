import { test } from 'node:test';
import { example, setCell, wan } from '../../../test/helpers.ts';
import type { Dataset } from '../../model/types.ts';
import { assertNone, assertOne } from './testing.ts';

test('t02.row-sum: 本年收入合计 = the six income sources', () => {
  assertNone(example(), 't02.row-sum');
  assertOne(setCell(example(), 'T02', 'total', 'other', wan('1.00')), 't02.row-sum', {
    severity: 'error',
    locations: [{ table: 'T02', row: 'total', column: 'total' }],
    expected: wan('652.04'),
    actual: wan('651.04'),
    difference: wan('-1.00'),
  });
});

test('t03.row-sum: 本年支出合计 = 基本 + 项目 + 上缴上级 + 经营 + 对附属单位补助', () => {
  assertNone(example(), 't03.row-sum');
  assertOne(setCell(example(), 'T03', '2010301', 'basic', wan('400.00')), 't03.row-sum', {
    severity: 'error',
    locations: [{ table: 'T03', row: '2010301', column: 'total' }],
    expected: wan('400.00'),
    actual: wan('402.62'),
    difference: wan('2.62'),
  });
});

test('t05.row-sum: 合计 = the three funds', () => {
  assertNone(example(), 't05.row-sum');
  assertOne(setCell(example(), 'T05', '201', 'governmentFund', wan('1.00')), 't05.row-sum', {
    severity: 'error',
    locations: [{ table: 'T05', row: '201', column: 'total' }],
    expected: wan('558.78'),
    actual: wan('557.78'),
    difference: wan('-1.00'),
  });
});

test('t06.row-sum: 合计 = 基本支出 + 项目支出', () => {
  assertNone(example(), 't06.row-sum');
  assertOne(setCell(example(), 'T06', '2010301', 'basic', wan('400.00')), 't06.row-sum', {
    severity: 'error',
    locations: [{ table: 'T06', row: '2010301', column: 'total' }],
    expected: wan('400.00'),
    actual: wan('402.62'),
    difference: wan('2.62'),
  });
});

test('t07.row-sum: 合计 = 人员经费 + 公用经费 + 项目支出', () => {
  assertNone(example(), 't07.row-sum');
  assertOne(setCell(example(), 'T07', 'total', 'personnel', wan('530.00')), 't07.row-sum', {
    severity: 'error',
    locations: [{ table: 'T07', row: 'total', column: 'total' }],
    expected: wan('650.46'),
    actual: wan('651.04'),
    difference: wan('0.58'),
  });
});

/** A fund table (T10/T11) row 2296003 with the given cells. */
function fundRow(table: 'T10' | 'T11', cells: Record<string, string>): Dataset {
  let ds = example();
  for (const [col, v] of Object.entries(cells)) ds = setCell(ds, table, '2296003', col, wan(v));
  return ds;
}

const BALANCED = { opening: '1.00', income: '10.00', expenditure: '8.00', basic: '3.00', project: '5.00' };

for (const table of ['T10', 'T11'] as const) {
  const id = table.toLowerCase();

  test(`${id}.row-balance: 年初 + 本年收入 − 本年支出 = 年末`, () => {
    assertNone(example(), `${id}.row-balance`);
    assertNone(fundRow(table, { ...BALANCED, closing: '3.00' }), `${id}.row-balance`);
    // a negative closing balance is legitimate when it balances
    assertNone(fundRow(table, { ...BALANCED, income: '6.00', closing: '-1.00' }), `${id}.row-balance`);
    assertOne(fundRow(table, { ...BALANCED, closing: '4.00' }), `${id}.row-balance`, {
      severity: 'error',
      locations: [{ table, row: '2296003', column: 'closing' }],
      expected: wan('3.00'),
      actual: wan('4.00'),
      difference: wan('1.00'),
    });
  });

  test(`${id}.expenditure-split: 本年支出 = 基本支出 + 项目支出`, () => {
    assertNone(fundRow(table, { ...BALANCED, closing: '3.00' }), `${id}.expenditure-split`);
    assertOne(fundRow(table, { ...BALANCED, project: '6.00' }), `${id}.expenditure-split`, {
      severity: 'error',
      locations: [{ table, row: '2296003', column: 'expenditure' }],
      expected: wan('9.00'),
      actual: wan('8.00'),
      difference: wan('-1.00'),
    });
  });
}

test('t12.row-sum: 合计 = 基本支出 + 项目支出', () => {
  let ds = setCell(example(), 'T12', '2230199', 'total', wan('5.00'));
  ds = setCell(ds, 'T12', '2230199', 'basic', wan('2.00'));
  assertNone(setCell(ds, 'T12', '2230199', 'project', wan('3.00')), 't12.row-sum');
  assertOne(setCell(ds, 'T12', '2230199', 'project', wan('3.50')), 't12.row-sum', {
    severity: 'error',
    locations: [{ table: 'T12', row: '2230199', column: 'total' }],
    expected: wan('5.50'),
    actual: wan('5.00'),
    difference: wan('-0.50'),
  });
});
