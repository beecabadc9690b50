/**
 * @module The 13 standard tables of the Sichuan 部门决算公开 (QX-2024 order) with their columns,
 * per domain-standard.md §1.3. T05, T07, T09 and T12 are flagged [I] there and marked `inferred`.
 */
import type { ColumnDef, FixedRowDef, TableDef, TableId } from './types.ts';

const INCOME_ITEMS: readonly FixedRowDef[] = [
  { key: 'income.generalBudget', label: '一、一般公共预算财政拨款收入', side: 'income' },
  { key: 'income.governmentFund', label: '二、政府性基金预算财政拨款收入', side: 'income' },
  { key: 'income.stateCapital', label: '三、国有资本经营预算财政拨款收入', side: 'income' },
  { key: 'income.superior', label: '四、上级补助收入', side: 'income' },
  { key: 'income.business', label: '五、事业收入', side: 'income' },
  { key: 'income.operating', label: '六、经营收入', side: 'income' },
  { key: 'income.affiliated', label: '七、附属单位上缴收入', side: 'income' },
  { key: 'income.other', label: '八、其他收入', side: 'income' },
];

/** Keys of the T01 income items 1–8, in order (A1: 本年收入合计 = their sum). */
export const T01_INCOME_ITEM_KEYS = INCOME_ITEMS.map((r) => r.key);

const T01: TableDef = {
  id: 'T01',
  title: '收入支出决算总表',
  aliases: ['收入支出决算总表', '财决01表', '公开01表'],
  keying: 'balance',
  columns: [{ id: 'amount', label: '决算数' }],
  fixedRows: [
    ...INCOME_ITEMS,
    { key: 'income.total', label: '本年收入合计', side: 'income', total: true },
    { key: 'income.useNonFiscalBalance', label: '使用非财政拨款结余', side: 'income' },
    { key: 'income.opening', label: '年初结转和结余', side: 'income' },
    { key: 'income.grandTotal', label: '总计', side: 'income', total: true },
    { key: 'expenditure.total', label: '本年支出合计', side: 'expenditure', total: true },
    { key: 'expenditure.balanceDistribution', label: '结余分配', side: 'expenditure' },
    { key: 'expenditure.closing', label: '年末结转和结余', side: 'expenditure' },
    { key: 'expenditure.grandTotal', label: '总计', side: 'expenditure', total: true },
  ],
  note: '本表反映部门本年度的总收支和年末结转结余情况。',
  provenance: 'verified',
};

const T02: TableDef = {
  id: 'T02',
  title: '收入决算表',
  aliases: ['收入决算表', '财决03表', '公开02表'],
  keying: 'functional',
  columns: [
    { id: 'total', label: '本年收入合计' },
    { id: 'fiscal', label: '财政拨款收入' },
    { id: 'superior', label: '上级补助收入' },
    { id: 'business', label: '事业收入' },
    { id: 'operating', label: '经营收入' },
    { id: 'affiliated', label: '附属单位上缴收入' },
    { id: 'other', label: '其他收入' },
  ],
  note: '本表反映部门本年度取得的各项收入情况。',
  provenance: 'verified',
};

const T03: TableDef = {
  id: 'T03',
  title: '支出决算表',
  aliases: ['支出决算表', '财决04表', '公开03表'],
  keying: 'functional',
  columns: [
    { id: 'total', label: '本年支出合计' },
    { id: 'basic', label: '基本支出' },
    { id: 'project', label: '项目支出' },
    { id: 'toSuperior', label: '上缴上级支出' },
    { id: 'operating', label: '经营支出' },
    { id: 'toAffiliated', label: '对附属单位补助支出' },
  ],
  note: '本表反映部门本年度各项支出情况。',
  provenance: 'verified',
};

const FUND_COLUMNS: readonly ColumnDef[] = [
  { id: 'total', label: '合计', side: 'expenditure' },
  { id: 'generalBudget', label: '一般公共预算财政拨款', side: 'expenditure' },
  { id: 'governmentFund', label: '政府性基金预算财政拨款', side: 'expenditure' },
  { id: 'stateCapital', label: '国有资本经营预算财政拨款', side: 'expenditure' },
];

const T04: TableDef = {
  id: 'T04',
  title: '财政拨款收入支出决算总表',
  aliases: ['财政拨款收入支出决算总表', '财决01-1表', '公开04表'],
  keying: 'balance',
  columns: [{ id: 'amount', label: '决算数', side: 'income' }, ...FUND_COLUMNS],
  fixedRows: [
    { key: 'income.generalBudget', label: '一、一般公共预算财政拨款', side: 'income' },
    { key: 'income.governmentFund', label: '二、政府性基金预算财政拨款', side: 'income' },
    { key: 'income.stateCapital', label: '三、国有资本经营预算财政拨款', side: 'income' },
    { key: 'income.total', label: '本年收入合计', side: 'income', total: true },
    { key: 'income.opening', label: '年初财政拨款结转和结余', side: 'income' },
    { key: 'income.opening.generalBudget', label: '一般公共预算财政拨款', side: 'income' },
    { key: 'income.opening.governmentFund', label: '政府性基金预算财政拨款', side: 'income' },
    { key: 'income.opening.stateCapital', label: '国有资本经营预算财政拨款', side: 'income' },
    { key: 'income.grandTotal', label: '总计', side: 'income', total: true },
    { key: 'expenditure.total', label: '本年支出合计', side: 'expenditure', total: true },
    { key: 'expenditure.closing', label: '年末财政拨款结转和结余', side: 'expenditure' },
    { key: 'expenditure.grandTotal', label: '总计', side: 'expenditure', total: true },
  ],
  note: '本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年末结转结余情况。',
  provenance: 'verified',
};

const T05: TableDef = {
  id: 'T05',
  title: '财政拨款支出决算明细表',
  aliases: ['财政拨款支出决算明细表', '公开05表'],
  keying: 'functional',
  columns: FUND_COLUMNS.map(({ side: _side, ...c }) => c),
  note: '本表反映部门本年度财政拨款支出按支出功能分类科目的明细情况。',
  provenance: 'inferred',
};

const BASIC_PROJECT: readonly ColumnDef[] = [
  { id: 'total', label: '合计' },
  { id: 'basic', label: '基本支出' },
  { id: 'project', label: '项目支出' },
];

const T06: TableDef = {
  id: 'T06',
  title: '一般公共预算财政拨款支出决算表',
  aliases: ['一般公共预算财政拨款支出决算表', '公开06表'],
  keying: 'functional',
  columns: BASIC_PROJECT,
  note: '本表反映部门本年度一般公共预算财政拨款实际支出情况。',
  provenance: 'verified',
};

const T07: TableDef = {
  id: 'T07',
  title: '一般公共预算财政拨款支出决算明细表',
  aliases: ['一般公共预算财政拨款支出决算明细表', '公开07表'],
  keying: 'economic',
  columns: [
    { id: 'total', label: '合计' },
    { id: 'personnel', label: '人员经费', groups: ['基本支出'] },
    { id: 'public', label: '公用经费', groups: ['基本支出'] },
    { id: 'project', label: '项目支出' },
  ],
  note: '本表反映部门本年度一般公共预算财政拨款支出按部门预算支出经济分类科目的明细情况。',
  provenance: 'inferred',
};

const T08: TableDef = {
  id: 'T08',
  title: '一般公共预算财政拨款基本支出决算表',
  aliases: ['一般公共预算财政拨款基本支出决算表', '一般公共预算财政拨款基本支出决算明细表', '公开08表'],
  keying: 'economic',
  columns: [{ id: 'amount', label: '决算数' }],
  fixedRows: [
    { key: 'total.personnel', label: '人员经费合计', total: true },
    { key: 'total.public', label: '公用经费合计', total: true },
  ],
  note: '本表反映部门本年度一般公共预算财政拨款基本支出明细情况。',
  provenance: 'verified',
};

const T09: TableDef = {
  id: 'T09',
  title: '一般公共预算财政拨款项目支出决算表',
  aliases: ['一般公共预算财政拨款项目支出决算表', '公开09表'],
  keying: 'functional',
  columns: [{ id: 'total', label: '项目支出' }],
  note: '本表反映部门本年度一般公共预算财政拨款项目支出情况。',
  emptyStatement: '{entity}本年度无一般公共预算财政拨款项目支出，故本表为空表。',
  provenance: 'inferred',
};

const FUND_BALANCE_COLUMNS: readonly ColumnDef[] = [
  { id: 'opening', label: '年初结转和结余' },
  { id: 'income', label: '本年收入' },
  { id: 'expenditure', label: '小计', groups: ['本年支出'] },
  { id: 'basic', label: '基本支出', groups: ['本年支出'] },
  { id: 'project', label: '项目支出', groups: ['本年支出'] },
  { id: 'closing', label: '年末结转和结余' },
];

const T10: TableDef = {
  id: 'T10',
  title: '政府性基金预算财政拨款收入支出决算表',
  aliases: ['政府性基金预算财政拨款收入支出决算表', '公开10表'],
  keying: 'functional',
  columns: FUND_BALANCE_COLUMNS,
  note: '本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。',
  emptyStatement: '{entity}本年度无政府性基金预算财政拨款收入、支出及结转结余，故本表为空表。',
  provenance: 'verified',
};

const T11: TableDef = {
  id: 'T11',
  title: '国有资本经营预算财政拨款收入支出决算表',
  aliases: ['国有资本经营预算财政拨款收入支出决算表', '公开11表'],
  keying: 'functional',
  columns: FUND_BALANCE_COLUMNS,
  note: '本表反映部门本年度国有资本经营预算财政拨款收入、支出及结转和结余情况。',
  emptyStatement: '{entity}本年度无国有资本经营预算财政拨款收入、支出及结转结余，故本表为空表。',
  provenance: 'verified',
};

const T12: TableDef = {
  id: 'T12',
  title: '国有资本经营预算财政拨款支出决算表',
  aliases: ['国有资本经营预算财政拨款支出决算表', '公开12表'],
  keying: 'functional',
  columns: BASIC_PROJECT,
  note: '本表反映部门本年度国有资本经营预算财政拨款支出情况。',
  emptyStatement: '{entity}本年度无国有资本经营预算财政拨款支出，故本表为空表。',
  provenance: 'inferred',
};

const SANGONG_ITEMS: readonly ColumnDef[] = [
  { id: 'total', label: '合计' },
  { id: 'abroad', label: '因公出国（境）费' },
  { id: 'vehicle', label: '小计', groups: ['公务用车购置及运行费'] },
  { id: 'vehiclePurchase', label: '公务用车购置费', groups: ['公务用车购置及运行费'] },
  { id: 'vehicleOperation', label: '公务用车运行费', groups: ['公务用车购置及运行费'] },
  { id: 'reception', label: '公务接待费' },
];

/** The six 三公 items (ids and labels) shared by the 预算数 and 决算数 blocks of T13. */
export const SANGONG_ITEM_IDS = SANGONG_ITEMS.map((c) => c.id);

const T13: TableDef = {
  id: 'T13',
  title: '财政拨款“三公”经费支出决算表',
  aliases: [
    '财政拨款“三公”经费支出决算表',
    '财政拨款"三公"经费支出决算表',
    '一般公共预算财政拨款“三公”经费支出决算表',
    '一般公共预算财政拨款"三公"经费支出决算表',
    '公开13表',
  ],
  keying: 'single',
  columns: [
    ...SANGONG_ITEMS.map((c) => ({
      id: `budget.${c.id}`,
      label: c.label,
      groups: ['预算数', ...(c.groups ?? [])],
    })),
    ...SANGONG_ITEMS.map((c) => ({
      id: `actual.${c.id}`,
      label: c.label,
      groups: ['决算数', ...(c.groups ?? [])],
    })),
  ],
  fixedRows: [{ key: 'amount', label: '金额' }],
  note: '本表反映部门本年度财政拨款“三公”经费支出预决算情况。其中，预算数为“三公”经费年初预算数，决算数是包括当年一般公共预算财政拨款和以前年度结转资金安排的实际支出。',
  emptyStatement: '{entity}本年度无财政拨款“三公”经费支出，故本表为空表。',
  provenance: 'verified',
};

/** Every table definition by id. */
export const TABLES: Readonly<Record<TableId, TableDef>> = {
  T01,
  T02,
  T03,
  T04,
  T05,
  T06,
  T07,
  T08,
  T09,
  T10,
  T11,
  T12,
  T13,
};

/** The definition of a table. */
export function tableDef(id: TableId): TableDef {
  return TABLES[id];
}

/** Column ids of a table, in printed order. */
export function columnIds(id: TableId): string[] {
  return TABLES[id].columns.map((c) => c.id);
}
