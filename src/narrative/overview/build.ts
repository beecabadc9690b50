/**
 * @module 第一部分 部门（单位）概况: 一、职责及重点工作 （一）职责 （二）YYYY年重点工作完成情况;
 * 二、机构设置; 三、人员概况. Heading ids are 'sec-1-…'.
 */
import type { Dataset } from '../../model/types.ts';
import { headingNumber } from '../../report/numbering.ts';
import type { Block, Heading } from '../../report/types.ts';
import { orgWord, staffRuns, unitBlocks } from './entity-text.ts';
import { stripNumbering } from './numbering-lines.ts';
import { structuredText, textLines } from './structured-text.ts';

function heading(level: Heading['level'], n: number, text: string, id: string): Heading {
  return { kind: 'heading', level, number: headingNumber(level, n), text, id };
}

function duties(ds: Dataset): Block {
  return ds.duties.length > 0
    ? { kind: 'list', style: '1.', items: ds.duties.map((d) => [{ text: stripNumbering(d) }]) }
    : { kind: 'paragraph', runs: [{ text: `【待补充：${orgWord(ds)}职责】`, todo: true }] };
}

function dutiesAndWork(ds: Dataset): Block[] {
  const org = orgWord(ds);
  if (ds.workSummary.trim() === '') return [heading(1, 1, `${org}职责`, 'sec-1-1'), duties(ds)];
  return [
    heading(1, 1, `${org}职责及重点工作`, 'sec-1-1'),
    heading(2, 1, `${org}职责`, 'sec-1-1-1'),
    duties(ds),
    heading(2, 2, `${ds.entity.year}年重点工作完成情况`, 'sec-1-1-2'),
    ...structuredText(ds.workSummary, { baseLevel: 3, idPrefix: 'sec-1-1-2' }),
  ];
}

/** 第一部分 部门概况 (单位概况 for a unit report). */
export function buildOverview(ds: Dataset): Block[] {
  return [
    ...dutiesAndWork(ds),
    heading(1, 2, '机构设置', 'sec-1-2'),
    ...unitBlocks(ds),
    ...textLines(ds.organization).map((text): Block => ({ kind: 'paragraph', runs: [{ text }] })),
    heading(1, 3, '人员概况', 'sec-1-3'),
    { kind: 'paragraph', runs: staffRuns(ds) },
  ];
}
