/**
 * @module 一、收入支出决算总体情况说明 and 四、财政拨款收入支出决算总体情况说明: the two-sided 总计 of T01 / T04,
 * their change from the prior year with its reason, and the bar charts 图1 / 图4.
 */
import type { ReasonKey } from '../../model/types.ts';
import type { Fen } from '../../money/index.ts';
import type { Block, Run } from '../../report/types.ts';
import { changeClause, printed, reasonRuns, text } from '../phrase/index.ts';
import { type Ctx, cell, figure, heading, paragraph, type SectionBuilder, type Sourced } from './context.ts';
import { barFigure, type FigureNumber } from './figures.ts';

type TotalsSpec = {
  readonly prefix: '' | '财政拨款';
  readonly income: Sourced;
  readonly expenditure: Sourced;
  readonly prior: Fen | null;
  readonly reasonKey: ReasonKey;
  readonly fig: FigureNumber;
};

function changeOf(ctx: Ctx, current: Fen, subject: string, spec: TotalsSpec) {
  return changeClause({
    current,
    prior: spec.prior,
    priorYear: ctx.priorYear,
    label: subject,
    subject,
    noun: '此项收支',
  });
}

/** "YYYY年度收、支总计均为X万元，与…相比，…" (or both sides when they differ), then the reason. */
function totalsRuns(ctx: Ctx, spec: TotalsSpec): Run[] {
  const p = spec.prefix;
  const inc = spec.income.value;
  const exp = spec.expenditure.value;
  const reason = ctx.ds.reasons.changes[spec.reasonKey];
  const label = `${p}收、支总计增减变动`;
  if (inc !== null && exp !== null && printed(inc) === printed(exp)) {
    const ch = changeOf(ctx, inc, `${p}收、支总计`, spec);
    return [
      text(`${ctx.year}年度${p}收、支总计均为`),
      figure(spec.income, `${p}收入总计`),
      text('，'),
      ...ch.runs,
      text('。'),
      ...(ch.needsReason ? reasonRuns(reason, label) : []),
    ];
  }
  const side = (name: string, s: Sourced) => {
    if (s.value === null) return { runs: [text(name), figure(s, `${p}${name}`)], needsReason: false };
    const ch = changeOf(ctx, s.value, name, spec);
    return { runs: [text(name), figure(s, name), text('，'), ...ch.runs], needsReason: ch.needsReason };
  };
  const a = side('收入总计', spec.income);
  const b = side('支出总计', spec.expenditure);
  return [
    text(`${ctx.year}年度${p}`),
    ...a.runs,
    text('；'),
    ...b.runs,
    text('。'),
    ...(a.needsReason || b.needsReason ? reasonRuns(reason, label) : []),
  ];
}

function totalsBlocks(ctx: Ctx, spec: TotalsSpec): Block[] {
  const inc = spec.income.value;
  const exp = spec.expenditure.value;
  const same = inc !== null && exp !== null && printed(inc) === printed(exp);
  const fig = barFigure(
    spec.fig,
    { prior: ctx.priorYear, current: ctx.year },
    spec.prior,
    same
      ? [{ name: `${spec.prefix}收、支总计`, current: inc }]
      : [
          { name: `${spec.prefix}收入总计`, current: inc },
          { name: `${spec.prefix}支出总计`, current: exp },
        ],
  );
  return [paragraph(totalsRuns(ctx, spec)), ...(fig === null ? [] : [fig])];
}

/** 一、收入支出决算总体情况说明 (T01 总计). */
export const overallSection: SectionBuilder = (ctx, number, id) => [
  heading(1, number, '收入支出决算总体情况说明', id),
  ...totalsBlocks(ctx, {
    prefix: '',
    income: cell(ctx, 'T01', 'income.grandTotal', 'amount'),
    expenditure: cell(ctx, 'T01', 'expenditure.grandTotal', 'amount'),
    prior: ctx.ds.priorYear.grandTotal,
    reasonKey: 'grandTotal',
    fig: 1,
  }),
];

/** 四、财政拨款收入支出决算总体情况说明 (T04 总计). */
export const fiscalOverallSection: SectionBuilder = (ctx, number, id) => [
  heading(1, number, '财政拨款收入支出决算总体情况说明', id),
  ...totalsBlocks(ctx, {
    prefix: '财政拨款',
    income: cell(ctx, 'T04', 'income.grandTotal', 'amount'),
    expenditure: cell(ctx, 'T04', 'expenditure.grandTotal', 'total'),
    prior: ctx.ds.priorYear.fiscalGrandTotal,
    reasonKey: 'fiscalGrandTotal',
    fig: 4,
  }),
];
