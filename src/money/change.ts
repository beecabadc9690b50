/** Year-on-year change and budget completion. */

import { absFen, type Fen, fen, subFen } from './fen.ts';
import { type Hundredths, percentOf } from './percent.ts';

/** Sign of a change from the prior to the current amount. */
export type Direction = 'increase' | 'decrease' | 'flat';

/**
 * A change between two amounts: amount = |current - prior|; rate = amount / |prior| in hundredths
 * (null when prior is 0); zeroBase is true when prior is 0 and current is not.
 */
export type Change = { amount: Fen; direction: Direction; rate: Hundredths | null; zeroBase: boolean };

/** Describes the change from prior to current (增减额, 增减方向, 增减率). */
export function changeBetween(current: Fen, prior: Fen): Change {
  const diff = subFen(fen(current), fen(prior));
  const direction: Direction = diff > 0 ? 'increase' : diff < 0 ? 'decrease' : 'flat';
  const amount = absFen(diff);
  return {
    amount,
    direction,
    rate: percentOf(amount, absFen(prior)),
    zeroBase: prior === 0 && current !== 0,
  };
}

/** Budget completion rate actual / budget in hundredths; null when budget is blank or 0. */
export function completionRate(actual: Fen, budget: Fen | null): Hundredths | null {
  return budget === null ? null : percentOf(actual, budget);
}
