/**
 * @module Audit findings: the rule engine's finding (rule id, severity, figures) plus the quoted
 * evidence, and an optional message key when one rule has several phrasings.
 */
import type { Finding } from '../../rules/types.ts';
import type { Evidence } from '../facts/doc.ts';

export type AuditFinding = Finding & {
  readonly evidence: readonly Evidence[];
  /** Message catalogue key when it is not the rule id (e.g. a.share-forced-declared). */
  readonly messageKey?: string;
  /** The figures were printed in 元: show them in 元 (default 万元). */
  readonly amountUnit?: '元';
};

/** Options of an audit run. */
export type AuditOptions = {
  /** The file is a whole report: completeness checks (missing parts and tables) run too. */
  readonly complete?: boolean;
};
