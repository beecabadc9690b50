/**
 * @module Year-on-year change phrases: 增加/增长 or 减少/下降 from the sign, 持平, the zero base
 * ("2021年度无此项支出，本年新增X万元", never "增长100%") and a visible marker for a blank prior figure.
 * Amount and rate come from the printed (0.01万元) figures.
 */
import { changeBetween, type Fen } from '../../money/index.ts';
import type { Run } from '../../report/types.ts';
import { percentText, printed, wanText } from './amount.ts';
import { reasonRuns } from './reason.ts';
import { text, todo } from './runs.ts';

export type ChangeKind = 'increase' | 'decrease' | 'flat' | 'zeroBase' | 'missing';

export type ChangeInput = {
  /** The current figure as stated just before the phrase. */
  readonly current: Fen;
  /** The prior-year figure; null when the dataset leaves it blank. */
  readonly prior: Fen | null;
  readonly priorYear: number;
  /** What the marker for a blank prior names: '收、支总计' → 【待补充：2021年度收、支总计数】. */
  readonly label: string;
  /** Repeated after "相比，", e.g. '收、支总计'; '' (default) for none. */
  readonly subject?: string;
  /** Used for a zero base: "2021年度无{noun}"; default '此项支出'. */
  readonly noun?: string;
};

export type ChangeClause = {
  readonly runs: Run[];
  readonly kind: ChangeKind;
  /** A change that is not 持平 must be explained. */
  readonly needsReason: boolean;
};

/** The kind of change between two printed figures (prior null → 'missing'). */
export function changeKind(current: Fen, prior: Fen | null): ChangeKind {
  if (prior === null) return 'missing';
  const cur = printed(current);
  const pri = printed(prior);
  if (pri === 0 && cur !== 0) return 'zeroBase';
  const c = changeBetween(cur, pri);
  return c.direction === 'flat' ? 'flat' : c.direction;
}

/** The change clause without final punctuation, e.g. "与2021年度（930.98万元）相比，减少279.94万元，下降30.07%". */
export function changeClause(c: ChangeInput): ChangeClause {
  const py = c.priorYear;
  const kind = changeKind(c.current, c.prior);
  if (kind === 'missing' || c.prior === null) {
    return {
      kind: 'missing',
      needsReason: false,
      runs: [text(`与${py}年度相比：`), todo(`${py}年度${c.label}数`)],
    };
  }
  if (kind === 'flat') return { kind, needsReason: false, runs: [text(`与${py}年度持平`)] };
  const cur = printed(c.current);
  if (kind === 'zeroBase') {
    return {
      kind,
      needsReason: true,
      runs: [text(`${py}年度无${c.noun ?? '此项支出'}，本年新增`), text(wanText(cur))],
    };
  }
  const pri = printed(c.prior);
  const ch = changeBetween(cur, pri);
  const up = ch.direction === 'increase';
  return {
    kind,
    needsReason: true,
    runs: [
      text(`与${py}年度（`),
      text(wanText(pri)),
      text(`）相比，${c.subject ?? ''}${up ? '增加' : '减少'}`),
      text(wanText(ch.amount)),
      text(up ? '，增长' : '，下降'),
      // rate is never null here: the prior is not 0 (zero base handled above).
      text(ch.rate === null ? '' : percentText(ch.rate)),
    ],
  };
}

/** The change clause closed with "。", then the reason ("主要原因是：…。" or a marker) when one is needed. */
export function changeSentence(c: ChangeInput, reason: string | undefined, reasonLabel: string): Run[] {
  const clause = changeClause(c);
  return [...clause.runs, text('。'), ...(clause.needsReason ? reasonRuns(reason, reasonLabel) : [])];
}
