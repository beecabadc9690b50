import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { MoneyParseError } from './parse.ts';
import { parseAmount } from './parse.ts';
import type { Unit } from './units.ts';

type Want = number | MoneyParseError['code'];
type Case = [text: string, unit: Unit, want: Want, round?: boolean];

function check([text, unit, want, round]: Case): void {
  const got = round === undefined ? parseAmount(text, unit) : parseAmount(text, unit, { round });
  const label = `${JSON.stringify(text)} ${unit}${round ? ' round' : ''}`;
  if (typeof want === 'number') {
    assert.deepEqual(got, { ok: true, value: want }, label);
    assert.ok(got.ok && !Object.is(got.value, -0), `${label}: no negative zero`);
  } else {
    assert.deepEqual(got, { ok: false, error: { code: want, input: text } }, label);
  }
}

test('exact amounts in both units', () => {
  const cases: Case[] = [
    ['651.04', 'wanYuan', 651_040_000],
    ['651.04', 'yuan', 65_104],
    ['6510400.00', 'yuan', 651_040_000],
    ['0', 'yuan', 0],
    ['0.00', 'wanYuan', 0],
    ['-0.00', 'yuan', 0],
    ['007', 'yuan', 700],
    ['12.3', 'yuan', 1_230],
    ['0.000001', 'wanYuan', 1],
    ['-0.005', 'wanYuan', -5_000],
    ['1234567.123456', 'wanYuan', 1_234_567_123_456],
    ['0.0001', 'wanYuan', 100],
  ];
  cases.forEach(check);
});

test('signs, accounting parentheses, full-width forms and whitespace', () => {
  const cases: Case[] = [
    ['+5', 'yuan', 500],
    ['-5', 'yuan', -500],
    ['\u22125', 'yuan', -500],
    ['－5', 'yuan', -500],
    ['＋5', 'yuan', 500],
    ['(1.00)', 'yuan', -100],
    ['（1.00）', 'yuan', -100],
    ['( 1,234.00 )', 'yuan', -123_400],
    ['(651.04)', 'wanYuan', -651_040_000],
    ['１２３４．５６', 'yuan', 123_456],
    ['－１２．３', 'wanYuan', -12_300_000],
    ['  12.3  ', 'yuan', 1_230],
    ['\u3000１２\u3000', 'yuan', 1_200],
    ['\t-7\n', 'yuan', -700],
  ];
  cases.forEach(check);
});

test('thousands separators only in proper groups', () => {
  const cases: Case[] = [
    ['1,234.56', 'yuan', 123_456],
    ['1，234．56', 'yuan', 123_456],
    ['1,234,567', 'yuan', 123_456_700],
    ['-12,345,678.9', 'wanYuan', -12_345_678_900_000],
    ['１，２３４', 'yuan', 123_400],
    ['1,23.4', 'yuan', 'not-a-number'],
    ['1,2345', 'yuan', 'not-a-number'],
    ['12,345,67', 'yuan', 'not-a-number'],
    ['1234,567', 'yuan', 'not-a-number'],
    [',123', 'yuan', 'not-a-number'],
    ['1,,234', 'yuan', 'not-a-number'],
    ['1,234.567,8', 'wanYuan', 'not-a-number'],
    ['1,234,', 'yuan', 'not-a-number'],
  ];
  cases.forEach(check);
});

test('malformed numbers', () => {
  const bad = [
    'abc',
    '1.2.3',
    '1.',
    '.5',
    '1e5',
    '--1',
    '+-1',
    '-(1)',
    '(-1)',
    '(1',
    '1)',
    '1 234',
    '- 1',
    '12%',
    'Infinity',
    'NaN',
    '0x10',
    '１２a',
    '¥12',
  ];
  for (const text of bad) check([text, 'yuan', 'not-a-number']);
});

test('blank cells are "empty", not zero', () => {
  for (const text of ['', '   ', '\u3000', '-', '—', '——', '－', '/']) {
    check([text, 'yuan', 'empty']);
    check([text, 'wanYuan', 'empty']);
  }
});

test('more decimals than exact: error, or half away from zero with round', () => {
  const cases: Case[] = [
    ['1.005', 'yuan', 'too-many-decimals'],
    ['1.005', 'yuan', 101, true],
    ['1.004', 'yuan', 100, true],
    ['1.0049999', 'yuan', 100, true],
    ['-1.005', 'yuan', -101, true],
    ['-1.004', 'yuan', -100, true],
    ['-0.005', 'yuan', 'too-many-decimals'],
    ['-0.005', 'yuan', -1, true],
    ['-0.004', 'yuan', 0, true],
    ['(0.015)', 'yuan', -2, true],
    ['1.000', 'yuan', 'too-many-decimals'],
    ['1.000', 'yuan', 100, true],
    ['1.005', 'yuan', 'too-many-decimals', false],
    ['0.0000005', 'wanYuan', 'too-many-decimals'],
    ['0.0000005', 'wanYuan', 1, true],
    ['-0.0000005', 'wanYuan', -1, true],
    ['-0.0000004', 'wanYuan', 0, true],
    ['651.0400009', 'wanYuan', 651_040_001, true],
    ['99.999', 'yuan', 10_000, true],
  ];
  cases.forEach(check);
});

test('amounts outside the safe integer range of fen', () => {
  const cases: Case[] = [
    ['90071992547409.91', 'yuan', Number.MAX_SAFE_INTEGER],
    ['-90,071,992,547,409.91', 'yuan', -Number.MAX_SAFE_INTEGER],
    ['90071992547409.92', 'yuan', 'out-of-range'],
    ['9007199254.740991', 'wanYuan', Number.MAX_SAFE_INTEGER],
    ['9007199254.740992', 'wanYuan', 'out-of-range'],
    ['(9007199254.740992)', 'wanYuan', 'out-of-range'],
    ['90071992547409.905', 'yuan', Number.MAX_SAFE_INTEGER, true],
    ['90071992547409.915', 'yuan', 'out-of-range', true],
    [`1${'0'.repeat(100)}`, 'yuan', 'out-of-range'],
    [`0000000000000000000000000000001`, 'yuan', 100],
  ];
  cases.forEach(check);
});

test('property: yuan text with ≤2 decimals parses to a BigInt reference', () => {
  fc.assert(
    fc.property(
      fc.boolean(),
      fc.bigInt({ min: 0n, max: 10n ** 13n }),
      fc.integer({ min: 0, max: 2 }),
      fc.integer({ min: 0, max: 99 }),
      (negative, whole, nDecimals, frac) => {
        const fracDigits = String(frac).padStart(2, '0').slice(0, nDecimals);
        const text = (negative ? '-' : '') + whole.toString() + (nDecimals > 0 ? '.' + fracDigits : '');
        const magnitude = whole * 100n + BigInt(fracDigits.padEnd(2, '0'));
        const want = Number(negative ? -magnitude : magnitude);
        const got = parseAmount(text, 'yuan');
        assert.deepEqual(got, { ok: true, value: want === 0 ? 0 : want }, text);
      },
    ),
    { numRuns: 500 },
  );
});
