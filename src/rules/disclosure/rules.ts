import type { Rule } from '../types.ts';

export const RULES: readonly Rule[] = [];
