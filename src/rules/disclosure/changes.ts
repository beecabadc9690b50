/**
 * @module Changes against the prior year and against the 年初预算 (domain-standard.md §5, §2.6 F2,
 * F8, F17, F18): the prior-year figures the report needs, a reason for every change of ≥ 10%,
 * zero bases, 年初预算 of every T06 项 and reasons for their variances, and no 完成预算X% without budget.
 */
import { changeBetween, formatPercent, subFen } from '../../money/index.ts';
import { defineRule } from '../define.ts';
import type { FindingDraft } from '../types.ts';
import { COMPARISONS, comparisonParams } from './comparisons.ts';
import { COMPARED_ITEMS, itemParams, priorSangong, sangongFigure } from './sangong-items.ts';
import { cell, field, isBlank, T13_ROW, t13 } from './shared.ts';

/** The threshold of a change that needs a reason: 10.00% of the prior-year figure (hundredths). */
const REASON_THRESHOLD = 1000;

/** c.prior-missing: a comparison the report makes lacks its prior-year figure. */
export const priorMissing = defineRule({
  id: 'c.prior-missing',
  severity: 'warning',
  title: { zh: '缺少上年对比数', en: 'Prior-year figure missing' },
  source: 'domain-standard.md §5 (与YYYY年度相比…增加/减少…), §2.6 F2; seed 一、四、五、十(一)',
  *check({ ds }) {
    for (const c of COMPARISONS) {
      if (!c.priorRequired || ds.priorYear[c.prior] !== null) continue;
      const { value, location } = c.current(ds);
      if (value === null) continue;
      yield {
        locations: [field(`priorYear.${c.prior}`), location],
        params: comparisonParams(c),
        actual: value,
      };
    }
  },
});

/** c.change-reason: a change of ≥ 10% (or from a zero base) needs reasons.changes.<key>. */
export const changeReason = defineRule({
  id: 'c.change-reason',
  severity: 'warning',
  title: { zh: '增减变化10%以上未说明原因', en: 'Change of 10% or more without a reason' },
  source:
    'domain-standard.md §5 ("always require a 原因 sentence when not 持平"); issue requirement: a reason for every change of ≥ 10% (printed rate, 2 decimals)',
  *check({ ds }) {
    for (const c of COMPARISONS) {
      const prior = ds.priorYear[c.prior];
      const { value: current, location } = c.current(ds);
      if (prior === null || current === null || !isBlank(ds.reasons.changes[c.key])) continue;
      const change = changeBetween(current, prior);
      const large = change.zeroBase || (change.rate !== null && change.rate >= REASON_THRESHOLD);
      if (!large) continue;
      yield {
        locations: [field(`reasons.changes.${c.key}`), location, field(`priorYear.${c.prior}`)],
        params: {
          ...comparisonParams(c),
          rate: change.rate === null ? '—' : `${formatPercent(change.rate)}%`,
        },
        expected: prior,
        actual: current,
        difference: subFen(current, prior),
      };
    }
  },
});

/** c.zero-base: the prior-year figure is 0: no growth rate can be stated. */
export const zeroBase = defineRule({
  id: 'c.zero-base',
  severity: 'notice',
  title: { zh: '上年为0，不能表述增长率', en: 'Zero base: no growth rate' },
  source: 'domain-standard.md §5 (Zero base: 增长--（基数为0，不可比）/上年无此项), §2.6 F17, §3.4 item 7',
  *check({ ds }) {
    for (const c of COMPARISONS) {
      const prior = ds.priorYear[c.prior];
      const { value, location } = c.current(ds);
      if (prior !== 0 || value === null || value <= 0) continue;
      yield {
        locations: [field(`priorYear.${c.prior}`), location],
        params: comparisonParams(c),
        actual: value,
      };
    }
    for (const { item, reason } of COMPARED_ITEMS) {
      const prior = priorSangong(ds, item);
      const value = sangongFigure(ds, 'actual', item);
      if (prior !== 0 || value === null || value <= 0) continue;
      yield {
        locations: [field(`priorYear.sangong.${item}`), cell('T13', T13_ROW, `actual.${item}`)],
        params: { ...itemParams(item), key: reason },
        actual: value,
      };
    }
  },
});

/** c.budget-missing: a T06 项 (or the T06 合计) without its 年初预算: no completion rate can be stated. */
export const budgetMissing = defineRule({
  id: 'c.budget-missing',
  severity: 'warning',
  title: { zh: '缺少年初预算数', en: 'Initial budget missing' },
  source: 'domain-standard.md §5 (年初预算为A万元…完成年初预算的C%), §2.6 F8; 五（三）具体情况 per 项',
  *check({ ds }) {
    const t06 = ds.tables.T06;
    if (t06 === undefined) return;
    for (const row of t06.rows) {
      const actual = row.cells['total'] ?? null;
      if (actual === null) continue;
      if (row.code === 'total') {
        if (ds.budget.generalBudgetTotal !== null) continue;
        yield {
          locations: [cell('T06', 'total', 'total'), field('budget.generalBudgetTotal')],
          params: { code: 'total', row: '合计', rowEn: 'total' },
          actual,
        };
      } else if (/^\d{7}$/.test(row.code) && (ds.budget.generalBudgetItems[row.code] ?? null) === null) {
        yield {
          locations: [cell('T06', row.code, 'total'), field(`budget.generalBudgetItems.${row.code}`)],
          params: rowParams(row.code, row.name),
          actual,
        };
      }
    }
  },
});

/** c.budget-variance-reason: a T06 项 whose 决算 differs from its 年初预算 needs reasons.budgetVariance[code]. */
export const budgetVarianceReason = defineRule({
  id: 'c.budget-variance-reason',
  severity: 'warning',
  title: { zh: '决算数与年初预算数不同未说明原因', en: 'Budget variance without a reason' },
  source: 'domain-standard.md §5 (决算数大于（小于）预算数的主要原因), §2.6 F9; SH-TPL',
  *check({ ds }) {
    for (const row of ds.tables.T06?.rows ?? []) {
      if (!/^\d{7}$/.test(row.code)) continue;
      const actual = row.cells['total'] ?? null;
      const budget = ds.budget.generalBudgetItems[row.code] ?? null;
      if (actual === null || budget === null || actual === budget) continue;
      if (!isBlank(ds.reasons.budgetVariance[row.code])) continue;
      yield {
        locations: [cell('T06', row.code, 'total'), field(`reasons.budgetVariance.${row.code}`)],
        params: rowParams(row.code, row.name),
        expected: budget,
        actual,
        difference: subFen(actual, budget),
      };
    }
  },
});

/** c.no-budget-completion: 决算 > 0 with no budget: 完成预算X% must not be stated. */
export const noBudgetCompletion = defineRule({
  id: 'c.no-budget-completion',
  severity: 'notice',
  title: { zh: '无预算数，不表述预算完成率', en: 'No budget: no completion rate' },
  source: 'domain-standard.md §2.6 F18 (GBC-YAML R004), §5 (完成预算0万元的--%); seed wrote 完成预算0%',
  *check({ ds }) {
    if (ds.tables.T13 !== undefined) {
      const split = t13(ds, 'actual.vehiclePurchase') !== null || t13(ds, 'actual.vehicleOperation') !== null;
      for (const item of [
        'total',
        'abroad',
        'vehicle',
        'vehiclePurchase',
        'vehicleOperation',
        'reception',
      ] as const) {
        if (item === 'vehicle' && split) continue;
        const actual = t13(ds, `actual.${item}`);
        const budget = t13(ds, `budget.${item}`);
        if (actual === null || actual <= 0 || (budget !== null && budget !== 0)) continue;
        yield draft(
          [cell('T13', T13_ROW, `budget.${item}`), cell('T13', T13_ROW, `actual.${item}`)],
          { code: item, row: itemParams(item).item, rowEn: itemParams(item).itemEn },
          actual,
        );
      }
    }
    for (const row of ds.tables.T06?.rows ?? []) {
      const actual = row.cells['total'] ?? null;
      if (actual === null || actual <= 0) continue;
      if (row.code === 'total' && ds.budget.generalBudgetTotal === 0) {
        yield draft(
          [cell('T06', 'total', 'total'), field('budget.generalBudgetTotal')],
          { code: '合计', name: '' },
          actual,
        );
      } else if (/^\d{7}$/.test(row.code) && ds.budget.generalBudgetItems[row.code] === 0) {
        yield draft(
          [cell('T06', row.code, 'total'), field(`budget.generalBudgetItems.${row.code}`)],
          rowParams(row.code, row.name),
          actual,
        );
      }
    }
  },
});

/** Params naming a T06 row: its code and `code name` label. */
function rowParams(code: string, name: string): { code: string; row: string; rowEn: string } {
  const row = name === '' ? code : `${code} ${name}`;
  return { code, row, rowEn: row };
}

function draft(
  locations: FindingDraft['locations'],
  params: FindingDraft['params'],
  actual: NonNullable<FindingDraft['actual']>,
): FindingDraft {
  return { locations, params, actual };
}

export const CHANGE_RULES = [
  priorMissing,
  changeReason,
  zeroBase,
  budgetMissing,
  budgetVarianceReason,
  noBudgetCompletion,
];
