import type { Rule } from './types.ts';

/** Declare a rule (identity helper that keeps the literal types). */
export function defineRule(rule: Rule): Rule {
  return rule;
}
