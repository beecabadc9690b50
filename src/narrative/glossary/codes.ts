/**
 * @module The 科目 entries of 名词解释: one per 支出功能分类 code printed at the deepest level of T06
 * (and of T10/T11/T12 when they have data), as "类（类）款（款）项（项）：反映…。", explained from the
 * 科目说明 data; a code without one gets a visible 【待补充：…科目说明】.
 */
import { catalogFor } from '../../catalog/classification/index.ts';
import { explanationOf } from '../../catalog/explanations/index.ts';
import type { TableId } from '../../catalog/tables/types.ts';
import type { Dataset, TableData } from '../../model/types.ts';
import { isTableEmpty } from '../../model/views.ts';
import type { Run } from '../../report/types.ts';

const SOURCES: readonly TableId[] = ['T06', 'T10', 'T11', 'T12'];
const SUFFIX: Readonly<Record<number, string>> = { 3: '（类）', 5: '（款）', 7: '（项）' };

const isFunctional = (code: string): boolean => /^\d{3}(\d{2}){0,2}$/u.test(code);

/** Codes of a table with no child row in it (the 项, or a 款/类 printed without detail). */
function leafCodes(table: TableData | undefined): string[] {
  const codes = (table?.rows ?? []).map((r) => r.code).filter(isFunctional);
  return codes.filter((c) => !codes.some((d) => d !== c && d.startsWith(c)));
}

/** The functional codes the glossary explains, in code order. */
export function glossaryCodes(ds: Dataset): string[] {
  const used = new Set<string>();
  for (const id of SOURCES) {
    const table = ds.tables[id];
    if (id !== 'T06' && isTableEmpty(table)) continue;
    for (const code of leafCodes(table)) used.add(code);
  }
  return [...used].sort();
}

/** 一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项), names from the catalogue or else the tables. */
export function codePathName(ds: Dataset, code: string): string {
  const catalog = catalogFor('functional', ds.entity.year);
  const rowName = (c: string): string | undefined =>
    SOURCES.flatMap((id) => ds.tables[id]?.rows ?? []).find((r) => r.code === c && r.name !== '')?.name;
  const parts: string[] = [];
  for (const len of [3, 5, 7]) {
    if (code.length < len) break;
    const c = code.slice(0, len);
    parts.push((catalog.get(c)?.name ?? rowName(c) ?? c) + SUFFIX[len]);
  }
  return parts.join('');
}

/** One 科目 entry: the path name, then the explanation or a visible 待补充 marker. */
export function codeEntry(ds: Dataset, code: string): { term: string; runs: Run[] } {
  const term = codePathName(ds, code);
  const explanation = explanationOf(code);
  if (explanation !== undefined) return { term, runs: [{ text: `${term}：${explanation.text}` }] };
  const name =
    term
      .split(/（[类款项]）/u)
      .filter((s) => s !== '')
      .at(-1) ?? code;
  return { term, runs: [{ text: `${term}：` }, { text: `【待补充：${code} ${name}科目说明】`, todo: true }] };
}
