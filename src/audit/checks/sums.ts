/**
 * @module a.parts-vs-total: parts against their total with the rounding envelope of the printed parts
 * (n × 0.005万元 for n parts printed to 0.01万元): a gap inside it is a notice, never an error. Sources:
 * share lists that add up to 100%, the fixed identities (基本支出 = 人员经费 + 公用经费, 三公 = 出国 + 车
 * + 接待, …) and the 类/款/项 lines. A list that may be partial is only checked for exceeding its total
 * (error) or, for 类/款/项 detail, for falling short (warning: a 项 may be missing).
 */
import { type Fen, fen, sumFen } from '../../money/index.ts';
import { indicatorName, indicatorNameEn } from '../facts/indicators.ts';
import type { AmountFact, Facts } from '../facts/types.ts';
import type { AuditFinding } from './types.ts';
import { evidenceList, locationOf, unitOf } from './util.ts';

type Identity = { readonly totals: readonly string[]; readonly parts: readonly string[] };

const IDENTITIES: readonly Identity[] = [
  { totals: ['gpb.basic', 'exp.basic'], parts: ['personnel', 'public'] },
  {
    totals: ['exp.total'],
    parts: ['exp.basic', 'exp.project', 'exp.superior', 'exp.operating', 'exp.affiliate'],
  },
  {
    totals: ['income.total'],
    parts: [
      'income.gpb',
      'income.govfund',
      'income.soe',
      'income.superior',
      'income.business',
      'income.operating',
      'income.affiliate',
      'income.other',
    ],
  },
  { totals: ['sangong.total'], parts: ['sangong.abroad', 'sangong.vehicle', 'sangong.reception'] },
  { totals: ['sangong.vehicle'], parts: ['sangong.vehicle-purchase', 'sangong.vehicle-run'] },
  { totals: ['sangong.reception'], parts: ['sangong.reception-domestic', 'sangong.reception-foreign'] },
  { totals: ['procure.total'], parts: ['procure.goods', 'procure.works', 'procure.services'] },
];

type Mode = 'equal' | 'exceed' | 'detail';

/** A 类/款/项 by its own name (行政运行), other indicators by their display name. */
function shortName(key: string): string {
  return key.startsWith('func:') ? (key.split('/').pop() ?? key).replace(/^func:/, '') : indicatorName(key);
}

/** One comparison of a total with parts. */
function compare(facts: Facts, total: AmountFact, parts: readonly AmountFact[], mode: Mode): AuditFinding[] {
  const sum = sumFen(parts.map((p) => p.value));
  const difference = fen(sum - total.value);
  if (difference === 0) return [];
  const envelope = fen(parts.reduce((s, p) => s + p.halfUlp, 0));
  const inside = Math.abs(difference) <= envelope;
  if (mode === 'exceed' && (difference < 0 || inside)) return [];
  const severity = inside ? 'notice' : mode === 'detail' && difference < 0 ? 'warning' : 'error';
  const names = [...new Set(parts.map((p) => shortName(p.key ?? '')))];
  const shown = parts.length > 4 ? `${names.slice(0, 3).join('、')}等${parts.length}项` : names.join('、');
  return [
    {
      rule: 'a.parts-vs-total',
      ...(mode === 'exceed' && !inside ? { messageKey: 'a.parts-exceed-total' } : {}),
      severity,
      locations: [locationOf(facts, total)],
      params: {
        total: indicatorName(total.key ?? ''),
        totalEn: indicatorNameEn(total.key ?? ''),
        parts: shown,
        partsEn: [
          ...new Set(
            parts.map((p) => (p.key?.startsWith('func:') ? shortName(p.key) : indicatorNameEn(p.key ?? ''))),
          ),
        ].join(', '),
      },
      expected: total.value,
      actual: sum,
      difference,
      ...(inside ? { rounding: { parts: parts.length, envelope: envelope as Fen } } : {}),
      evidence: evidenceList(total, ...parts),
      ...unitOf(total, ...parts),
    },
  ];
}

/** First actual text amount of a key in a document part, preferring one after `after`. */
function pick(list: readonly AmountFact[], key: string, after?: AmountFact): AmountFact | undefined {
  const of = list.filter((a) => a.key === key);
  return (after && of.find((a) => a.sentence >= after.sentence)) ?? of[0];
}

/** Comparisons of 类 with its 款 or 项 lines and of 一般公共预算财政拨款支出 with all 项 lines. */
function funcComparisons(inPart: readonly AmountFact[]): [AmountFact, AmountFact[], Mode][] {
  const byKey = new Map<string, AmountFact>();
  for (const a of inPart) if (a.key?.startsWith('func:') && !byKey.has(a.key)) byKey.set(a.key, a);
  const depth = (k: string) => k.split('/').length;
  const out: [AmountFact, AmountFact[], Mode][] = [];
  for (const [key, fact] of byKey) {
    const d = depth(key);
    if (d >= 3) continue;
    const children = [...byKey]
      .filter(([k]) => k.startsWith(`${key}/`) && depth(k) === d + 1)
      .map(([, f]) => f);
    const grand = [...byKey].filter(([k]) => k.startsWith(`${key}/`) && depth(k) === 3).map(([, f]) => f);
    const parts = children.length > 0 ? children : grand;
    if (parts.length > 0) out.push([fact, parts, 'detail']);
  }
  const total = inPart.find((a) => a.key === 'gpb.exp');
  const items = [...byKey].filter(([k]) => depth(k) === 3).map(([, f]) => f);
  if (total && items.length > 1) out.push([total, items, 'detail']);
  return out;
}

/** a.parts-vs-total over the whole document. */
export function checkSums(facts: Facts): AuditFinding[] {
  const out: AuditFinding[] = [];
  const seen = new Set<string>();
  const run = (total: AmountFact, parts: AmountFact[], mode: Mode) => {
    const sig = `${total.id}:${parts
      .map((p) => p.id)
      .sort((a, b) => a - b)
      .join(',')}`;
    const values = `${total.value}:${parts
      .map((p) => `${p.key}=${p.value}`)
      .sort()
      .join(',')}`;
    if (parts.length === 0 || seen.has(sig) || seen.has(values)) return;
    seen.add(sig);
    seen.add(values);
    out.push(...compare(facts, total, parts, mode));
  };
  for (const list of facts.shareLists) {
    const parts = list.shares.flatMap((s) => (s.amount ? [s.amount] : []));
    const printed = list.shares.reduce((s, x) => s + x.value, 0);
    if (list.total && parts.length >= 2 && Math.abs(printed - 10_000) <= 100) run(list.total, parts, 'equal');
  }
  const actual = facts.amounts.filter((a) => a.role === 'actual' && a.key !== undefined);
  const partsOfDoc = new Set(actual.map((a) => a.part));
  for (const p of partsOfDoc) {
    const inPart = actual.filter((a) => a.part === p);
    for (const id of IDENTITIES) {
      const total = id.totals.map((k) => pick(inPart, k)).find((t) => t !== undefined);
      if (!total) continue;
      const parts = id.parts.flatMap((k) => {
        const f = pick(inPart, k, total);
        return f ? [f] : [];
      });
      run(total, parts, parts.length === id.parts.length ? 'equal' : 'exceed');
    }
    for (const [total, parts, mode] of funcComparisons(inPart)) run(total, parts, mode);
  }
  return out;
}
