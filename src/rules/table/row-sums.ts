/**
 * @module Row identities inside one table: a total column equals the sum of its part columns on every
 * row (B1, B2, D1, D6, D11 and the inferred Sichuan tables T05, T07, T12), and the balance of the fund
 * tables T10/T11 (年初 + 本年收入 − 本年支出 = 年末).
 */
import { tableDef } from '../../catalog/tables/definitions.ts';
import type { TableId } from '../../catalog/tables/types.ts';
import type { TableRow } from '../../model/types.ts';
import { negFen } from '../../money/index.ts';
import { sumMismatch } from '../compare.ts';
import { defineRule } from '../define.ts';
import type { Rule } from '../types.ts';
import { cellLoc, rowParams, TABLE_EN } from './shared.ts';

type RowSumSpec = {
  readonly id: string;
  readonly table: TableId;
  readonly total: string;
  readonly parts: readonly string[];
  readonly title: { readonly zh: string; readonly en: string };
  readonly source: string;
  /** Which rows carry the identity (default: every row). */
  readonly rows?: (row: TableRow) => boolean;
};

/** A rule "on every row, column `total` = Σ columns `parts`". */
export function rowSumRule(spec: RowSumSpec): Rule {
  const { table, total, parts } = spec;
  return defineRule({
    id: spec.id,
    severity: 'error',
    title: spec.title,
    source: spec.source,
    *check(ctx) {
      for (const row of ctx.ds.tables[table]?.rows ?? []) {
        if (spec.rows && !spec.rows(row)) continue;
        const draft = sumMismatch(
          ctx,
          row.cells[total],
          parts.map((p) => row.cells[p]),
          [cellLoc(table, row.code, total)],
          () => rowParams(table, row, total),
        );
        if (draft) yield draft;
      }
    },
  });
}

/** `<tid>.row-balance`: 年初结转和结余 + 本年收入 − 本年支出 = 年末结转和结余 on every row (D11, D13). */
function rowBalanceRule(table: 'T10' | 'T11'): Rule {
  return defineRule({
    id: `${table.toLowerCase()}.row-balance`,
    severity: 'error',
    title: {
      zh: `${tableDef(table).title}：年初结转和结余 + 本年收入 − 本年支出 = 年末结转和结余`,
      en: `${TABLE_EN[table]}: opening balance + income − expenditure = closing balance`,
    },
    source:
      'domain-standard.md §2.4 D11 (GBC-YAML D-008; row equation [I]) and D13 for T11. Blank cells count ' +
      'as absent parts; the check is skipped when 年末结转和结余 is blank.',
    *check(ctx) {
      for (const row of ctx.ds.tables[table]?.rows ?? []) {
        const exp = row.cells['expenditure'];
        const draft = sumMismatch(
          ctx,
          row.cells['closing'],
          [row.cells['opening'], row.cells['income'], exp === null || exp === undefined ? exp : negFen(exp)],
          [cellLoc(table, row.code, 'closing')],
          () => rowParams(table, row, 'closing'),
        );
        if (draft) yield draft;
      }
    },
  });
}

const FUND_SPLIT_SOURCE = 'domain-standard.md §2.4 D11 (本年支出 = 基本 + 项目) and D13 for T11.';

/** Every row identity of this module. */
export const ROW_SUM_RULES: readonly Rule[] = [
  rowSumRule({
    id: 't02.row-sum',
    table: 'T02',
    total: 'total',
    parts: ['fiscal', 'superior', 'business', 'operating', 'affiliated', 'other'],
    title: {
      zh: '收入决算表：本年收入合计 = 财政拨款 + 上级补助 + 事业 + 经营 + 附属单位上缴 + 其他收入',
      en: 'Income statement: total income = sum of the six income sources, on every row',
    },
    source: 'domain-standard.md §2.2 B1 (GBC V33-240).',
  }),
  rowSumRule({
    id: 't03.row-sum',
    table: 'T03',
    total: 'total',
    parts: ['basic', 'project', 'toSuperior', 'operating', 'toAffiliated'],
    title: {
      zh: '支出决算表：本年支出合计 = 基本 + 项目 + 上缴上级 + 经营 + 对附属单位补助支出',
      en: 'Expenditure statement: total = basic + project + to superior + operating + to affiliated units',
    },
    source: 'domain-standard.md §2.2 B2 (GBC V33-241/233; GBC-YAML R007); A4 on the 合计 row.',
  }),
  rowSumRule({
    id: 't05.row-sum',
    table: 'T05',
    total: 'total',
    parts: ['generalBudget', 'governmentFund', 'stateCapital'],
    title: {
      zh: '财政拨款支出决算明细表：合计 = 一般公共预算 + 政府性基金 + 国有资本经营预算财政拨款',
      en: 'Fiscal appropriation expenditure detail: total = general budget + government fund + state capital',
    },
    source: 'domain-standard.md §2.4 D1 applied to the Sichuan T05 (layout [I], definitions.ts).',
  }),
  rowSumRule({
    id: 't06.row-sum',
    table: 'T06',
    total: 'total',
    parts: ['basic', 'project'],
    title: {
      zh: '一般公共预算财政拨款支出决算表：合计 = 基本支出 + 项目支出',
      en: 'General public budget appropriation expenditure: total = basic + project',
    },
    source: 'domain-standard.md §2.4 D6 (GBC-YAML R007; GBC V33-233).',
  }),
  rowSumRule({
    id: 't07.row-sum',
    table: 'T07',
    total: 'total',
    parts: ['personnel', 'public', 'project'],
    title: {
      zh: '一般公共预算财政拨款支出决算明细表：合计 = 人员经费 + 公用经费 + 项目支出',
      en: 'Appropriation expenditure by economic classification: total = personnel + public + project',
    },
    source: 'domain-standard.md §2.4 D14 (Sichuan T07: 基本支出 = 人员经费 + 公用经费; layout [I]).',
  }),
  rowSumRule({
    id: 't10.expenditure-split',
    table: 'T10',
    total: 'expenditure',
    parts: ['basic', 'project'],
    title: {
      zh: '政府性基金预算财政拨款收入支出决算表：本年支出 = 基本支出 + 项目支出',
      en: 'Government fund appropriation table: expenditure = basic + project',
    },
    source: FUND_SPLIT_SOURCE,
  }),
  rowSumRule({
    id: 't11.expenditure-split',
    table: 'T11',
    total: 'expenditure',
    parts: ['basic', 'project'],
    title: {
      zh: '国有资本经营预算财政拨款收入支出决算表：本年支出 = 基本支出 + 项目支出',
      en: 'State capital operation appropriation table: expenditure = basic + project',
    },
    source: FUND_SPLIT_SOURCE,
  }),
  rowBalanceRule('T10'),
  rowBalanceRule('T11'),
  rowSumRule({
    id: 't12.row-sum',
    table: 'T12',
    total: 'total',
    parts: ['basic', 'project'],
    title: {
      zh: '国有资本经营预算财政拨款支出决算表：合计 = 基本支出 + 项目支出',
      en: 'State capital operation appropriation expenditure: total = basic + project',
    },
    source: 'domain-standard.md §2.4 D13 (T12 columns as T06, layout [I]).',
  }),
];
