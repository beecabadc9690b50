/** Internal BigInt helpers shared by the money module (not re-exported). */

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** Divides n by a positive d, rounding half away from zero (四舍五入). */
export function divHalfAway(n: bigint, d: bigint): bigint {
  if (d <= 0n) throw new RangeError('Divisor must be positive');
  const magnitude = n < 0n ? -n : n;
  const q = (2n * magnitude + d) / (2n * d);
  return n < 0n ? -q : q;
}

/** True when a BigInt fits in the safe integer range of number. */
export function isSafeBig(n: bigint): boolean {
  return n <= MAX_SAFE && n >= -MAX_SAFE;
}

/** Converts a BigInt to a number, throwing RangeError when it is not a safe integer. */
export function toSafeNumber(n: bigint): number {
  if (!isSafeBig(n)) throw new RangeError(`Out of safe integer range: ${n.toString()}`);
  return Number(n);
}

/** Inserts ',' between groups of three digits of a plain digit string. */
export function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
