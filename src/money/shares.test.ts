import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { type Fen, fen } from './fen.ts';
import { percentOf } from './percent.ts';
import { sharesIndependent, sharesLargestRemainder } from './shares.ts';

const fens = (xs: number[]): Fen[] => xs.map(fen);

test('sharesLargestRemainder', () => {
  const cases: [number[], number[]][] = [
    [
      [1, 1, 1],
      [3334, 3333, 3333],
    ],
    [
      [1, 1, 1, 1, 1, 1],
      [1667, 1667, 1667, 1667, 1666, 1666],
    ],
    [
      [1, 2],
      [3333, 6667],
    ],
    [
      [2, 1],
      [6667, 3333],
    ],
    [
      [0, 0],
      [0, 0],
    ],
    [[], []],
    [[5], [10_000]],
    [
      [0, 5],
      [0, 10_000],
    ],
    [
      [1, 7],
      [1250, 8750],
    ],
    [
      [3007, 6993],
      [3007, 6993],
    ],
    [
      [100, 1, 1, 1],
      [9709, 97, 97, 97],
    ],
  ];
  for (const [parts, want] of cases)
    assert.deepEqual(sharesLargestRemainder(fens(parts)), want, String(parts));
});

test('sharesIndependent', () => {
  const cases: [number[], number[]][] = [
    [
      [1, 1, 1],
      [3333, 3333, 3333],
    ],
    [
      [1, 1, 1, 1, 1, 1],
      [1667, 1667, 1667, 1667, 1667, 1667],
    ],
    [
      [1, 2],
      [3333, 6667],
    ],
    [
      [1, 1],
      [5000, 5000],
    ],
    [
      [0, 0],
      [0, 0],
    ],
    [[], []],
    [
      [1, 7],
      [1250, 8750],
    ],
    [
      [100, 1, 1, 1],
      [9709, 97, 97, 97],
    ],
  ];
  for (const [parts, want] of cases) assert.deepEqual(sharesIndependent(fens(parts)), want, String(parts));
});

test('negative parts throw RangeError', () => {
  assert.throws(() => sharesLargestRemainder(fens([-1, 2])), RangeError);
  assert.throws(() => sharesIndependent(fens([3, -1])), RangeError);
});

const parts = fc.array(fc.integer({ min: 0, max: 2 ** 45 }), { maxLength: 30 }).map(fens);

test('property: largest-remainder shares sum to 10000 and each is within 0.01% of exact', () => {
  fc.assert(
    fc.property(parts, (ps) => {
      const shares = sharesLargestRemainder(ps);
      assert.equal(shares.length, ps.length);
      const total = ps.reduce((s, p) => s + BigInt(p), 0n);
      const sum = shares.reduce((s, x) => s + x, 0);
      if (total === 0n) {
        assert.ok(shares.every((x) => x === 0));
        return;
      }
      assert.equal(sum, 10_000);
      ps.forEach((p, i) => {
        // |share - p*10000/total| < 1  <=>  |share*total - p*10000| < total
        const err = BigInt(shares[i] ?? Number.NaN) * total - BigInt(p) * 10_000n;
        assert.ok((err < 0n ? -err : err) < total, `share ${shares[i]} of ${p}/${total}`);
      });
    }),
    { numRuns: 1000 },
  );
});

test('property: independent shares are percentOf(part, total); largest remainder differs by at most 1', () => {
  fc.assert(
    fc.property(parts, (ps) => {
      const independent = sharesIndependent(ps);
      const largest = sharesLargestRemainder(ps);
      const total = fen(ps.reduce((s, p) => s + p, 0));
      ps.forEach((p, i) => {
        assert.equal(independent[i], percentOf(p, total) ?? 0);
        assert.ok(Math.abs((independent[i] ?? Number.NaN) - (largest[i] ?? Number.NaN)) <= 1);
      });
    }),
    { numRuns: 500 },
  );
});

test('property: ties go to the earlier index', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 1, max: 40 }), (value, n) => {
      const shares = sharesLargestRemainder(fens(Array.from({ length: n }, () => value)));
      for (let i = 1; i < n; i++) assert.ok((shares[i - 1] ?? 0) >= (shares[i] ?? 0), `index ${i} of ${n}`);
    }),
  );
});
