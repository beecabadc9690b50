/**
 * @module All audit checks. Each runs only on the facts it needs, so a fragment gets the checks whose
 * inputs it contains; completeness checks run only for a whole report (`complete`).
 */
import { SEVERITY_ORDER } from '../../rules/types.ts';
import type { Facts } from '../facts/types.ts';
import { checkChanges } from './changes.ts';
import { checkCompleteness } from './completeness.ts';
import { checkCompletion } from './completion.ts';
import { checkNumbering } from './numbering.ts';
import { checkRepeats } from './repeat.ts';
import { checkSangong, checkVehicles } from './sangong.ts';
import { checkShares } from './shares.ts';
import { checkSums } from './sums.ts';
import { checkEmptyTables, checkTextVsTable } from './tables.ts';
import type { AuditFinding, AuditOptions } from './types.ts';
import { checkResidue, checkYears } from './wording.ts';

const CHECKS: readonly ((facts: Facts, opts: AuditOptions) => AuditFinding[])[] = [
  checkSums,
  checkChanges,
  checkShares,
  checkCompletion,
  checkRepeats,
  checkTextVsTable,
  checkEmptyTables,
  checkSangong,
  checkVehicles,
  checkNumbering,
  checkResidue,
  checkYears,
];

/** Runs every check on the facts of a report; findings sorted by severity, then document order. */
export function runChecks(facts: Facts, opts: AuditOptions = {}): AuditFinding[] {
  const all = CHECKS.flatMap((check) => check(facts, opts));
  if (opts.complete) all.push(...checkCompleteness(facts));
  return all
    .map((f, i) => ({ f, i }))
    .sort((a, b) => SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.i - b.i)
    .map(({ f }) => f);
}
