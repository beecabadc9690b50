import assert from 'node:assert/strict';
import { test } from 'node:test';
import { example } from '../../../test/helpers.ts';
import { runRulesOn } from '../engine.ts';
import { EN, ZH } from './messages.ts';
import { RULES } from './rules.ts';

test('all disclosure rules on the unmodified example: exactly the expected findings', () => {
  const WORDING = new Set(['n.punctuation', 'n.terminology', 'p.categories-total']);
  const all = runRulesOn(example(), RULES);
  const found = all
    .filter((f) => !WORDING.has(f.rule))
    .map((f) => [f.rule, f.severity, f.locations, f.expectedText ?? null, f.actualText ?? null]);
  assert.deepEqual(found, [
    // T02 was given only as a 合计 row (the seed has no 收入决算表 detail)
    ['d.table-detail-missing', 'warning', [{ table: 'T02', row: 'total' }], null, null],
    // no 政府性基金 / 国有资本经营: the standard empty-table statements will be printed
    ['d.empty-table-statement', 'notice', [{ table: 'T10' }], null, null],
    ['d.empty-table-statement', 'notice', [{ table: 'T11' }], null, null],
    ['d.empty-table-statement', 'notice', [{ table: 'T12' }], null, null],
    // the seed gives no 50万/100万 equipment counts
    ['d.assets-equipment-missing', 'warning', [{ field: 'assets.generalEquipment50' }], null, null],
    ['d.assets-equipment-missing', 'warning', [{ field: 'assets.specialEquipment100' }], null, null],
    // numbering defects of the seed's own text
    [
      'n.numbering',
      'warning',
      [{ field: 'workSummary', excerpt: '（2） 调研工作细致周密' }],
      '（二）',
      '（2）',
    ],
    [
      'n.numbering',
      'warning',
      [
        {
          field: 'performance.overall.report[6].body',
          excerpt: '2.加大绩效评价工作的宣传和培训力度，加强对相关人员的学习培…',
        },
      ],
      '1.',
      '2.',
    ],
    [
      'n.numbering',
      'warning',
      [{ field: 'performance.projects[0].report[3].body', excerpt: '(三)相关建议。' }],
      '(二)',
      '(三)',
    ],
  ]);
  // the seed's own wording: half-width punctuation, a reversed quote, 单位 words in a 部门 report
  const count = (rule: string) => all.filter((f) => f.rule === rule).length;
  assert.equal(count('n.punctuation'), 8);
  assert.equal(count('n.terminology'), 3);
  // 运转类项目 “未安排” while 公用经费 is 100.46: the three classes do not cover the spending
  assert.deepEqual(
    all.filter((f) => f.rule === 'p.categories-total').map((f) => f.severity),
    ['warning'],
  );
  // none of them is an error (no rounding gap is reported as an error)
  assert.equal(runRulesOn(example(), RULES).filter((f) => f.severity === 'error').length, 0);
});

test('every disclosure rule has a unique prefixed id, a source and messages in both catalogues', () => {
  const ids = RULES.map((r) => r.id);
  assert.equal(new Set(ids).size, ids.length);
  assert.ok(ids.length >= 30);
  for (const r of RULES) {
    assert.match(r.id, /^[dcnp]\.[a-z0-9]+(-[a-z0-9]+)*$/, r.id);
    assert.ok(r.source.length > 0 && r.title.zh.length > 0 && r.title.en.length > 0, r.id);
    assert.ok(ZH[r.id], `ZH message for ${r.id}`);
    assert.ok(EN[r.id], `EN message for ${r.id}`);
  }
  assert.deepEqual(Object.keys(ZH).sort(), [...ids].sort());
  assert.deepEqual(Object.keys(EN).sort(), [...ids].sort());
});
