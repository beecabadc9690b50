/**
 * @module The tables of the test report (fixture.ts): a functional table with levels and a total, an empty
 * table with its statement, and the 三公 table with three merged header rows and a 栏次 row.
 */
import { type Fen, parseAmount } from '../../money/index.ts';
import type { BodyCell, CellRef, ReportTable } from '../../report/types.ts';

/** Text that would run a script if the renderer did not escape it. */
export const SCRIPT_TEXT = '<script>alert(1)</script>';

/** An amount in 万元 as fen. */
export function wan(text: string): Fen {
  const r = parseAmount(text, 'wanYuan');
  if (!r.ok) throw new Error(`bad amount ${text}`);
  return r.value;
}

function amount(ref: CellRef, text: string): BodyCell {
  return { text, align: 'right', ref, fen: text === '' ? null : wan(text) };
}

const T13_VALUES = ['18.07', '', '', '', '', '18.07', '18.07', '', '', '', '', '18.07'];
const T13_COLUMNS = ['total', 'abroad', 'vehicle', 'vehiclePurchase', 'vehicleOperation', 'reception'];

/** 公开13表 with merged headers (预算数/决算数 over 公务用车购置及运行费 over its items) and a 栏次 row. */
export const t13: ReportTable = {
  kind: 'table',
  id: 'table-T13',
  table: 'T13',
  number: '公开13表',
  title: '财政拨款“三公”经费支出决算表',
  entityLine: '编制单位：剑阁县人民政府办公室',
  unitLine: '单位：万元',
  header: [
    [
      { text: '项目', rowSpan: 3 },
      { text: '预算数', colSpan: 6 },
      { text: '决算数', colSpan: 6 },
    ],
    [0, 1].flatMap(() => [
      { text: '合计', rowSpan: 2 },
      { text: '因公出国（境）费', rowSpan: 2 },
      { text: '公务用车购置及运行费', colSpan: 3 },
      { text: '公务接待费', rowSpan: 2 },
    ]),
    [0, 1].flatMap(() => [{ text: '小计' }, { text: '公务用车购置费' }, { text: '公务用车运行费' }]),
  ],
  columnNumbers: ['栏次', ...T13_VALUES.map((_, i) => String(i + 1))],
  body: [
    {
      kind: 'data',
      cells: [
        { text: '金额', align: 'center', rowHeader: true },
        ...T13_VALUES.map((v, i) =>
          amount(
            { table: 'T13', row: 'amount', column: `${i < 6 ? 'budget' : 'actual'}.${T13_COLUMNS[i % 6]}` },
            v,
          ),
        ),
      ],
    },
  ],
  notes: ['注：本表反映部门本年度财政拨款“三公”经费支出预决算情况。'],
  empty: false,
};

function fnRow(code: string, name: string, level: 0 | 1 | 2, total: string, basic: string, project: string) {
  const ref = (column: string): CellRef => ({ table: 'T03', row: code, column });
  return {
    kind: 'data' as const,
    level,
    cells: [
      { text: code, align: 'left' as const },
      { text: name, align: 'left' as const, rowHeader: true },
      amount(ref('total'), total),
      amount(ref('basic'), basic),
      amount(ref('project'), project),
    ],
  };
}

/** 公开03表 with code and name columns, a total row, and 类/款/项 rows at levels 0–2. */
export const t03: ReportTable = {
  kind: 'table',
  id: 'table-T03',
  table: 'T03',
  number: '公开03表',
  title: '支出决算表',
  entityLine: '编制单位：剑阁县人民政府办公室',
  unitLine: '单位：万元',
  header: [
    [
      { text: '项目', colSpan: 2 },
      { text: '本年支出合计', rowSpan: 2 },
      { text: '基本支出', rowSpan: 2 },
      { text: '项目支出', rowSpan: 2 },
    ],
    [{ text: '科目编码' }, { text: '科目名称' }],
  ],
  columnNumbers: ['栏次', '', '1', '2', '3'],
  body: [
    {
      kind: 'total',
      cells: [
        { text: '合计', align: 'center', rowHeader: true, colSpan: 2 },
        amount({ table: 'T03', row: 'total', column: 'total' }, '651.04'),
        amount({ table: 'T03', row: 'total', column: 'basic' }, '631.04'),
        amount({ table: 'T03', row: 'total', column: 'project' }, '20.00'),
      ],
    },
    fnRow('201', '一般公共服务支出', 0, '557.77', '537.77', '20.00'),
    fnRow('20103', '政府办公厅（室）及相关机构事务', 1, '537.77', '537.77', ''),
    fnRow('2010301', '行政运行', 2, '402.62', '402.62', ''),
    fnRow('2010350', '事业运行', 2, '135.15', '135.15', ''),
    fnRow('20113', '商贸事务', 1, '20.00', '', '20.00'),
    fnRow('2011308', '招商引资', 2, '20.00', '', '20.00'),
    fnRow('208', '社会保障和就业支出', 0, '41.45', '41.45', ''),
    fnRow('221', '住房保障支出', 0, '31.09', '31.09', ''),
  ],
  notes: ['注：本表反映部门本年度各项支出情况。', `注：${SCRIPT_TEXT}`],
  empty: false,
};

/** 公开10表, empty, with its empty-table statement. */
export const t10: ReportTable = {
  kind: 'table',
  id: 'table-T10',
  table: 'T10',
  number: '公开10表',
  title: '政府性基金预算财政拨款收入支出决算表',
  entityLine: '编制单位：剑阁县人民政府办公室',
  unitLine: '单位：万元',
  header: [
    [
      { text: '项目', colSpan: 2 },
      { text: '年初结转和结余', rowSpan: 2 },
      { text: '本年收入', rowSpan: 2 },
      { text: '本年支出', rowSpan: 2 },
    ],
    [{ text: '科目编码' }, { text: '科目名称' }],
  ],
  body: [],
  notes: [
    '注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。',
    '剑阁县人民政府办公室本年度无政府性基金预算财政拨款收入、支出及结转和结余，故本表为空表。',
  ],
  empty: true,
};
