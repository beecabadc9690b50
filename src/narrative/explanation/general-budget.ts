/**
 * @module 五、一般公共预算财政拨款支出决算情况说明: （一）总体 (T06 合计, its share of 本年支出合计, change, 图5),
 * （二）结构 (each 类 with its share, 图6), （三）具体 (年初预算 vs 决算 overall and for every 项 row of T06).
 */
import { rowsAtLength } from '../../model/views.ts';
import { percentOf } from '../../money/index.ts';
import { headingNumber } from '../../report/numbering.ts';
import type { Block, Run } from '../../report/types.ts';
import { budgetClause, budgetSentence, changeSentence, percentText, printed, text } from '../phrase/index.ts';
import {
  type Ctx,
  figure,
  functionalName,
  heading,
  paragraph,
  type SectionBuilder,
  type Sourced,
  tableTotal,
} from './context.ts';
import { barFigure } from './figures.ts';
import { structureBlocks } from './structure.ts';

const SUBJECT = '一般公共预算财政拨款支出';

function overall(ctx: Ctx, total: Sourced): Block[] {
  const runs: Run[] = [text(`${ctx.year}年度${SUBJECT}`), figure(total, `${SUBJECT}合计`)];
  const all = tableTotal(ctx, 'T03', 'total').value;
  if (total.value !== null && all !== null) {
    const share = percentOf(printed(total.value), printed(all));
    if (share !== null) runs.push(text(`，占本年支出合计的${percentText(share)}`));
  }
  runs.push(text('。'));
  if (total.value !== null) {
    runs.push(
      ...changeSentence(
        {
          current: total.value,
          prior: ctx.ds.priorYear.generalBudgetExpenditure,
          priorYear: ctx.priorYear,
          label: SUBJECT,
          subject: SUBJECT,
        },
        ctx.ds.reasons.changes.generalBudgetExpenditure,
        `${SUBJECT}增减变动`,
      ),
    );
  }
  const fig = barFigure(
    5,
    { prior: ctx.priorYear, current: ctx.year },
    ctx.ds.priorYear.generalBudgetExpenditure,
    [{ name: SUBJECT, current: total.value }],
  );
  return [paragraph(runs), ...(fig === null ? [] : [fig])];
}

function structure(ctx: Ctx, total: Sourced): Block[] {
  const rows = rowsAtLength(ctx.ds.tables.T06, 3);
  const parts = rows.map((r) => {
    const name = r.name || ctx.functional.get(r.code)?.name || r.code;
    return {
      label: name,
      chartLabel: name,
      value: r.cells['total'] ?? null,
      ref: { table: 'T06' as const, row: r.code, column: 'total' },
    };
  });
  return structureBlocks(
    [text(`${ctx.year}年度${SUBJECT}`)],
    total,
    `${SUBJECT}合计`,
    parts,
    6,
    '，主要用于以下方面：',
  );
}

function details(ctx: Ctx, total: Sourced): Block[] {
  const budget = ctx.ds.budget;
  const xiang = rowsAtLength(ctx.ds.tables.T06, 7);
  const head: Run[] = [text(`${ctx.year}年度${SUBJECT}`)];
  if (total.value === null) head.push(figure(total, `${SUBJECT}合计`), text('。'));
  else {
    const clause = budgetClause({
      actual: total.value,
      ...(total.ref ? { actualRef: total.ref } : {}),
      budget: budget.generalBudgetTotal,
      style: 'annual',
      statesActual: true,
    });
    head.push(...clause.runs, text('。'));
  }
  if (xiang.length > 0) head.push(text('具体情况如下：'));
  const rows = ctx.ds.tables.T06?.rows ?? [];
  const items = xiang.map((row, i) => {
    const actual = row.cells['total'] ?? null;
    const name = functionalName(ctx, rows, row);
    const runs: Run[] = [text(`${headingNumber(3, i + 1)}${name}：`)];
    const ref = { table: 'T06' as const, row: row.code, column: 'total' };
    if (actual === null) {
      runs.push(text('支出决算为'), figure({ value: null, ref }, `${name}支出决算数`), text('。'));
      return paragraph(runs);
    }
    const known = Object.hasOwn(budget.generalBudgetItems, row.code);
    const itemBudget = known
      ? (budget.generalBudgetItems[row.code] ?? null)
      : printed(actual) === 0
        ? actual
        : null;
    runs.push(
      ...budgetSentence(
        { actual, actualRef: ref, budget: itemBudget, style: 'annual', statesActual: true },
        ctx.ds.reasons.budgetVariance[row.code],
        `${name}决算数与预算数差异`,
      ),
    );
    return paragraph(runs);
  });
  return [paragraph(head), ...items];
}

/** 五、一般公共预算财政拨款支出决算情况说明. */
export const generalBudgetSection: SectionBuilder = (ctx, number, id) => {
  const total = tableTotal(ctx, 'T06', 'total');
  const sub = (n: number, t: string) => heading(2, headingNumber(2, n), t, `${id}-${n}`);
  return [
    heading(1, number, `${SUBJECT}决算情况说明`, id),
    sub(1, `${SUBJECT}决算总体情况`),
    ...overall(ctx, total),
    sub(2, `${SUBJECT}决算结构情况`),
    ...structure(ctx, total),
    sub(3, `${SUBJECT}决算具体情况`),
    ...details(ctx, total),
  ];
};
