/**
 * @module The rule engine: runs every rule on a dataset (and on each unit that has its own dataset),
 * collects findings, never throws for data problems.
 */
import { catalogFor } from '../catalog/classification/index.ts';
import { DEFAULT_PROFILE, profileDef } from '../catalog/tables/profiles.ts';
import type { Dataset } from '../model/types.ts';
import { RULES } from './registry.ts';
import { type Finding, type Location, type Rule, type RuleContext, SEVERITY_ORDER } from './types.ts';

/** The context a rule sees for one dataset. */
export function contextFor(ds: Dataset): RuleContext {
  return {
    ds,
    profile: profileDef(ds.entity.profile) ?? profileDef(DEFAULT_PROFILE)!,
    functional: catalogFor('functional', ds.entity.year),
    economic: catalogFor('economic', ds.entity.year),
    exact: ds.entity.amountUnit === 'yuan',
  };
}

function tagUnit(loc: Location, unit: string): Location {
  return { ...loc, unit };
}

/** Run the given rules (default: all) on one dataset, without its units. */
export function runRulesOn(ds: Dataset, rules: readonly Rule[] = RULES): Finding[] {
  const ctx = contextFor(ds);
  const out: Finding[] = [];
  for (const rule of rules) {
    for (const draft of rule.check(ctx)) {
      out.push({ ...draft, rule: rule.id, severity: draft.severity ?? rule.severity });
    }
  }
  return out;
}

/** Run every rule on a dataset and on each unit dataset it carries; findings sorted by severity. */
export function runRules(ds: Dataset, rules: readonly Rule[] = RULES): Finding[] {
  const findings = runRulesOn(ds, rules);
  for (const unit of ds.entity.units) {
    if (!unit.dataset) continue;
    for (const f of runRules(unit.dataset, rules)) {
      findings.push({ ...f, locations: f.locations.map((l) => tagUnit(l, unit.name)) });
    }
  }
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.i - b.i)
    .map(({ f }) => f);
}

/** Count findings by severity. */
export function summarise(findings: readonly Finding[]): {
  errors: number;
  warnings: number;
  notices: number;
} {
  return {
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    notices: findings.filter((f) => f.severity === 'notice').length,
  };
}
