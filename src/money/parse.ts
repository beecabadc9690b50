/** Parsing printed decimal amounts into exact fen. */

import { isSafeBig, toSafeNumber } from './bigint.ts';
import { isBlankCell } from './blank.ts';
import { type Fen, fen } from './fen.ts';
import { normalizeNumeric, scaleDecimal, splitDecimal } from './lexical.ts';
import type { Unit } from './units.ts';

/** Why a text could not be parsed as an amount; `input` is the original text. */
export type MoneyParseError = {
  code: 'empty' | 'not-a-number' | 'too-many-decimals' | 'out-of-range';
  input: string;
};

/** Decimal places that are exact in each unit: 0.01 元 and 0.000001 万元 are both 1 fen. */
const EXACT_DECIMALS: Readonly<Record<Unit, number>> = { yuan: 2, wanYuan: 6 };

/** Longest integer part (without leading zeros) worth handing to BigInt; longer is surely out of range. */
const MAX_INT_DIGITS = 24;

/** Parses a printed amount in the given unit into fen; blank cells give the error code 'empty'. */
export function parseAmount(
  text: string,
  unit: Unit,
  opts?: { round?: boolean },
): { ok: true; value: Fen } | { ok: false; error: MoneyParseError } {
  const fail = (code: MoneyParseError['code']) => ({ ok: false as const, error: { code, input: text } });
  if (isBlankCell(text)) return fail('empty');
  const parts = splitDecimal(normalizeNumeric(text));
  if (parts === null) return fail('not-a-number');
  if (parts.intDigits.replace(/^0+/, '').length > MAX_INT_DIGITS) return fail('out-of-range');
  const scaled = scaleDecimal(parts, EXACT_DECIMALS[unit], opts?.round === true);
  if (scaled === null) return fail('too-many-decimals');
  if (!isSafeBig(scaled)) return fail('out-of-range');
  return { ok: true, value: fen(toSafeNumber(scaled)) };
}
