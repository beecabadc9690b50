/** Percentages as exact integers of 0.01% ("hundredths"). */

import { divHalfAway, isSafeBig } from './bigint.ts';
import { type Fen, fen } from './fen.ts';
import { normalizeNumeric, scaleDecimal, splitDecimal } from './lexical.ts';

/** A percentage in integer hundredths of a percent: 30.07% is 3007. */
export type Hundredths = number & { readonly __brand: 'Hundredths' };

/** Hundredths in 100%. */
const WHOLE = 10_000n;

/** Brands a safe integer as Hundredths; throws RangeError otherwise (internal). */
export function hundredths(n: number): Hundredths {
  if (!Number.isSafeInteger(n)) throw new RangeError(`Not a safe integer of hundredths: ${String(n)}`);
  return (n === 0 ? 0 : n) as Hundredths;
}

/** Converts an exact BigInt of hundredths, throwing RangeError when out of safe range (internal). */
function hundredthsFromBig(n: bigint): Hundredths {
  if (!isSafeBig(n)) throw new RangeError(`Percentage out of safe integer range: ${n.toString()}`);
  return hundredths(Number(n));
}

/** part / whole in hundredths of a percent, half away from zero; null when whole is 0. */
export function percentOf(part: Fen, whole: Fen): Hundredths | null {
  const w = BigInt(fen(whole));
  if (w === 0n) return null;
  const p = BigInt(fen(part)) * WHOLE;
  return hundredthsFromBig(w < 0n ? divHalfAway(-p, -w) : divHalfAway(p, w));
}

/** Formats hundredths without a % sign: 3007 -> "30.07"; with trimZeros 10000 -> "100", 7210 -> "72.1". */
export function formatPercent(h: Hundredths, opts?: { trimZeros?: boolean }): string {
  const n = hundredths(h);
  const negative = n < 0;
  const digits = String(negative ? -n : n).padStart(3, '0');
  const intPart = digits.slice(0, -2);
  let fracPart = digits.slice(-2);
  if (opts?.trimZeros === true) fracPart = fracPart.replace(/0+$/, '');
  return (negative ? '-' : '') + intPart + (fracPart === '' ? '' : '.' + fracPart);
}

/** Parses "30.07%", "30.07" or "３０．０７％" into hundredths; null when blank, malformed or over 2 decimals. */
export function parsePercent(text: string): Hundredths | null {
  const normalized = normalizeNumeric(text).replace(/\s*%$/, '');
  const parts = splitDecimal(normalized);
  if (parts === null || parts.intDigits.replace(/^0+/, '').length > 20) return null;
  const scaled = scaleDecimal(parts, 2, false);
  return scaled === null || !isSafeBig(scaled) ? null : hundredths(Number(scaled));
}
