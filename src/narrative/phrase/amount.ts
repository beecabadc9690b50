/** @module Printed figures: amounts in 万元 (two decimals) and percentages. */
import { type Fen, formatPercent, formatWan, type Hundredths, roundToWanCent } from '../../money/index.ts';
import type { CellRef, Run } from '../../report/types.ts';

/** The figure as printed: rounded to 0.01万元 (changes, shares and rates are computed from it). */
export function printed(value: Fen): Fen {
  return roundToWanCent(value);
}

/** "651.04万元" (always two decimals). */
export function wanText(value: Fen): string {
  return `${formatWan(value)}万元`;
}

/** An amount run "651.04万元"; with a cell reference it carries the cell and its exact value. */
export function amount(value: Fen, ref?: CellRef): Run {
  const t = wanText(value);
  return ref === undefined ? { text: t } : { text: t, ref, fen: value };
}

/** "30.07%" (always two decimals). */
export function percentText(h: Hundredths): string {
  return `${formatPercent(h)}%`;
}
