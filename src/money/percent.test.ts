import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { fen } from './fen.ts';
import { formatPercent, type Hundredths, parsePercent, percentOf } from './percent.ts';

const h = (n: number) => n as Hundredths;

/** Floor-based BigInt reference for part/whole in hundredths, ties away from zero. */
function reference(part: bigint, whole: bigint): bigint {
  let num = part * 10_000n;
  let den = whole;
  if (den < 0n) {
    num = -num;
    den = -den;
  }
  let q = num / den;
  if (num % den !== 0n && num < 0n) q -= 1n; // floor
  const twiceRemainder = 2n * (num - q * den);
  if (twiceRemainder > den || (twiceRemainder === den && num > 0n)) q += 1n;
  return q;
}

test('percentOf rounds half away from zero', () => {
  const cases: [number, number, number | null][] = [
    [3007, 10_000, 3007],
    [1, 3, 3333],
    [2, 3, 6667],
    [1, 8, 1250],
    [1, 80_000, 0],
    [1, 20_000, 1],
    [-1, 20_000, -1],
    [1, -20_000, -1],
    [-1, -20_000, 1],
    [1, 20_001, 0],
    [651_040_000, 651_040_000, 10_000],
    [3, 2, 15_000],
    [1, 0, null],
    [0, 0, null],
  ];
  for (const [part, whole, want] of cases)
    assert.equal(percentOf(fen(part), fen(whole)), want, `${part}/${whole}`);
  assert.ok(Object.is(percentOf(fen(0), fen(-5)), 0), 'no negative zero');
  assert.ok(Object.is(percentOf(fen(-1), fen(80_000)), 0), 'no negative zero after rounding');
});

test('percentOf throws RangeError when the ratio leaves the safe range', () => {
  assert.throws(() => percentOf(fen(Number.MAX_SAFE_INTEGER), fen(1)), RangeError);
});

test('formatPercent', () => {
  const cases: [number, boolean, string][] = [
    [3007, false, '30.07'],
    [10_000, false, '100.00'],
    [10_000, true, '100'],
    [7210, true, '72.1'],
    [7210, false, '72.10'],
    [5, false, '0.05'],
    [5, true, '0.05'],
    [-5, false, '-0.05'],
    [0, false, '0.00'],
    [0, true, '0'],
    [-12_345, false, '-123.45'],
    [100, true, '1'],
    [-150, true, '-1.5'],
    [1_234_567, false, '12345.67'],
  ];
  for (const [n, trimZeros, want] of cases) assert.equal(formatPercent(h(n), { trimZeros }), want, String(n));
  assert.equal(formatPercent(h(3007)), '30.07');
  assert.throws(() => formatPercent(h(1.5)), RangeError);
});

test('parsePercent', () => {
  const cases: [string, number | null][] = [
    ['30.07%', 3007],
    ['30.07', 3007],
    ['３０．０７％', 3007],
    [' 30.07 % ', 3007],
    ['-5.5%', -550],
    ['－5%', -500],
    ['\u22125%', -500],
    ['100', 10_000],
    ['100%', 10_000],
    ['0.1', 10],
    ['0', 0],
    ['1,234.5%', 123_450],
    ['30.071', null],
    ['30.070%', null],
    ['', null],
    ['-', null],
    ['abc', null],
    ['%', null],
    ['30.07%%', null],
    ['%30', null],
    ['30.', null],
    ['1,23%', null],
  ];
  for (const [text, want] of cases) assert.equal(parsePercent(text), want, JSON.stringify(text));
});

test('property: percentOf matches a BigInt reference', () => {
  fc.assert(
    fc.property(fc.maxSafeInteger(), fc.integer({ min: -(2 ** 40), max: 2 ** 40 }), (part, whole) => {
      if (whole === 0) {
        assert.equal(percentOf(fen(part), fen(whole)), null);
        return;
      }
      const want = reference(BigInt(part), BigInt(whole));
      if (want > BigInt(Number.MAX_SAFE_INTEGER) || want < -BigInt(Number.MAX_SAFE_INTEGER)) {
        assert.throws(() => percentOf(fen(part), fen(whole)), RangeError);
      } else {
        assert.equal(percentOf(fen(part), fen(whole)), Number(want));
      }
    }),
    { numRuns: 1000 },
  );
  fc.assert(
    fc.property(
      fc.integer({ min: -(2 ** 35), max: 2 ** 35 }),
      fc.integer({ min: 1, max: 2 ** 35 }),
      (part, whole) => {
        const got = percentOf(fen(part), fen(whole));
        assert.equal(got, Number(reference(BigInt(part), BigInt(whole))));
      },
    ),
    { numRuns: 1000 },
  );
});

test('property: parsePercent inverts formatPercent', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: -(2 ** 45), max: 2 ** 45 }),
      fc.boolean(),
      fc.boolean(),
      (n, trimZeros, sign) => {
        const text = formatPercent(h(n), { trimZeros }) + (sign ? '%' : '');
        assert.equal(parsePercent(text), n, text);
      },
    ),
    { numRuns: 1000 },
  );
});
