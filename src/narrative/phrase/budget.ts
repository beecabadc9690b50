/**
 * @module Budget comparison phrases: "预算数为A万元，支出决算为B万元，完成预算的C%，决算数等于预算数";
 * completion only when the budget is above 0 (never "完成预算0%"), "未安排预算" otherwise.
 */
import { completionRate, type Fen } from '../../money/index.ts';
import type { CellRef, Run } from '../../report/types.ts';
import { amount, percentText, printed } from './amount.ts';
import { reasonRuns } from './reason.ts';
import { text, todo } from './runs.ts';

export type DirectionWord = '大于' | '小于' | '等于';

/** 决算数 大于/小于/等于 预算数, on the printed figures. */
export function directionWord(actual: Fen, budget: Fen): DirectionWord {
  const a = printed(actual);
  const b = printed(budget);
  return a > b ? '大于' : a < b ? '小于' : '等于';
}

/** 'annual': 完成预算的 / 预算数 (五（三）); 'plain': 完成预算的 / 预算数 (“三公”). */
export type BudgetStyle = 'annual' | 'plain';

const WORDS: Readonly<Record<BudgetStyle, { complete: string; compare: string }>> = {
  annual: { complete: '完成预算的', compare: '预算数' }, // Sichuan wording: 预算 (年初 or 调整 is not known)
  plain: { complete: '完成预算的', compare: '预算数' },
};

/** "完成预算的100.00%", or null when the budget is blank or not above 0. */
export function completionText(actual: Fen, budget: Fen | null, style: BudgetStyle): string | null {
  if (budget === null || printed(budget) <= 0) return null;
  const rate = completionRate(printed(actual), printed(budget));
  return rate === null ? null : `${WORDS[style].complete}${percentText(rate)}`;
}

export type BudgetInput = {
  readonly actual: Fen;
  readonly actualRef?: CellRef;
  /** null: blank (a marker); 0: no budget was set (未安排). */
  readonly budget: Fen | null;
  readonly budgetRef?: CellRef;
  readonly style: BudgetStyle;
  /** Whether the clause states the actual figure ("，支出决算为B万元") after the budget. */
  readonly statesActual: boolean;
  /** Said when the budget is 0; default '未安排预算'. */
  readonly noBudget?: string;
};

export type BudgetClause = {
  readonly runs: Run[];
  readonly kind: 'equal' | 'over' | 'under' | 'none' | 'missing';
  /** 决算 ≠ 预算 must be explained. */
  readonly needsReason: boolean;
};

/** The comparison clause without final punctuation. */
export function budgetClause(b: BudgetInput): BudgetClause {
  const actualRuns = b.statesActual ? [text('，支出决算为'), amount(b.actual, b.actualRef)] : [];
  if (b.budget === null) {
    return {
      kind: 'missing',
      needsReason: false,
      runs: [text('预算数为'), todo('预算数'), ...actualRuns],
    };
  }
  if (printed(b.budget) <= 0) {
    return {
      kind: 'none',
      needsReason: printed(b.actual) !== 0,
      runs: [text(b.noBudget ?? '未安排预算'), ...actualRuns],
    };
  }
  const word = directionWord(b.actual, b.budget);
  // Nothing spent: no "完成预算0.00%".
  const completion = printed(b.actual) === 0 ? '' : `，${completionText(b.actual, b.budget, b.style)}`;
  return {
    kind: word === '等于' ? 'equal' : word === '大于' ? 'over' : 'under',
    needsReason: word !== '等于',
    runs: [
      text('预算数为'),
      amount(b.budget, b.budgetRef),
      ...actualRuns,
      text(`${completion}，决算数${word}${WORDS[b.style].compare}`),
    ],
  };
}

/** The comparison closed with "。", then the reason when 决算 ≠ 预算. */
export function budgetSentence(b: BudgetInput, reason: string | undefined, reasonLabel: string): Run[] {
  const clause = budgetClause(b);
  return [...clause.runs, text('。'), ...(clause.needsReason ? reasonRuns(reason, reasonLabel) : [])];
}
