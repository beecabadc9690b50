/**
 * @module The disclosure family: completeness of the tables, 三公 details, changes and reasons,
 * other important matters, narrative inputs and performance (domain-standard.md §3, §2.5 E4–E6,
 * §2.6, §5). Prefixes: `d.` disclosure requirement, `c.` comparison, `n.` narrative input, `p.` performance.
 */
import type { Rule } from '../types.ts';
import { CHANGE_RULES } from './changes.ts';
import { MATTER_RULES } from './matters.ts';
import { NARRATIVE_RULES } from './narrative.ts';
import { PERFORMANCE_RULES } from './performance.ts';
import { SANGONG_RULES } from './sangong.ts';
import { STAFF_RULES } from './staff.ts';
import { TABLE_RULES } from './tables.ts';
import { WORDING_RULES } from './wording.ts';

export const RULES: readonly Rule[] = [
  ...TABLE_RULES,
  ...SANGONG_RULES,
  ...CHANGE_RULES,
  ...MATTER_RULES,
  ...STAFF_RULES,
  ...NARRATIVE_RULES,
  ...PERFORMANCE_RULES,
  ...WORDING_RULES,
];
