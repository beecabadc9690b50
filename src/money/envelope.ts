/** Tolerance for sums of figures that were each rounded to 0.01 万元. */

import { absFen, type Fen, fen } from './fen.ts';
import { WAN_CENT_FEN } from './units.ts';

/** Maximum gap between n parts each rounded to 0.01 万元 and their rounded total: n × 0.005 万元 (n × 5000 fen). */
export function roundingEnvelope(n: number): Fen {
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new RangeError(`Number of parts must be a non-negative integer: ${String(n)}`);
  }
  return fen(n * (WAN_CENT_FEN / 2));
}

/** True when |difference| is within the rounding envelope of nParts published parts. */
export function withinEnvelope(difference: Fen, nParts: number): boolean {
  return absFen(difference) <= roundingEnvelope(nParts);
}
