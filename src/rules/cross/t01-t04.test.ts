import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dropRow, example, figures, one, setCell, wan } from '../../../test/helpers.ts';
import { runRulesOn } from '../engine.ts';
import {
  T01_T02_INCOME_SOURCES,
  T01_T02_INCOME_TOTAL,
  T01_T03_EXPENDITURE_TOTAL,
  T01_T03_LEI,
  T01_T04_BALANCES,
  T04_T01_FISCAL_INCOME,
  T04_T02_FISCAL_INCOME,
  T04_T06_GENERAL_BUDGET,
} from './t01-t04.ts';

test('x.t01-t02.income-total: equal on the example, a 0.01 gap is an error', () => {
  assert.deepEqual(runRulesOn(example(), [T01_T02_INCOME_TOTAL]), []);
  const ds = setCell(example(), 'T02', 'total', 'total', wan('651.05'));
  assert.deepEqual(figures(one(runRulesOn(ds, [T01_T02_INCOME_TOTAL]))), {
    rule: 'x.t01-t02.income-total',
    severity: 'error',
    locations: [
      { table: 'T01', row: 'income.total', column: 'amount' },
      { table: 'T02', row: 'total', column: 'total' },
    ],
    expected: wan('651.04'),
    actual: wan('651.05'),
    difference: wan('0.01'),
  });
});

test('x.t01-t02.income-sources: fiscal income is the sum of T01 items 1–3', () => {
  assert.deepEqual(runRulesOn(example(), [T01_T02_INCOME_SOURCES]), []);
  const ds = setCell(example(), 'T02', 'total', 'fiscal', wan('651.06'));
  assert.deepEqual(figures(one(runRulesOn(ds, [T01_T02_INCOME_SOURCES]))), {
    rule: 'x.t01-t02.income-sources',
    severity: 'error',
    locations: [
      { table: 'T01', row: 'income.generalBudget', column: 'amount' },
      { table: 'T01', row: 'income.governmentFund', column: 'amount' },
      { table: 'T01', row: 'income.stateCapital', column: 'amount' },
      { table: 'T02', row: 'total', column: 'fiscal' },
    ],
    expected: wan('651.04'),
    actual: wan('651.06'),
    difference: wan('0.02'),
  });
});

test('x.t01-t02.income-sources: a 0.01 gap on a sum of three rounded items is a notice', () => {
  const ds = setCell(example(), 'T01', 'income.governmentFund', 'amount', wan('0.01'));
  const f = one(runRulesOn(ds, [T01_T02_INCOME_SOURCES]));
  assert.equal(f.severity, 'notice');
  assert.deepEqual([f.expected, f.actual, f.difference], [wan('651.05'), wan('651.04'), wan('-0.01')]);
  assert.deepEqual(f.rounding, { parts: 3, envelope: wan('0.015') });
});

test('x.t01-t02.income-sources: same-named items must agree', () => {
  const ds = setCell(example(), 'T02', 'total', 'superior', wan('5'));
  const f = one(runRulesOn(ds, [T01_T02_INCOME_SOURCES]));
  assert.deepEqual(figures(f), {
    rule: 'x.t01-t02.income-sources',
    severity: 'error',
    locations: [
      { table: 'T01', row: 'income.superior', column: 'amount' },
      { table: 'T02', row: 'total', column: 'superior' },
    ],
    expected: wan('0'),
    actual: wan('5'),
    difference: wan('5'),
  });
  assert.equal(f.params.item, '上级补助收入');
});

test('x.t01-t03.expenditure-total', () => {
  assert.deepEqual(runRulesOn(example(), [T01_T03_EXPENDITURE_TOTAL]), []);
  const ds = setCell(example(), 'T03', 'total', 'total', wan('650.04'));
  assert.deepEqual(figures(one(runRulesOn(ds, [T01_T03_EXPENDITURE_TOTAL]))), {
    rule: 'x.t01-t03.expenditure-total',
    severity: 'error',
    locations: [
      { table: 'T01', row: 'expenditure.total', column: 'amount' },
      { table: 'T03', row: 'total', column: 'total' },
    ],
    expected: wan('651.04'),
    actual: wan('650.04'),
    difference: wan('-1'),
  });
});

test('x.t01-t03.lei: each 类 of T01 equals the T03 类 (C4, the 326.71/326.72 defect)', () => {
  assert.deepEqual(runRulesOn(example(), [T01_T03_LEI]), []);
  const ds = setCell(example(), 'T03', '210', 'total', wan('20.73'));
  const f = one(runRulesOn(ds, [T01_T03_LEI]));
  assert.deepEqual(figures(f), {
    rule: 'x.t01-t03.lei',
    severity: 'error',
    locations: [
      { table: 'T01', row: '210', column: 'amount' },
      { table: 'T03', row: '210', column: 'total' },
    ],
    expected: wan('20.72'),
    actual: wan('20.73'),
    difference: wan('0.01'),
  });
  assert.equal(f.params.row, '210 卫生健康支出');
});

test('x.t01-t03.lei: a 类 missing from either table', () => {
  const missing = one(runRulesOn(dropRow(example(), 'T03', '221'), [T01_T03_LEI]));
  assert.deepEqual(
    [missing.locations, missing.expected, missing.actual],
    [
      [
        { table: 'T01', row: '221', column: 'amount' },
        { table: 'T03', row: '221', column: 'total' },
      ],
      wan('31.09'),
      wan('0'),
    ],
  );
  const extra = one(runRulesOn(setCell(example(), 'T03', '212', 'total', wan('5')), [T01_T03_LEI]));
  assert.deepEqual(
    [extra.locations[1], extra.expected, extra.actual],
    [{ table: 'T03', row: '212', column: 'total' }, wan('0'), wan('5')],
  );
});

test('x.t01-t04.balances: T04 appropriation balances within T01 balances (D10)', () => {
  assert.deepEqual(runRulesOn(example(), [T01_T04_BALANCES]), []);
  const ds = setCell(example(), 'T04', 'expenditure.closing', 'total', wan('1'));
  assert.deepEqual(figures(one(runRulesOn(ds, [T01_T04_BALANCES]))), {
    rule: 'x.t01-t04.balances',
    severity: 'error',
    locations: [
      { table: 'T01', row: 'expenditure.closing', column: 'amount' },
      { table: 'T04', row: 'expenditure.closing', column: 'total' },
    ],
    expected: wan('0'),
    actual: wan('1'),
    difference: wan('1'),
  });
  const ok = setCell(
    setCell(example(), 'T01', 'income.opening', 'amount', wan('3')),
    'T04',
    'income.opening',
    'amount',
    wan('2'),
  );
  assert.deepEqual(runRulesOn(ok, [T01_T04_BALANCES]), []);
});

test('x.t04-t01.fiscal-income: T04 income total = T01 rows 1+2+3 (D4)', () => {
  assert.deepEqual(runRulesOn(example(), [T04_T01_FISCAL_INCOME]), []);
  const ds = setCell(example(), 'T04', 'income.total', 'amount', wan('651'));
  assert.deepEqual(figures(one(runRulesOn(ds, [T04_T01_FISCAL_INCOME]))), {
    rule: 'x.t04-t01.fiscal-income',
    severity: 'error',
    locations: [
      { table: 'T01', row: 'income.generalBudget', column: 'amount' },
      { table: 'T01', row: 'income.governmentFund', column: 'amount' },
      { table: 'T01', row: 'income.stateCapital', column: 'amount' },
      { table: 'T04', row: 'income.total', column: 'amount' },
    ],
    expected: wan('651.04'),
    actual: wan('651'),
    difference: wan('-0.04'),
  });
});

test('x.t04-t01.fiscal-income: each fund line is the same figure as in T01', () => {
  const ds = setCell(example(), 'T04', 'income.generalBudget', 'amount', wan('651.03'));
  const f = one(runRulesOn(ds, [T04_T01_FISCAL_INCOME]));
  assert.deepEqual(figures(f), {
    rule: 'x.t04-t01.fiscal-income',
    severity: 'error',
    locations: [
      { table: 'T01', row: 'income.generalBudget', column: 'amount' },
      { table: 'T04', row: 'income.generalBudget', column: 'amount' },
    ],
    expected: wan('651.04'),
    actual: wan('651.03'),
    difference: wan('-0.01'),
  });
  assert.equal(f.params.item, '一、一般公共预算财政拨款');
});

test('x.t04-t02.fiscal-income', () => {
  assert.deepEqual(runRulesOn(example(), [T04_T02_FISCAL_INCOME]), []);
  const ds = setCell(example(), 'T02', 'total', 'fiscal', wan('650'));
  assert.deepEqual(figures(one(runRulesOn(ds, [T04_T02_FISCAL_INCOME]))), {
    rule: 'x.t04-t02.fiscal-income',
    severity: 'error',
    locations: [
      { table: 'T04', row: 'income.total', column: 'amount' },
      { table: 'T02', row: 'total', column: 'fiscal' },
    ],
    expected: wan('651.04'),
    actual: wan('650'),
    difference: wan('-1.04'),
  });
});

test('x.t04-t06.general-budget: total and each 类 (D5)', () => {
  assert.deepEqual(runRulesOn(example(), [T04_T06_GENERAL_BUDGET]), []);
  const lei = one(
    runRulesOn(setCell(example(), 'T06', '208', 'total', wan('41.46')), [T04_T06_GENERAL_BUDGET]),
  );
  assert.deepEqual(figures(lei), {
    rule: 'x.t04-t06.general-budget',
    severity: 'error',
    locations: [
      { table: 'T04', row: '208', column: 'generalBudget' },
      { table: 'T06', row: '208', column: 'total' },
    ],
    expected: wan('41.45'),
    actual: wan('41.46'),
    difference: wan('0.01'),
  });
  const total = one(
    runRulesOn(setCell(example(), 'T04', 'expenditure.total', 'generalBudget', wan('651')), [
      T04_T06_GENERAL_BUDGET,
    ]),
  );
  assert.deepEqual(figures(total), {
    rule: 'x.t04-t06.general-budget',
    severity: 'error',
    locations: [
      { table: 'T04', row: 'expenditure.total', column: 'generalBudget' },
      { table: 'T06', row: 'total', column: 'total' },
    ],
    expected: wan('651'),
    actual: wan('651.04'),
    difference: wan('0.04'),
  });
});
