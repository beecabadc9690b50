/**
 * @module 科目说明: the official explanation of a 支出功能分类 code ("反映…的支出。"), as printed in
 * 名词解释. Data: explanations.json; sources and keys in README.md beside it.
 */
import rows from './explanations.json' with { type: 'json' };

/** The explanation of one code and the source key it rests on (SEED22, MOF-GSFL-YYYY). */
export type Explanation = { readonly code: string; readonly text: string; readonly source: string };

const ALL: readonly Explanation[] = Object.freeze(rows.map((r) => Object.freeze({ ...r })));
const BY_CODE: ReadonlyMap<string, Explanation> = new Map(ALL.map((e) => [e.code, e]));

/** The explanation of a functional code, if we have one. */
export function explanationOf(code: string): Explanation | undefined {
  return BY_CODE.get(code);
}

/** Every explanation, in code order. */
export function allExplanations(): readonly Explanation[] {
  return ALL;
}
