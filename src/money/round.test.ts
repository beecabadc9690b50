import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { fen } from './fen.ts';
import { roundFenTo, roundToWanCent } from './round.ts';

/** Floor-based reference: round a to a multiple of s, ties away from zero. */
function reference(a: bigint, s: bigint): bigint {
  let q = a / s;
  if (a % s !== 0n && a < 0n) q -= 1n; // floor
  const r = a - q * s; // 0 <= r < s
  if (2n * r > s || (2n * r === s && a > 0n)) q += 1n;
  return q * s;
}

test('roundFenTo rounds half away from zero', () => {
  const cases: [number, number, number][] = [
    [15, 10, 20],
    [14, 10, 10],
    [-15, 10, -20],
    [-14, 10, -10],
    [-16, 10, -20],
    [0, 7, 0],
    [10, 1, 10],
    [3, 7, 0],
    [4, 7, 7],
    [-4, 7, -7],
    [5_000, 10_000, 10_000],
    [4_999, 10_000, 0],
    [-5_000, 10_000, -10_000],
    [-4_999, 10_000, 0],
    [651_045_000, 10_000, 651_050_000],
    [651_044_999, 10_000, 651_040_000],
  ];
  for (const [a, step, want] of cases) {
    const got = roundFenTo(fen(a), step);
    assert.equal(got, want, `${a} to ${step}`);
    assert.ok(!Object.is(got, -0), `${a} to ${step}: no negative zero`);
  }
});

test('roundToWanCent is rounding to 10 000 fen', () => {
  assert.equal(roundToWanCent(fen(65_104_999)), 65_100_000);
  assert.equal(roundToWanCent(fen(65_105_000)), 65_110_000);
  assert.equal(roundToWanCent(fen(-65_105_000)), -65_110_000);
});

test('roundFenTo rejects bad steps and overflow', () => {
  for (const step of [0, -10, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
    assert.throws(() => roundFenTo(fen(100), step), RangeError, String(step));
  }
  assert.throws(() => roundFenTo(fen(Number.MAX_SAFE_INTEGER), 2), RangeError);
  assert.equal(roundFenTo(fen(Number.MAX_SAFE_INTEGER), 10), Number.MAX_SAFE_INTEGER - 1);
});

test('property: roundFenTo matches a floor-based BigInt reference and stays within step/2', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: -(2 ** 50), max: 2 ** 50 }),
      fc.oneof(fc.constantFrom(1, 2, 100, 10_000, 1_000_000), fc.integer({ min: 1, max: 2 ** 30 })),
      (a, step) => {
        const got = roundFenTo(fen(a), step);
        assert.equal(got, Number(reference(BigInt(a), BigInt(step))));
        assert.ok(got % step === 0, `${got} is a multiple of ${step}`);
        assert.ok(2 * Math.abs(got - a) <= step);
      },
    ),
    { numRuns: 1000 },
  );
});
