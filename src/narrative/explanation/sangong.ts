/**
 * @module 七、财政拨款“三公”经费支出决算情况说明 (T13): （一）总体 — 决算, change with reason, 预算 and completion;
 * （二）具体 — each item's share of the total, 图7, then 因公出国（境）费, 公务用车购置及运行费, 公务接待费 with their
 * counts. Zero items say "无…支出" / "未安排…预算", never "完成预算0%"; no 三公 at all is said in one sentence.
 */
import type { SangongItem } from '../../model/types.ts';
import { ZERO } from '../../money/index.ts';
import { headingNumber } from '../../report/numbering.ts';
import type { Block, Run } from '../../report/types.ts';
import {
  amount,
  budgetClause,
  budgetSentence,
  changeClause,
  changeSentence,
  printed,
  reasonRuns,
  shareList,
  shareNote,
  text,
} from '../phrase/index.ts';
import { type Ctx, cell, figure, heading, paragraph, type SectionBuilder } from './context.ts';
import { pieFigure } from './figures.ts';
import { itemDetails } from './sangong-details.ts';

type ItemSpec = {
  readonly col: Extract<SangongItem, 'abroad' | 'vehicle' | 'reception'>;
  readonly label: string;
  readonly reasonKey: 'sangongAbroad' | 'sangongVehicle' | 'sangongReception';
};

const ITEMS: readonly ItemSpec[] = [
  { col: 'abroad', label: '因公出国（境）费', reasonKey: 'sangongAbroad' },
  { col: 'vehicle', label: '公务用车购置及运行费', reasonKey: 'sangongVehicle' },
  { col: 'reception', label: '公务接待费', reasonKey: 'sangongReception' },
];

const actual = (ctx: Ctx, col: SangongItem) => cell(ctx, 'T13', 'amount', `actual.${col}`);
const budget = (ctx: Ctx, col: SangongItem) => cell(ctx, 'T13', 'amount', `budget.${col}`);
const SUBJECT = '“三公”经费财政拨款支出';

/** "无…支出", then 持平, a marker for a blank prior, or the fall from a non-zero prior (stated from 0.00万元)
 * with its reason; `reasoned` tells whether a reason was given. */
function zeroRuns(ctx: Ctx, what: string, col: SangongItem, reason: string | undefined, label: string) {
  const prior = ctx.ds.priorYear.sangong[col];
  const a = actual(ctx, col);
  const current = a.value ?? ZERO;
  if (prior === null || printed(prior) === 0) {
    const clause = changeClause({ current, prior, priorYear: ctx.priorYear, label });
    return { reasoned: false, runs: [text(`无${what}，`), ...clause.runs, text('。')] };
  }
  return {
    reasoned: true,
    runs: [
      text(`无${what}，支出决算为`),
      amount(current, a.ref),
      text('，'),
      ...changeSentence({ current, prior, priorYear: ctx.priorYear, label }, reason, `${label}增减变动`),
    ],
  };
}

function overall(ctx: Ctx): Run[] {
  const total = actual(ctx, 'total');
  const b = budget(ctx, 'total');
  const reasons = ctx.ds.reasons.changes;
  if (total.value === null)
    return [text(`${ctx.year}年度${SUBJECT}决算为`), figure(total, `${SUBJECT}决算数`), text('。')];
  const budgetRuns =
    b.value !== null && printed(b.value) === 0
      ? []
      : budgetSentence(
          {
            actual: total.value,
            budget: b.value,
            ...(b.ref ? { budgetRef: b.ref } : {}),
            style: 'plain',
            statesActual: false,
          },
          reasons.sangongBudget,
          '“三公”经费决算数与预算数差异',
        );
  if (printed(total.value) === 0) {
    const prior = ctx.ds.priorYear.sangong.total;
    const none = '财政拨款“三公”经费支出';
    const zero =
      prior !== null && printed(prior) === 0
        ? [text(`无${none}。`)]
        : zeroRuns(ctx, none, 'total', reasons.sangongTotal, '“三公”经费财政拨款支出').runs;
    return [text(`${ctx.self}${ctx.year}年度`), ...zero, ...(b.value === null ? [] : budgetRuns)];
  }
  return [
    text(`${ctx.year}年度${SUBJECT}决算为`),
    figure(total, `${SUBJECT}决算数`),
    text('，'),
    ...changeSentence(
      {
        current: total.value,
        prior: ctx.ds.priorYear.sangong.total,
        priorYear: ctx.priorYear,
        label: SUBJECT,
      },
      reasons.sangongTotal,
      '“三公”经费增减变动',
    ),
    ...(b.value !== null && printed(b.value) === 0 ? [text('未安排“三公”经费预算。')] : budgetRuns),
  ];
}

function itemRuns(ctx: Ctx, n: number, spec: ItemSpec): Run[] {
  const a = actual(ctx, spec.col);
  const b = budget(ctx, spec.col);
  const reason = ctx.ds.reasons.changes[spec.reasonKey];
  const head = text(`${headingNumber(3, n)}${spec.label}`);
  const extra = itemDetails(ctx, spec.col);
  if (a.value === null)
    return [head, text('支出决算为'), figure(a, `${spec.label}决算数`), text('。'), ...extra];
  if (printed(a.value) === 0) {
    const budgetNote =
      b.value === null
        ? []
        : printed(b.value) === 0
          ? [text(`未安排${spec.label}预算，`)]
          : [text('预算数为'), amount(b.value, b.ref), text('，')];
    const zero = zeroRuns(ctx, `${spec.label}支出`, spec.col, reason, spec.label);
    const runs = [head, text(`：${ctx.year}年度`), ...budgetNote, ...zero.runs];
    const budgetVariance = b.value !== null && printed(b.value) > 0;
    if (budgetVariance && !zero.reasoned) runs.push(...reasonRuns(reason, `${spec.label}决算数与预算数差异`));
    return [...runs, ...extra];
  }
  const clause = changeClause({
    current: a.value,
    prior: ctx.ds.priorYear.sangong[spec.col],
    priorYear: ctx.priorYear,
    label: spec.label,
  });
  const bc = budgetClause({
    actual: a.value,
    budget: b.value,
    ...(b.ref ? { budgetRef: b.ref } : {}),
    style: 'plain',
    statesActual: false,
    noBudget: `未安排${spec.label}预算`,
  });
  const runs: Run[] = [head, text('支出决算为'), amount(a.value, a.ref), text('，'), ...clause.runs];
  if (clause.needsReason)
    runs.push(text('。'), ...reasonRuns(reason, `${spec.label}增减变动`), ...bc.runs, text('。'));
  else {
    runs.push(text('；'), ...bc.runs, text('。'));
    if (bc.needsReason) runs.push(...reasonRuns(reason, `${spec.label}决算数与预算数差异`));
  }
  return [...runs, ...extra];
}

function details(ctx: Ctx): Block[] {
  const list = shareList(
    ITEMS.map((it) => {
      const a = actual(ctx, it.col);
      return { label: `${it.label}支出决算`, value: a.value, ...(a.ref ? { ref: a.ref } : {}) };
    }),
  );
  const pie = pieFigure(
    7,
    ITEMS.map((it, i) => ({
      label: it.label,
      printed: list.printed[i] ?? null,
      share: list.shares[i] ?? null,
    })),
  );
  return [
    paragraph([text(`${ctx.year}年度${SUBJECT}决算中，`), ...list.runs, text('。'), ...shareNote(list)]),
    ...(pie === null ? [] : [pie]),
    ...ITEMS.map((it, i) => paragraph(itemRuns(ctx, i + 1, it))),
  ];
}

/** 七、财政拨款“三公”经费支出决算情况说明. */
export const sangongSection: SectionBuilder = (ctx, number, id) => {
  const total = actual(ctx, 'total').value;
  const top = heading(1, number, '财政拨款“三公”经费支出决算情况说明', id);
  if (total !== null && printed(total) === 0) return [top, paragraph(overall(ctx))];
  const sub = (n: number, t: string) => heading(2, headingNumber(2, n), t, `${id}-${n}`);
  return [
    top,
    sub(1, '“三公”经费财政拨款支出决算总体情况说明'),
    paragraph(overall(ctx)),
    sub(2, '“三公”经费财政拨款支出决算具体情况说明'),
    ...details(ctx),
  ];
};
