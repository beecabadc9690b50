/**
 * @module 十、其他重要事项的情况说明: （一）机关运行经费, （二）政府采购, （三）国有资产占有使用, （四）预算绩效管理.
 * These figures are dataset fields, not table cells, so they are plain runs.
 */
import { type Fen, percentOf, ZERO } from '../../money/index.ts';
import { headingNumber } from '../../report/numbering.ts';
import type { Block, Paragraph, Run } from '../../report/types.ts';
import { amount, changeSentence, percentText, printed, text, todo } from '../phrase/index.ts';
import { type Ctx, countRun, dateText, heading, paragraph, type SectionBuilder } from './context.ts';

const money = (v: Fen | null, label: string): Run => (v === null ? todo(label) : amount(v));

function operating(ctx: Ctx): Paragraph {
  const v = ctx.ds.operatingExpenses;
  const lead = `${ctx.year}年度，${ctx.self}`;
  const applicable = ['行政单位', '参公事业单位'].includes(ctx.ds.entity.unitType);
  if (!applicable && (v === null || printed(v) === 0)) {
    return paragraph([
      text(
        `机关运行经费是行政单位和参照公务员法管理的事业单位使用一般公共预算财政拨款安排的基本支出中的日常公用经费支出；` +
          `${ctx.self}为${ctx.ds.entity.unitType}，不涉及机关运行经费支出。`,
      ),
    ]);
  }
  if (v === null) return paragraph([text(`${lead}机关运行经费支出`), todo('机关运行经费支出数'), text('。')]);
  const prior = ctx.ds.priorYear.operatingExpenses;
  const change = (current: Fen) =>
    changeSentence(
      { current, prior, priorYear: ctx.priorYear, label: '机关运行经费支出', subject: '' },
      ctx.ds.reasons.changes.operatingExpenses,
      '机关运行经费增减变动',
    );
  if (printed(v) === 0) {
    if (prior !== null && printed(prior) === 0)
      return paragraph([text(`${lead}无机关运行经费支出，与${ctx.priorYear}年度持平。`)]);
    return paragraph([text(`${lead}无机关运行经费支出，支出决算为`), amount(v), text('，'), ...change(v)]);
  }
  return paragraph([text(`${lead}机关运行经费支出`), amount(v), text('，'), ...change(v)]);
}

function procurement(ctx: Ctx): Paragraph {
  const p = ctx.ds.procurement;
  const lead = `${ctx.year}年度，${ctx.self}`;
  if (p.total === null)
    return paragraph([text(`${lead}政府采购支出总额`), todo('政府采购支出总额'), text('。')]);
  if (printed(p.total) === 0) return paragraph([text(`${lead}无政府采购支出。`)]);
  const share = (v: Fen | null): Run[] => {
    const h = v === null ? null : percentOf(printed(v), printed(p.total ?? ZERO));
    return h === null ? [] : [text(`，占政府采购支出总额的${percentText(h)}`)];
  };
  return paragraph([
    text(`${lead}政府采购支出总额`),
    amount(p.total),
    text('，其中：政府采购货物支出'),
    money(p.goods, '政府采购货物支出'),
    text('、政府采购工程支出'),
    money(p.works, '政府采购工程支出'),
    text('、政府采购服务支出'),
    money(p.services, '政府采购服务支出'),
    text('。授予中小企业合同金额'),
    money(p.sme, '授予中小企业合同金额'),
    ...share(p.sme),
    text('，其中：授予小微企业合同金额'),
    money(p.smallMicro, '授予小微企业合同金额'),
    ...share(p.smallMicro),
    text('。'),
  ]);
}

function assets(ctx: Ctx): Paragraph {
  const a = ctx.ds.assets;
  const runs: Run[] = [
    text(`截至${dateText(ctx, a.asOf)}，${ctx.self}共有车辆`),
    countRun(a.vehicleTotal, '车辆总数'),
    text('辆'),
  ];
  if (a.vehicles.length > 0) {
    runs.push(text(`，其中：${a.vehicles.map((v) => `${v.category}${v.count}辆`).join('、')}`));
  }
  runs.push(
    text('；单价50万元以上通用设备'),
    countRun(a.generalEquipment50, '单价50万元以上通用设备数'),
    text('台（套），单价100万元以上专用设备'),
    countRun(a.specialEquipment100, '单价100万元以上专用设备数'),
    text('台（套）。'),
  );
  return paragraph(runs);
}

function performance(ctx: Ctx): Paragraph[] {
  const lines = ctx.ds.performance.management
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  if (lines.length === 0) return [paragraph([todo('预算绩效管理情况')])];
  return lines.map((l) => paragraph([text(l)]));
}

/** 十、其他重要事项的情况说明. */
export const otherSection: SectionBuilder = (ctx, number, id) => {
  const sub = (n: number, t: string) => heading(2, headingNumber(2, n), t, `${id}-${n}`);
  const blocks: Block[] = [
    heading(1, number, '其他重要事项的情况说明', id),
    sub(1, '机关运行经费支出情况'),
    operating(ctx),
    sub(2, '政府采购支出情况'),
    procurement(ctx),
    sub(3, '国有资产占有使用情况'),
    assets(ctx),
    sub(4, '预算绩效管理情况'),
    ...performance(ctx),
  ];
  return blocks;
};
