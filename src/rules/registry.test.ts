import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FAMILIES, messagesFor, RULES } from './registry.ts';

// A param may have an English variant named <param>En (e.g. {block} ↔ {blockEn}).
const placeholders = (s: string) =>
  [...new Set([...s.matchAll(/\{(\w+?)(?:En)?\}/g)].map((m) => m[1]))].sort();

test('rule ids are unique and well formed', () => {
  const seen = new Set<string>();
  for (const r of RULES) {
    assert.ok(!seen.has(r.id), `duplicate rule id ${r.id}`);
    seen.add(r.id);
    assert.match(r.id, /^[a-z0-9]+(\.[a-z0-9-]+)+$/, `ill-formed id ${r.id}`);
  }
});

test('the catalogue lists at least 60 rules, each with a title and a source', () => {
  assert.ok(RULES.length >= 60, `only ${RULES.length} rules`);
  for (const r of RULES) {
    assert.ok(r.title.zh.trim() && r.title.en.trim(), `${r.id} lacks a title`);
    assert.ok(r.source.trim(), `${r.id} lacks a source`);
    assert.ok(/[\u4e00-\u9fff]/.test(r.title.zh), `${r.id} zh title is not Chinese`);
  }
});

test('every rule has a message in zh-CN and en with the same placeholders, and no message lacks a rule', () => {
  const zh = messagesFor('zh-CN');
  const en = messagesFor('en');
  for (const r of RULES) {
    assert.ok(zh[r.id], `${r.id} has no zh-CN message`);
    assert.ok(en[r.id], `${r.id} has no en message`);
    assert.deepEqual(
      placeholders(zh[r.id]!),
      placeholders(en[r.id]!),
      `${r.id}: placeholders differ between zh-CN and en`,
    );
    assert.ok(/[\u4e00-\u9fff]/.test(zh[r.id]!), `${r.id} zh-CN message is not Chinese`);
  }
  const ids = new Set(RULES.map((r) => r.id));
  for (const f of FAMILIES) {
    for (const key of [...Object.keys(f.messages.zh), ...Object.keys(f.messages.en)]) {
      assert.ok(ids.has(key), `message ${key} in family ${f.name} has no rule`);
    }
  }
});
