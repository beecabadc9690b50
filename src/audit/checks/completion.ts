/**
 * @module Budget completion: a.completion-no-budget ("完成预算0%" where no budget was set: the rate is
 * undefined and must not be stated) and a.completion-rate (the stated rate is not 决算 ÷ 预算).
 */
import { indicatorName, indicatorNameEn } from '../facts/indicators.ts';
import type { CompletionFact, Facts } from '../facts/types.ts';
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

function checkOne(facts: Facts, c: CompletionFact): AuditFinding[] {
  const item = c.key ? indicatorName(c.key) : '该项';
  const itemEn = c.key ? indicatorNameEn(c.key) : 'the item';
  const noBudget = c.noBudget !== undefined || (c.budget !== undefined && c.budget.value === 0);
  if (noBudget) {
    return [
      {
        rule: 'a.completion-no-budget',
        severity: 'warning',
        locations: [locationOf(facts, c)],
        params: { item, itemEn, stated: /[^,，;；:：]*$/.exec(c.evidence.text)?.[0] ?? c.raw },
        evidence: evidenceList(c, c.noBudget, c.budget),
      },
    ];
  }
  if (!c.actual || !c.budget) return [];
  const d = c.decimals;
  const expected = ratioAt(BigInt(c.actual.value), BigInt(c.budget.value), d);
  const printed = printedAt(c.value, d);
  if (expected === null || expected === printed) return [];
  const inside = withinRatioEnvelope(
    printed,
    d,
    { value: BigInt(c.actual.value), half: BigInt(c.actual.halfUlp) },
    { value: BigInt(c.budget.value), half: BigInt(c.budget.halfUlp) },
  );
  return [
    {
      rule: 'a.completion-rate',
      severity: inside ? 'notice' : 'error',
      locations: [locationOf(facts, c)],
      params: {
        item,
        itemEn,
        current: amountOf(c.actual.value, c.actual),
        budget: amountOf(c.budget.value, c.actual),
      },
      expectedText: pct(toHundredths(expected, d), d),
      actualText: c.raw,
      ...unitOf(c.actual),
      evidence: evidenceList(c.budget, c.actual, c),
    },
  ];
}

/** Every completion rate of the document. */
export function checkCompletion(facts: Facts): AuditFinding[] {
  return facts.completions.flatMap((c) => checkOne(facts, c));
}
