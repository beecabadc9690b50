/**
 * @module Classification codes and names of the table rows (domain-standard.md §2.2 B5, DESIGN.md §2):
 * 功能分类 tables against ctx.functional, 经济分类 tables (T07, T08) against ctx.economic.
 */
import { tableDef } from '../../catalog/tables/definitions.ts';
import { TABLE_IDS, type TableId } from '../../catalog/tables/types.ts';
import type { TableRow } from '../../model/types.ts';
import { defineRule } from '../define.ts';
import type { FindingDraft, Rule, RuleContext } from '../types.ts';
import { TOTAL_ROW } from './shared.ts';

type Kind = 'functional' | 'economic';

const KIND_ZH: Readonly<Record<Kind, string>> = { functional: '支出功能分类', economic: '支出经济分类' };

/** The classification of a table's code rows and the code lengths it allows, or null (T13). */
function codingOf(table: TableId): { kind: Kind; lengths: readonly number[] } | null {
  switch (tableDef(table).keying) {
    case 'functional':
      return { kind: 'functional', lengths: [3, 5, 7] };
    case 'economic':
      return { kind: 'economic', lengths: [3, 5] };
    case 'balance': // T01 and T04 list the 功能分类 类 rows on their expenditure side.
      return { kind: 'functional', lengths: [3] };
    case 'single':
      return null;
  }
}

type Issue = {
  readonly rule: 'level' | 'classification' | 'unknown' | 'mismatch' | 'obsolete';
  readonly table: TableId;
  readonly row: TableRow;
  readonly kind: Kind;
  readonly lengths: readonly number[];
  readonly expectedName?: string;
};

/** Every code problem of the dataset's tables, in table and row order. */
// The five code rules share one scan of the dataset (datasets are immutable).
const ISSUES = new WeakMap<RuleContext['ds'], Issue[]>();

function codeIssues(ctx: RuleContext): Issue[] {
  let issues = ISSUES.get(ctx.ds);
  if (issues === undefined) {
    issues = [...scanCodes(ctx)];
    ISSUES.set(ctx.ds, issues);
  }
  return issues;
}

function* scanCodes(ctx: RuleContext): Generator<Issue> {
  for (const table of TABLE_IDS) {
    const coding = codingOf(table);
    const data = ctx.ds.tables[table];
    if (coding === null || data === undefined) continue;
    const fixed = new Set((tableDef(table).fixedRows ?? []).map((r) => r.key));
    const { kind, lengths } = coding;
    const own = kind === 'functional' ? ctx.functional : ctx.economic;
    const other = kind === 'functional' ? ctx.economic : ctx.functional;
    for (const row of data.rows) {
      if (fixed.has(row.code) || row.code === TOTAL_ROW) continue;
      const base = { table, row, kind, lengths };
      if (!/^\d+$/.test(row.code) || !lengths.includes(row.code.length)) {
        yield { ...base, rule: 'level' };
        continue;
      }
      if (own.get(row.code) === undefined) {
        yield { ...base, rule: other.get(row.code) === undefined ? 'unknown' : 'classification' };
        continue;
      }
      if (row.name.trim() === '') continue;
      const check = own.checkName(row.code, row.name);
      if (check.status === 'mismatch') yield { ...base, rule: 'mismatch', expectedName: check.expected };
      else if (check.status === 'obsolete-name') {
        yield { ...base, rule: 'obsolete', expectedName: check.expected };
      }
    }
  }
}

function draftOf(issue: Issue, year: number): FindingDraft {
  const { table, row, kind } = issue;
  return {
    locations: [{ table, row: row.code }],
    params: {
      table: tableDef(table).title,
      code: row.code,
      name: row.name,
      year,
      classification: KIND_ZH[kind],
      lengths: issue.lengths.join('、'),
    },
    ...(issue.expectedName === undefined ? {} : { expectedText: issue.expectedName, actualText: row.name }),
  };
}

function codeRule(
  id: string,
  which: Issue['rule'],
  severity: Rule['severity'],
  title: Rule['title'],
  source: string,
): Rule {
  return defineRule({
    id,
    severity,
    title,
    source,
    *check(ctx) {
      for (const issue of codeIssues(ctx)) if (issue.rule === which) yield draftOf(issue, ctx.ds.entity.year);
    },
  });
}

export const CODE_RULES: readonly Rule[] = [
  codeRule(
    'code.level',
    'level',
    'error',
    { zh: '科目编码位数应符合所在表的科目级次', en: 'A code has the length of a level the table lists' },
    'domain-standard.md §1.3/§2.2 B3: 功能分类 类/款/项 = 3/5/7 digits (T01/T04 list 类 only), 经济分类 ' +
      '类/款 = 3/5 digits. The folder loader already rejects such rows (model/tables-in.ts resolveRowCode); ' +
      'this rule covers datasets built by other paths (import, audit, API).',
  ),
  codeRule(
    'code.classification',
    'classification',
    'error',
    {
      zh: '科目编码应属于所在表的分类（功能分类或经济分类）',
      en: 'A code belongs to the classification of its table (functional or economic)',
    },
    'domain-standard.md §2.2 B5 and §1.3: T07/T08 are keyed by 经济分类, the other tables by 功能分类; a ' +
      'code found only in the other catalogue of the year is in the wrong table.',
  ),
  codeRule(
    'code.unknown',
    'unknown',
    'warning',
    {
      zh: '科目编码不在本年度政府收支分类科目中',
      en: "The code is not in the year's classification catalogue",
    },
    'DESIGN.md §2 ("an unknown code is a warning"); domain-standard.md §2.2 B5 (GBC-YAML R002). The ' +
      'catalogue is a verified subset, so an unknown code may be genuine.',
  ),
  codeRule(
    'code.name-mismatch',
    'mismatch',
    'error',
    {
      zh: '科目名称应与本年度政府收支分类科目一致',
      en: "The name matches the year's classification catalogue",
    },
    'DESIGN.md §2 ("a code/name mismatch an error"); domain-standard.md §2.2 B5 (GBC-YAML R002), §3.4 ' +
      'item 12. Names are compared after normaliseName; rows without a name are not checked.',
  ),
  codeRule(
    'code.obsolete-name',
    'obsolete',
    'error',
    {
      zh: '科目名称为已停用的旧名称',
      en: 'The name is a former name of the code',
    },
    'domain-standard.md §2.6 F15 and §3.4 item 12 (GBC V33-227: 医疗卫生与计划生育支出 → 卫生健康支出); ' +
      'catalogue renames (catalog/classification/data/renames.json).',
  ),
];
