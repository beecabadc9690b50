/**
 * @module Facts of one sentence: each figure with the words before it (its clause) decides whether it
 * is an amount, a change, a share, a completion rate or a count, and which indicator it belongs to.
 */
import { evidenceOf, type Line, type Sentence } from './doc.ts';
import { type Indicator, indicatorIn, roleOf, yearOf } from './indicators.ts';
import { type AmountUnit, scanTokens, type Token } from './tokens.ts';
import type { AmountFact, Place } from './types.ts';

// 、 separates list items, except in 收、支 (收、支总计).
const DELIMITER = /[,;:，；：]|(?<!收)、/g;
const CHANGE_WORD = /(增加|减少|增长|下降|降低|上升|节约|减)(了|为|达)?$/;
const SHARE_WORD = /占(比)?(为)?$|占([^,;:，；：]{1,24}?)的(比重为|比例为)?$|占比(为)?$/;
const COMPLETION_WORD =
  /(完成|执行)(了)?(年初|全年|调整后?的?)?预算(数)?(的)?$|预算(的)?执行率(为|达|是)?$|完成率(为|达|是)?$/;
const FLAT_WORD = /无变化|没有变化|保持不变|持平/g;

export type ChangeDraft = Place & {
  /** Line offsets of the quoted clause, so that an amount and its rate can be quoted together. */
  span: readonly [number, number];
  key?: string;
  word: readonly [1 | -1, string];
  amount?: { value: AmountFact['value']; halfUlp: number; raw: string };
  rate?: { value: number; decimals: number; raw: string };
};
export type ShareDraft = Place & {
  value: number;
  decimals: number;
  raw: string;
  baseKey?: string;
  amount?: AmountFact;
};
export type CompletionDraft = Place & { value: number; decimals: number; raw: string; key?: string };
export type FlatDraft = Place & { key?: string; against: 'prior' | 'budget'; word: string };
export type CountDraft = Place & { value: number; measure: string; label: string; key: string };

export type SentenceFacts = {
  amounts: AmountFact[];
  changes: ChangeDraft[];
  shares: ShareDraft[];
  completions: CompletionDraft[];
  flats: FlatDraft[];
  counts: CountDraft[];
  /** The indicator the sentence is about (the last one named before its first figure), if any. */
  subject?: string;
};

/** The 类/款/项 path a sentence names ("…（类）…（款）…（项）"), as an indicator. */
export function funcPathIn(text: string): Indicator | undefined {
  const lei = /\(\d*类\)/.exec(text);
  if (!lei) return undefined;
  const before = text.slice(0, lei.index);
  const name = before
    .split(/[,;:，；：。]/)
    .pop()!
    .replace(/^\s*\d+[.、]\s*|^\s*\(\d+\)\s*/, '')
    .trim();
  const rest = text.slice(lei.index + lei[0].length);
  const kuan = /\(\d*款\)/.exec(rest);
  const parts = [name];
  let end = lei.index + lei[0].length;
  if (kuan) {
    parts.push(rest.slice(0, kuan.index).trim());
    const rest2 = rest.slice(kuan.index + kuan[0].length);
    end += kuan.index + kuan[0].length;
    const xiang = /\(\d*项\)/.exec(rest2);
    if (xiang) {
      parts.push(rest2.slice(0, xiang.index).trim());
      end += xiang.index + xiang[0].length;
    }
  }
  if (parts.some((p) => p === '' || /[,;:，；：。]/.test(p))) return undefined;
  return { key: `func:${parts.join('/')}`, text: text.slice(lei.index - name.length, end), index: end };
}

function countKey(measure: string, label: string, sentence: string): string | undefined {
  if (measure === '辆') {
    if (/保有量/.test(label)) return 'vehicles.held';
    if (/购置|购买|新增|更新/.test(label)) return 'vehicles.purchased';
    if (/共有|总数|实有|合计|共计/.test(label)) return 'vehicles.total';
    if (/用车|车辆/.test(label)) return 'vehicles.category';
    return undefined;
  }
  const foreign = /外事|外宾/.test(label) ? 'reception-foreign' : 'reception';
  if (measure === '批次') return /接待/.test(sentence) ? `${foreign}.batches` : undefined;
  if (measure === '人次') {
    if (/接待/.test(sentence)) return `${foreign}.persons`;
    return /出国|团组/.test(sentence) ? 'abroad.persons' : undefined;
  }
  if (/团组/.test(measure)) return 'abroad.groups';
  return undefined;
}

/** Extracts the facts of one sentence; `nextId` numbers amount facts. */
export function sentenceFacts(
  line: Line,
  sentence: Sentence,
  defaultUnit: AmountUnit,
  reportYear: number | undefined,
  nextId: () => number,
): SentenceFacts {
  const text = sentence.text;
  const out: SentenceFacts = { amounts: [], changes: [], shares: [], completions: [], flats: [], counts: [] };
  const func = funcPathIn(text);
  const tokens: Token[] = scanTokens(text, defaultUnit);
  let prevEnd = 0;
  const starts = new Map<number, number>();
  let lastKey: { key: string; clauseStart: number } | undefined;
  const place = (start: number, end: number, evStart: number): Place => ({
    sentence: sentence.index,
    line: line.index,
    part: line.part,
    pos: sentence.start + start,
    evidence: evidenceOf(line, sentence.start + evStart, sentence.start + end),
  });
  for (const t of tokens) {
    const delims = [...text.slice(0, t.start).matchAll(DELIMITER)];
    const clauseStart = Math.max(prevEnd, delims.length ? delims[delims.length - 1]!.index + 1 : 0);
    const label = text.slice(clauseStart, t.start).trim();
    const own = indicatorIn(label);
    const viaFunc = func && func.index <= t.start ? func : undefined;
    const key = own?.key ?? viaFunc?.key ?? lastKey?.key;
    if (own) lastKey = { key: own.key, clauseStart };
    else if (viaFunc && !lastKey) lastKey = { key: viaFunc.key, clauseStart: 0 };
    if (out.subject === undefined && key !== undefined) out.subject = key;
    const evStart = own
      ? clauseStart
      : viaFunc
        ? Math.max(0, viaFunc.index - viaFunc.text.length)
        : (lastKey?.clauseStart ?? clauseStart);
    const keyed = key === undefined ? {} : { key };
    prevEnd = t.end;
    if (t.kind === 'count') {
      const ck = countKey(t.measure, label, text);
      if (ck)
        out.counts.push({
          ...place(t.start, t.end, clauseStart),
          value: t.value,
          measure: t.measure,
          label,
          key: ck,
        });
      continue;
    }
    const change = CHANGE_WORD.exec(label);
    if (change) {
      const word = change[1]!;
      const sign: 1 | -1 = /增加|增长|上升/.test(word) ? 1 : -1;
      const base = {
        ...place(t.start, t.end, clauseStart),
        span: [sentence.start + clauseStart, sentence.start + t.end] as const,
        word: [sign, word] as const,
        ...keyed,
      };
      if (t.kind === 'amount')
        out.changes.push({ ...base, amount: { value: t.value, halfUlp: t.halfUlp, raw: t.raw } });
      else out.changes.push({ ...base, rate: { value: t.value, decimals: t.decimals, raw: t.raw } });
      continue;
    }
    if (t.kind === 'percent') {
      const share = SHARE_WORD.exec(label);
      if (share) {
        const baseKey = share[3] ? indicatorIn(share[3])?.key : undefined;
        const last = out.amounts[out.amounts.length - 1];
        const prevShare = out.shares[out.shares.length - 1];
        const amount = last && (prevShare === undefined || last.pos > prevShare.pos) ? last : undefined;
        out.shares.push({
          ...place(t.start, t.end, amount ? (starts.get(amount.id) ?? clauseStart) : clauseStart),
          value: t.value,
          decimals: t.decimals,
          raw: t.raw,
          ...(baseKey ? { baseKey } : {}),
          ...(amount ? { amount } : {}),
        });
      } else if (COMPLETION_WORD.test(label)) {
        out.completions.push({
          ...place(t.start, t.end, evStart),
          value: t.value,
          decimals: t.decimals,
          raw: t.raw,
          ...keyed,
        });
      }
      continue;
    }
    const id = nextId();
    starts.set(id, evStart);
    out.amounts.push({
      id,
      ...place(t.start, t.end, evStart),
      ...keyed,
      inherited: own === undefined && viaFunc === undefined,
      role: roleOf(label, reportYear),
      ...withYear(yearOf(label) ?? yearOf(text.slice(0, t.start))),
      value: t.value,
      halfUlp: t.halfUlp,
      unit: t.unit,
      unitInferred: t.unitInferred,
      raw: t.raw,
      label,
      source: 'text',
    });
  }
  for (const m of text.matchAll(FLAT_WORD)) {
    const before = text.slice(0, m.index);
    if (/基本$/.test(before)) continue;
    const against = /预算/.test(before.split(/[,;，；]/).pop() ?? '') ? 'budget' : 'prior';
    const key = indicatorIn(before)?.key ?? func?.key ?? out.subject;
    out.flats.push({
      ...place(m.index, m.index + m[0].length, 0),
      against,
      word: m[0],
      ...(key ? { key } : {}),
    });
  }
  return out;
}

function withYear(year: number | undefined): { year?: number } {
  return year === undefined ? {} : { year };
}
