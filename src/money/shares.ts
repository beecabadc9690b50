/** Splitting 100.00% among non-negative parts. */

import { divHalfAway } from './bigint.ts';
import { type Fen, fen } from './fen.ts';
import { type Hundredths, hundredths } from './percent.ts';

/** Hundredths in 100%. */
const WHOLE = 10_000n;

/** Validates non-negative parts and returns them with their total as BigInts. */
function bigParts(parts: readonly Fen[]): { values: bigint[]; total: bigint } {
  const values = parts.map((p) => {
    if (fen(p) < 0) throw new RangeError(`Share parts must not be negative: ${String(p)}`);
    return BigInt(p);
  });
  return { values, total: values.reduce((s, v) => s + v, 0n) };
}

/** Shares in hundredths summing to exactly 10000 by largest remainder (ties: earlier index); zero total gives all 0. */
export function sharesLargestRemainder(parts: readonly Fen[]): Hundredths[] {
  const { values, total } = bigParts(parts);
  if (total === 0n) return values.map(() => hundredths(0));
  const floors = values.map((v) => (v * WHOLE) / total);
  const remainders = values.map((v) => (v * WHOLE) % total);
  let deficit = Number(WHOLE - floors.reduce((s, f) => s + f, 0n));
  const order = values
    .map((_, i) => i)
    .sort((i, j) => {
      const ri = remainders[i] ?? 0n;
      const rj = remainders[j] ?? 0n;
      return ri === rj ? i - j : ri > rj ? -1 : 1;
    });
  for (const i of order) {
    if (deficit <= 0) break;
    floors[i] = (floors[i] ?? 0n) + 1n;
    deficit -= 1;
  }
  return floors.map((f) => hundredths(Number(f)));
}

/** Shares in hundredths each rounded half away from zero on its own (may not sum to 10000); zero total gives all 0. */
export function sharesIndependent(parts: readonly Fen[]): Hundredths[] {
  const { values, total } = bigParts(parts);
  if (total === 0n) return values.map(() => hundredths(0));
  return values.map((v) => hundredths(Number(divHalfAway(v * WHOLE, total))));
}
