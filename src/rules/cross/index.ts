import type { RuleFamily } from '../types.ts';
import { EN, ZH } from './messages.ts';
import { RULES } from './rules.ts';

/** The cross rule family. */
export const FAMILY: RuleFamily = { name: 'cross', rules: RULES, messages: { zh: ZH, en: EN } };
