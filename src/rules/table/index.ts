import type { RuleFamily } from '../types.ts';
import { EN, ZH } from './messages.ts';
import { RULES } from './rules.ts';

/** The table rule family. */
export const FAMILY: RuleFamily = { name: 'table', rules: RULES, messages: { zh: ZH, en: EN } };
