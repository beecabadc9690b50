import assert from 'node:assert/strict';
import { test } from 'node:test';
import { example, patch } from '../../../test/helpers.ts';
import type { Block, Heading } from '../../report/types.ts';
import { buildOverview } from './build.ts';

const ds = example();
const blocks = buildOverview(ds);
const headings = (bs: readonly Block[]) => bs.filter((b): b is Heading => b.kind === 'heading');
const text = (b: Block | undefined) =>
  b?.kind === 'paragraph'
    ? b.runs.map((r) => r.text).join('')
    : b?.kind === 'list'
      ? b.items.map((i) => i.map((r) => r.text).join(''))
      : '';

test('the seed’s structure: 职责及重点工作, 机构设置, 人员概况 with ids sec-1-…', () => {
  const top = headings(blocks).filter((h) => h.level <= 2);
  assert.deepEqual(
    top.map((h) => [h.id, `${h.number}${h.text}`]),
    [
      ['sec-1-1', '一、部门职责及重点工作'],
      ['sec-1-1-1', '（一）部门职责'],
      ['sec-1-1-2', '（二）2022年重点工作完成情况'],
      ['sec-1-2', '二、机构设置'],
      ['sec-1-3', '三、人员概况'],
    ],
  );
  const ids = headings(blocks).map((h) => h.id);
  assert.equal(new Set(ids).size, ids.length);
  const duties = blocks[2]!;
  assert.equal(duties.kind, 'list');
  assert.equal(duties.kind === 'list' && duties.style, '1.');
  assert.equal(duties.kind === 'list' && duties.items.length, 14);
});

test('the work summary is renumbered one level down and consistently: no （2） among （一） siblings', () => {
  const work = headings(blocks).filter((h) => h.level >= 3);
  assert.deepEqual(
    work.filter((h) => h.level === 3).map((h) => `${h.number}${h.text}`),
    ['1.加强思想政治建设', '2.提升参谋辅政能力', '3.提升服务保障水平', '4.筑牢纪律作风基础'],
  );
  // Siblings under each 1. heading are （1）（2）… in order, whatever the user typed.
  let expected = 0;
  for (const h of work) {
    if (h.level === 3) expected = 0;
    else assert.equal(h.number, `（${++expected}）`, h.text);
  }
  const second = work.filter((h) => h.id.startsWith('sec-1-1-2-2-'));
  assert.deepEqual(
    second.map((h) => `${h.number}${h.text}`),
    ['（1）政务信息卓有成效', '（2）调研工作细致周密', '（3）秘书工作优质高效', '（4）督查督办及时周密'],
  );
  assert.ok(!headings(blocks).some((h) => /（[一二三四五六七八九十]+）/.test(h.text)));
  assert.ok(!headings(blocks).some((h) => h.level === 2 && !/^（[一二]）$/.test(h.number)));
});

test('机构设置 counts the units by type and lists them; no 无下属二级单位', () => {
  const i = blocks.findIndex((b) => b.kind === 'heading' && b.id === 'sec-1-2');
  assert.equal(
    text(blocks[i + 1]),
    '剑阁县人民政府办公室共有预算单位3个，其中行政单位1个，参照公务员法管理的事业单位1个，其他事业单位1个。纳入2022年度部门决算编制范围的预算单位包括：',
  );
  assert.deepEqual(text(blocks[i + 2]), [
    '剑阁县人民政府办公室',
    '剑阁县民营经济服务中心',
    '剑阁县政府信息中心',
  ]);
  assert.ok(!JSON.stringify(blocks).includes('无下属二级单位'));
});

test('人员概况 states 编制人数 with its breakdown and 实有人数 at the date', () => {
  assert.equal(
    text(blocks.at(-1)),
    '县政府办共有编制人数58人，其中：市管干部8人，公务员编制18人，参公人员9人，工勤人员3人，事业人员20人。截至2022年12月31日实有人数43人。',
  );
  const missing = buildOverview(patch(ds, { staff: { authorized: null, actual: null, breakdown: [] } }));
  const last = missing.at(-1)!;
  assert.equal(
    text(last),
    '县政府办共有编制人数【待补充：编制人数】。截至2022年12月31日实有人数【待补充：实有人数】。',
  );
  assert.equal(last.kind === 'paragraph' && last.runs.filter((r) => 'todo' in r).length, 2);
});

test('a 单位 report says 单位; no work summary gives a plain 职责 section; organization text is kept', () => {
  const unit = buildOverview(
    patch(ds, {
      entity: { ...ds.entity, kind: 'unit', units: [] },
      workSummary: '',
      organization: '内设综合股、秘书股。',
    }),
  );
  assert.deepEqual(
    headings(unit).map((h) => `${h.number}${h.text}`),
    ['一、单位职责', '二、机构设置', '三、人员概况'],
  );
  const flat = unit.flatMap(text);
  assert.ok(
    flat.includes(
      '剑阁县人民政府办公室共有预算单位1个，为行政单位。纳入2022年度单位决算编制范围的预算单位包括：',
    ),
  );
  assert.ok(flat.includes('内设综合股、秘书股。'));
});
