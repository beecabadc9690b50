/**
 * @module Shares (占X%): a.share (a share is not amount ÷ total rounded to its printed precision),
 * a.share-forced (a list made to sum to exactly 100% by pushing shares off their own rounding — a warning,
 * a notice when the text declares the adjustment), a.share-sum (the shares of a full list do not add up
 * to 100%). A share that the rounding of the printed amounts could explain is no error: a notice when
 * the list still adds up to 100% (shares computed from the exact amounts, as they should be), else a warning.
 */
import { indicatorName, indicatorNameEn } from '../facts/indicators.ts';
import type { Facts, ShareFact, ShareList } from '../facts/types.ts';
import type { AuditFinding } from './types.ts';
import {
  amountOf,
  evidenceList,
  locationOf,
  pct,
  printedAt,
  ratioAt,
  toHundredths,
  unitOf,
  withinRatioEnvelope,
} from './util.ts';

type Verdict = { share: ShareFact; expected: bigint; printed: bigint; inside: boolean };

/** Each share against part ÷ `base` (the total as printed, or the sum of the printed parts). */
function verdicts(list: ShareList, base: { value: number; halfUlp: number }): Verdict[] {
  const out: Verdict[] = [];
  for (const share of list.shares) {
    if (!share.amount) continue;
    const d = share.decimals;
    const expected = ratioAt(BigInt(share.amount.value), BigInt(base.value), d);
    if (expected === null) continue;
    const printed = printedAt(share.value, d);
    const inside = withinRatioEnvelope(
      printed,
      d,
      { value: BigInt(share.amount.value), half: BigInt(share.amount.halfUlp) },
      { value: BigInt(base.value), half: BigInt(base.halfUlp) },
    );
    out.push({ share, expected, printed, inside });
  }
  return out;
}

/**
 * The verdicts of a list: against the total, or — when the printed parts miss the total by no more than
 * their rounding — against the sum of the printed parts, if that explains more shares (shares of a
 * rounded list are rightly computed over its parts).
 */
function bestVerdicts(list: ShareList): Verdict[] {
  const total = list.total!;
  const byTotal = verdicts(list, total);
  const parts = list.shares.flatMap((s) => (s.amount ? [s.amount] : []));
  const sum = parts.reduce((s, a) => s + a.value, 0);
  const halfUlps = parts.reduce((s, a) => s + a.halfUlp, 0);
  if (parts.length < 2 || sum === total.value || Math.abs(sum - total.value) > halfUlps + total.halfUlp)
    return byTotal;
  const byParts = verdicts(list, { value: sum, halfUlp: halfUlps });
  const wrong = (vs: readonly Verdict[]) => vs.filter((v) => v.printed !== v.expected).length;
  return wrong(byParts) < wrong(byTotal) ? byParts : byTotal;
}

/** The list was forced to 100%: printed sum is 100%, own roundings are not, each fix is one unit. */
function isForced(all: readonly Verdict[], wrong: readonly Verdict[]): boolean {
  const printedSum = all.reduce((s, v) => s + toHundredths(v.printed, v.share.decimals), 0);
  const ownSum = all.reduce((s, v) => s + toHundredths(v.expected, v.share.decimals), 0);
  if (printedSum !== 10_000 || ownSum === 10_000) return false;
  const shift = wrong.reduce((s, v) => s + toHundredths(v.printed - v.expected, v.share.decimals), 0);
  return (
    shift === 10_000 - ownSum &&
    wrong.every((v) => v.printed - v.expected === 1n || v.expected - v.printed === 1n)
  );
}

function checkList(facts: Facts, list: ShareList): AuditFinding[] {
  const total = list.total;
  if (!total || total.value <= 0) return [];
  const all = bestVerdicts(list);
  const wrong = all.filter((v) => v.printed !== v.expected);
  const totalName = indicatorName(total.key ?? '');
  const out: AuditFinding[] = [];
  const forced = wrong.length > 0 && all.length >= 2 && isForced(all, wrong);
  const ownSum = all.reduce((s, v) => s + toHundredths(v.expected, v.share.decimals), 0);
  const printedSum = all.reduce((s, v) => s + toHundredths(v.printed, v.share.decimals), 0);
  const slack = all.reduce((s, v) => s + (v.share.decimals === 2 ? 1 : 10 ** (2 - v.share.decimals)), 0);
  // One share, or a list whose printed shares add up to 100%: nothing but the rounding is off.
  const coherent = all.length === 1 || Math.abs(printedSum - 10_000) <= slack;
  for (const v of wrong) {
    const d = v.share.decimals;
    const part = v.share.amount!;
    const params = {
      item: indicatorName(part.key ?? ''),
      itemEn: indicatorNameEn(part.key ?? ''),
      part: amountOf(part.value, total),
      total: forced ? amountOf(total.value, total) : totalName,
      totalEn: indicatorNameEn(total.key ?? ''),
      totalValue: amountOf(total.value, total),
      sum: pct(ownSum),
    };
    const severity = forced
      ? list.adjustmentDeclared
        ? 'notice'
        : 'warning'
      : v.inside
        ? coherent
          ? 'notice'
          : 'warning'
        : 'error';
    out.push({
      rule: forced ? 'a.share-forced' : 'a.share',
      ...(forced && list.adjustmentDeclared ? { messageKey: 'a.share-forced-declared' } : {}),
      severity,
      locations: [locationOf(facts, v.share)],
      params,
      expectedText: pct(toHundredths(v.expected, d), d),
      actualText: v.share.raw,
      ...unitOf(total),
      evidence: evidenceList(total, v.share, ...(forced ? list.shares.filter((s) => s !== v.share) : [])),
    });
  }
  // A list whose wrong shares the rounding of small amounts could explain is not also a wrong sum.
  if (!forced && all.length >= 2 && !wrong.some((v) => v.inside)) {
    const parts = all.reduce((s, v) => s + v.share.amount!.value, 0);
    const envelope = all.reduce((s, v) => s + v.share.amount!.halfUlp, 0);
    if (Math.abs(parts - total.value) <= envelope && Math.abs(printedSum - 10_000) > slack) {
      out.push({
        rule: 'a.share-sum',
        severity: 'error',
        locations: [locationOf(facts, all[0]!.share)],
        params: { item: totalName, itemEn: indicatorNameEn(total.key ?? '') },
        expectedText: '100%',
        actualText: pct(printedSum),
        evidence: evidenceList(total, ...all.map((v) => v.share)),
      });
    }
  }
  return out;
}

/** Every share list of the document. */
export function checkShares(facts: Facts): AuditFinding[] {
  return facts.shareLists.flatMap((l) => checkList(facts, l));
}
