/**
 * @module The counts under each “三公” item: 因公出国（境）团组/人次; 公务用车购置费 with 购置数 and 运行费 with
 * 保有量; 国内公务接待批次/人次 and 外事接待. Blank counts are visible markers.
 */
import type { Run } from '../../report/types.ts';
import { amount, printed, text } from '../phrase/index.ts';
import { type Ctx, cell, countRun, dateText, figure } from './context.ts';

function abroad(ctx: Ctx): Run[] {
  const a = cell(ctx, 'T13', 'amount', 'actual.abroad').value;
  const { groups, persons } = ctx.ds.sangong.abroad;
  if ((a === null || printed(a) === 0) && !groups && !persons) return [];
  return [
    text(`${ctx.year}年度全年安排因公出国（境）团组`),
    countRun(groups, '因公出国（境）团组数'),
    text('个，累计'),
    countRun(persons, '因公出国（境）人次'),
    text('人次。'),
  ];
}

function vehiclePart(
  ctx: Ctx,
  col: 'vehiclePurchase' | 'vehicleOperation',
  label: string,
  count: Run[],
): Run[] {
  const s = cell(ctx, 'T13', 'amount', `actual.${col}`);
  if (s.value !== null && printed(s.value) === 0) return [text(`无${label}支出`)];
  return [text(label), figure(s, `${label}决算数`), ...count];
}

function vehicle(ctx: Ctx): Run[] {
  const a = cell(ctx, 'T13', 'amount', 'actual.vehicle').value;
  const { purchased, held } = ctx.ds.sangong.vehicles;
  const asOf = dateText(ctx, ctx.ds.assets.asOf);
  const heldRuns = [text(`截至${asOf}，公务用车保有量为`), countRun(held, '公务用车保有量'), text('辆。')];
  if (a !== null && printed(a) === 0) return heldRuns;
  return [
    text('其中：'),
    ...vehiclePart(ctx, 'vehiclePurchase', '公务用车购置费', [
      text('，购置公务用车'),
      countRun(purchased, '公务用车购置数'),
      text('辆'),
    ]),
    text('；'),
    ...vehiclePart(ctx, 'vehicleOperation', '公务用车运行费', []),
    text('。'),
    ...heldRuns,
  ];
}

function reception(ctx: Ctx): Run[] {
  const a = cell(ctx, 'T13', 'amount', 'actual.reception').value;
  const r = ctx.ds.sangong.reception;
  if ((a === null || printed(a) === 0) && !r.batches && !r.persons) return [];
  const runs: Run[] = [
    text(`${ctx.year}年度国内公务接待`),
    countRun(r.batches, '国内公务接待批次'),
    text('批次，'),
    countRun(r.persons, '国内公务接待人次'),
    text('人次；'),
  ];
  const foreign = (r.foreignBatches ?? 0) > 0 || (r.foreignAmount !== null && printed(r.foreignAmount) > 0);
  if (!foreign) return [...runs, text('无外事接待支出。')];
  return [
    ...runs,
    text('其中：外事接待'),
    countRun(r.foreignBatches, '外事接待批次'),
    text('批次，'),
    countRun(r.foreignPersons, '外事接待人次'),
    text('人次，支出'),
    ...(r.foreignAmount === null ? [countRun(null, '外事接待支出数')] : [amount(r.foreignAmount)]),
    text('。'),
  ];
}

/** The counts stated after an item's amounts. */
export function itemDetails(ctx: Ctx, col: 'abroad' | 'vehicle' | 'reception'): Run[] {
  switch (col) {
    case 'abroad':
      return abroad(ctx);
    case 'vehicle':
      return vehicle(ctx);
    case 'reception':
      return reception(ctx);
  }
}
