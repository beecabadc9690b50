import type { RuleFamily } from '../types.ts';
import { EN, ZH } from './messages.ts';
import { RULES } from './rules.ts';

/** The disclosure rule family. */
export const FAMILY: RuleFamily = { name: 'disclosure', rules: RULES, messages: { zh: ZH, en: EN } };
