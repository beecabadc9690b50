import assert from 'node:assert/strict';
import { test } from 'node:test';
import { example, patch, setCell, wan } from '../../../test/helpers.ts';
import type { Dataset, PriorYear } from '../../model/types.ts';
import { fen } from '../../money/index.ts';
import { runRulesOn } from '../engine.ts';
import type { Rule } from '../types.ts';
import {
  budgetMissing,
  budgetVarianceReason,
  changeReason,
  noBudgetCompletion,
  priorMissing,
  zeroBase,
} from './changes.ts';

const run = (ds: Dataset, rule: Rule) => runRulesOn(ds, [rule]);
const withPrior = (ds: Dataset, p: Partial<PriorYear>) => patch(ds, { priorYear: { ...ds.priorYear, ...p } });
const withBudgetItem = (ds: Dataset, code: string, v: ReturnType<typeof wan> | null | undefined) => {
  const items = { ...ds.budget.generalBudgetItems };
  if (v === undefined) delete items[code];
  else items[code] = v;
  return patch(ds, { budget: { ...ds.budget, generalBudgetItems: items } });
};

test('c.prior-missing: a blank prior-year figure the report compares with warns', () => {
  assert.deepEqual(run(example(), priorMissing), []);
  const [f, ...rest] = run(withPrior(example(), { grandTotal: null }), priorMissing);
  assert.equal(rest.length, 0);
  assert.equal(f?.rule, 'c.prior-missing');
  assert.equal(f?.severity, 'warning');
  assert.deepEqual(f?.locations, [
    { field: 'priorYear.grandTotal' },
    { table: 'T01', row: 'income.grandTotal', column: 'amount' },
  ]);
  assert.equal(f?.actual, wan('651.04'));
  // a comparison the report does not require (本年收入合计) is not reported
  assert.deepEqual(run(withPrior(example(), { incomeTotal: null }), priorMissing), []);
});

test('c.change-reason: a change of 30.07% without its reason warns', () => {
  assert.deepEqual(run(example(), changeReason), []);
  const ex = example();
  const { grandTotal: _g, ...changes } = ex.reasons.changes;
  const [f, ...rest] = run(patch(ex, { reasons: { ...ex.reasons, changes } }), changeReason);
  assert.equal(rest.length, 0);
  assert.equal(f?.rule, 'c.change-reason');
  assert.equal(f?.severity, 'warning');
  assert.deepEqual(f?.locations, [
    { field: 'reasons.changes.grandTotal' },
    { table: 'T01', row: 'income.grandTotal', column: 'amount' },
    { field: 'priorYear.grandTotal' },
  ]);
  assert.equal(f?.expected, wan('930.98'));
  assert.equal(f?.actual, wan('651.04'));
  assert.equal(f?.difference, wan('-279.94'));
  assert.equal(f?.params['rate'], '30.07%');
});

test('c.change-reason: the 10% threshold on the printed rate, and a zero base needs a reason', () => {
  // basic 631.04 vs 700.00: 9.85% — no reason needed
  assert.deepEqual(run(withPrior(example(), { basic: wan('700.00') }), changeReason), []);
  // basic 631.04 vs 701.16: 10.00% — reason needed
  const [f] = run(withPrior(example(), { basic: wan('701.16') }), changeReason);
  assert.equal(f?.rule, 'c.change-reason');
  assert.deepEqual(f?.locations[0], { field: 'reasons.changes.basic' });
  assert.equal(f?.params['rate'], '10.00%');
  assert.equal(f?.difference, wan('-70.12'));
  const [z, ...rest] = run(withPrior(example(), { incomeTotal: fen(0) }), changeReason);
  assert.equal(rest.length, 0);
  assert.deepEqual(z?.locations[0], { field: 'reasons.changes.incomeTotal' });
  assert.equal(z?.params['rate'], '—');
});

test('c.zero-base: a prior-year 0 is a notice (no growth rate)', () => {
  assert.deepEqual(run(example(), zeroBase), []);
  const [f, ...rest] = run(withPrior(example(), { incomeTotal: fen(0) }), zeroBase);
  assert.equal(rest.length, 0);
  assert.equal(f?.rule, 'c.zero-base');
  assert.equal(f?.severity, 'notice');
  assert.deepEqual(f?.locations, [
    { field: 'priorYear.incomeTotal' },
    { table: 'T01', row: 'income.total', column: 'amount' },
  ]);
  assert.equal(f?.actual, wan('651.04'));
  const ex = example();
  const sg = withPrior(ex, { sangong: { ...ex.priorYear.sangong, reception: fen(0) } });
  const [s] = run(sg, zeroBase);
  assert.deepEqual(s?.locations, [
    { field: 'priorYear.sangong.reception' },
    { table: 'T13', row: 'amount', column: 'actual.reception' },
  ]);
  assert.equal(s?.actual, wan('18.07'));
});

test('c.budget-missing: a T06 项 without its 年初预算 warns', () => {
  assert.deepEqual(run(example(), budgetMissing), []);
  const [f, ...rest] = run(withBudgetItem(example(), '2101102', undefined), budgetMissing);
  assert.equal(rest.length, 0);
  assert.equal(f?.rule, 'c.budget-missing');
  assert.equal(f?.severity, 'warning');
  assert.deepEqual(f?.locations, [
    { table: 'T06', row: '2101102', column: 'total' },
    { field: 'budget.generalBudgetItems.2101102' },
  ]);
  assert.equal(f?.actual, wan('5.49'));
  assert.equal(f?.params['row'], '2101102 事业单位医疗');
  const noTotal = patch(example(), { budget: { ...example().budget, generalBudgetTotal: null } });
  const [t] = run(noTotal, budgetMissing);
  assert.deepEqual(t?.locations, [
    { table: 'T06', row: 'total', column: 'total' },
    { field: 'budget.generalBudgetTotal' },
  ]);
});

test('c.budget-variance-reason: 决算 ≠ 年初预算 without a reason warns; with a reason passes', () => {
  assert.deepEqual(run(example(), budgetVarianceReason), []);
  const varied = withBudgetItem(example(), '2010301', wan('410.00'));
  const [f, ...rest] = run(varied, budgetVarianceReason);
  assert.equal(rest.length, 0);
  assert.equal(f?.rule, 'c.budget-variance-reason');
  assert.equal(f?.severity, 'warning');
  assert.deepEqual(f?.locations, [
    { table: 'T06', row: '2010301', column: 'total' },
    { field: 'reasons.budgetVariance.2010301' },
  ]);
  assert.equal(f?.expected, wan('410.00'));
  assert.equal(f?.actual, wan('402.62'));
  assert.equal(f?.difference, wan('-7.38'));
  const explained = patch(varied, {
    reasons: { ...varied.reasons, budgetVariance: { '2010301': '人员减少。' } },
  });
  assert.deepEqual(run(explained, budgetVarianceReason), []);
});

test('c.no-budget-completion: 决算 > 0 with budget 0 is a notice (三公 item and T06 项)', () => {
  assert.deepEqual(run(example(), noBudgetCompletion), []);
  const sg = setCell(example(), 'T13', 'amount', 'budget.reception', fen(0));
  const [f, ...rest] = run(sg, noBudgetCompletion);
  assert.equal(rest.length, 0);
  assert.equal(f?.rule, 'c.no-budget-completion');
  assert.equal(f?.severity, 'notice');
  assert.deepEqual(f?.locations, [
    { table: 'T13', row: 'amount', column: 'budget.reception' },
    { table: 'T13', row: 'amount', column: 'actual.reception' },
  ]);
  assert.equal(f?.actual, wan('18.07'));
  const [x] = run(withBudgetItem(example(), '2011308', fen(0)), noBudgetCompletion);
  assert.deepEqual(x?.locations, [
    { table: 'T06', row: '2011308', column: 'total' },
    { field: 'budget.generalBudgetItems.2011308' },
  ]);
  assert.equal(x?.actual, wan('20.00'));
});
