/**
 * @module a.indicator-repeat: the same indicator (same role and year) stated with different values in
 * different places of the report — the narrative, the 附件, the 说明 — an error quoting each value.
 */
import { indicatorName, indicatorNameEn } from '../facts/indicators.ts';
import type { AmountFact, Facts } from '../facts/types.ts';
import type { AuditFinding } from './types.ts';
import { evidenceList, locationOf, money, unitOf } from './util.ts';

const ROLE = {
  actual: ['决算数', 'actual'],
  budget: ['预算数', 'budget'],
  prior: ['上年数', 'prior year'],
} as const;

/** Every indicator stated with more than one value. */
export function checkRepeats(facts: Facts): AuditFinding[] {
  const groups = new Map<string, AmountFact[]>();
  for (const a of facts.amounts) {
    if (a.key === undefined || a.unitInferred) continue;
    const year = a.year === undefined || a.year === facts.reportYear ? '' : String(a.year);
    // 年初预算 and 调整预算, 上年决算 and 上年预算 are different figures of one indicator.
    const plain = a.label.replace(/一般公共预算|政府性基金预算|国有资本经营预算/g, '');
    const qualifier = `${/年初|调整|全年|追加/.exec(plain)?.[0] ?? ''}${a.role === 'prior' && /预算/.test(plain) ? '预算' : ''}`;
    const k = `${a.key}|${a.role}|${qualifier}|${year}`;
    groups.set(k, [...(groups.get(k) ?? []), a]);
  }
  const out: AuditFinding[] = [];
  for (const list of groups.values()) {
    const distinct: AmountFact[] = [];
    for (const a of list) if (!distinct.some((d) => d.value === a.value)) distinct.push(a);
    if (distinct.length < 2) continue;
    const [first, second] = distinct as [AmountFact, AmountFact];
    const key = first.key!;
    out.push({
      rule: 'a.indicator-repeat',
      severity: 'error',
      locations: distinct.map((d) => locationOf(facts, d)),
      params: {
        item: indicatorName(key),
        itemEn: indicatorNameEn(key),
        role: ROLE[first.role][0],
        roleEn: ROLE[first.role][1],
        values: distinct.map((d) => money(d.value, d)).join('、'),
        valuesEn: distinct.map((d) => money(d.value, d).replace(/(万元|元)$/, ' $1')).join(', '),
      },
      expected: first.value,
      actual: second.value,
      difference: (second.value - first.value) as AmountFact['value'],
      evidence: evidenceList(...distinct),
      ...unitOf(...distinct),
    });
  }
  return out;
}
