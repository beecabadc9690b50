/**
 * @module 六、一般公共预算财政拨款基本支出决算情况说明: 基本支出 (T06 合计), 人员经费 and 公用经费 (T08 totals) with
 * the names of their T08 款 rows — 301/303 for 人员经费, the rest for 公用经费 — that are non-zero or blank.
 */
import type { TableRow } from '../../model/types.ts';
import type { Run } from '../../report/types.ts';
import { printed, text } from '../phrase/index.ts';
import { type Ctx, cell, figure, heading, paragraph, type SectionBuilder, tableTotal } from './context.ts';

const PERSONNEL_LEI = ['301', '303'];

/** Whether an economic 款 belongs to 人员经费 (工资福利支出, 对个人和家庭的补助). */
export function isPersonnelCode(code: string): boolean {
  return PERSONNEL_LEI.includes(code.slice(0, 3));
}

/** Names of the T08 款 rows of one kind whose amount is non-zero or blank (a reported 0 is not listed). */
function itemNames(ctx: Ctx, personnel: boolean): string[] {
  const rows: readonly TableRow[] = ctx.ds.tables.T08?.rows ?? [];
  return rows
    .filter((r) => /^\d{5}$/.test(r.code) && isPersonnelCode(r.code) === personnel)
    .filter((r) => {
      const v = r.cells['amount'] ?? null;
      return v === null || printed(v) !== 0;
    })
    .map((r) => r.name || ctx.economic.get(r.code)?.name || r.code);
}

function kindParagraph(ctx: Ctx, label: '人员经费' | '公用经费', key: string, personnel: boolean) {
  const names = itemNames(ctx, personnel);
  const runs: Run[] = [text(label), figure(cell(ctx, 'T08', key, 'amount'), `${label}合计`)];
  if (names.length > 0) runs.push(text(`，主要包括：${names.join('、')}`));
  runs.push(text('。'));
  return paragraph(runs);
}

/** 六、一般公共预算财政拨款基本支出决算情况说明. */
export const basicSection: SectionBuilder = (ctx, number, id) => [
  heading(1, number, '一般公共预算财政拨款基本支出决算情况说明', id),
  paragraph([
    text(`${ctx.year}年度一般公共预算财政拨款基本支出`),
    figure(tableTotal(ctx, 'T06', 'basic'), '一般公共预算财政拨款基本支出'),
    text('，其中：'),
  ]),
  kindParagraph(ctx, '人员经费', 'total.personnel', true),
  kindParagraph(ctx, '公用经费', 'total.public', false),
];
