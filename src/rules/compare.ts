/**
 * @module Comparisons shared by the rules: sums with the rounding envelope (figures entered in 万元 are
 * each rounded to 0.01万元, so n parts may miss their total by n × 0.005万元: a notice, not an error),
 * and exact equalities of the same figure printed in two places (no tolerance).
 */
import { type Fen, fen, roundingEnvelope, subFen, sumFenOrNull, withinEnvelope } from '../money/index.ts';
import type { FindingDraft, Location, RuleContext } from './types.ts';

type Params = Readonly<Record<string, string | number>>;
/** Message params, or a function that builds them only when there is a finding (hot loops). */
type LazyParams = Params | (() => Params);
const paramsOf = (p: LazyParams): Params => (typeof p === 'function' ? p() : p);

/** total vs Σ parts; null when they agree or the total or every part is blank. */
export function sumMismatch(
  ctx: RuleContext,
  total: Fen | null | undefined,
  parts: readonly (Fen | null | undefined)[],
  locations: readonly Location[],
  params: LazyParams = {},
): FindingDraft | null {
  if (total === null || total === undefined) return null;
  const sum = sumFenOrNull(parts);
  if (sum === null) return null;
  const difference = subFen(total, sum);
  if (difference === 0) return null;
  const n = parts.filter((p) => p !== null && p !== undefined).length;
  const base = { locations, params: paramsOf(params), expected: sum, actual: total, difference };
  if (!ctx.exact && withinEnvelope(difference, n)) {
    return { ...base, severity: 'notice', rounding: { parts: n, envelope: roundingEnvelope(n) } };
  }
  return base;
}

/** The same figure in two places must be equal to the fen (both were rounded the same way). */
export function equalMismatch(
  expected: Fen | null | undefined,
  actual: Fen | null | undefined,
  locations: readonly Location[],
  params: LazyParams = {},
): FindingDraft | null {
  if (expected === null || expected === undefined || actual === null || actual === undefined) return null;
  if (expected === actual) return null;
  return { locations, params: paramsOf(params), expected, actual, difference: subFen(actual, expected) };
}

/** actual must not exceed limit (e.g. an economic 款 within its 三公 item). */
export function exceedsLimit(
  limit: Fen | null | undefined,
  actual: Fen | null | undefined,
  locations: readonly Location[],
  params: LazyParams = {},
): FindingDraft | null {
  if (actual === null || actual === undefined) return null;
  const lim = limit ?? fen(0);
  if (actual <= lim) return null;
  return { locations, params: paramsOf(params), expected: lim, actual, difference: subFen(actual, lim) };
}

/** Drop nulls from a list of optional drafts. */
export function present(...drafts: (FindingDraft | null)[]): FindingDraft[] {
  return drafts.filter((d): d is FindingDraft => d !== null);
}
