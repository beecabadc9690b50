/**
 * @module The cross-table and department roll-up rules (domain-standard §2.3–§2.6, DESIGN §2).
 */
import type { Rule } from '../types.ts';
import { FUND_RULES } from './funds.ts';
import { SANGONG_RULES } from './sangong.ts';
import { T01_T04_RULES } from './t01-t04.ts';
import { T05_T06_RULES } from './t05-t06.ts';
import { T07_T09_RULES } from './t07-t09.ts';
import { UNIT_RULES } from './units.ts';

export * from './funds.ts';
export * from './sangong.ts';
export * from './t01-t04.ts';
export * from './t05-t06.ts';
export * from './t07-t09.ts';
export * from './units.ts';

export const RULES: readonly Rule[] = [
  ...T01_T04_RULES,
  ...T05_T06_RULES,
  ...T07_T09_RULES,
  ...FUND_RULES,
  ...SANGONG_RULES,
  ...UNIT_RULES,
];
