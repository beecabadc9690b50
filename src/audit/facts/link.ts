/**
 * @module Links facts across clauses and sentences: a change to the amount it changes (and a stated
 * prior amount), a completion rate to its 决算 and 预算 (or to "未安排预算"), shares into lists with
 * their total.
 */
import type { Doc } from './doc.ts';
import { evidenceOf } from './doc.ts';
import { indicatorIn, indicatorName } from './indicators.ts';
import type { ChangeDraft, CompletionDraft, FlatDraft, ShareDraft } from './sentence.ts';
import type { AmountFact, ChangeFact, CompletionFact, FlatFact, ShareFact, ShareList } from './types.ts';

const LOOKBACK = 3;
const NO_BUDGET =
  /未安排[^。]{0,30}?预算|(年初|全年)?预算(数)?为0(?![.\d])(万元|元)?|无(年初)?预算|没有安排[^。]{0,30}?预算/;
const ADJUSTED = /尾差|调整为100%|合计为100%|强制/;

/** Keys that may stand for each other in a change ("收、支总计减少…" after "财政拨款收、支总计…"). */
function related(a: string, b: string): boolean {
  return (
    a === b || indicatorName(a).includes(indicatorName(b)) || indicatorName(b).includes(indicatorName(a))
  );
}

/** The nearest amount before `at` (sentence index, position) with a related key, in the same part. */
export function nearestBefore(
  amounts: readonly AmountFact[],
  key: string | undefined,
  at: { sentence: number; pos: number; line: number; part: number },
  opts: { role?: AmountFact['role']; lookback?: number; exact?: boolean } = {},
): AmountFact | undefined {
  const lookback = opts.lookback ?? LOOKBACK;
  let best: AmountFact | undefined;
  for (const a of amounts) {
    if (a.part !== at.part || a.source !== 'text') continue;
    if (a.sentence > at.sentence || at.sentence - a.sentence > lookback) continue;
    if (a.sentence === at.sentence && a.pos >= at.pos) continue;
    if (opts.role !== undefined && a.role !== opts.role) continue;
    if (key !== undefined && (a.key === undefined || !(opts.exact ? a.key === key : related(a.key, key))))
      continue;
    if (key === undefined && a.sentence !== at.sentence) continue;
    if (!best || a.sentence > best.sentence || (a.sentence === best.sentence && a.pos > best.pos)) best = a;
  }
  return best;
}

/**
 * Merges amount and rate of one change (quoting both: "减少19.81万元，下降16.47%") and finds the amounts
 * they refer to.
 */
export function linkChanges(
  drafts: readonly ChangeDraft[],
  amounts: readonly AmountFact[],
  subjects: ReadonlyMap<number, string>,
  doc: Doc,
): ChangeFact[] {
  const out: ChangeFact[] = [];
  const spans: (readonly [number, number])[] = [];
  for (const d of drafts) {
    const key = d.key ?? subjects.get(d.sentence) ?? subjects.get(d.sentence - 1);
    const prev = out[out.length - 1];
    if (
      prev &&
      prev.sentence === d.sentence &&
      d.rate &&
      !prev.rate &&
      (d.key === undefined || d.key === prev.key)
    ) {
      const evidence = evidenceOf(doc.lines[d.line]!, spans[spans.length - 1]![0], d.span[1]);
      out[out.length - 1] = { ...prev, evidence, rate: d.rate, words: [...prev.words, d.word] };
      continue;
    }
    const current =
      nearestBefore(amounts, key, d, { role: 'actual', exact: true }) ??
      nearestBefore(amounts, key, d, { role: 'actual' });
    const prior = amounts.find(
      (a) =>
        a.role === 'prior' && a.key === key && a.part === d.part && Math.abs(a.sentence - d.sentence) <= 2,
    );
    spans.push(d.span);
    out.push({
      sentence: d.sentence,
      line: d.line,
      part: d.part,
      pos: d.pos,
      evidence: d.evidence,
      words: [d.word],
      ...(key ? { key } : {}),
      ...(d.amount ? { amount: d.amount } : {}),
      ...(d.rate ? { rate: d.rate } : {}),
      ...(current ? { current } : {}),
      ...(prior ? { prior } : {}),
    });
  }
  return out;
}

/** Finds the amount a "无变化/持平" statement is about. */
export function linkFlats(
  drafts: readonly FlatDraft[],
  amounts: readonly AmountFact[],
  subjects: ReadonlyMap<number, string>,
): FlatFact[] {
  return drafts.map((d) => {
    const key = d.key ?? subjects.get(d.sentence - 1);
    const current = key === undefined ? undefined : nearestBefore(amounts, key, d, { role: 'actual' });
    return { ...d, ...(key ? { key } : {}), ...(current ? { current } : {}) };
  });
}

/** Finds 决算, 预算 and a "no budget" statement for each completion rate (same paragraph). */
export function linkCompletions(
  drafts: readonly CompletionDraft[],
  amounts: readonly AmountFact[],
  doc: Doc,
): CompletionFact[] {
  return drafts.map((d) => {
    const sameLine = amounts.filter(
      (a) => a.line === d.line && a.source === 'text' && (d.key === undefined || a.key === d.key),
    );
    const actual = [...sameLine].reverse().find((a) => a.role === 'actual' && a.pos < d.pos);
    const budget = sameLine.find((a) => a.role === 'budget');
    const line = doc.lines[d.line]!;
    const m = NO_BUDGET.exec(line.text);
    const noBudget = m
      ? evidenceOf(line, sentenceStartOf(line.text, m.index), sentenceEndOf(line.text, m.index))
      : undefined;
    return {
      ...d,
      ...(actual ? { actual } : {}),
      ...(budget ? { budget } : {}),
      ...(noBudget ? { noBudget } : {}),
    };
  });
}

function sentenceStartOf(text: string, at: number): number {
  const i = Math.max(
    text.lastIndexOf('。', at - 1),
    text.lastIndexOf(',', at - 1),
    text.lastIndexOf('，', at - 1),
  );
  return i + 1;
}

function sentenceEndOf(text: string, at: number): number {
  const m = /[。,，;；]/g;
  m.lastIndex = at;
  const r = m.exec(text);
  return r ? r.index : text.length;
}

/** Groups the shares of each sentence into lists and finds each list's total. */
export function linkShares(
  drafts: readonly ShareDraft[],
  amounts: readonly AmountFact[],
  doc: Doc,
): { shares: ShareFact[]; lists: ShareList[] } {
  const lists: ShareList[] = [];
  const bySentence = new Map<number, ShareDraft[]>();
  for (const d of drafts) bySentence.set(d.sentence, [...(bySentence.get(d.sentence) ?? []), d]);
  for (const group of bySentence.values()) {
    const first = group[0]!;
    const line = doc.lines[first.line]!;
    const around = doc.lines
      .slice(first.line, first.line + 3)
      .map((l) => l.text)
      .join('\n');
    const adjustmentDeclared = ADJUSTED.test(around);
    const withBase = group.filter((s) => s.baseKey !== undefined);
    for (const s of withBase) {
      const total =
        nearestBefore(amounts, s.baseKey, s, { role: 'actual', exact: true, lookback: 1000 }) ??
        amounts.find((a) => a.key === s.baseKey && a.role === 'actual' && a.source === 'text');
      lists.push({ shares: [s], ...(total ? { total } : {}), adjustmentDeclared });
    }
    const plain = group.filter((s) => s.baseKey === undefined && s.amount !== undefined);
    if (plain.length === 0) continue;
    const firstPart = plain[0]!.amount!;
    const parts = new Set(plain.map((s) => s.amount!.id));
    const inSentence = amounts.filter(
      (a) =>
        a.sentence === first.sentence && a.pos < firstPart.pos && !parts.has(a.id) && a.role === 'actual',
    );
    let total = inSentence[inSentence.length - 1];
    if (!total) {
      const leadKey = subjectOfLead(line.text.slice(0, firstPart.pos), firstPart.key);
      if (leadKey)
        total = nearestBefore(amounts, leadKey, firstPart, { role: 'actual', exact: true, lookback: 6 });
    }
    lists.push({ shares: plain, ...(total ? { total } : {}), adjustmentDeclared });
  }
  return { shares: lists.flatMap((l) => l.shares as ShareFact[]), lists };
}

// The lead clause of a list with no amount ("2022年“三公”经费财政拨款支出决算中，…").
function subjectOfLead(lead: string, partKey: string | undefined): string | undefined {
  const clause = lead.split(/[。]/).pop() ?? '';
  const ind = indicatorIn(clause.split(/[,;:，；：]/)[0] ?? '');
  return ind && ind.key !== partKey ? ind.key : undefined;
}
