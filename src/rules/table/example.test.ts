import assert from 'node:assert/strict';
import { test } from 'node:test';
import { example } from '../../../test/helpers.ts';
import { runRulesOn } from '../engine.ts';
import { EN, ZH } from './messages.ts';
import { RULES } from './rules.ts';

const XIANG = ['2010301', '2010350', '2011308', '2080505', '2101101', '2101102', '2210201'];

/** The rounding gaps of the example: 201 = 402.62 + 135.15 + 20.00 = 557.77 vs 557.78; 210 = 15.24 + 5.49 = 20.73 vs 20.72. */
function roundingNotices(table: 'T03' | 'T05' | 'T06', second: string) {
  const id = `${table.toLowerCase()}.hierarchy`;
  return ['201', '210'].flatMap((row) =>
    ['total', second].map((column) => [id, 'notice', JSON.stringify([{ table, row, column }])]),
  );
}

const EXPECTED = [
  ...roundingNotices('T03', 'basic'),
  ['t03.missing-level', 'warning', JSON.stringify(XIANG.map((row) => ({ table: 'T03', row })))],
  ...roundingNotices('T05', 'generalBudget'),
  ['t05.missing-level', 'warning', JSON.stringify(XIANG.map((row) => ({ table: 'T05', row })))],
  ...roundingNotices('T06', 'basic'),
  ['t06.missing-level', 'warning', JSON.stringify(XIANG.map((row) => ({ table: 'T06', row })))],
  ['t09.missing-level', 'warning', JSON.stringify([{ table: 'T09', row: '2011308' }])],
  ['t07.missing-breakdown', 'warning', JSON.stringify([{ table: 'T07', row: 'total' }])],
  [
    't08.missing-breakdown',
    'warning',
    JSON.stringify([{ table: 'T08', row: 'total.personnel', column: 'amount' }]),
  ],
  [
    't08.missing-breakdown',
    'warning',
    JSON.stringify([{ table: 'T08', row: 'total.public', column: 'amount' }]),
  ],
];

test('all table rules on the unmodified example: rounding notices and missing-detail warnings only', () => {
  const found = runRulesOn(example(), RULES);
  assert.deepEqual(
    found.map((f) => [f.rule, f.severity, JSON.stringify(f.locations)]),
    EXPECTED,
  );
  for (const f of found.filter((x) => x.rule.endsWith('.hierarchy'))) {
    assert.equal(Math.abs(f.difference ?? 0), 10000, 'each gap is 0.01万元');
    assert.ok(f.rounding, 'and lies inside the rounding envelope');
  }
  assert.equal(found.filter((f) => f.severity === 'error').length, 0);
});

test('the table family: ≥ 35 rules, unique ids, a Chinese and an English message for each', () => {
  const ids = RULES.map((r) => r.id);
  assert.ok(ids.length >= 35);
  assert.equal(new Set(ids).size, ids.length);
  for (const id of ids) {
    assert.ok(ZH[id], `zh message for ${id}`);
    assert.ok(EN[id], `en message for ${id}`);
    assert.match(id, /^(t\d\d|amount|code)\.[a-z-]+$/);
  }
  assert.deepEqual(Object.keys(ZH).sort(), [...ids].sort());
  assert.deepEqual(Object.keys(EN).sort(), [...ids].sort());
});
