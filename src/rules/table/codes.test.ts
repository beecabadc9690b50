import assert from 'node:assert/strict';
import { test } from 'node:test';
import { example, setCell, setRowName, wan } from '../../../test/helpers.ts';
import { assertNone, assertOne } from './testing.ts';

test('code.level: a code of a length the table does not list', () => {
  assertNone(example(), 'code.level');
  assertOne(setCell(example(), 'T06', '20103011', 'total', wan('1.00')), 'code.level', {
    severity: 'error',
    locations: [{ table: 'T06', row: '20103011' }],
  });
  // T01 lists 功能分类 类 rows only
  assertOne(setCell(example(), 'T01', '20103', 'amount', wan('1.00')), 'code.level', {
    severity: 'error',
    locations: [{ table: 'T01', row: '20103' }],
  });
  // T08 is keyed by 经济分类 类/款 (3/5 digits)
  assertOne(setCell(example(), 'T08', '2010301', 'amount', wan('1.00')), 'code.level', {
    severity: 'error',
    locations: [{ table: 'T08', row: '2010301' }],
  });
});

test('code.classification: an economic code in a functional table and vice versa', () => {
  assertNone(example(), 'code.classification');
  assertOne(setCell(example(), 'T06', '30101', 'total', wan('1.00')), 'code.classification', {
    severity: 'error',
    locations: [{ table: 'T06', row: '30101' }],
  });
  assertOne(setCell(example(), 'T08', '20103', 'amount', wan('1.00')), 'code.classification', {
    severity: 'error',
    locations: [{ table: 'T08', row: '20103' }],
  });
});

test('code.unknown: a well-formed code not in the year catalogue is a warning', () => {
  assertNone(example(), 'code.unknown');
  const f = assertOne(setCell(example(), 'T06', '2019999', 'total', wan('1.00')), 'code.unknown', {
    severity: 'warning',
    locations: [{ table: 'T06', row: '2019999' }],
  });
  assert.equal(f.params['year'], 2022);
});

test('code.name-mismatch: 2210201 printed as 医疗保险', () => {
  assertNone(example(), 'code.name-mismatch');
  const f = assertOne(setRowName(example(), 'T06', '2210201', '医疗保险'), 'code.name-mismatch', {
    severity: 'error',
    locations: [{ table: 'T06', row: '2210201' }],
  });
  assert.equal(f.expectedText, '住房公积金');
  assert.equal(f.actualText, '医疗保险');
});

test('code.name-mismatch: names are compared after normalisation; empty names are not checked', () => {
  assertNone(setRowName(example(), 'T08', '30213', '维修(护)费'), 'code.name-mismatch');
  assertNone(setRowName(example(), 'T06', '2210201', ''), 'code.name-mismatch');
  // economic tables are checked against the economic catalogue
  assertOne(setRowName(example(), 'T08', '30113', '住房补贴'), 'code.name-mismatch', {
    severity: 'error',
    locations: [{ table: 'T08', row: '30113' }],
  });
});

test('code.obsolete-name: 210 printed with its former name 医疗卫生与计划生育支出', () => {
  assertNone(example(), 'code.obsolete-name');
  const f = assertOne(setRowName(example(), 'T01', '210', '医疗卫生与计划生育支出'), 'code.obsolete-name', {
    severity: 'error',
    locations: [{ table: 'T01', row: '210' }],
  });
  assert.equal(f.expectedText, '卫生健康支出');
  assert.equal(f.actualText, '医疗卫生与计划生育支出');
  assertNone(setRowName(example(), 'T01', '210', '医疗卫生与计划生育支出'), 'code.name-mismatch');
});
