/**
 * @module 八、政府性基金预算支出决算情况说明 (T10) and 九、国有资本经营预算支出决算情况说明 (T12, else T11):
 * "YYYY年度无…财政拨款支出。" when there is none; else the total, its change with reason, and every 项.
 */
import type { TableId } from '../../catalog/tables/types.ts';
import type { ReasonKey } from '../../model/types.ts';
import { isTableEmpty, rowsAtLength } from '../../model/views.ts';
import type { Fen } from '../../money/index.ts';
import type { Block, Run } from '../../report/types.ts';
import { changeSentence, printed, text } from '../phrase/index.ts';
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

type FundSpec = {
  readonly title: string;
  /** '政府性基金预算财政拨款支出' */
  readonly subject: string;
  readonly table: TableId;
  readonly column: string;
  readonly prior: Fen | null;
  readonly reasonKey: ReasonKey;
};

function hasExpenditure(ctx: Ctx, spec: FundSpec, total: Sourced): boolean {
  const t = ctx.ds.tables[spec.table];
  if (t === undefined || ctx.ds.emptyTables[spec.table] !== undefined || isTableEmpty(t)) return false;
  const anyItem = t.rows.some((r) => {
    const v = r.cells[spec.column] ?? null;
    return v !== null && printed(v) !== 0;
  });
  return anyItem || (total.value !== null && printed(total.value) !== 0);
}

function fundBlocks(ctx: Ctx, spec: FundSpec, number: string, id: string): Block[] {
  const total = tableTotal(ctx, spec.table, spec.column);
  const top = heading(1, number, spec.title, id);
  if (!hasExpenditure(ctx, spec, total)) {
    return [top, paragraph([text(`${ctx.self}${ctx.year}年度无${spec.subject}。`)])];
  }
  const runs: Run[] = [
    text(`${ctx.year}年度${spec.subject}`),
    figure(total, `${spec.subject}合计`),
    text('。'),
  ];
  if (total.value !== null) {
    runs.pop();
    runs.push(
      text('，'),
      ...changeSentence(
        {
          current: total.value,
          prior: spec.prior,
          priorYear: ctx.priorYear,
          label: spec.subject,
          subject: spec.subject,
        },
        ctx.ds.reasons.changes[spec.reasonKey],
        `${spec.subject}增减变动`,
      ),
    );
  }
  const rows = ctx.ds.tables[spec.table]?.rows ?? [];
  const items = rowsAtLength(ctx.ds.tables[spec.table], 7).flatMap((r) => {
    const v = r.cells[spec.column] ?? null;
    if (v !== null && printed(v) === 0) return [];
    const ref = { table: spec.table, row: r.code, column: spec.column };
    return [[text(functionalName(ctx, rows, r)), figure({ value: v, ref }, `${r.name}支出数`)]];
  });
  const blocks: Block[] = [top, paragraph(runs)];
  if (items.length > 0) {
    blocks.push(
      paragraph([
        text('具体为：'),
        ...items.flatMap((it, i) => [...(i > 0 ? [text('；')] : []), ...it]),
        text('。'),
      ]),
    );
  }
  return blocks;
}

/** 八、政府性基金预算支出决算情况说明. */
export const governmentFundSection: SectionBuilder = (ctx, number, id) =>
  fundBlocks(
    ctx,
    {
      title: '政府性基金预算支出决算情况说明',
      subject: '政府性基金预算财政拨款支出',
      table: 'T10',
      column: 'expenditure',
      prior: ctx.ds.priorYear.governmentFundExpenditure,
      reasonKey: 'governmentFund',
    },
    number,
    id,
  );

/** 九、国有资本经营预算支出决算情况说明 (T12 支出表 when present, else T11 收入支出表). */
export const stateCapitalSection: SectionBuilder = (ctx, number, id) => {
  const useT12 = (ctx.ds.tables.T12?.rows.length ?? 0) > 0 || ctx.ds.tables.T11 === undefined;
  return fundBlocks(
    ctx,
    {
      title: '国有资本经营预算支出决算情况说明',
      subject: '国有资本经营预算财政拨款支出',
      table: useT12 ? 'T12' : 'T11',
      column: useT12 ? 'total' : 'expenditure',
      prior: ctx.ds.priorYear.stateCapitalExpenditure,
      reasonKey: 'stateCapital',
    },
    number,
    id,
  );
};
