import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { fen } from './fen.ts';
import { formatWan, formatYuan } from './format.ts';
import { parseAmount } from './parse.ts';
import { roundToWanCent } from './round.ts';

const MAX = Number.MAX_SAFE_INTEGER;

test('formatWan with 2 decimals rounds half away from zero', () => {
  const cases: [number, string][] = [
    [651_040_000, '651.04'],
    [5_000, '0.01'],
    [-5_000, '-0.01'],
    [4_999, '0.00'],
    [-4_999, '0.00'],
    [0, '0.00'],
    [14_999, '0.01'],
    [15_000, '0.02'],
    [-1_200_000, '-1.20'],
    [1_000_000, '1.00'],
    [999_995_000, '1000.00'],
    [MAX, '9007199254.74'],
    [-MAX, '-9007199254.74'],
  ];
  for (const [a, want] of cases) assert.equal(formatWan(fen(a)), want, String(a));
});

test('formatWan thousands and decimals options', () => {
  const cases: [number, Parameters<typeof formatWan>[1], string][] = [
    [1_234_560_000, { thousands: true }, '1,234.56'],
    [-1_234_560_000, { thousands: true }, '-1,234.56'],
    [999_000_000, { thousands: true }, '999.00'],
    [123_456_789_000_000, { thousands: true }, '123,456,789.00'],
    [1_234_560_000, { thousands: false }, '1234.56'],
    [651_040_050, { decimals: 4 }, '651.0401'],
    [651_040_049, { decimals: 4 }, '651.0400'],
    [-50, { decimals: 4 }, '-0.0001'],
    [-49, { decimals: 4 }, '0.0000'],
    [1, { decimals: 6 }, '0.000001'],
    [-1, { decimals: 6 }, '-0.000001'],
    [1_234_567_123_456, { decimals: 6, thousands: true }, '1,234,567.123456'],
    [651_040_000, { decimals: 2 }, '651.04'],
  ];
  for (const [a, opts, want] of cases)
    assert.equal(formatWan(fen(a), opts), want, `${a} ${JSON.stringify(opts)}`);
});

test('formatYuan prints exact fen', () => {
  const cases: [number, boolean, string][] = [
    [651_040_000, false, '6510400.00'],
    [651_040_000, true, '6,510,400.00'],
    [-1, false, '-0.01'],
    [5, false, '0.05'],
    [-123_456, true, '-1,234.56'],
    [0, true, '0.00'],
    [MAX, true, '90,071,992,547,409.91'],
  ];
  for (const [a, thousands, want] of cases) assert.equal(formatYuan(fen(a), { thousands }), want, String(a));
  assert.equal(formatYuan(fen(100)), '1.00');
});

test('formatWan rejects unsupported decimals at runtime', () => {
  assert.throws(() => formatWan(fen(1), { decimals: 3 as 2 }), RangeError);
});

const anyFen = fc.maxSafeInteger().map(fen);

test('property: parseAmount(formatYuan(x)) === x', () => {
  fc.assert(
    fc.property(anyFen, fc.boolean(), (x, thousands) => {
      assert.deepEqual(parseAmount(formatYuan(x, { thousands }), 'yuan'), { ok: true, value: x });
    }),
    { numRuns: 1000 },
  );
});

test('property: parseAmount(formatWan(x, 6 decimals)) === x', () => {
  fc.assert(
    fc.property(anyFen, fc.boolean(), (x, thousands) => {
      assert.deepEqual(parseAmount(formatWan(x, { decimals: 6, thousands }), 'wanYuan'), {
        ok: true,
        value: x,
      });
    }),
    { numRuns: 1000 },
  );
});

test('property: parseAmount(formatWan(x)) is the published 0.01万元 figure', () => {
  const bound = MAX - 10_000;
  fc.assert(
    fc.property(fc.integer({ min: -bound, max: bound }).map(fen), fc.boolean(), (x, thousands) => {
      const text = formatWan(x, { thousands });
      assert.match(text, thousands ? /^-?\d{1,3}(,\d{3})*\.\d{2}$/ : /^-?\d+\.\d{2}$/);
      assert.notEqual(text, '-0.00');
      assert.deepEqual(parseAmount(text, 'wanYuan'), { ok: true, value: roundToWanCent(x) });
    }),
    { numRuns: 1000 },
  );
});

test('property: formatted 万元 figures of multiples of 0.01万元 round trip exactly', () => {
  fc.assert(
    fc.property(fc.integer({ min: -(2 ** 39), max: 2 ** 39 }), (cents) => {
      const x = fen(cents * 10_000);
      assert.deepEqual(parseAmount(formatWan(x), 'wanYuan'), { ok: true, value: x });
    }),
  );
});
