/** Formatting fen as printed 万元 and 元 figures. */

import { divHalfAway, groupThousands } from './bigint.ts';
import { type Fen, fen } from './fen.ts';
import { FEN_PER_WAN } from './units.ts';

/** Formats a count of 10^-decimals units as a signed fixed-point string. */
function fixedPoint(units: bigint, decimals: number, thousands: boolean): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(decimals + 1, '0');
  const intPart = digits.slice(0, digits.length - decimals);
  const fracPart = digits.slice(digits.length - decimals);
  const body = (thousands ? groupThousands(intPart) : intPart) + (decimals > 0 ? '.' + fracPart : '');
  return (negative ? '-' : '') + body;
}

/** Formats fen as 万元 with 2 (default), 4 or 6 decimals, rounding half away from zero; never prints "-0.00". */
export function formatWan(a: Fen, opts?: { thousands?: boolean; decimals?: 2 | 4 | 6 }): string {
  const decimals = opts?.decimals ?? 2;
  if (decimals !== 2 && decimals !== 4 && decimals !== 6) {
    throw new RangeError(`Unsupported number of decimals: ${String(decimals)}`);
  }
  const step = BigInt(FEN_PER_WAN) / 10n ** BigInt(decimals);
  return fixedPoint(divHalfAway(BigInt(fen(a)), step), decimals, opts?.thousands === true);
}

/** Formats fen as 元 with exactly 2 decimals, e.g. 651040000 -> "6510400.00". */
export function formatYuan(a: Fen, opts?: { thousands?: boolean }): string {
  return fixedPoint(BigInt(fen(a)), 2, opts?.thousands === true);
}
