/** Rounding amounts to coarser published steps. */

import { divHalfAway, toSafeNumber } from './bigint.ts';
import { type Fen, fen } from './fen.ts';
import { WAN_CENT_FEN } from './units.ts';

/** Rounds an amount to a multiple of step (a positive integer of fen), half away from zero. */
export function roundFenTo(a: Fen, step: number): Fen {
  if (!Number.isSafeInteger(step) || step <= 0) {
    throw new RangeError(`Rounding step must be a positive safe integer: ${String(step)}`);
  }
  const s = BigInt(step);
  return fen(toSafeNumber(divHalfAway(BigInt(fen(a)), s) * s));
}

/** Rounds an amount to the published 0.01 万元 figure (a multiple of 10 000 fen). */
export function roundToWanCent(a: Fen): Fen {
  return roundFenTo(a, WAN_CENT_FEN);
}
