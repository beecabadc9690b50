import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { type Change, changeBetween, completionRate } from './change.ts';
import { fen } from './fen.ts';

test('changeBetween', () => {
  const cases: [current: number, prior: number, want: Change][] = [
    [120, 100, { amount: fen(20), direction: 'increase', rate: 2000 as Change['rate'], zeroBase: false }],
    [80, 100, { amount: fen(20), direction: 'decrease', rate: 2000 as Change['rate'], zeroBase: false }],
    [100, 100, { amount: fen(0), direction: 'flat', rate: 0 as Change['rate'], zeroBase: false }],
    [0, 0, { amount: fen(0), direction: 'flat', rate: null, zeroBase: false }],
    [50, 0, { amount: fen(50), direction: 'increase', rate: null, zeroBase: true }],
    [-50, 0, { amount: fen(50), direction: 'decrease', rate: null, zeroBase: true }],
    [0, 100, { amount: fen(100), direction: 'decrease', rate: 10_000 as Change['rate'], zeroBase: false }],
    [1, 3, { amount: fen(2), direction: 'decrease', rate: 6667 as Change['rate'], zeroBase: false }],
    [-120, -100, { amount: fen(20), direction: 'decrease', rate: 2000 as Change['rate'], zeroBase: false }],
    [
      702_150_000,
      651_040_000,
      { amount: fen(51_110_000), direction: 'increase', rate: 785 as Change['rate'], zeroBase: false },
    ],
  ];
  for (const [current, prior, want] of cases) {
    assert.deepEqual(changeBetween(fen(current), fen(prior)), want, `${prior} -> ${current}`);
  }
});

test('changeBetween throws RangeError when the difference overflows', () => {
  assert.throws(() => changeBetween(fen(Number.MAX_SAFE_INTEGER), fen(-1)), RangeError);
});

test('completionRate', () => {
  const cases: [number, number | null, number | null][] = [
    [95, 100, 9500],
    [100, null, null],
    [100, 0, null],
    [0, 0, null],
    [1, 3, 3333],
    [0, 100, 0],
    [150, 100, 15_000],
    [50, 1_000_000, 1],
    [49, 1_000_000, 0],
  ];
  for (const [actual, budget, want] of cases) {
    assert.equal(
      completionRate(fen(actual), budget === null ? null : fen(budget)),
      want,
      `${actual}/${budget}`,
    );
  }
});

test('property: amount is |current - prior| and direction, rate, zeroBase are consistent', () => {
  const amount = fc.integer({ min: -(2 ** 50), max: 2 ** 50 });
  fc.assert(
    fc.property(amount, fc.oneof(amount, fc.constant(0)), (current, prior) => {
      const diff = BigInt(current) - BigInt(prior);
      const absDiff = diff < 0n ? -diff : diff;
      const absPrior = BigInt(Math.abs(prior));
      const rate = absPrior === 0n ? null : (2n * absDiff * 10_000n + absPrior) / (2n * absPrior);
      if (rate !== null && rate > BigInt(Number.MAX_SAFE_INTEGER)) {
        // The rate itself would not be a safe integer of hundredths.
        assert.throws(() => changeBetween(fen(current), fen(prior)), RangeError);
        return;
      }
      const c = changeBetween(fen(current), fen(prior));
      assert.equal(BigInt(c.amount), diff < 0n ? -diff : diff);
      assert.equal(c.direction, diff > 0n ? 'increase' : diff < 0n ? 'decrease' : 'flat');
      assert.equal(c.zeroBase, prior === 0 && current !== 0);
      if (prior === 0) {
        assert.equal(c.rate, null);
      } else {
        assert.equal(c.rate, Number(rate));
        // and the rate is within half a hundredth of |diff| / |prior| × 10000
        const err = BigInt(c.rate ?? Number.NaN) * absPrior - absDiff * 10_000n;
        assert.ok(2n * (err < 0n ? -err : err) <= absPrior, `rate ${c.rate} for ${c.amount}/${prior}`);
      }
    }),
    { numRuns: 1000 },
  );
});
