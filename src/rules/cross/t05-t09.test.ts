import assert from 'node:assert/strict';
import { test } from 'node:test';
import { example, figures, one, setCell, wan } from '../../../test/helpers.ts';
import { runRulesOn } from '../engine.ts';
import {
  T05_T04_LEI,
  T05_T04_TOTAL,
  T05_T06_ROWS,
  T06_T03_BASIC_PROJECT,
  T06_T03_LEI,
  T06_T08_BASIC,
} from './t05-t06.ts';
import { T07_T06_TOTAL, T07_T08_BASIC, T07_T08_ROWS, T09_T06_PROJECT } from './t07-t09.ts';

test('x.t06-t03.lei: T06 类 within the T03 类', () => {
  assert.deepEqual(runRulesOn(example(), [T06_T03_LEI]), []);
  assert.deepEqual(runRulesOn(setCell(example(), 'T06', '210', 'total', wan('10')), [T06_T03_LEI]), []);
  const f = one(runRulesOn(setCell(example(), 'T06', '210', 'total', wan('25')), [T06_T03_LEI]));
  assert.deepEqual(figures(f), {
    rule: 'x.t06-t03.lei',
    severity: 'error',
    locations: [
      { table: 'T06', row: '210', column: 'total' },
      { table: 'T03', row: '210', column: 'total' },
    ],
    expected: wan('20.72'),
    actual: wan('25'),
    difference: wan('4.28'),
  });
});

test('x.t06-t03.basic-project: T06 basic and project within T03', () => {
  assert.deepEqual(runRulesOn(example(), [T06_T03_BASIC_PROJECT]), []);
  const f = one(
    runRulesOn(setCell(example(), 'T06', 'total', 'project', wan('25')), [T06_T03_BASIC_PROJECT]),
  );
  assert.deepEqual(figures(f), {
    rule: 'x.t06-t03.basic-project',
    severity: 'error',
    locations: [
      { table: 'T06', row: 'total', column: 'project' },
      { table: 'T03', row: 'total', column: 'project' },
    ],
    expected: wan('20'),
    actual: wan('25'),
    difference: wan('5'),
  });
  assert.equal(f.params.column, '项目支出');
});

test('x.t06-t08.basic: 631.04 = 530.58 + 100.46 (D7)', () => {
  assert.deepEqual(runRulesOn(example(), [T06_T08_BASIC]), []);
  const f = one(runRulesOn(setCell(example(), 'T08', 'total.public', 'amount', wan('101')), [T06_T08_BASIC]));
  assert.deepEqual(figures(f), {
    rule: 'x.t06-t08.basic',
    severity: 'error',
    locations: [
      { table: 'T06', row: 'total', column: 'basic' },
      { table: 'T08', row: 'total.personnel', column: 'amount' },
      { table: 'T08', row: 'total.public', column: 'amount' },
    ],
    expected: wan('631.58'),
    actual: wan('631.04'),
    difference: wan('-0.54'),
  });
});

test('x.t06-t08.basic: a 0.01 gap between two rounded figures and their total is a notice', () => {
  const f = one(
    runRulesOn(setCell(example(), 'T08', 'total.public', 'amount', wan('100.47')), [T06_T08_BASIC]),
  );
  assert.equal(f.severity, 'notice');
  assert.equal(f.difference, wan('-0.01'));
});

test('x.t05-t04.total: T05 合计 = T04 本年支出合计, column by column (D14)', () => {
  assert.deepEqual(runRulesOn(example(), [T05_T04_TOTAL]), []);
  const f = one(runRulesOn(setCell(example(), 'T05', 'total', 'governmentFund', wan('1')), [T05_T04_TOTAL]));
  assert.deepEqual(figures(f), {
    rule: 'x.t05-t04.total',
    severity: 'error',
    locations: [
      { table: 'T05', row: 'total', column: 'governmentFund' },
      { table: 'T04', row: 'expenditure.total', column: 'governmentFund' },
    ],
    expected: wan('0'),
    actual: wan('1'),
    difference: wan('1'),
  });
});

test('x.t05-t04.lei: T05 类 = T04 类', () => {
  assert.deepEqual(runRulesOn(example(), [T05_T04_LEI]), []);
  const f = one(runRulesOn(setCell(example(), 'T05', '201', 'generalBudget', wan('557')), [T05_T04_LEI]));
  assert.deepEqual(figures(f), {
    rule: 'x.t05-t04.lei',
    severity: 'error',
    locations: [
      { table: 'T05', row: '201', column: 'generalBudget' },
      { table: 'T04', row: '201', column: 'generalBudget' },
    ],
    expected: wan('557.78'),
    actual: wan('557'),
    difference: wan('-0.78'),
  });
});

test('x.t05-t06.rows: the T05 general-budget column = T06, row by row', () => {
  assert.deepEqual(runRulesOn(example(), [T05_T06_ROWS]), []);
  // A 款 row in T05 while T06 lists no 款 at all: the hierarchy rules' concern, not compared here.
  assert.deepEqual(
    runRulesOn(setCell(example(), 'T05', '20103', 'generalBudget', wan('537.77')), [T05_T06_ROWS]),
    [],
  );
  const f = one(
    runRulesOn(setCell(example(), 'T05', '2010350', 'generalBudget', wan('135')), [T05_T06_ROWS]),
  );
  assert.deepEqual(figures(f), {
    rule: 'x.t05-t06.rows',
    severity: 'error',
    locations: [
      { table: 'T05', row: '2010350', column: 'generalBudget' },
      { table: 'T06', row: '2010350', column: 'total' },
    ],
    expected: wan('135.15'),
    actual: wan('135'),
    difference: wan('-0.15'),
  });
});

test('x.t07-t06.total: T07 合计 and 项目支出 = T06', () => {
  assert.deepEqual(runRulesOn(example(), [T07_T06_TOTAL]), []);
  const f = one(runRulesOn(setCell(example(), 'T07', 'total', 'project', wan('21')), [T07_T06_TOTAL]));
  assert.deepEqual(figures(f), {
    rule: 'x.t07-t06.total',
    severity: 'error',
    locations: [
      { table: 'T07', row: 'total', column: 'project' },
      { table: 'T06', row: 'total', column: 'project' },
    ],
    expected: wan('20'),
    actual: wan('21'),
    difference: wan('1'),
  });
});

test('x.t07-t08.basic: T07 人员经费/公用经费 = T08 totals', () => {
  assert.deepEqual(runRulesOn(example(), [T07_T08_BASIC]), []);
  const f = one(runRulesOn(setCell(example(), 'T07', 'total', 'personnel', wan('530')), [T07_T08_BASIC]));
  assert.deepEqual(figures(f), {
    rule: 'x.t07-t08.basic',
    severity: 'error',
    locations: [
      { table: 'T07', row: 'total', column: 'personnel' },
      { table: 'T08', row: 'total.personnel', column: 'amount' },
    ],
    expected: wan('530.58'),
    actual: wan('530'),
    difference: wan('-0.58'),
  });
  assert.equal(f.params.item, '人员经费合计');
});

test('x.t07-t08.rows: personnel + public of a T07 款 = the T08 款', () => {
  assert.deepEqual(runRulesOn(example(), [T07_T08_ROWS]), []);
  const t07 = setCell(example(), 'T07', '30101', 'personnel', wan('100'));
  assert.deepEqual(runRulesOn(setCell(t07, 'T08', '30101', 'amount', wan('100')), [T07_T08_ROWS]), []);
  const f = one(runRulesOn(setCell(t07, 'T08', '30101', 'amount', wan('101')), [T07_T08_ROWS]));
  assert.deepEqual(figures(f), {
    rule: 'x.t07-t08.rows',
    severity: 'error',
    locations: [
      { table: 'T08', row: '30101', column: 'amount' },
      { table: 'T07', row: '30101', column: 'personnel' },
      { table: 'T07', row: '30101', column: 'public' },
    ],
    expected: wan('100'),
    actual: wan('101'),
    difference: wan('1'),
  });
  // T08 款 left blank while T07 has the amount.
  assert.equal(one(runRulesOn(t07, [T07_T08_ROWS])).actual, wan('0'));
});

test('x.t09-t06.project: T09 = the T06 project column', () => {
  assert.deepEqual(runRulesOn(example(), [T09_T06_PROJECT]), []);
  const f = one(runRulesOn(setCell(example(), 'T09', '2011308', 'total', wan('19')), [T09_T06_PROJECT]));
  assert.deepEqual(figures(f), {
    rule: 'x.t09-t06.project',
    severity: 'error',
    locations: [
      { table: 'T09', row: '2011308', column: 'total' },
      { table: 'T06', row: '2011308', column: 'project' },
    ],
    expected: wan('20'),
    actual: wan('19'),
    difference: wan('-1'),
  });
  const missing = one(
    runRulesOn(setCell(example(), 'T06', '2010301', 'project', wan('5')), [T09_T06_PROJECT]),
  );
  assert.deepEqual(
    [missing.locations[0], missing.expected, missing.actual],
    [{ table: 'T09', row: '2010301', column: 'total' }, wan('5'), wan('0')],
  );
});
