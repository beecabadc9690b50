import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { allRenames, allRows } from './data.ts';

const DOC = new URL('../../../docs/catalog.md', import.meta.url);

/** Source keys documented in docs/catalog.md, with the catalogue years each one vouches for. */
function documentedKeys(): Map<string, number[]> {
  const text = readFileSync(DOC, 'utf8');
  const start = text.indexOf('<!-- source-keys:start -->');
  const end = text.indexOf('<!-- source-keys:end -->');
  assert.ok(start >= 0 && end > start, 'docs/catalog.md lacks the source-keys markers');
  const keys = new Map<string, number[]>();
  for (const line of text.slice(start, end).split('\n')) {
    const match = /^\|\s*`([^`]+)`\s*\|([^|]*)\|/u.exec(line);
    if (match === null) continue;
    const [, key = '', yearsText = ''] = match;
    assert.ok(!keys.has(key), `source key ${key} documented twice`);
    keys.set(key, parseYears(yearsText));
  }
  return keys;
}

function parseYears(text: string): number[] {
  const range = /^\s*(\d{4})\s*[–-]\s*(\d{4})\s*$/u.exec(text);
  if (range !== null) {
    const from = Number(range[1]);
    const to = Number(range[2]);
    return Array.from({ length: to - from + 1 }, (_, i) => from + i);
  }
  const single = /^\s*(\d{4})\s*$/u.exec(text);
  return single === null ? [] : [Number(single[1])];
}

const KEYS = documentedKeys();

describe('source keys', () => {
  it('documents the reference keys and one MOF-GSFL key per covered year', () => {
    assert.deepEqual(KEYS.get('SEED22'), [2022]);
    assert.deepEqual(KEYS.get('JQ-MAP+T1'), [2024, 2025]);
    for (const year of [2021, 2022, 2023, 2024, 2025]) {
      assert.deepEqual(KEYS.get(`MOF-GSFL-${year}`), [year]);
    }
  });

  it('documents every source key used by a row or a rename', () => {
    const used = new Set([
      ...allRows('functional').flatMap((r) => r.source),
      ...allRows('economic').flatMap((r) => r.source),
      ...allRenames().flatMap((r) => r.source),
    ]);
    for (const key of used) assert.ok(KEYS.has(key), `source key ${key} is not in docs/catalog.md`);
  });

  it("vouches for exactly the years of each row: years = union of its sources' years", () => {
    for (const kind of ['functional', 'economic'] as const) {
      for (const row of allRows(kind)) {
        const vouched = new Set(row.source.flatMap((key) => KEYS.get(key) ?? []));
        assert.deepEqual([...vouched].sort(), [...row.years], `${kind} ${row.code} ${row.name}`);
      }
    }
  });
});
