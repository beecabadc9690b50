/**
 * @module 二、收入决算情况说明 (本年收入合计 and the eight T01 income items, zeros included, with shares) and
 * 三、支出决算情况说明 (本年支出合计 by 基本/项目/上缴上级/经营/对附属单位补助 from the T03 合计 row; a column
 * blank in every row is not reported and not stated), with 图2 / 图3.
 */
import { T01_INCOME_ITEM_KEYS, TABLES } from '../../catalog/tables/definitions.ts';
import type { Block, Run } from '../../report/types.ts';
import { type ShareItem, shareList, shareNote, text } from '../phrase/index.ts';
import {
  type Ctx,
  cell,
  figure,
  heading,
  paragraph,
  type SectionBuilder,
  type Sourced,
  tableTotal,
} from './context.ts';
import { type FigureNumber, pieFigure } from './figures.ts';

type Part = ShareItem & { readonly chartLabel: string };

/** "{lead}X万元，其中：A…，占a%；…。" with the adjustment note, and the pie of the same shares. */
export function structureBlocks(
  lead: Run[],
  total: Sourced,
  totalLabel: string,
  parts: readonly Part[],
  fig: FigureNumber,
  intro = '，其中：',
): Block[] {
  const list = shareList(parts);
  const runs: Run[] = [...lead, figure(total, totalLabel)];
  if (parts.length > 0) runs.push(text(intro), ...list.runs);
  runs.push(text('。'), ...shareNote(list));
  const pie = pieFigure(
    fig,
    parts.map((p, i) => ({
      label: p.chartLabel,
      printed: list.printed[i] ?? null,
      share: list.shares[i] ?? null,
    })),
  );
  return [paragraph(runs), ...(pie === null ? [] : [pie])];
}

const incomeLabel = (key: string): string =>
  (TABLES.T01.fixedRows ?? []).find((r) => r.key === key)?.label.replace(/^[一二三四五六七八九十]+、/, '') ??
  key;

/** The eight T01 income items as share parts. */
function incomeParts(ctx: Ctx): Part[] {
  return T01_INCOME_ITEM_KEYS.map((key) => {
    const s = cell(ctx, 'T01', key, 'amount');
    const label = incomeLabel(key);
    return { label, chartLabel: label, value: s.value, ...(s.ref ? { ref: s.ref } : {}) };
  });
}

/** 二、收入决算情况说明. */
export const incomeSection: SectionBuilder = (ctx, number, id) => [
  heading(1, number, '收入决算情况说明', id),
  ...structureBlocks(
    [text(`${ctx.year}年度本年收入合计`)],
    cell(ctx, 'T01', 'income.total', 'amount'),
    '本年收入合计',
    incomeParts(ctx),
    2,
  ),
];

const EXPENDITURE_COLUMNS = [
  ['basic', '基本支出'],
  ['project', '项目支出'],
  ['toSuperior', '上缴上级支出'],
  ['operating', '经营支出'],
  ['toAffiliated', '对附属单位补助支出'],
] as const;

/** 三、支出决算情况说明. */
export const expenditureSection: SectionBuilder = (ctx, number, id) => {
  const rows = ctx.ds.tables.T03?.rows ?? [];
  // A column the table does not report at all (blank in every row) is not stated; a blank 合计 over
  // reported rows is a marker.
  const reported = ([column]: (typeof EXPENDITURE_COLUMNS)[number]) =>
    rows.some((r) => (r.cells[column] ?? null) !== null);
  const parts: Part[] = EXPENDITURE_COLUMNS.filter(reported).map(([column, label]) => {
    const s = tableTotal(ctx, 'T03', column);
    return { label, chartLabel: label, value: s.value, ...(s.ref ? { ref: s.ref } : {}) };
  });
  return [
    heading(1, number, '支出决算情况说明', id),
    ...structureBlocks(
      [text(`${ctx.year}年度本年支出合计`)],
      tableTotal(ctx, 'T03', 'total'),
      '本年支出合计',
      parts,
      3,
    ),
  ];
};
