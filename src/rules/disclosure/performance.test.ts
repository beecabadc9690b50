import assert from 'node:assert/strict';
import { test } from 'node:test';
import { example, patch, wan } from '../../../test/helpers.ts';
import type { Dataset, Performance, ProjectEvaluation } from '../../model/types.ts';
import type { Fen } from '../../money/index.ts';
import { runRulesOn } from '../engine.ts';
import type { Rule } from '../types.ts';
import {
  categoryPersonnel,
  categorySpecial,
  indicatorIncomplete,
  overallMissing,
  projectExecution,
  projectExecutionTotal,
  projectIndicators,
  projectsMissing,
  scoreRange,
} from './performance.ts';

const run = (ds: Dataset, rule: Rule) => runRulesOn(ds, [rule]);
const perf = (ds: Dataset, p: Partial<Performance>) =>
  patch(ds, { performance: { ...ds.performance, ...p } });
const overall = () => example().performance.overall!;
const withCategory = (i: number, execution: Fen) =>
  perf(example(), {
    overall: {
      ...overall(),
      categories: overall().categories.map((c, j) => (j === i ? { ...c, execution } : c)),
    },
  });
const project = (): ProjectEvaluation => example().performance.projects[0]!;
const withProject = (p: Partial<ProjectEvaluation>) =>
  perf(example(), { projects: [{ ...project(), ...p }] });

test('p.category-personnel: the seed 530.28 vs 人员经费 530.58 is an error; 0.01 is rounding', () => {
  assert.deepEqual(run(example(), categoryPersonnel), []);
  const [f, ...rest] = run(withCategory(0, wan('530.28')), categoryPersonnel);
  assert.equal(rest.length, 0);
  assert.equal(f?.rule, 'p.category-personnel');
  assert.equal(f?.severity, 'error');
  assert.deepEqual(f?.locations, [
    { field: 'performance.overall.categories[0].execution' },
    { table: 'T08', row: 'total.personnel', column: 'amount' },
  ]);
  assert.equal(f?.expected, wan('530.58'));
  assert.equal(f?.actual, wan('530.28'));
  assert.equal(f?.difference, wan('-0.30'));
  const [r] = run(withCategory(0, wan('530.57')), categoryPersonnel);
  assert.equal(r?.severity, 'notice');
  assert.equal(r?.difference, wan('-0.01'));
});

test('p.category-special: 特定目标类 execution vs T06 项目支出 合计', () => {
  assert.deepEqual(run(example(), categorySpecial), []);
  const [f, ...rest] = run(withCategory(2, wan('25.00')), categorySpecial);
  assert.equal(rest.length, 0);
  assert.equal(f?.rule, 'p.category-special');
  assert.equal(f?.severity, 'error');
  assert.deepEqual(f?.locations, [
    { field: 'performance.overall.categories[2].execution' },
    { table: 'T06', row: 'total', column: 'project' },
  ]);
  assert.equal(f?.expected, wan('20.00'));
  assert.equal(f?.actual, wan('25.00'));
  assert.equal(f?.difference, wan('5.00'));
});

test('p.project-execution: execution above the project budget warns', () => {
  assert.deepEqual(run(example(), projectExecution), []);
  const ds = withProject({ execution: { ...project().execution, total: wan('25.00') } });
  const [f, ...rest] = run(ds, projectExecution);
  assert.equal(rest.length, 0);
  assert.equal(f?.rule, 'p.project-execution');
  assert.equal(f?.severity, 'warning');
  assert.deepEqual(f?.locations, [
    { field: 'performance.projects[0].execution.total' },
    { field: 'performance.projects[0].budget.total' },
  ]);
  assert.equal(f?.expected, wan('20.00'));
  assert.equal(f?.actual, wan('25.00'));
  assert.equal(f?.difference, wan('5.00'));
});

test('p.project-execution-total: Σ fiscal executions above T06 项目支出 is an error', () => {
  assert.deepEqual(run(example(), projectExecutionTotal), []);
  const ds = withProject({ execution: { ...project().execution, fiscal: wan('25.00') } });
  const [f, ...rest] = run(ds, projectExecutionTotal);
  assert.equal(rest.length, 0);
  assert.equal(f?.rule, 'p.project-execution-total');
  assert.equal(f?.severity, 'error');
  assert.deepEqual(f?.locations, [
    { field: 'performance.projects[0].execution.fiscal' },
    { table: 'T06', row: 'total', column: 'project' },
  ]);
  assert.equal(f?.expected, wan('20.00'));
  assert.equal(f?.actual, wan('25.00'));
  assert.equal(f?.difference, wan('5.00'));
  const [r] = run(
    withProject({ execution: { ...project().execution, fiscal: wan('20.01') } }),
    projectExecutionTotal,
  );
  assert.equal(r?.severity, 'notice');
});

test('p.projects-missing: 项目支出 without project evaluations warns', () => {
  assert.deepEqual(run(example(), projectsMissing), []);
  const [f, ...rest] = run(perf(example(), { projects: [] }), projectsMissing);
  assert.equal(rest.length, 0);
  assert.equal(f?.rule, 'p.projects-missing');
  assert.equal(f?.severity, 'warning');
  assert.deepEqual(f?.locations, [
    { field: 'performance.projects' },
    { table: 'T06', row: 'total', column: 'project' },
  ]);
  assert.equal(f?.actual, wan('20.00'));
});

test('p.project-indicators: a project without indicators warns', () => {
  assert.deepEqual(run(example(), projectIndicators), []);
  const [f, ...rest] = run(withProject({ indicators: [] }), projectIndicators);
  assert.equal(rest.length, 0);
  assert.equal(f?.rule, 'p.project-indicators');
  assert.equal(f?.severity, 'warning');
  assert.deepEqual(f?.locations, [{ field: 'performance.projects[0].indicators' }]);
  assert.equal(f?.params['name'], '招商引资');
});

test('p.indicator-incomplete: an indicator without its actual value warns', () => {
  assert.deepEqual(run(example(), indicatorIncomplete), []);
  const indicators = project().indicators.map((ind, j) => (j === 0 ? { ...ind, actual: ' ' } : ind));
  const [f, ...rest] = run(withProject({ indicators }), indicatorIncomplete);
  assert.equal(rest.length, 0);
  assert.equal(f?.rule, 'p.indicator-incomplete');
  assert.equal(f?.severity, 'warning');
  assert.deepEqual(f?.locations, [{ field: 'performance.projects[0].indicators[0].actual' }]);
  assert.equal(f?.params['indicator'], '外出招商次数');
});

test('p.score-range: scores outside 0–100 are errors', () => {
  assert.deepEqual(run(example(), scoreRange), []);
  const ds = perf(example(), {
    overall: { ...overall(), score: 105 },
    projects: [{ ...project(), score: -1 }],
  });
  const found = run(ds, scoreRange);
  assert.deepEqual(
    found.map((f) => [f.rule, f.severity, f.locations, f.actualText]),
    [
      ['p.score-range', 'error', [{ field: 'performance.overall.score' }], '105'],
      ['p.score-range', 'error', [{ field: 'performance.projects[0].score' }], '-1'],
    ],
  );
});

test('p.overall-missing: no 部门整体 evaluation warns', () => {
  assert.deepEqual(run(example(), overallMissing), []);
  const [f, ...rest] = run(perf(example(), { overall: null }), overallMissing);
  assert.equal(rest.length, 0);
  assert.equal(f?.rule, 'p.overall-missing');
  assert.equal(f?.severity, 'warning');
  assert.deepEqual(f?.locations, [{ field: 'performance.overall' }]);
});
