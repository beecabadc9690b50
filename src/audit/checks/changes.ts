/**
 * @module Year-on-year changes: a.change-amount (增减额 vs the two years), a.change-rate (增减率 vs
 * 增减额 ÷ 上年), a.rate-base (the rate was divided by the current year), a.zero-base ("增长100%" from
 * nothing), a.direction-word (增加 for a fall, 增加…下降 in one change, 持平/无变化 when figures differ).
 * The prior year is the stated one, else current ∓ change. Rounding of the printed figures is allowed
 * for: a gap it explains is a notice.
 */
import { type Fen, fen } from '../../money/index.ts';
import { indicatorName, indicatorNameEn } from '../facts/indicators.ts';
import type { ChangeFact, Facts, FlatFact } from '../facts/types.ts';
import type { AuditFinding } from './types.ts';
import {
  amountOf,
  evidenceList,
  locationOf,
  money,
  pct,
  printedAt,
  ratioAt,
  toHundredths,
  unitOf,
  withinRatioEnvelope,
} from './util.ts';

function base(facts: Facts, c: ChangeFact | FlatFact, rule: string, severity: AuditFinding['severity']) {
  return {
    ...unitOf(c.current, 'prior' in c ? c.prior : undefined),
    rule,
    severity,
    locations: [locationOf(facts, c)],
    evidence: evidenceList('current' in c ? c.current : undefined, 'prior' in c ? c.prior : undefined, c),
  };
}

function item(key: string | undefined): { item: string; itemEn: string } {
  return { item: key ? indicatorName(key) : '该项', itemEn: key ? indicatorNameEn(key) : 'the item' };
}

/** Checks of one stated change. */
function checkChange(facts: Facts, c: ChangeFact): AuditFinding[] {
  const out: AuditFinding[] = [];
  const signs = new Set(c.words.map(([s]) => s));
  if (signs.size > 1) {
    const words = c.words.map(([, w]) => w).join('…');
    out.push({
      ...base(facts, c, 'a.direction-word', 'error'),
      params: {
        ...item(c.key),
        reason: `同一变化同时写了“${words}”，方向相反`,
        reasonEn: `"${words}" state opposite directions`,
      },
    });
    return out;
  }
  const sign = c.words[0]![0];
  const word = c.words[0]![1];
  const cur = c.current;
  const prior = c.prior;
  if (cur && prior) {
    const diff = cur.value - prior.value;
    if (diff === 0 || Math.sign(diff) !== sign) {
      const real = diff === 0 ? '两年相同' : diff > 0 ? '实际为增加' : '实际为减少';
      out.push({
        ...base(facts, c, 'a.direction-word', 'error'),
        params: {
          ...item(c.key),
          reason: `本年${money(cur.value, cur)}、上年${money(prior.value, cur)}，${real}，报告却写“${word}”`,
          reasonEn: `current ${money(cur.value, cur)}, prior ${money(prior.value, cur)}, yet the report says "${word}"`,
        },
      });
      return out;
    }
    if (c.amount) {
      const expected = fen(Math.abs(diff));
      const difference = fen(c.amount.value - expected);
      if (difference !== 0) {
        const inside = Math.abs(difference) <= cur.halfUlp + prior.halfUlp;
        out.push({
          ...base(facts, c, 'a.change-amount', inside ? 'notice' : 'error'),
          params: {
            ...item(c.key),
            current: amountOf(cur.value, cur),
            prior: amountOf(prior.value, cur),
            direction: word,
            stated: word,
          },
          expected,
          actual: c.amount.value,
          difference,
          ...(inside ? { rounding: { parts: 2, envelope: fen(cur.halfUlp + prior.halfUlp) as Fen } } : {}),
        });
      }
    }
  }
  // With both years stated the rate is judged on them (a wrong 增减额 is its own finding).
  const change = cur && prior ? Math.abs(cur.value - prior.value) : c.amount?.value;
  const priorValue = prior?.value ?? (cur && c.amount ? cur.value - sign * c.amount.value : undefined);
  if (c.rate === undefined || change === undefined || priorValue === undefined) return out;
  if (priorValue <= 0) {
    if (priorValue === 0 && cur) {
      out.push({
        ...base(facts, c, 'a.zero-base', 'error'),
        params: {
          ...item(c.key),
          current: amountOf(cur.value, cur),
          stated: `${word}${c.amount ? money(c.amount.value, cur) : ''}`,
          rate: c.rate.raw,
        },
      });
    }
    return out;
  }
  const d = c.rate.decimals;
  const expected = ratioAt(BigInt(change), BigInt(priorValue), d)!;
  const printed = printedAt(c.rate.value, d);
  if (printed === expected) return out;
  // Uncertainty of the printed figures: the change (stated, or current − prior) and the prior (stated,
  // or current ∓ change).
  const halfCur = cur?.halfUlp ?? 0;
  const halfChange = cur && prior ? halfCur + prior.halfUlp : (c.amount?.halfUlp ?? 0);
  const halfPrior = prior ? prior.halfUlp : halfCur + (c.amount?.halfUlp ?? 0);
  const inside = withinRatioEnvelope(
    printed,
    d,
    { value: BigInt(change), half: BigInt(halfChange) },
    { value: BigInt(priorValue), half: BigInt(halfPrior) },
  );
  const params = {
    ...item(c.key),
    amount: amountOf(fen(change), cur),
    prior: amountOf(fen(priorValue), cur),
    current: cur ? amountOf(cur.value, cur) : '',
  };
  const texts = { expectedText: pct(toHundredths(expected, d), d), actualText: c.rate.raw };
  if (!inside && cur && cur.value > 0 && ratioAt(BigInt(change), BigInt(cur.value), d) === printed) {
    out.push({ ...base(facts, c, 'a.rate-base', 'error'), params, ...texts });
  } else {
    out.push({ ...base(facts, c, 'a.change-rate', inside ? 'notice' : 'error'), params, ...texts });
  }
  return out;
}

/** "持平/无变化" where the stated figures differ. */
function checkFlat(facts: Facts, f: FlatFact): AuditFinding[] {
  if (!f.current || f.key === undefined) return [];
  const role = f.against === 'budget' ? 'budget' : 'prior';
  const other = facts.amounts.find(
    (a) => a.key === f.key && a.role === role && a.part === f.part && Math.abs(a.sentence - f.sentence) <= 3,
  );
  if (!other || other.value === f.current.value) return [];
  const label = role === 'budget' ? '预算' : '上年';
  return [
    {
      ...base(facts, f, 'a.direction-word', 'error'),
      evidence: evidenceList(f.current, other, f),
      params: {
        ...item(f.key),
        reason: `决算${money(f.current.value, f.current)}、${label}${money(other.value, f.current)}，并不相同，报告却写“${f.word}”`,
        reasonEn: `actual ${money(f.current.value, f.current)} and ${role} ${money(other.value, f.current)} differ, yet the report says "${f.word}"`,
      },
    },
  ];
}

/** Every change and flat statement of the document. */
export function checkChanges(facts: Facts): AuditFinding[] {
  return [
    ...facts.changes.flatMap((c) => checkChange(facts, c)),
    ...facts.flats.flatMap((f) => checkFlat(facts, f)),
  ];
}
