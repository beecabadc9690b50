/**
 * @module (a) 部门整体绩效评价报告: 一、部门基本情况 (机构设置, 人员概况, 绩效目标), 二、部门资金收支情况
 * (from T01/T03 with cell references), 三、部门整体绩效分析 (（一）部门预算项目绩效分析 from the
 * categories, then the report's analysis sections), 四、评价结论及建议 (the score, the conclusion sections).
 */
import type { Dataset, Performance, TextSection } from '../../model/types.ts';
import { completionRate } from '../../money/index.ts';
import type { Block, Paragraph } from '../../report/types.ts';
import { orgWord, staffRuns, stripNumbering, structuredText, unitBlocks } from '../overview/index.ts';
import { percentText, plainFigure, todo } from './figures.ts';
import { balanceRuns, expenditureRuns, incomeRuns } from './funds.ts';
import { type Headings, headings, titleHeading } from './sections.ts';

type Overall = NonNullable<Performance['overall']>;
type Category = Overall['categories'][number];

const para = (runs: Paragraph['runs']): Paragraph => ({ kind: 'paragraph', runs });

/** Which part of the report a section of the user's text belongs to. */
function placeOf(section: TextSection): 'basic' | 'analysis' | 'conclusion' {
  const h = stripNumbering(section.heading);
  if (/结论|问题|建议/u.test(h)) return 'conclusion';
  return /目标/u.test(h) ? 'basic' : 'analysis';
}

function sectionBlocks(h: Headings, level: 2 | 3, section: TextSection): Block[] {
  const heading = h.next(level, stripNumbering(section.heading).replace(/[。：:]$/u, ''));
  return [
    heading,
    ...structuredText(section.body, { baseLevel: (level + 1) as 3 | 4, idPrefix: heading.id }),
  ];
}

/** '县政府办2022年人员类项目全年预算数530.58万元，预算执行数530.58万元，预算执行率100.00%。' */
export function categoryParagraph(ds: Dataset, c: Category): Paragraph {
  const who = `${ds.entity.shortName || ds.entity.name}${ds.entity.year}年`;
  const name = c.name.replace(/项目$/u, '');
  if ((c.budget ?? 0) === 0 && (c.execution ?? 0) === 0)
    return para([{ text: `${who}未安排${name}项目经费。` }]);
  const rate = c.execution !== null && c.budget !== null ? completionRate(c.execution, c.budget) : null;
  return para([
    { text: `${who}${name}项目全年预算数` },
    ...plainFigure(ds, c.budget, `${name}项目预算数`),
    { text: '，预算执行数' },
    ...plainFigure(ds, c.execution, `${name}项目预算执行数`),
    ...(rate !== null ? [{ text: `，预算执行率${percentText(rate)}` }] : []),
    { text: '。' },
  ]);
}

/** The 部门整体绩效评价报告 as blocks, its title heading id `prefix`. */
export function overallReport(ds: Dataset, overall: Overall, prefix: string): Block[] {
  const org = orgWord(ds);
  const h = headings(prefix);
  const place = (p: ReturnType<typeof placeOf>) => overall.report.filter((s) => placeOf(s) === p);
  const blocks: Block[] = [
    titleHeading(prefix, `${ds.entity.name}${ds.entity.year}年${org}整体绩效评价报告`),
  ];

  blocks.push(h.next(1, `${org}基本情况`), h.next(2, '机构设置'), ...unitBlocks(ds));
  blocks.push(h.next(2, '人员概况'), para(staffRuns(ds)));
  for (const s of place('basic')) blocks.push(...sectionBlocks(h, 2, s));

  blocks.push(h.next(1, `${org}资金收支情况`));
  blocks.push(h.next(2, `${org}总体收入情况`), para(incomeRuns(ds)));
  blocks.push(h.next(2, `${org}总体支出情况`), para(expenditureRuns(ds)));
  blocks.push(h.next(2, `${org}总体结转结余情况`), para(balanceRuns(ds)));

  blocks.push(h.next(1, `${org}整体绩效分析`));
  if (overall.categories.length > 0) {
    blocks.push(h.next(2, `${org}预算项目绩效分析`));
    for (const c of overall.categories) {
      blocks.push(h.next(3, `${c.name}绩效分析`), categoryParagraph(ds, c));
    }
  }
  for (const s of place('analysis')) blocks.push(...sectionBlocks(h, 2, s));

  blocks.push(h.next(1, '评价结论及建议'));
  blocks.push(
    para([
      { text: `经自评，${ds.entity.name}${ds.entity.year}年度${org}整体绩效自评得分为` },
      overall.score === null ? todo(`${org}整体绩效自评得分`) : { text: `${overall.score}分` },
      { text: '。' },
    ]),
  );
  for (const s of place('conclusion')) blocks.push(...sectionBlocks(h, 2, s));
  return blocks;
}
