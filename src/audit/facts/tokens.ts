/**
 * @module Figures in a sentence: amounts with their unit (元 / 万元 / 亿元, converted to fen, with the
 * precision they were printed to), percentages (in hundredths) and counts.
 */
import { type Fen, fen, mulFenInt, parseAmount } from '../../money/index.ts';

export type AmountUnit = '元' | '万元' | '亿元';

export type AmountToken = {
  readonly kind: 'amount';
  readonly value: Fen;
  /** Half the last printed digit, in fen: the rounding uncertainty of the printed figure. */
  readonly halfUlp: number;
  readonly unit: AmountUnit;
  /** The unit was not printed next to the figure (taken from the statement or the document). */
  readonly unitInferred: boolean;
  readonly raw: string;
  readonly start: number;
  readonly end: number;
};

export type PercentToken = {
  readonly kind: 'percent';
  /** In hundredths of a percent (30.07% → 3007). */
  readonly value: number;
  readonly decimals: number;
  readonly raw: string;
  readonly start: number;
  readonly end: number;
};

export type CountToken = {
  readonly kind: 'count';
  readonly value: number;
  readonly measure: string;
  readonly raw: string;
  readonly start: number;
  readonly end: number;
};

export type Token = AmountToken | PercentToken | CountToken;

const NUMBER = String.raw`(?<![\d.])(?<!\d,)(\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.(\d+))?`;
const AMOUNT = new RegExp(`${NUMBER}\\s*(亿元|万元|元)`, 'g');
// A figure without a unit right after a word that names an amount ("决算数为651.04，完成预算100%").
const BARE_AMOUNT = new RegExp(
  `(?<=(?:决算数|预算数|执行数|决算|金额)(?:为|是)?)${NUMBER}(?![\\d.%万元亿年月日个人次辆台套])`,
  'g',
);
const PERCENT = new RegExp(`${NUMBER}\\s*%`, 'g');
const COUNT = new RegExp(
  `${NUMBER.replace(String.raw`(?:\.(\d+))?`, '')}\\s*(辆|批次|人次|个团组|团组|台\\(套\\)|台|套)`,
  'g',
);
// The measure before the figure: "团组1个", "团组数为2个".
const GROUPS = /团组(?:数)?(?:为|共|共计)?\s*(\d+)\s*个(?!团组)/g;

const FEN_PER: Readonly<Record<AmountUnit, number>> = { 元: 100, 万元: 1_000_000, 亿元: 10_000_000_000 };

/** Converts a printed figure in a unit to fen (亿元 via 万元 × 10 000), or null when out of range. */
export function toFen(intPart: string, frac: string, unit: AmountUnit): Fen | null {
  const text = `${intPart.replaceAll(',', '')}${frac === '' ? '' : `.${frac}`}`;
  const r = parseAmount(text, unit === '元' ? 'yuan' : 'wanYuan', { round: true });
  if (!r.ok) return null;
  return unit === '亿元' ? mulFenInt(r.value, 10_000) : r.value;
}

/** Rounding half-unit of a printed figure; 万元 figures count as printed to 0.01 (Sichuan drops zeros). */
export function halfUlpOf(decimals: number, unit: AmountUnit): number {
  const d = unit === '万元' ? Math.max(decimals, 2) : decimals;
  const step = FEN_PER[unit] / 10 ** d;
  return step <= 1 ? 0 : fen(Math.round(step / 2));
}

/** Every figure of a sentence, in order; `defaultUnit` applies to unit-less amounts. */
export function scanTokens(text: string, defaultUnit: AmountUnit): Token[] {
  const out: Token[] = [];
  const amount = (m: RegExpMatchArray, unit: AmountUnit, inferred: boolean) => {
    const value = toFen(m[1]!, m[2] ?? '', unit);
    if (value === null) return;
    out.push({
      kind: 'amount',
      value,
      halfUlp: halfUlpOf((m[2] ?? '').length, unit),
      unit,
      unitInferred: inferred,
      raw: m[0],
      start: m.index!,
      end: m.index! + m[0].length,
    });
  };
  for (const m of text.matchAll(AMOUNT)) amount(m, m[3] as AmountUnit, false);
  for (const m of text.matchAll(BARE_AMOUNT)) amount(m, defaultUnit, true);
  for (const m of text.matchAll(PERCENT)) {
    const decimals = (m[2] ?? '').length;
    if (decimals > 2) continue;
    // Integer arithmetic on the digits: 72.1% → 7210 hundredths.
    const hundredths = Number(m[1]!.replaceAll(',', '')) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
    out.push({
      kind: 'percent',
      value: hundredths,
      decimals,
      raw: m[0],
      start: m.index!,
      end: m.index! + m[0].length,
    });
  }
  for (const m of text.matchAll(COUNT)) {
    out.push({
      kind: 'count',
      value: Number(m[1]!.replaceAll(',', '')),
      measure: m[2]!,
      raw: m[0],
      start: m.index!,
      end: m.index! + m[0].length,
    });
  }
  for (const m of text.matchAll(GROUPS)) {
    const start = m.index! + m[0].indexOf(m[1]!, 2);
    out.push({
      kind: 'count',
      value: Number(m[1]!),
      measure: '团组',
      raw: m[0],
      start,
      end: m.index! + m[0].length,
    });
  }
  return out.sort((a, b) => a.start - b.start);
}
