import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Block } from '../../report/types.ts';
import { leadingNumber, stripNumbering } from './numbering-lines.ts';
import { structuredText } from './structured-text.ts';

const show = (bs: readonly Block[]) =>
  bs.map((b) =>
    b.kind === 'heading'
      ? `H${b.level} ${b.number}${b.text}`
      : b.kind === 'paragraph'
        ? `P ${b.runs.map((r) => r.text).join('')}`
        : b.kind === 'list'
          ? `L ${b.items.map((i) => i.map((r) => r.text).join('')).join(' | ')}`
          : b.kind,
  );

test('leading numbers of every family, not decimals', () => {
  assert.deepEqual(leadingNumber('一、加强建设'), { family: 'cn', value: 1, rest: '加强建设' });
  assert.deepEqual(leadingNumber('（十二）事项'), { family: 'pcn', value: 12, rest: '事项' });
  assert.deepEqual(leadingNumber('(3)事项'), { family: 'par', value: 3, rest: '事项' });
  assert.deepEqual(leadingNumber('2、资金使用'), { family: 'ar', value: 2, rest: '资金使用' });
  assert.equal(leadingNumber('10.11新冠疫情应急处置'), undefined);
  assert.equal(leadingNumber('一是运行机制更加健全。'), undefined);
  assert.equal(stripNumbering('一、项目概况'), '项目概况');
});

test('user levels map to the next levels and are renumbered; a stray （2） is a sibling of （一）', () => {
  const text = ['一、甲', '正文。', '（一）子一', '（2） 子二', '（三）子三', '二、乙', '（一）子四'].join(
    '\n',
  );
  assert.deepEqual(show(structuredText(text, { baseLevel: 3, idPrefix: 'x' })), [
    'H3 1.甲',
    'P 正文。',
    'H4 （1）子一',
    'H4 （2）子二',
    'H4 （3）子三',
    'H3 2.乙',
    'H4 （1）子四',
  ]);
  const ids = structuredText(text, { baseLevel: 3, idPrefix: 'x' }).flatMap((b) =>
    b.kind === 'heading' ? [b.id] : [],
  );
  assert.deepEqual(ids, ['x-1', 'x-1-1', 'x-1-2', 'x-1-3', 'x-2', 'x-2-1']);
});

test('a （1） under a 1. stays one level deeper; levels beyond 4 stay text', () => {
  const text = ['（一）甲', '1、乙', '(1)丙', '(2)丁'].join('\n');
  assert.deepEqual(show(structuredText(text, { baseLevel: 2, idPrefix: 'y' })), [
    'H2 （一）甲',
    'H3 1.乙',
    'H4 （1）丙',
    'H4 （2）丁',
  ]);
  assert.deepEqual(show(structuredText(text, { baseLevel: 3, idPrefix: 'y' })), [
    'H3 1.甲',
    'H4 （1）乙',
    'P (1)丙',
    'P (2)丁',
  ]);
});

test('a numbered line with a title before its first 。 splits into heading and paragraph', () => {
  const text = '(一)项目资金申报及批复情况。决策依据：根据年初预算编制预算方案。\n(三)相关建议。\n无';
  assert.deepEqual(show(structuredText(text, { baseLevel: 2, idPrefix: 'z' })), [
    'H2 （一）项目资金申报及批复情况',
    'P 决策依据：根据年初预算编制预算方案。',
    'H2 （二）相关建议',
    'P 无',
  ]);
});

test('numbered paragraphs become a list, also when the first lost its number', () => {
  const long = '加大绩效评价工作的宣传和培训力度，加强对相关人员的学习培训。';
  assert.deepEqual(
    show(
      structuredText(`严格按照新《预算法》的要求，加强预算编制。\n2.${long}`, {
        baseLevel: 2,
        idPrefix: 'l',
      }),
    ),
    [`L 严格按照新《预算法》的要求，加强预算编制。 | ${long}`],
  );
  assert.deepEqual(
    show(structuredText(`措施如下：\n1.${long}\n2.${long}\n结语，完。`, { baseLevel: 2, idPrefix: 'l' })),
    ['P 措施如下：', `L ${long} | ${long}`, 'P 结语，完。'],
  );
  assert.deepEqual(show(structuredText(`甲，乙。\n3.${long}`, { baseLevel: 2, idPrefix: 'l' })), [
    'P 甲，乙。',
    `P 3.${long}`,
  ]);
});
