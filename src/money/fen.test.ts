import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import {
  absFen,
  addFen,
  type Fen,
  fen,
  mulFenInt,
  negFen,
  subFen,
  sumFen,
  sumFenOrNull,
  ZERO,
} from './fen.ts';

const MAX = Number.MAX_SAFE_INTEGER;
const f = (n: number): Fen => fen(n);

test('fen accepts safe integers and normalizes negative zero', () => {
  assert.equal(fen(123), 123);
  assert.equal(fen(-MAX), -MAX);
  assert.ok(Object.is(fen(-0), 0));
  assert.ok(Object.is(ZERO, 0));
});

test('fen rejects non-integers and unsafe integers with RangeError', () => {
  for (const bad of [1.5, 0.1, Number.NaN, Number.POSITIVE_INFINITY, MAX + 1, -(MAX + 1), 2 ** 60]) {
    assert.throws(() => fen(bad), RangeError, String(bad));
  }
});

test('basic arithmetic', () => {
  const cases: [string, Fen, number][] = [
    ['add', addFen(f(651_040_000), f(-40_000)), 651_000_000],
    ['sub', subFen(f(100), f(250)), -150],
    ['neg', negFen(f(42)), -42],
    ['neg negative', negFen(f(-42)), 42],
    ['abs negative', absFen(f(-7)), 7],
    ['abs positive', absFen(f(7)), 7],
    ['mul', mulFenInt(f(123), 3), 369],
    ['mul negative', mulFenInt(f(123), -2), -246],
  ];
  for (const [name, got, want] of cases) assert.equal(got, want, name);
  assert.ok(Object.is(negFen(ZERO), 0), 'negFen(0) is +0');
  assert.ok(Object.is(mulFenInt(ZERO, -3), 0), 'mulFenInt(0, -3) is +0');
});

test('arithmetic throws RangeError on overflow or bad factors', () => {
  assert.throws(() => addFen(f(MAX), f(1)), RangeError);
  assert.throws(() => subFen(f(-MAX), f(1)), RangeError);
  assert.throws(() => mulFenInt(f(MAX), 2), RangeError);
  assert.throws(() => mulFenInt(f(10), 1.5), RangeError);
  assert.throws(() => mulFenInt(f(10), Number.NaN), RangeError);
});

test('sumFen skips blanks; sumFenOrNull is null only when all are blank', () => {
  assert.equal(sumFen([f(1), null, f(2), undefined, f(-10)]), -7);
  assert.equal(sumFen([]), 0);
  assert.equal(sumFen([null, undefined]), 0);
  assert.equal(sumFenOrNull([null, undefined]), null);
  assert.equal(sumFenOrNull([]), null);
  assert.equal(sumFenOrNull([null, ZERO]), 0);
  assert.equal(sumFenOrNull([f(5), null, f(6)]), 11);
});

test('sumFen is exact even when a running float total would leave the safe range', () => {
  assert.equal(sumFen([f(MAX), f(1), f(-1)]), MAX);
  assert.equal(sumFen([f(MAX), f(MAX), f(-MAX)]), MAX);
  assert.throws(() => sumFen([f(MAX), f(1)]), RangeError);
  assert.throws(() => sumFenOrNull([f(-MAX), null, f(-1)]), RangeError);
});

test('property: addFen, subFen and sumFen agree with BigInt arithmetic', () => {
  const safe = BigInt(MAX);
  fc.assert(
    fc.property(fc.maxSafeInteger(), fc.maxSafeInteger(), (a, b) => {
      const sum = BigInt(a) + BigInt(b);
      if (sum > safe || sum < -safe) {
        assert.throws(() => addFen(f(a), f(b)), RangeError);
      } else {
        assert.equal(addFen(f(a), f(b)), Number(sum));
      }
      const diff = BigInt(a) - BigInt(b);
      if (diff > safe || diff < -safe) {
        assert.throws(() => subFen(f(a), f(b)), RangeError);
      } else {
        assert.equal(subFen(f(a), f(b)), Number(diff));
      }
    }),
    { numRuns: 500 },
  );
  fc.assert(
    fc.property(fc.array(fc.option(fc.integer({ min: -(2 ** 40), max: 2 ** 40 }))), (xs) => {
      const present = xs.filter((x): x is number => x !== null);
      const want = present.reduce((s, x) => s + BigInt(x), 0n);
      const fens = xs.map((x) => (x === null ? null : f(x)));
      assert.equal(sumFen(fens), Number(want));
      assert.equal(sumFenOrNull(fens), present.length === 0 ? null : Number(want));
    }),
  );
});
