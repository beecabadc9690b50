import assert from 'node:assert/strict';
import { test } from 'node:test';
import { synthDataset } from '../../../test/synth.ts';
import type { Dataset } from '../../model/types.ts';
import { addFen, fen, subFen, ZERO } from '../../money/index.ts';
import type { Block, Figure } from '../../report/types.ts';
import { runsText } from '../phrase/index.ts';
import { buildExplanation } from './index.ts';

/** "651.04" → 65104 (hundredths of 万元, or of a percent). */
const cents = (s: string): number => Number(s.replace('.', ''));
/** Δ/prior in hundredths of a percent, half away from zero (positive integers). */
const rate = (delta: number, prior: number): number => Math.floor((2 * delta * 10_000 + prior) / (2 * prior));

const CHANGE =
  /(\d+\.\d{2})万元[^万]*?与(\d{4})年度（(\d+\.\d{2})万元）相比，[^，。；]*?(增加|减少)(\d+\.\d{2})万元，(增长|下降)(\d+\.\d{2})%/g;
const ZERO_BASE = /(\d+\.\d{2})万元[^万]*?\d{4}年度无[^，。]*?，本年新增(\d+\.\d{2})万元/g;
const SHARE = /万元，占(\d+\.\d{2})%/g;

type Checked = { changes: number; zeroBases: number; shareLists: number };

/** Checks every share list and every stated change of one explanation; returns how many it checked. */
function check(blocks: readonly Block[], label: string): Checked {
  const out: Checked = { changes: 0, zeroBases: 0, shareLists: 0 };
  let lastShares: number[] = [];
  for (const b of blocks) {
    if (b.kind === 'figure') {
      const f = b as Figure;
      if (f.chart === 'pie') {
        const slices = f.slices.map((s) => s.share as number);
        assert.equal(
          slices.reduce((s, x) => s + x, 0),
          10_000,
          `${label} ${f.id} slices sum to 100%`,
        );
        assert.deepEqual(
          slices,
          lastShares.filter((s) => s !== 0),
          `${label} ${f.id} slices = text shares`,
        );
      }
      continue;
    }
    if (b.kind !== 'paragraph') continue;
    const t = runsText(b.runs);
    const shares = [...t.matchAll(SHARE)].map((m) => cents(m[1]!));
    if (shares.length > 0) {
      lastShares = shares;
      out.shareLists += 1;
      assert.equal(
        shares.reduce((s, x) => s + x, 0),
        10_000,
        `${label}: shares sum to 100.00% in「${t}」`,
      );
    }
    for (const m of t.matchAll(CHANGE)) {
      const [, cur, , prior, dir, delta, dirRate, r] = m;
      const c = cents(cur!);
      const p = cents(prior!);
      const d = cents(delta!);
      assert.equal(d, Math.abs(c - p), `${label}: change = difference in「${m[0]}」`);
      assert.equal(dir, c > p ? '增加' : '减少', `${label}: direction in「${m[0]}」`);
      assert.equal(dirRate, c > p ? '增长' : '下降', `${label}: rate direction in「${m[0]}」`);
      assert.equal(cents(r!), rate(d, p), `${label}: rate in「${m[0]}」`);
      out.changes += 1;
    }
    for (const m of t.matchAll(ZERO_BASE)) {
      assert.equal(m[2], m[1], `${label}: zero base adds the whole current figure in「${m[0]}」`);
      out.zeroBases += 1;
    }
    assert.doesNotMatch(t, /增长100(\.00)?%.*本年新增|完成(年初)?预算的?0(\.00)?%/, label);
    assert.doesNotMatch(t, /与\d{4}年度（0\.00万元）相比/, `${label}: a zero base is never a rate`);
  }
  return out;
}

test('synthetic datasets (rounded and exact): shares sum to 100.00%, stated changes are the differences', () => {
  const total: Checked = { changes: 0, zeroBases: 0, shareLists: 0 };
  for (let seed = 1; seed <= 60; seed += 1) {
    for (const rounded of [true, false]) {
      const ds = synthDataset({ seed, rounded });
      const c = check(buildExplanation(ds), `seed ${seed} rounded ${rounded}`);
      total.changes += c.changes;
      total.zeroBases += c.zeroBases;
      total.shareLists += c.shareLists;
    }
  }
  // The check must have had something to check: several changes and share lists per dataset.
  assert.ok(total.changes >= 120 * 3, `checked ${total.changes} changes`);
  assert.ok(total.shareLists >= 120 * 3, `checked ${total.shareLists} share lists`);
});

test('synthetic datasets with the prior year shifted: increases, decreases and zero bases all check out', () => {
  let zeroBases = 0;
  for (let seed = 1; seed <= 30; seed += 1) {
    const ds = synthDataset({ seed, rounded: seed % 2 === 0 });
    const reception = ds.tables.T13?.rows[0]?.cells['actual.reception'] ?? ZERO;
    const prior = ds.priorYear;
    const shifted: Dataset = {
      ...ds,
      priorYear: {
        ...prior,
        // 公务接待费 new this year; 机关运行经费 a little higher last year.
        sangong: { ...prior.sangong, reception: ZERO, total: subFen(prior.sangong.total ?? ZERO, reception) },
        operatingExpenses: addFen(prior.operatingExpenses ?? ZERO, fen(1_234_567)),
      },
    };
    const c = check(buildExplanation(shifted), `shifted seed ${seed}`);
    zeroBases += c.zeroBases;
  }
  assert.ok(zeroBases > 0, 'some zero bases were checked');
});
