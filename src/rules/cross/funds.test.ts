import assert from 'node:assert/strict';
import { test } from 'node:test';
import { example, figures, one, patch, setCell, setTable, wan } from '../../../test/helpers.ts';
import { runRulesOn } from '../engine.ts';
import {
  T05_T10_ROWS,
  T05_T11_ROWS,
  T10_T04_GOVERNMENT_FUND,
  T11_T04_STATE_CAPITAL,
  T12_T11_EXPENDITURE,
} from './funds.ts';

test('x.t10-t04.government-fund: the empty T10 agrees with the zero fund columns of T04', () => {
  assert.deepEqual(runRulesOn(example(), [T10_T04_GOVERNMENT_FUND]), []);
});

test('x.t10-t04.government-fund: T10 本年收入 against T04 (D12)', () => {
  const ds = setCell(example(), 'T10', 'total', 'income', wan('10'));
  const f = one(runRulesOn(ds, [T10_T04_GOVERNMENT_FUND]));
  assert.deepEqual(figures(f), {
    rule: 'x.t10-t04.government-fund',
    severity: 'error',
    locations: [
      { table: 'T10', row: 'total', column: 'income' },
      { table: 'T04', row: 'income.governmentFund', column: 'amount' },
    ],
    expected: wan('0'),
    actual: wan('10'),
    difference: wan('10'),
  });
  assert.equal(f.params.column, '本年收入');
});

test('x.t10-t04.government-fund: without a 合计 row the 类 rows are summed (rounding envelope)', () => {
  let ds = setCell(example(), 'T10', '212', 'income', wan('10'));
  ds = setCell(ds, 'T10', '213', 'income', wan('5'));
  assert.equal(
    runRulesOn(setCell(ds, 'T04', 'income.governmentFund', 'amount', wan('15')), [T10_T04_GOVERNMENT_FUND])
      .length,
    0,
  );
  const notice = one(
    runRulesOn(setCell(ds, 'T04', 'income.governmentFund', 'amount', wan('15.01')), [
      T10_T04_GOVERNMENT_FUND,
    ]),
  );
  assert.equal(notice.severity, 'notice');
  const f = one(
    runRulesOn(setCell(ds, 'T04', 'income.governmentFund', 'amount', wan('15.02')), [
      T10_T04_GOVERNMENT_FUND,
    ]),
  );
  assert.deepEqual(
    [f.severity, f.expected, f.actual, f.difference],
    ['error', wan('15.02'), wan('15'), wan('-0.02')],
  );
});

test('x.t10-t04.government-fund: a table declared empty while T04 shows fund spending', () => {
  let ds = setTable(example(), 'T10', undefined);
  ds = patch(ds, { emptyTables: { T10: '本单位无政府性基金预算财政拨款收入、支出。' } });
  ds = setCell(ds, 'T04', 'expenditure.total', 'governmentFund', wan('5'));
  assert.deepEqual(figures(one(runRulesOn(ds, [T10_T04_GOVERNMENT_FUND]))), {
    rule: 'x.t10-t04.government-fund',
    severity: 'error',
    locations: [
      { table: 'T10', row: 'total', column: 'expenditure' },
      { table: 'T04', row: 'expenditure.total', column: 'governmentFund' },
    ],
    expected: wan('5'),
    actual: wan('0'),
    difference: wan('-5'),
  });
});

test('x.t10-t04.government-fund: each 类 of T10 against the T04 fund column', () => {
  let ds = setCell(example(), 'T10', '212', 'expenditure', wan('3'));
  ds = setCell(ds, 'T04', 'expenditure.total', 'governmentFund', wan('3'));
  ds = setCell(ds, 'T04', '212', 'governmentFund', wan('3'));
  assert.deepEqual(runRulesOn(ds, [T10_T04_GOVERNMENT_FUND]), []);
  const f = one(runRulesOn(setCell(ds, 'T04', '212', 'governmentFund', wan('2')), [T10_T04_GOVERNMENT_FUND]));
  assert.deepEqual(f.locations, [
    { table: 'T10', row: '212', column: 'expenditure' },
    { table: 'T04', row: '212', column: 'governmentFund' },
  ]);
});

test('x.t11-t04.state-capital (D13)', () => {
  assert.deepEqual(runRulesOn(example(), [T11_T04_STATE_CAPITAL]), []);
  const ds = setCell(example(), 'T04', 'expenditure.total', 'stateCapital', wan('3'));
  assert.deepEqual(figures(one(runRulesOn(ds, [T11_T04_STATE_CAPITAL]))), {
    rule: 'x.t11-t04.state-capital',
    severity: 'error',
    locations: [
      { table: 'T11', row: 'total', column: 'expenditure' },
      { table: 'T04', row: 'expenditure.total', column: 'stateCapital' },
    ],
    expected: wan('3'),
    actual: wan('0'),
    difference: wan('-3'),
  });
});

test('x.t12-t11.expenditure: T12 rows = T11 本年支出 rows (D13)', () => {
  assert.deepEqual(runRulesOn(example(), [T12_T11_EXPENDITURE]), []);
  let ds = setCell(example(), 'T11', 'total', 'expenditure', wan('5'));
  ds = setCell(ds, 'T11', 'total', 'basic', wan('5'));
  ds = setCell(ds, 'T12', 'total', 'total', wan('5'));
  ds = setCell(ds, 'T12', 'total', 'basic', wan('5'));
  assert.deepEqual(runRulesOn(ds, [T12_T11_EXPENDITURE]), []);
  const f = one(runRulesOn(setCell(ds, 'T12', 'total', 'basic', wan('4')), [T12_T11_EXPENDITURE]));
  assert.deepEqual(figures(f), {
    rule: 'x.t12-t11.expenditure',
    severity: 'error',
    locations: [
      { table: 'T12', row: 'total', column: 'basic' },
      { table: 'T11', row: 'total', column: 'basic' },
    ],
    expected: wan('5'),
    actual: wan('4'),
    difference: wan('-1'),
  });
});

test('x.t05-t10.rows: the T05 government-fund column = T10 本年支出', () => {
  assert.deepEqual(runRulesOn(example(), [T05_T10_ROWS]), []);
  const ds = setCell(example(), 'T05', '212', 'governmentFund', wan('8'));
  assert.deepEqual(runRulesOn(setCell(ds, 'T10', '212', 'expenditure', wan('8')), [T05_T10_ROWS]), []);
  assert.deepEqual(
    figures(one(runRulesOn(setCell(ds, 'T10', '212', 'expenditure', wan('7')), [T05_T10_ROWS]))),
    {
      rule: 'x.t05-t10.rows',
      severity: 'error',
      locations: [
        { table: 'T05', row: '212', column: 'governmentFund' },
        { table: 'T10', row: '212', column: 'expenditure' },
      ],
      expected: wan('7'),
      actual: wan('8'),
      difference: wan('1'),
    },
  );
});

test('x.t05-t11.rows: the T05 state-capital column = T11 本年支出', () => {
  assert.deepEqual(runRulesOn(example(), [T05_T11_ROWS]), []);
  const ds = setCell(example(), 'T05', '223', 'stateCapital', wan('2'));
  assert.deepEqual(runRulesOn(setCell(ds, 'T11', '223', 'expenditure', wan('2')), [T05_T11_ROWS]), []);
  assert.deepEqual(
    figures(one(runRulesOn(setCell(ds, 'T11', '223', 'expenditure', wan('2.5')), [T05_T11_ROWS]))),
    {
      rule: 'x.t05-t11.rows',
      severity: 'error',
      locations: [
        { table: 'T05', row: '223', column: 'stateCapital' },
        { table: 'T11', row: '223', column: 'expenditure' },
      ],
      expected: wan('2.5'),
      actual: wan('2'),
      difference: wan('-0.5'),
    },
  );
});
