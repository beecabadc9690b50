import assert from 'node:assert/strict';
import { test } from 'node:test';
import { example, patch, wan } from '../../../test/helpers.ts';
import type { Dataset } from '../../model/types.ts';
import { runRulesOn } from '../engine.ts';
import { categoriesTotal } from './performance.ts';
import { punctuation, terminology } from './wording.ts';

const withSummary = (text: string): Dataset => patch(example(), { workSummary: text });
/** Findings on the work summary only (the example's other texts have defects of their own). */
const onSummary = (ds: Dataset, rule: typeof punctuation) =>
  runRulesOn(ds, [rule]).filter((f) => f.locations.some((l) => 'field' in l && l.field === 'workSummary'));

test('n.punctuation: half-width commas and semicolons between Chinese characters, and broken quote pairs', () => {
  assert.deepEqual(onSummary(withSummary('一、开展工作，完成“放管服”改革；成效明显。'), punctuation), []);
  assert.deepEqual(
    onSummary(withSummary('共计500 万元, 1,234.56元。'), punctuation),
    [],
    'numbers keep their commas',
  );
  const found = onSummary(withSummary('宣讲政策,开展教育;认真实行”链式服务“。'), punctuation);
  assert.deepEqual(
    found.map((f) => [f.rule, f.severity, f.params['mark']]),
    [
      ['n.punctuation', 'notice', ','],
      ['n.punctuation', 'notice', ';'],
      ['n.punctuation', 'notice', '”'],
    ],
  );
  assert.deepEqual(
    found[0]?.locations.map((l) => ('field' in l ? l.field : '')),
    ['workSummary'],
  );
});

test('n.terminology: a department report saying 本单位, a unit report saying 本部门', () => {
  assert.deepEqual(onSummary(withSummary('本部门全面完成年度任务。'), terminology), []);
  const dept = onSummary(withSummary('我单位全面完成年度任务。'), terminology);
  assert.deepEqual(
    dept.map((f) => [f.rule, f.params['word'], f.params['expectedWord']]),
    [['n.terminology', '我单位', '我部门']],
  );
  const ex = example();
  const unit = patch(withSummary('本部门全面完成年度任务。'), { entity: { ...ex.entity, kind: 'unit' } });
  assert.deepEqual(
    onSummary(unit, terminology).map((f) => f.params['word']),
    ['本部门'],
  );
});

test('p.categories-total: 人员类 + 运转类 + 特定目标类 must cover the general budget expenditure', () => {
  const ex = example();
  const overall = ex.performance.overall!;
  const [f] = runRulesOn(ex, [categoriesTotal]);
  assert.equal(f?.severity, 'warning', "the seed's 运转类 “未安排” leaves 公用经费 100.46 uncovered");
  assert.equal(f?.expected, wan('651.04'));
  assert.equal(f?.actual, wan('550.58'));
  assert.equal(f?.difference, wan('-100.46'));
  const complete = overall.categories.map((c) =>
    c.name === '运转类项目' ? { ...c, budget: wan('100.46'), execution: wan('100.46') } : c,
  );
  const fixed = patch(ex, {
    performance: { ...ex.performance, overall: { ...overall, categories: complete } },
  });
  assert.deepEqual(runRulesOn(fixed, [categoriesTotal]), []);
  const offByRounding = complete.map((c) =>
    c.name === '运转类项目' ? { ...c, execution: wan('100.47') } : c,
  );
  const near = patch(ex, {
    performance: { ...ex.performance, overall: { ...overall, categories: offByRounding } },
  });
  assert.equal(runRulesOn(near, [categoriesTotal])[0]?.severity, 'notice');
});
