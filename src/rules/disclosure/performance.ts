/**
 * @module 预算绩效 (domain-standard.md §3.2 预算绩效管理, §0 第四部分 附件): the 部门整体 evaluation
 * agrees with the tables (人员类 = 人员经费, 特定目标类 = 项目支出), project self-evaluations stay
 * within their budget and the T06 项目支出, carry indicators, and scores are 0–100.
 */
import { cellOf } from '../../model/views.ts';
import { absFen, type Fen, roundingEnvelope, subFen, sumFenOrNull } from '../../money/index.ts';
import { defineRule } from '../define.ts';
import type { FindingDraft, Location, RuleContext } from '../types.ts';
import { cell, field, isBlank } from './shared.ts';

/** A category figure against the same figure in a table: a 0.01万元 gap is rounding (notice). */
function categoryAgainst(
  ctx: RuleContext,
  word: string,
  table: { readonly value: Fen | null; readonly location: Location },
): FindingDraft | null {
  const categories = ctx.ds.performance.overall?.categories ?? [];
  const i = categories.findIndex((c) => c.name.includes(word));
  const execution = categories[i]?.execution ?? null;
  if (execution === null || table.value === null || execution === table.value) return null;
  const difference = subFen(execution, table.value);
  const base: FindingDraft = {
    locations: [field(`performance.overall.categories[${i}].execution`), table.location],
    params: { name: categories[i]?.name ?? word },
    expected: table.value,
    actual: execution,
    difference,
  };
  const envelope = roundingEnvelope(2);
  if (!ctx.exact && absFen(difference) <= envelope) {
    return { ...base, severity: 'notice', rounding: { parts: 2, envelope } };
  }
  return base;
}

/** p.category-personnel: 人员类项目 execution = T08 人员经费合计. */
export const categoryPersonnel = defineRule({
  id: 'p.category-personnel',
  severity: 'error',
  title: { zh: '人员类项目执行数与人员经费不一致', en: 'Personnel category differs from personnel expenses' },
  source: 'domain-standard.md §3.2 预算绩效; seed 附件 人员类项目 530.28 vs 六、人员经费 530.58',
  *check(ctx) {
    const t08 = cellOf(ctx.ds, 'T08', 'total.personnel', 'amount');
    const table =
      t08 !== null || ctx.ds.tables.T07 === undefined
        ? { value: t08, location: cell('T08', 'total.personnel', 'amount') }
        : { value: cellOf(ctx.ds, 'T07', 'total', 'personnel'), location: cell('T07', 'total', 'personnel') };
    const d = categoryAgainst(ctx, '人员类', table);
    if (d) yield d;
  },
});

/** p.category-special: 特定目标类项目 execution = T06 项目支出合计. */
export const categorySpecial = defineRule({
  id: 'p.category-special',
  severity: 'error',
  title: {
    zh: '特定目标类项目执行数与项目支出不一致',
    en: 'Special-purpose category differs from project expenditure',
  },
  source: 'domain-standard.md §3.2 预算绩效; seed 附件 特定目标类项目 20 = T06 项目支出 20',
  *check(ctx) {
    const d = categoryAgainst(ctx, '特定目标', {
      value: cellOf(ctx.ds, 'T06', 'total', 'project'),
      location: cell('T06', 'total', 'project'),
    });
    if (d) yield d;
  },
});

const PROJECT_PARTS = [
  { part: 'total', zh: '执行数（合计）', en: 'total execution' },
  { part: 'fiscal', zh: '财政拨款执行数', en: 'fiscal execution' },
  { part: 'other', zh: '其他资金执行数', en: 'execution from other funds' },
] as const;

/** p.project-execution: a project's execution exceeds its budget. */
export const projectExecution = defineRule({
  id: 'p.project-execution',
  severity: 'warning',
  title: { zh: '项目执行数超过预算数', en: 'Project execution above budget' },
  source: 'domain-standard.md §3.2 预算绩效 (项目支出绩效自评表: 预算数, 执行数)',
  *check({ ds }) {
    for (const [i, p] of ds.performance.projects.entries()) {
      for (const { part, zh, en } of PROJECT_PARTS) {
        const budget = p.budget[part];
        const execution = p.execution[part];
        if (budget === null || execution === null || execution <= budget) continue;
        yield {
          locations: [
            field(`performance.projects[${i}].execution.${part}`),
            field(`performance.projects[${i}].budget.${part}`),
          ],
          params: { name: p.name, part: zh, partEn: en },
          expected: budget,
          actual: execution,
          difference: subFen(execution, budget),
        };
      }
    }
  },
});

/** p.project-execution-total: Σ project fiscal executions ≤ T06 项目支出合计. */
export const projectExecutionTotal = defineRule({
  id: 'p.project-execution-total',
  severity: 'error',
  title: { zh: '项目执行数之和超过项目支出', en: 'Project executions exceed project expenditure' },
  source: 'domain-standard.md §2.4 D14 (T6 项目支出 合计), §3.2 预算绩效',
  *check(ctx) {
    const { ds } = ctx;
    const limit = cellOf(ds, 'T06', 'total', 'project');
    const parts = ds.performance.projects.map((p) => p.execution.fiscal);
    const sum = sumFenOrNull(parts);
    if (limit === null || sum === null || sum <= limit) return;
    const n = parts.filter((p) => p !== null).length;
    const difference = subFen(sum, limit);
    const locations = [
      ...ds.performance.projects.flatMap((p, i) =>
        p.execution.fiscal === null ? [] : [field(`performance.projects[${i}].execution.fiscal`)],
      ),
      cell('T06', 'total', 'project'),
    ];
    const base: FindingDraft = { locations, params: {}, expected: limit, actual: sum, difference };
    const envelope = roundingEnvelope(n + 1);
    yield !ctx.exact && difference <= envelope
      ? { ...base, severity: 'notice', rounding: { parts: n + 1, envelope } }
      : base;
  },
});

/** p.projects-missing: 项目支出 without any project self-evaluation. */
export const projectsMissing = defineRule({
  id: 'p.projects-missing',
  severity: 'warning',
  title: { zh: '有项目支出但无项目绩效自评', en: 'Project expenditure without project evaluations' },
  source: 'domain-standard.md §3.2 预算绩效 (项目支出绩效自评表 in 第四部分 附件, LZ-2023)',
  *check({ ds }) {
    const project = cellOf(ds, 'T06', 'total', 'project');
    if (project === null || project <= 0 || ds.performance.projects.length > 0) return;
    yield {
      locations: [field('performance.projects'), cell('T06', 'total', 'project')],
      params: {},
      actual: project,
    };
  },
});

/** p.project-indicators: a project self-evaluation without indicators. */
export const projectIndicators = defineRule({
  id: 'p.project-indicators',
  severity: 'warning',
  title: { zh: '项目无绩效指标', en: 'Project without indicators' },
  source: 'domain-standard.md §3.2 预算绩效 (绩效目标/绩效自评)',
  *check({ ds }) {
    for (const [i, p] of ds.performance.projects.entries()) {
      if (p.indicators.length > 0) continue;
      yield { locations: [field(`performance.projects[${i}].indicators`)], params: { name: p.name } };
    }
  },
});

/** p.indicator-incomplete: an indicator without its target or actual value. */
export const indicatorIncomplete = defineRule({
  id: 'p.indicator-incomplete',
  severity: 'warning',
  title: { zh: '绩效指标缺少指标值或实际完成值', en: 'Indicator without target or actual' },
  source: 'domain-standard.md §3.2 预算绩效 (项目支出绩效自评表: 年度指标值, 实际完成值)',
  *check({ ds }) {
    for (const [i, p] of ds.performance.projects.entries()) {
      for (const [j, ind] of p.indicators.entries()) {
        const missing = (['target', 'actual'] as const).filter((k) => isBlank(ind[k]));
        if (missing.length === 0) continue;
        yield {
          locations: missing.map((k) => field(`performance.projects[${i}].indicators[${j}].${k}`)),
          params: { name: p.name, indicator: ind.level3 },
        };
      }
    }
  },
});

/** p.score-range: evaluation scores lie in 0–100. */
export const scoreRange = defineRule({
  id: 'p.score-range',
  severity: 'error',
  title: { zh: '绩效评分超出0–100', en: 'Score outside 0–100' },
  source: 'domain-standard.md §3.2 预算绩效 (average score, grade distribution)',
  *check({ ds }) {
    const scores: [string, number | null][] = [
      ['performance.overall.score', ds.performance.overall?.score ?? null],
      ...ds.performance.projects.map((p, i): [string, number | null] => [
        `performance.projects[${i}].score`,
        p.score,
      ]),
    ];
    for (const [path, score] of scores) {
      if (score === null || (score >= 0 && score <= 100)) continue;
      yield { locations: [field(path)], params: {}, expectedText: '0–100', actualText: String(score) };
    }
  },
});

/** p.overall-missing: no 部门整体支出绩效评价. */
export const overallMissing = defineRule({
  id: 'p.overall-missing',
  severity: 'warning',
  title: { zh: '缺少部门整体支出绩效评价', en: 'Overall performance evaluation missing' },
  source: 'domain-standard.md §0 (第四部分 附件 部门整体支出绩效评价/自评报告), §3.2 (绩效评价结果)',
  *check({ ds }) {
    if (ds.performance.overall === null) yield { locations: [field('performance.overall')], params: {} };
  },
});

/**
 * p.categories-total: 人员类 + 运转类 + 特定目标类 项目 cover the whole 一般公共预算财政拨款支出 (Sichuan's
 * 预算项目 classes: 人员类 = 人员经费, 运转类 = 公用经费 and other running costs, 特定目标类 = 项目).
 */
export const categoriesTotal = defineRule({
  id: 'p.categories-total',
  severity: 'warning',
  title: {
    zh: '人员类、运转类、特定目标类项目执行数之和与一般公共预算财政拨款支出不一致',
    en: 'The three project classes do not add up to the general budget expenditure',
  },
  source:
    '四川省部门预算项目分类（人员类、运转类、特定目标类）; seed 附件: 人员类530.58 + 运转类“未安排” + 特定目标类20 ≠ 651.04',
  *check(ctx) {
    const categories = ctx.ds.performance.overall?.categories ?? [];
    if (categories.length === 0) return;
    const total = cellOf(ctx.ds, 'T06', 'total', 'total');
    const sum = sumFenOrNull(categories.map((c) => c.execution)) ?? (0 as Fen);
    if (total === null || sum === total) return;
    const difference = subFen(sum, total);
    const n = categories.filter((c) => c.execution !== null).length;
    const rounding = !ctx.exact && absFen(difference) <= roundingEnvelope(n);
    yield {
      locations: [field('performance.overall.categories'), cell('T06', 'total', 'total')],
      params: { names: categories.map((c) => c.name).join('、') },
      expected: total,
      actual: sum,
      difference,
      ...(rounding
        ? { severity: 'notice' as const, rounding: { parts: n, envelope: roundingEnvelope(n) } }
        : {}),
    };
  },
});

export const PERFORMANCE_RULES = [
  categoryPersonnel,
  categorySpecial,
  projectExecution,
  projectExecutionTotal,
  projectsMissing,
  projectIndicators,
  indicatorIncomplete,
  scoreRange,
  overallMissing,
  categoriesTotal,
];
