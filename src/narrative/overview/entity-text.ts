/**
 * @module Sentences about the entity shared by 第一部分 and the 绩效评价报告: 部门 or 单位, the
 * budget units (机构设置) and the staff (人员概况).
 */
import type { Dataset, UnitRef, UnitType } from '../../model/types.ts';
import type { Block, Run } from '../../report/types.ts';

/** '部门' for a department report, '单位' for a unit report. */
export function orgWord(ds: Dataset): '部门' | '单位' {
  return ds.entity.kind === 'department' ? '部门' : '单位';
}

const TYPE_ORDER: readonly UnitType[] = ['行政单位', '参公事业单位', '事业单位', '其他'];

/** The budget units of the report: the listed units, or the entity itself when none is listed. */
export function budgetUnits(ds: Dataset): readonly UnitRef[] {
  return ds.entity.units.length > 0
    ? ds.entity.units
    : [{ name: ds.entity.name, unitType: ds.entity.unitType }];
}

function typeLabel(type: UnitType, hasCanGong: boolean): string {
  switch (type) {
    case '行政单位':
      return '行政单位';
    case '参公事业单位':
      return '参照公务员法管理的事业单位';
    case '事业单位':
      return hasCanGong ? '其他事业单位' : '事业单位';
    case '其他':
      return '其他单位';
  }
}

/** 机构设置: the units counted by type, then '纳入YYYY年度部门决算编制范围的预算单位包括：' and the units as a list. */
export function unitBlocks(ds: Dataset): Block[] {
  const units = budgetUnits(ds);
  const hasCanGong = units.some((u) => u.unitType === '参公事业单位');
  const counts = TYPE_ORDER.map(
    (t) => [typeLabel(t, hasCanGong), units.filter((u) => u.unitType === t).length] as const,
  ).filter(([, n]) => n > 0);
  const kinds =
    units.length === 1
      ? `，为${counts[0]![0]}`
      : `，其中${counts.map(([label, n]) => `${label}${n}个`).join('，')}`;
  const sentence =
    `${ds.entity.name}共有预算单位${units.length}个${kinds}。` +
    `纳入${ds.entity.year}年度${orgWord(ds)}决算编制范围的预算单位包括：`;
  return [
    { kind: 'paragraph', runs: [{ text: sentence }] },
    { kind: 'list', style: '1.', items: units.map((u) => [{ text: u.name }]) },
  ];
}

/** '2022-12-31' → '2022年12月31日'; the year's end when no date is given. */
export function dateText(date: string | undefined, year: number): string {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/u.exec(date ?? '');
  if (m !== null) return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
  return date !== undefined && date.trim() !== '' ? date.trim() : `${year}年12月31日`;
}

const todo = (what: string): Run => ({ text: `【待补充：${what}】`, todo: true });

/** 人员概况: '县政府办共有编制人数58人，其中：…。截至2022年12月31日实有人数43人。' */
export function staffRuns(ds: Dataset): Run[] {
  const { staff, entity } = ds;
  const runs: Run[] = [{ text: `${entity.shortName || entity.name}共有编制人数` }];
  runs.push(staff.authorized === null ? todo('编制人数') : { text: `${staff.authorized}人` });
  if (staff.breakdown.length > 0) {
    runs.push({ text: `，其中：${staff.breakdown.map((b) => `${b.label}${b.count}人`).join('，')}` });
  }
  runs.push({ text: `。截至${dateText(staff.asOf, entity.year)}实有人数` });
  runs.push(staff.actual === null ? todo('实有人数') : { text: `${staff.actual}人` });
  runs.push({ text: '。' });
  return runs;
}
