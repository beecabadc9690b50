/**
 * @module 第三部分 名词解释 as one numbered list: the standard terms the dataset needs, the dataset's own
 * terms (replacing a standard or 科目 entry of the same term, or added after the standard ones), then
 * one entry per 支出功能分类 code used.
 */
import type { Dataset } from '../../model/types.ts';
import type { Block, Run } from '../../report/types.ts';
import { codeEntry, glossaryCodes } from './codes.ts';
import { STANDARD_TERMS, termKey } from './standard.ts';

type Entry = { readonly key: string; runs: Run[] };

const entry = (term: string, definition: string): Entry => ({
  key: termKey(term),
  runs: [{ text: `${term}：${definition.trim()}` }],
});

/** The entries of 名词解释, in printed order. */
export function glossaryEntries(ds: Dataset): Run[][] {
  const standard = STANDARD_TERMS.filter((t) => t.applies(ds)).map((t) => entry(t.term, t.definition));
  const codes = glossaryCodes(ds).map((code) => {
    const { term, runs } = codeEntry(ds, code);
    return { key: termKey(term), runs };
  });
  const added: Entry[] = [];
  const all = STANDARD_TERMS.map((t) => termKey(t.term));
  for (const { term, definition } of ds.glossary) {
    const key = termKey(term);
    const own = (shown: string) => [{ text: `${shown}：${definition.trim()}` }];
    const hit = [...standard, ...codes].find((e) => e.key === key);
    const std = STANDARD_TERMS[all.indexOf(key)];
    if (hit !== undefined) hit.runs = own(std?.term ?? term);
    else if (std !== undefined)
      standard.splice(standardIndex(standard, key), 0, { key, runs: own(std.term) });
    else added.push({ key, runs: own(term) });
  }
  return [...standard, ...added, ...codes].map((e) => e.runs);
}

/** Where a standard term the dataset defines but the rules left out goes, to keep the standard order. */
function standardIndex(present: readonly Entry[], key: string): number {
  const order = STANDARD_TERMS.map((t) => termKey(t.term));
  const rank = order.indexOf(key);
  const after = present.findIndex((e) => order.indexOf(e.key) > rank);
  return after < 0 ? present.length : after;
}

/** 第三部分 名词解释: one '1.' list of "term：definition". */
export function buildGlossary(ds: Dataset): Block[] {
  return [{ kind: 'list', style: '1.', items: glossaryEntries(ds) }];
}
