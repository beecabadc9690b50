import assert from 'node:assert/strict';
import { test } from 'node:test';
import { example, patch } from '../../../test/helpers.ts';
import type { Dataset } from '../../model/types.ts';
import { runRulesOn } from '../engine.ts';
import type { Rule } from '../types.ts';
import { staffActualMissing, staffAuthorizedMissing, staffBreakdown, staffOverAuthorized } from './staff.ts';

const run = (ds: Dataset, rule: Rule) => runRulesOn(ds, [rule]);
const withStaff = (p: Partial<Dataset['staff']>) => patch(example(), { staff: { ...example().staff, ...p } });

test('d.staff-breakdown: a breakdown not adding up to 编制人数 is an error', () => {
  assert.deepEqual(run(example(), staffBreakdown), []);
  const [f, ...rest] = run(withStaff({ authorized: 60 }), staffBreakdown);
  assert.equal(rest.length, 0);
  assert.equal(f?.rule, 'd.staff-breakdown');
  assert.equal(f?.severity, 'error');
  assert.deepEqual(f?.locations, [{ field: 'staff.authorized' }, { field: 'staff.breakdown' }]);
  assert.equal(f?.expectedText, '58');
  assert.equal(f?.actualText, '60');
});

test('d.staff-authorized-missing and d.staff-actual-missing: blank counts warn', () => {
  assert.deepEqual(run(example(), staffAuthorizedMissing), []);
  assert.deepEqual(run(example(), staffActualMissing), []);
  const [a] = run(withStaff({ authorized: null }), staffAuthorizedMissing);
  assert.equal(a?.rule, 'd.staff-authorized-missing');
  assert.equal(a?.severity, 'warning');
  assert.deepEqual(a?.locations, [{ field: 'staff.authorized' }]);
  const [b, ...rest] = run(withStaff({ actual: null }), staffActualMissing);
  assert.equal(rest.length, 0);
  assert.equal(b?.rule, 'd.staff-actual-missing');
  assert.equal(b?.severity, 'warning');
  assert.deepEqual(b?.locations, [{ field: 'staff.actual' }]);
});

test('d.staff-over-authorized: more staff than posts is a notice', () => {
  assert.deepEqual(run(example(), staffOverAuthorized), []);
  const [f, ...rest] = run(withStaff({ actual: 60 }), staffOverAuthorized);
  assert.equal(rest.length, 0);
  assert.equal(f?.rule, 'd.staff-over-authorized');
  assert.equal(f?.severity, 'notice');
  assert.deepEqual(f?.locations, [{ field: 'staff.actual' }, { field: 'staff.authorized' }]);
  assert.equal(f?.expectedText, '58');
  assert.equal(f?.actualText, '60');
  assert.equal(f?.params['over'], 2);
});
