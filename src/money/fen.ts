/** Integer amounts of 分 (fen) and exact arithmetic on them. */

import { toSafeNumber } from './bigint.ts';

/** An amount in integer 分 (fen, 0.01 元); always a safe integer. */
export type Fen = number & { readonly __brand: 'Fen' };

/** Brands a safe integer as Fen; throws RangeError otherwise (negative zero becomes zero). */
export function fen(n: number): Fen {
  if (!Number.isSafeInteger(n)) {
    throw new RangeError(`Not a safe integer amount of fen: ${String(n)}`);
  }
  return (n === 0 ? 0 : n) as Fen;
}

/** Zero fen. */
export const ZERO: Fen = fen(0);

/** Adds two amounts; throws RangeError on overflow. */
export function addFen(a: Fen, b: Fen): Fen {
  return fen(a + b);
}

/** Subtracts b from a; throws RangeError on overflow. */
export function subFen(a: Fen, b: Fen): Fen {
  return fen(a - b);
}

/** Negates an amount. */
export function negFen(a: Fen): Fen {
  return fen(0 - a);
}

/** Absolute value of an amount. */
export function absFen(a: Fen): Fen {
  return fen(a < 0 ? 0 - a : a);
}

/** Exact BigInt sum of the non-blank entries, plus how many there were. */
function sumBig(xs: readonly (Fen | null | undefined)[]): { total: bigint; count: number } {
  // Fast path: integer addition in doubles is exact while every partial sum stays a safe integer;
  // only when one does not is the sum redone in BigInt.
  let fast = 0;
  let count = 0;
  for (const x of xs) {
    if (x === null || x === undefined) continue;
    if (!Number.isSafeInteger(x)) throw new RangeError(`Amount in fen must be a safe integer: ${String(x)}`);
    fast += x;
    count += 1;
    if (!Number.isSafeInteger(fast)) return sumExact(xs);
  }
  return { total: BigInt(fast), count };
}

function sumExact(xs: readonly (Fen | null | undefined)[]): { total: bigint; count: number } {
  let total = 0n;
  let count = 0;
  for (const x of xs) {
    if (x === null || x === undefined) continue;
    total += BigInt(fen(x));
    count += 1;
  }
  return { total, count };
}

/** Converts an exact BigInt back to Fen; throws RangeError when out of safe range. */
function fromBig(total: bigint): Fen {
  return fen(toSafeNumber(total));
}

/** Sums amounts exactly, skipping blanks (null/undefined); all blank gives ZERO. */
export function sumFen(xs: readonly (Fen | null | undefined)[]): Fen {
  return fromBig(sumBig(xs).total);
}

/** Sums amounts exactly, skipping blanks; returns null when every entry is blank. */
export function sumFenOrNull(xs: readonly (Fen | null | undefined)[]): Fen | null {
  const { total, count } = sumBig(xs);
  return count === 0 ? null : fromBig(total);
}

/** Multiplies an amount by an integer factor; throws RangeError on a non-integer factor or overflow. */
export function mulFenInt(a: Fen, k: number): Fen {
  if (!Number.isSafeInteger(k)) {
    throw new RangeError(`Factor must be a safe integer: ${String(k)}`);
  }
  return fromBig(BigInt(fen(a)) * BigInt(k));
}
