/**
 * @module The narrative and figure fields a clerk edits in forms, grouped in sections, as paths into the
 * dataset JSON (the same paths findings name, so a finding links to its field). Built from the current
 * dataset (one field per 绩效 section, per 预算差异 code, …).
 */

import { TABLES } from '../../catalog/tables/definitions.ts';
import { DEFAULT_PROFILE, profileDef } from '../../catalog/tables/profiles.ts';
import { REASON_LABELS } from '../../model/reason-labels.ts';
import { REASON_KEYS } from '../../model/types.ts';
import type { JsonValue } from '../../storage/types.ts';
import { getAt } from './json-path.ts';

/** How a field is shown and read back. */
export type FieldKind =
  | 'text'
  | 'textarea'
  | 'lines'
  | 'count'
  | 'amount'
  | 'unitType'
  | 'score'
  | 'pairs'
  | 'rows';

/** A column of a `rows` field: one key of each item, text (required) or an amount (blank allowed). */
export type RowColumn = { readonly key: string; readonly label: string; readonly kind: 'text' | 'amount' };

export type FieldDef = {
  readonly path: string;
  readonly label: string;
  readonly kind: FieldKind;
  /** An empty input removes the field (rather than storing an empty text). */
  readonly optional?: boolean;
  /** For `pairs`: the key names of one item (e.g. label/count). */
  readonly pair?: readonly [string, string];
  /** For `rows`: the columns of one item, one line per item. */
  readonly columns?: readonly RowColumn[];
  readonly hint?: string;
};

/** The hint of a `rows` field: its columns in order, and how to separate them. */
function rowsHint(columns: readonly RowColumn[]): string {
  const names = columns.map((c) => (c.kind === 'amount' ? `${c.label}（金额）` : c.label)).join('｜');
  return `每行一条：${names}；各列以“｜”或制表符分隔（可从 Excel 直接粘贴）`;
}

/** A `rows` field over the array at path. */
function rowsField(path: string, label: string, columns: readonly RowColumn[]): FieldDef {
  return { path, label, kind: 'rows', columns, hint: rowsHint(columns) };
}

const INDICATOR_COLUMNS: readonly RowColumn[] = [
  { key: 'level1', label: '一级指标', kind: 'text' },
  { key: 'level2', label: '二级指标', kind: 'text' },
  { key: 'level3', label: '三级指标', kind: 'text' },
  { key: 'target', label: '指标值', kind: 'text' },
  { key: 'actual', label: '实际完成值', kind: 'text' },
];
const CATEGORY_COLUMNS: readonly RowColumn[] = [
  { key: 'name', label: '项目类别', kind: 'text' },
  { key: 'budget', label: '预算数', kind: 'amount' },
  { key: 'execution', label: '执行数', kind: 'amount' },
];
const GLOSSARY_COLUMNS: readonly RowColumn[] = [
  { key: 'term', label: '名词', kind: 'text' },
  { key: 'definition', label: '解释', kind: 'text' },
];
const SPLITS: readonly [string, string][] = [
  ['total', '合计'],
  ['fiscal', '财政拨款'],
  ['other', '其他资金'],
];

/** The fields of one project's self-evaluation. */
function projectFields(p: JsonValue, i: number): FieldDef[] {
  const at = `performance.projects[${i}]`;
  const name = textOf(getAt(p, 'name'));
  const label = (what: string) => `项目“${name}”${what}`;
  return [
    { path: `${at}.name`, label: `项目${i + 1}名称`, kind: 'text' },
    { path: `${at}.supervisor`, label: label('主管部门'), kind: 'text', optional: true },
    { path: `${at}.implementer`, label: label('实施单位'), kind: 'text', optional: true },
    ...(['budget', 'execution'] as const).flatMap((side) =>
      SPLITS.map(([k, l]) => ({
        path: `${at}.${side}.${k}`,
        label: label(`${side === 'budget' ? '预算数' : '执行数'}：${l}`),
        kind: 'amount' as const,
      })),
    ),
    { path: `${at}.goal`, label: label('年度目标'), kind: 'textarea', optional: true },
    { path: `${at}.score`, label: label('自评得分'), kind: 'score' },
    { path: `${at}.goalResult`, label: label('目标完成情况'), kind: 'textarea' },
    rowsField(`${at}.indicators`, label('绩效指标'), INDICATOR_COLUMNS),
    ...arrayAt(p, 'report').flatMap((s, j) => [
      { path: `${at}.report[${j}].heading`, label: label(`第${j + 1}节标题`), kind: 'text' as const },
      {
        path: `${at}.report[${j}].body`,
        label: label(`：${textOf(getAt(s, 'heading')) || `第${j + 1}节`}`),
        kind: 'textarea' as const,
      },
    ]),
  ];
}

export type Section = { readonly id: string; readonly title: string; readonly fields: readonly FieldDef[] };

const PRIOR_YEAR: readonly [string, string][] = [
  ['grandTotal', '收支总计'],
  ['incomeTotal', '本年收入合计'],
  ['expenditureTotal', '本年支出合计'],
  ['fiscalGrandTotal', '财政拨款收支总计'],
  ['generalBudgetExpenditure', '一般公共预算财政拨款支出'],
  ['basic', '基本支出'],
  ['personnel', '人员经费'],
  ['public', '公用经费'],
  ['governmentFundExpenditure', '政府性基金预算财政拨款支出'],
  ['stateCapitalExpenditure', '国有资本经营预算财政拨款支出'],
  ['operatingExpenses', '机关运行经费'],
  ['procurementTotal', '政府采购支出总额'],
  ['sangong.total', '“三公”经费合计'],
  ['sangong.abroad', '因公出国（境）费'],
  ['sangong.vehicle', '公务用车购置及运行费'],
  ['sangong.vehiclePurchase', '公务用车购置费'],
  ['sangong.vehicleOperation', '公务用车运行费'],
  ['sangong.reception', '公务接待费'],
];

const PROCUREMENT: readonly [string, string][] = [
  ['total', '政府采购支出总额'],
  ['goods', '货物'],
  ['works', '工程'],
  ['services', '服务'],
  ['sme', '授予中小企业合同金额'],
  ['smallMicro', '其中授予小微企业合同金额'],
];

function arrayAt(main: JsonValue, path: string): JsonValue[] {
  const v = getAt(main, path);
  return Array.isArray(v) ? v : [];
}

function objectKeys(main: JsonValue, path: string): string[] {
  const v = getAt(main, path);
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.keys(v) : [];
}

function textOf(v: JsonValue | undefined): string {
  return typeof v === 'string' ? v : '';
}

/** The editable sections of a dataset's main file. */
export function sectionsFor(main: JsonValue): Section[] {
  const budgetCodes = [
    ...new Set([
      ...objectKeys(main, 'budget.generalBudgetItems'),
      ...objectKeys(main, 'reasons.budgetVariance'),
    ]),
  ].sort();
  const overall = arrayAt(main, 'performance.overall.report');
  const projects = arrayAt(main, 'performance.projects');
  const profile =
    profileDef(textOf(getAt(main, 'entity.profile')) || DEFAULT_PROFILE) ?? profileDef(DEFAULT_PROFILE)!;
  return [
    {
      id: 'basic',
      title: '基本情况',
      fields: [
        { path: 'entity.name', label: '部门（单位）全称', kind: 'text' },
        { path: 'entity.shortName', label: '简称（正文中使用）', kind: 'text', optional: true },
        { path: 'entity.region', label: '所在地区', kind: 'text' },
        { path: 'entity.unitType', label: '单位性质', kind: 'unitType' },
        { path: 'entity.supervisor', label: '主管部门', kind: 'text', optional: true },
        {
          path: 'entity.publishedOn',
          label: '公开日期',
          kind: 'text',
          optional: true,
          hint: '如 2023-09-15',
        },
        { path: 'staff.authorized', label: '编制人数', kind: 'count' },
        { path: 'staff.actual', label: '实有人数', kind: 'count' },
        {
          path: 'staff.breakdown',
          label: '人员构成（每行“类别：人数”）',
          kind: 'pairs',
          pair: ['label', 'count'],
        },
        { path: 'staff.asOf', label: '人数统计截止日期', kind: 'text', optional: true },
      ],
    },
    {
      id: 'duties',
      title: '职责与工作',
      fields: [
        { path: 'duties', label: '部门职责（每行一条）', kind: 'lines' },
        { path: 'organization', label: '机构设置情况', kind: 'textarea' },
        { path: 'workSummary', label: '本年度主要工作完成情况', kind: 'textarea' },
      ],
    },
    {
      id: 'reasons',
      title: '变动原因',
      fields: REASON_KEYS.map((k) => ({
        path: `reasons.changes.${k}`,
        label: REASON_LABELS[k],
        kind: 'textarea' as const,
        optional: true,
      })),
    },
    {
      id: 'variance',
      title: '预算差异原因',
      fields: budgetCodes.map((code) => ({
        path: `reasons.budgetVariance.${code}`,
        label: `科目 ${code} 决算数与年初预算数差异的原因`,
        kind: 'textarea' as const,
        optional: true,
      })),
    },
    {
      id: 'figures',
      title: '上年数与预算数',
      fields: [
        { path: 'priorYear.year', label: '上年年度', kind: 'count' },
        ...PRIOR_YEAR.map(([k, label]) => ({
          path: `priorYear.${k}`,
          label: `上年${label}`,
          kind: 'amount' as const,
        })),
        { path: 'budget.generalBudgetTotal', label: '一般公共预算财政拨款年初预算数', kind: 'amount' },
        ...budgetCodes.map((code) => ({
          path: `budget.generalBudgetItems.${code}`,
          label: `科目 ${code} 年初预算数`,
          kind: 'amount' as const,
        })),
      ],
    },
    {
      id: 'sangong',
      title: '三公经费、机关运行经费、政府采购',
      fields: [
        { path: 'sangong.abroad.groups', label: '因公出国（境）团组数', kind: 'count' },
        { path: 'sangong.abroad.persons', label: '因公出国（境）人次', kind: 'count' },
        { path: 'sangong.vehicles.purchased', label: '本年购置公务用车（辆）', kind: 'count' },
        { path: 'sangong.vehicles.held', label: '公务用车保有量（辆）', kind: 'count' },
        { path: 'sangong.reception.batches', label: '国内公务接待批次', kind: 'count' },
        { path: 'sangong.reception.persons', label: '国内公务接待人次', kind: 'count' },
        { path: 'sangong.reception.foreignBatches', label: '外事接待批次', kind: 'count' },
        { path: 'sangong.reception.foreignPersons', label: '外事接待人次', kind: 'count' },
        { path: 'sangong.reception.foreignAmount', label: '外事接待费', kind: 'amount' },
        { path: 'operatingExpenses', label: '机关运行经费', kind: 'amount' },
        ...PROCUREMENT.map(([k, label]) => ({
          path: `procurement.${k}`,
          label: `政府采购：${label}`,
          kind: 'amount' as const,
        })),
      ],
    },
    {
      id: 'assets',
      title: '国有资产',
      fields: [
        { path: 'assets.asOf', label: '资产统计截止日期', kind: 'text', optional: true },
        { path: 'assets.vehicleTotal', label: '车辆合计（辆）', kind: 'count' },
        {
          path: 'assets.vehicles',
          label: '车辆构成（每行“类别：数量”）',
          kind: 'pairs',
          pair: ['category', 'count'],
        },
        { path: 'assets.generalEquipment50', label: '单价50万元以上通用设备（台/套）', kind: 'count' },
        { path: 'assets.specialEquipment100', label: '单价100万元以上专用设备（台/套）', kind: 'count' },
      ],
    },
    {
      id: 'performance',
      title: '绩效',
      fields: [
        { path: 'performance.management', label: '预算绩效管理情况', kind: 'textarea' },
        { path: 'performance.overall.score', label: '部门整体绩效自评得分', kind: 'score' },
        rowsField('performance.overall.categories', '部门整体支出按项目类别', CATEGORY_COLUMNS),
        ...overall.flatMap((s, i) => [
          {
            path: `performance.overall.report[${i}].heading`,
            label: `部门整体绩效评价第${i + 1}节标题`,
            kind: 'text' as const,
          },
          {
            path: `performance.overall.report[${i}].body`,
            label: `部门整体绩效评价：${textOf(getAt(s, 'heading')) || `第${i + 1}节`}`,
            kind: 'textarea' as const,
          },
        ]),
        ...projects.flatMap((p, i) => projectFields(p, i)),
      ],
    },
    {
      id: 'empty',
      title: '空表说明、名词解释与备注',
      fields: [
        ...profile.tables.map((t) => ({
          path: `emptyTables.${t.table}`,
          label: `${t.table} ${t.title ?? TABLES[t.table].title} 为空表时的说明`,
          kind: 'text' as const,
          optional: true,
        })),
        rowsField('glossary', '名词解释', GLOSSARY_COLUMNS),
        { path: 'notes', label: '数据来源备注（每行一条，不进入报告正文）', kind: 'lines' },
      ],
    },
  ];
}

/** The section and field a finding's field path belongs to (exact, else the longest field that contains it). */
export function fieldFor(
  sections: readonly Section[],
  path: string,
): { section: Section; field: FieldDef } | undefined {
  let best: { section: Section; field: FieldDef } | undefined;
  for (const section of sections) {
    for (const field of section.fields) {
      if (field.path === path) return { section, field };
      const prefix =
        path.startsWith(`${field.path}.`) ||
        path.startsWith(`${field.path}[`) ||
        field.path.startsWith(`${path}.`) ||
        field.path.startsWith(`${path}[`);
      if (prefix && (best === undefined || field.path.length > best.field.path.length))
        best = { section, field };
    }
  }
  return best;
}

/** The HTML id of a field's input. */
export function fieldAnchor(path: string): string {
  return `f-${path.replace(/[^A-Za-z0-9_.-]/g, '_')}`;
}
