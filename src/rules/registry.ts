/**
 * @module The rule catalogue: every family, every rule, every message. Ids are unique and stable.
 */
import { FAMILY as CROSS } from './cross/index.ts';
import { FAMILY as DISCLOSURE } from './disclosure/index.ts';
import { FAMILY as TABLE } from './table/index.ts';
import type { MessageCatalog, Rule, RuleFamily } from './types.ts';

export const FAMILIES: readonly RuleFamily[] = [TABLE, CROSS, DISCLOSURE];

/** Every rule, in catalogue order. */
export const RULES: readonly Rule[] = FAMILIES.flatMap((f) => f.rules);

export type Locale = 'zh-CN' | 'en';

/** The merged message catalogue of a locale. */
export function messagesFor(locale: Locale): MessageCatalog {
  return Object.assign({}, ...FAMILIES.map((f) => (locale === 'zh-CN' ? f.messages.zh : f.messages.en)));
}

/** A rule by id. */
export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
