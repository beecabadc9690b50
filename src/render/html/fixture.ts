/**
 * @module A small hand-built report covering every block kind, for the HTML renderer's tests and previews:
 * parts, headings at all levels, runs with refs (one to a cell not in the report) and a todo, lists, the
 * tables of fixture-tables.ts, a bar and a pie figure, notes, and a narrative that tries to inject a script.
 */
import { type Hundredths, parsePercent } from '../../money/index.ts';
import type { Report } from '../../report/types.ts';
import { SCRIPT_TEXT, t03, t10, t13, wan } from './fixture-tables.ts';

export { SCRIPT_TEXT, wan };

function pct(text: string): Hundredths {
  const p = parsePercent(text);
  if (p === null) throw new Error(`bad percent ${text}`);
  return p;
}

/** The test report; `draft` marks it as written with errors. */
export function testReport(opts: { readonly draft?: boolean } = {}): Report {
  return {
    title: '剑阁县人民政府办公室2022年度部门决算',
    entity: '剑阁县人民政府办公室',
    year: 2022,
    profile: 'sichuan-2023',
    draft: opts.draft ?? false,
    parts: [
      {
        id: 'part-1',
        number: '第一部分',
        title: '部门概况',
        blocks: [
          { kind: 'heading', level: 1, number: '一、', text: '部门职责及重点工作', id: 'p1-h1' },
          { kind: 'heading', level: 2, number: '（一）', text: '部门职责', id: 'p1-h1-1' },
          {
            kind: 'list',
            style: '1.',
            items: [
              [{ text: '协助县政府领导组织起草或审核以县政府、县政府办公室名义发布的公文。' }],
              [{ text: '负责县政府各类会议的会务工作，协助县政府领导组织实施会议决定事项。' }],
            ],
          },
          { kind: 'heading', level: 2, number: '（二）', text: '重点工作完成情况', id: 'p1-h1-2' },
          { kind: 'heading', level: 3, number: '1.', text: '加强思想政治建设', id: 'p1-h1-2-1' },
          { kind: 'heading', level: 4, number: '（1）', text: '政务信息卓有成效', id: 'p1-h1-2-1-1' },
          { kind: 'paragraph', runs: [{ text: '全年开展“周三夜学”活动43次。' }, { text: SCRIPT_TEXT }] },
          { kind: 'heading', level: 1, number: '二、', text: '机构设置', id: 'p1-h2' },
          { kind: 'paragraph', runs: [{ text: '纳入2022年度部门决算编制范围的单位包括：' }] },
          {
            kind: 'list',
            style: '1、',
            items: [[{ text: '剑阁县人民政府办公室' }], [{ text: '剑阁县民营经济服务中心' }]],
          },
          { kind: 'list', style: 'none', items: [[{ text: '（无下属二级单位）' }]] },
        ],
      },
      {
        id: 'part-2',
        number: '第二部分',
        title: '2022年度部门决算情况说明',
        blocks: [
          { kind: 'heading', level: 1, number: '一、', text: '收入支出决算总体情况说明', id: 'p2-h1' },
          {
            kind: 'paragraph',
            runs: [
              { text: '2022年度收、支总计' },
              {
                text: '651.04万元',
                ref: { table: 'T03', row: 'total', column: 'total' },
                fen: wan('651.04'),
              },
              { text: '。与2021年相比，收、支总计减少' },
              {
                text: '279.94万元',
                ref: { table: 'T01', row: 'total', column: 'amount' },
                fen: wan('279.94'),
              },
              { text: '，下降30.07%。主要变动原因是' },
              { text: '【待补充：主要变动原因】', todo: true },
              { text: '。' },
            ],
          },
          {
            kind: 'figure',
            id: 'fig-1',
            number: 1,
            caption: '图1：收、支决算总计变动情况图',
            unit: '万元',
            chart: 'bar',
            categories: ['2021年', '2022年'],
            series: [
              { name: '收入总计', values: [wan('930.98'), wan('651.04')] },
              { name: '支出总计', values: [wan('930.98'), wan('651.04')] },
            ],
          },
          { kind: 'heading', level: 1, number: '二、', text: '支出决算情况说明', id: 'p2-h2' },
          {
            kind: 'paragraph',
            runs: [
              { text: '2022年本年支出合计651.04万元，其中：基本支出' },
              {
                text: '631.04万元',
                ref: { table: 'T03', row: 'total', column: 'basic' },
                fen: wan('631.04'),
              },
              { text: '，占96.93%；项目支出' },
              {
                text: '20.00万元',
                ref: { table: 'T03', row: 'total', column: 'project' },
                fen: wan('20.00'),
              },
              { text: '，占3.07%。' },
            ],
          },
          {
            kind: 'figure',
            id: 'fig-2',
            number: 2,
            caption: '图2：支出决算结构图',
            unit: '万元',
            chart: 'pie',
            slices: [
              { label: '基本支出', fen: wan('631.04'), share: pct('96.93') },
              { label: '项目支出', fen: wan('20.00'), share: pct('3.07') },
            ],
          },
          {
            kind: 'list',
            style: '1.',
            items: [
              [
                { text: '公务接待费支出' },
                {
                  text: '18.07万元',
                  ref: { table: 'T13', row: 'amount', column: 'actual.reception' },
                  fen: wan('18.07'),
                },
                { text: '，完成预算100%。' },
              ],
            ],
          },
          { kind: 'note', runs: [{ text: '注：本部门无政府性基金预算财政拨款支出。' }] },
        ],
      },
      {
        id: 'part-3',
        number: '第三部分',
        title: '附表',
        blocks: [t03, t10, t13],
      },
    ],
  };
}

/** Dummy chart SVGs by figure id, as src/render/charts writes them (role, aria-label, <title>). */
export const TEST_CHARTS: Readonly<Record<string, string>> = {
  'fig-1':
    '<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360" viewBox="0 0 640 360" role="img" ' +
    'aria-label="图1：收、支决算总计变动情况图"><title>图1：收、支决算总计变动情况图</title>' +
    '<rect x="100" y="60" width="80" height="260" fill="#8b1a1a"/><rect x="400" y="140" width="80" height="180" fill="#c77"/>' +
    '<text x="140" y="345" text-anchor="middle">2021年</text><text x="440" y="345" text-anchor="middle">2022年</text></svg>',
  'fig-2':
    '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360" ' +
    'viewBox="0 0 640 360" role="img" aria-label="图2：支出决算结构图"><title>图2：支出决算结构图</title>' +
    '<circle cx="320" cy="180" r="140" fill="#8b1a1a"/><text x="320" y="185" text-anchor="middle" fill="#fff">基本支出 96.93%</text></svg>',
};
