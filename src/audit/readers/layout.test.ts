/**
 * The layout helpers the readers share: table captions in the styles reports print them, merged cells on
 * a grid, the 栏次 row, spaces next to Chinese characters, and lines of a PDF paragraph joined — a number
 * split at the end of a line ("651." + "04万元") is whole again.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { spanGrid, tableCaption, tidy, withoutColumnNumbers } from './layout.ts';
import { continues, extend, type Paragraph } from './pdf-flow.ts';
import { makeLine } from './pdf-lines.ts';

test('table captions: number and title, the unit; the 编制单位 is left out', () => {
  assert.equal(
    tableCaption(['公开06表', '一般公共预算财政拨款支出决算表', '编制单位：示例局        单位：万元']),
    '公开06表 一般公共预算财政拨款支出决算表 单位：万元',
  );
  assert.equal(
    tableCaption(['公开06表一般公共预算财政拨款支出决算表']),
    '公开06表 一般公共预算财政拨款支出决算表',
  );
  assert.equal(tableCaption(['收入决算表', '（单位：元）']), '收入决算表 单位：元');
  assert.equal(
    tableCaption(['附表1', '2023年部门收支总表', '金额单位：万元']),
    '附表1 2023年部门收支总表 单位：万元',
  );
  assert.equal(
    tableCaption(['2022年度收、支总计均为651.04万元。']),
    undefined,
    'a sentence is not a caption',
  );
  assert.equal(tableCaption(['单位：万元']), undefined, 'a unit alone names no table');
});

test('merged cells: text in the first slot, covered slots blank; blank rows and the 栏次 row dropped', () => {
  assert.deepEqual(
    spanGrid([
      [
        { text: '项目', rowSpan: 2 },
        { text: '决算数', colSpan: 2 },
      ],
      [{ text: '基本支出' }, { text: '项目支出' }],
      [{ text: '' }, { text: '' }, { text: '' }],
      [{ text: '合计' }, { text: '20.00' }, { text: '' }],
    ]),
    [
      ['项目', '决算数', ''],
      ['', '基本支出', '项目支出'],
      ['合计', '20.00', ''],
    ],
  );
  assert.deepEqual(
    withoutColumnNumbers([
      ['项目', '决算数', '项目', '决算数'],
      ['栏次', '1', '栏次', '2'],
      ['合计', '1', '合计', '2'],
    ]),
    [
      ['项目', '决算数', '项目', '决算数'],
      ['合计', '1', '合计', '2'],
    ],
  );
});

test('spaces next to Chinese characters go (justification, source line breaks); spaces between words stay', () => {
  assert.equal(tidy('2022年 度 收 、 支 总 计均 为 651.04 万 元'), '2022年度收、支总计均为651.04万元');
  assert.equal(tidy('Annual Report 2022 年度'), 'Annual Report 2022年度');
});

test('a number split at the end of a full line is joined with the next line', () => {
  const line = (text: string, x: number, y: number, w: number) => makeLine(1, [{ text, x, y, w, size: 12 }]);
  const first = line('2022年度本年支出合计651.', 92, 700, 448);
  const p: Paragraph = { text: first.text, page: 1, y: 700, last: first, first };
  const next = line('04万元，其中：基本支出631.04万元。', 68, 682, 240);
  const margins = { left: 68, right: 540 };
  assert.ok(continues(p, next, margins, margins, false));
  extend(p, next);
  assert.equal(p.text, '2022年度本年支出合计651.04万元，其中：基本支出631.04万元。');
  const heading = line('三、支出决算情况说明', 68, 664, 120);
  assert.ok(!continues(p, heading, margins, margins, false), 'a short line ends its paragraph');
});
