/**
 * @module The table family: identities inside one table (T01–T13), non-negativity, and the
 * classification codes and names of the table rows. Each concern lives in its own file.
 */
import type { Rule } from '../types.ts';
import { CODE_RULES } from './codes.ts';
import { ECONOMIC_RULES } from './economic.ts';
import { TREE_RULES } from './hierarchy.ts';
import { amountNegative } from './negative.ts';
import { ROW_SUM_RULES } from './row-sums.ts';
import { T01_RULES } from './t01.ts';
import { T04_RULES } from './t04.ts';
import { T13_RULES } from './t13.ts';

export const RULES: readonly Rule[] = [
  ...T01_RULES,
  ...T04_RULES,
  ...ROW_SUM_RULES,
  ...TREE_RULES,
  ...ECONOMIC_RULES,
  ...T13_RULES,
  amountNegative,
  ...CODE_RULES,
];
