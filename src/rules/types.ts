/**
 * @module Findings and rules. A finding is data (rule id, severity, places, figures), never prose;
 * messages come from the per-language catalogues (messages.ts of each rule family).
 */
import type { Catalog } from '../catalog/classification/index.ts';
import type { ProfileDef, TableId } from '../catalog/tables/types.ts';
import type { Dataset } from '../model/types.ts';
import type { Fen } from '../money/index.ts';

export type Severity = 'error' | 'warning' | 'notice';
export const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, notice: 2 };

/** Where a finding is: a table cell or row (row = code or fixed key), or a dataset field with a text excerpt. */
export type Location =
  | { readonly table: TableId; readonly row?: string; readonly column?: string; readonly unit?: string }
  | { readonly field: string; readonly excerpt?: string; readonly unit?: string };

export type Finding = {
  readonly rule: string;
  readonly severity: Severity;
  readonly locations: readonly Location[];
  /** Values for the message placeholders. */
  readonly params: Readonly<Record<string, string | number>>;
  readonly expected?: Fen | null;
  readonly actual?: Fen | null;
  /** actual − expected */
  readonly difference?: Fen | null;
  /** For figures that are not amounts (counts, names, rates). */
  readonly expectedText?: string;
  readonly actualText?: string;
  /** The gap lies inside the rounding envelope of the published figures: information only. */
  readonly rounding?: { readonly parts: number; readonly envelope: Fen };
};

/** What a rule yields; the engine adds the rule id and the default severity. */
export type FindingDraft = Omit<Finding, 'rule' | 'severity'> & { readonly severity?: Severity };

export type RuleContext = {
  readonly ds: Dataset;
  readonly profile: ProfileDef;
  readonly functional: Catalog;
  readonly economic: Catalog;
  /** Amounts were entered in 元 to the fen (exact); otherwise each is a figure rounded to 0.01万元. */
  readonly exact: boolean;
};

export type Rule = {
  /** Stable id, never reused: `t06.row-sum`, `x.t01-t03.expenditure-total`, `d.sangong-details`. */
  readonly id: string;
  readonly severity: Severity;
  /** What the rule checks, in Chinese and English. */
  readonly title: { readonly zh: string; readonly en: string };
  /** The identity or requirement it implements (domain-standard section, official source). */
  readonly source: string;
  readonly check: (ctx: RuleContext) => Iterable<FindingDraft>;
};

/** A message catalogue: rule id → template with {placeholders}. */
export type MessageCatalog = Readonly<Record<string, string>>;

/** A family of rules with its two message catalogues. */
export type RuleFamily = {
  readonly name: string;
  readonly rules: readonly Rule[];
  readonly messages: { readonly zh: MessageCatalog; readonly en: MessageCatalog };
};
