import assert from 'node:assert/strict';
import { test } from 'node:test';
import { example, setCell, wan } from '../../../test/helpers.ts';
import { runRules, runRulesOn } from '../engine.ts';
import { formatFinding } from '../format.ts';
import { EN, ZH } from './messages.ts';
import { RULES } from './rules.ts';

test('cross: every family rule on the unmodified example — no finding', () => {
  // The example is consistent across tables: T01/T02/T03 651.04, T04 = T05 = T06 = T07 651.04,
  // T06 basic 631.04 = T08 530.58 + 100.46, T09 = T06 project 20, 三公 18.07 ≤ 651.04,
  // 机关运行经费 100.46 ≤ 公用经费 100.46 (the department has a 事业单位), no unit datasets.
  assert.deepEqual(runRulesOn(example(), RULES), []);
  assert.deepEqual(runRules(example(), RULES), []);
});

test('cross: ids are unique, prefixed, and every rule has a ZH and an EN message', () => {
  const ids = RULES.map((r) => r.id);
  assert.equal(new Set(ids).size, ids.length);
  assert.ok(ids.length >= 22);
  for (const id of ids) {
    assert.match(id, /^(x|u)\.[a-z0-9.-]+$/);
    assert.ok(ZH[id], `ZH message for ${id}`);
    assert.ok(EN[id], `EN message for ${id}`);
  }
  const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  for (const id of ids) assert.deepEqual(placeholders(ZH[id]!), placeholders(EN[id]!), id);
  assert.deepEqual(Object.keys(ZH).sort(), [...ids].sort());
  assert.deepEqual(Object.keys(EN).sort(), [...ids].sort());
});

test('cross: messages of real findings leave no placeholder unfilled', () => {
  let ds = example();
  ds = setCell(ds, 'T02', 'total', 'total', wan('1'));
  ds = setCell(ds, 'T02', 'total', 'fiscal', wan('1'));
  ds = setCell(ds, 'T02', 'total', 'other', wan('1'));
  ds = setCell(ds, 'T03', 'total', 'total', wan('1'));
  ds = setCell(ds, 'T03', 'total', 'basic', wan('1'));
  ds = setCell(ds, 'T03', '201', 'total', wan('1'));
  ds = setCell(ds, 'T04', 'expenditure.closing', 'total', wan('1'));
  ds = setCell(ds, 'T04', 'income.total', 'amount', wan('1'));
  ds = setCell(ds, 'T04', '208', 'generalBudget', wan('1'));
  ds = setCell(ds, 'T04', '210', 'governmentFund', wan('1'));
  ds = setCell(ds, 'T04', '221', 'stateCapital', wan('1'));
  ds = setCell(ds, 'T05', 'total', 'total', wan('1'));
  ds = setCell(ds, 'T05', '2010350', 'generalBudget', wan('1'));
  ds = setCell(ds, 'T07', 'total', 'public', wan('1'));
  ds = setCell(ds, 'T07', '30217', 'total', wan('30'));
  ds = setCell(ds, 'T08', '30217', 'amount', wan('30'));
  ds = setCell(ds, 'T09', '201', 'total', wan('1'));
  ds = setCell(ds, 'T10', '210', 'expenditure', wan('2'));
  ds = setCell(ds, 'T11', '221', 'expenditure', wan('2'));
  ds = setCell(ds, 'T12', '221', 'total', wan('3'));
  ds = setCell(ds, 'T13', 'amount', 'actual.total', wan('900'));
  ds = { ...ds, operatingExpenses: wan('200') };
  const findings = runRulesOn(ds, RULES);
  const fired = new Set(findings.map((f) => f.rule));
  assert.ok(fired.size >= 22, [...fired].join(' '));
  for (const f of findings) {
    for (const locale of ['zh-CN', 'en'] as const) {
      const text = formatFinding(f, locale);
      assert.doesNotMatch(text, /\{\w+\}/, `${f.rule} ${locale}: ${text}`);
    }
  }
});
