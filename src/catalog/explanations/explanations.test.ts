import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { allRows } from '../classification/data.ts';
import { allExplanations, explanationOf } from './index.ts';

const README = readFileSync(new URL('./README.md', import.meta.url), 'utf8');
const documented = new Set(
  [
    ...README.slice(
      README.indexOf('explanation-keys:start'),
      README.indexOf('explanation-keys:end'),
    ).matchAll(/^\|\s*`([^`]+)`/gmu),
  ].map((m) => m[1]!),
);
const functional = new Map(allRows('functional').map((r) => [r.code, r]));

test('rows: known codes, unique, in code order, "反映…。" in normal form, documented source keys', () => {
  const rows = allExplanations();
  const codes = rows.map((r) => r.code);
  assert.deepEqual(codes, [...new Set(codes)].sort());
  for (const r of rows) {
    assert.ok(functional.has(r.code), `${r.code} is in the functional catalogue`);
    assert.match(r.text, /^反映.+。$/u, r.code);
    assert.doesNotMatch(r.text, /[\s()]/u, `${r.code} text in normal form`);
    assert.ok(documented.has(r.source), `${r.code}: source ${r.source} documented in README.md`);
  }
});

test('the seed’s seven 项 rest on SEED22', () => {
  for (const code of ['2010301', '2010350', '2011308', '2080505', '2101101', '2101102', '2210201']) {
    assert.equal(explanationOf(code)?.source, 'SEED22', code);
  }
  assert.equal(explanationOf('2010301')?.text, '反映行政单位（包括实行公务员管理的事业单位）的基本支出。');
  assert.equal(explanationOf('9999999'), undefined);
});

test('every 行政运行/一般行政管理事务/机关服务/事业运行 项 of the catalogue has the common explanation', () => {
  const common: Record<string, string> = {
    行政运行: '反映行政单位（包括实行公务员管理的事业单位）的基本支出。',
    一般行政管理事务: '反映行政单位（包括实行公务员管理的事业单位）未单独设置项级科目的其他项目支出。',
  };
  for (const row of functional.values()) {
    if (row.level !== 'xiang') continue;
    if (['行政运行', '一般行政管理事务', '机关服务', '事业运行'].includes(row.name)) {
      assert.ok(explanationOf(row.code), `${row.code} ${row.name}`);
    }
    const expected = common[row.name];
    if (expected !== undefined) assert.equal(explanationOf(row.code)?.text, expected, row.code);
  }
});
