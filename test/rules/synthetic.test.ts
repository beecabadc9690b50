/**
 * No false alarms: consistent synthetic departments, exact (元) or with every figure rounded to
 * 0.01万元 one by one as published, never produce an error finding.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runRules } from '../../src/rules/engine.ts';
import { synthDataset } from '../synth.ts';

test('300 consistent departments in 元 have no error or warning finding', () => {
  for (let seed = 1; seed <= 300; seed++) {
    const fs = runRules(synthDataset({ seed })).filter((f) => f.severity !== 'notice');
    assert.deepEqual(
      fs.map((f) => `${f.rule} ${JSON.stringify(f.locations)}`),
      [],
      `seed ${seed}`,
    );
  }
});

test('300 consistent departments rounded to 0.01万元 have no error finding; gaps are rounding notices', () => {
  let notices = 0;
  for (let seed = 1; seed <= 300; seed++) {
    const fs = runRules(synthDataset({ seed, rounded: true }));
    const errors = fs.filter((f) => f.severity === 'error');
    assert.deepEqual(
      errors.map((f) => `${f.rule} ${JSON.stringify(f.locations)} ${f.difference}`),
      [],
      `seed ${seed}`,
    );
    notices += fs.filter((f) => f.rounding).length;
  }
  assert.ok(notices > 0, 'rounding produces gaps, reported as notices');
});
