import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { roundingEnvelope, withinEnvelope } from './envelope.ts';
import { fen } from './fen.ts';
import { roundToWanCent } from './round.ts';

test('roundingEnvelope is n × 5000 fen', () => {
  assert.equal(roundingEnvelope(0), 0);
  assert.equal(roundingEnvelope(1), 5_000);
  assert.equal(roundingEnvelope(3), 15_000);
  assert.equal(roundingEnvelope(28), 140_000);
  for (const bad of [-1, 1.5, Number.NaN])
    assert.throws(() => roundingEnvelope(bad), RangeError, String(bad));
});

test('withinEnvelope compares |difference| inclusively', () => {
  const cases: [number, number, boolean][] = [
    [5_000, 1, true],
    [5_001, 1, false],
    [-5_000, 1, true],
    [-5_001, 1, false],
    [10_000, 2, true],
    [10_000, 1, false],
    [0, 0, true],
    [1, 0, false],
  ];
  for (const [diff, n, want] of cases) assert.equal(withinEnvelope(fen(diff), n), want, `${diff} / ${n}`);
});

test('the envelope can be reached: two halves round up while their total does not', () => {
  const parts = [fen(5_000), fen(5_000)];
  const diff = parts.reduce((s, p) => s + roundToWanCent(p), 0) - roundToWanCent(fen(10_000));
  assert.equal(diff, 10_000);
  assert.equal(withinEnvelope(fen(diff), 2), true);
  assert.equal(withinEnvelope(fen(diff), 1), false);
});

test('property: rounded parts miss their rounded total by at most roundingEnvelope(n)', () => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: -(2 ** 40), max: 2 ** 40 }), { maxLength: 40 }), (xs) => {
      const parts = xs.map(fen);
      const sumOfRounded = parts.reduce((s, p) => s + roundToWanCent(p), 0);
      const roundedTotal = roundToWanCent(fen(xs.reduce((s, x) => s + x, 0)));
      const diff = fen(sumOfRounded - roundedTotal);
      assert.ok(withinEnvelope(diff, parts.length), `diff ${diff} for ${parts.length} parts`);
    }),
    { numRuns: 2000 },
  );
});
