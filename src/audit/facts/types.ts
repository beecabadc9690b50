/**
 * @module Facts extracted from a published report. Every fact keeps its evidence (the quoted text and
 * page) and where it stands (sentence, line, part), so a check can quote it and compare like with like.
 */
import type { Fen } from '../../money/index.ts';
import type { Doc, Evidence } from './doc.ts';
import type { Domain } from './domain.ts';
import type { Role } from './indicators.ts';
import type { AmountUnit } from './tokens.ts';

/** Where a fact was read. `pos` orders facts within a line. */
export type Place = {
  readonly sentence: number;
  readonly line: number;
  readonly part: number;
  readonly pos: number;
  readonly evidence: Evidence;
};

/** A labelled amount: 人员经费530.58万元 (key personnel, actual), 全年预算数530.28万元 (budget), … */
export type AmountFact = Place & {
  readonly id: number;
  readonly key?: string;
  /** The key came from an earlier clause of the same sentence ("…预算数X万元，预算执行数Y万元"). */
  readonly inherited: boolean;
  readonly role: Role;
  /** Year stated with the figure ("2021年…"), if any. */
  readonly year?: number;
  readonly value: Fen;
  readonly halfUlp: number;
  readonly unit: AmountUnit;
  readonly unitInferred: boolean;
  readonly raw: string;
  /** The words before the figure (its clause), or the row and column labels of a table cell. */
  readonly label: string;
  readonly source: 'text' | 'table';
  /**
   * What the figure is about: for a table, what its title names; for the narrative, what its headings
   * name. Undefined when nothing says (a table without a title, a fragment without headings).
   */
  readonly domain?: Domain;
};

/** A stated change: 增加/减少 X万元 and/or 增长/下降 Y%. */
export type ChangeFact = Place & {
  readonly key?: string;
  /** Sign of each direction word with the word: [[1,'增加'],[1,'增长']]. */
  readonly words: readonly (readonly [1 | -1, string])[];
  readonly amount?: { readonly value: Fen; readonly halfUlp: number; readonly raw: string };
  readonly rate?: { readonly value: number; readonly decimals: number; readonly raw: string };
  /** The current amount the change belongs to, and a stated prior amount when there is one. */
  readonly current?: AmountFact;
  readonly prior?: AmountFact;
};

/** "无变化" / "持平": against the prior year, or 决算 against 预算. */
export type FlatFact = Place & {
  readonly key?: string;
  readonly against: 'prior' | 'budget';
  readonly word: string;
  readonly current?: AmountFact;
};

/** A share "占X%" of an amount. */
export type ShareFact = Place & {
  readonly value: number;
  readonly decimals: number;
  readonly raw: string;
  /** The amount the share is of. */
  readonly amount?: AmountFact;
  /** "占本年支出合计的100%": the base named in the text. */
  readonly baseKey?: string;
};

/** Shares stated together for the parts of one total. */
export type ShareList = {
  readonly shares: readonly ShareFact[];
  readonly total?: AmountFact;
  /** The text declares that the shares were adjusted to sum to 100% (尾差). */
  readonly adjustmentDeclared: boolean;
};

/** "完成预算X%" / "预算执行率X%". */
export type CompletionFact = Place & {
  readonly value: number;
  readonly decimals: number;
  readonly raw: string;
  readonly key?: string;
  readonly actual?: AmountFact;
  readonly budget?: AmountFact;
  /** "未安排…预算" or "预算为0" stated for the same item. */
  readonly noBudget?: Evidence;
};

/** A count: vehicles, 接待批次/人次, 出国团组/人次. */
export type CountFact = Place & {
  readonly key: string;
  readonly value: number;
  readonly measure: string;
  readonly label: string;
};

/** Everything read from one report. */
export type Facts = {
  readonly doc: Doc;
  readonly reportYear?: number;
  readonly amounts: readonly AmountFact[];
  readonly changes: readonly ChangeFact[];
  readonly flats: readonly FlatFact[];
  readonly shares: readonly ShareFact[];
  readonly shareLists: readonly ShareList[];
  readonly completions: readonly CompletionFact[];
  readonly counts: readonly CountFact[];
  /** Amounts read from tables (source 'table'). */
  readonly tableAmounts: readonly AmountFact[];
};
