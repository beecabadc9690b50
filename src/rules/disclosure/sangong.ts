/**
 * @module 三公 disclosure (domain-standard.md §3.2, §2.5 E4–E6): the quantities the 决算 must state
 * (团组数及人数, 购置数及保有量, 接待批次、人数), the split of 公务用车购置及运行费, 决算 over 预算,
 * changes against the prior year and their reasons.
 */
import type { SangongItem } from '../../model/types.ts';
import { SANGONG_ITEMS } from '../../model/types.ts';
import { subFen } from '../../money/index.ts';
import { defineRule } from '../define.ts';
import type { FindingDraft, Location } from '../types.ts';
import { COMPARED_ITEMS, itemParams, priorSangong, sangongFigure } from './sangong-items.ts';
import { cell, field, isBlank, T13_ROW, t13 } from './shared.ts';

const SOURCE_DETAILS =
  'domain-standard.md §3.2 (决算 must state 因公出国(境)团组数及人数, 公务用车购置数及保有量, 国内公务接待的批次、人数、经费总额; MoF 专项检查)';

const t13Cell = (column: string): Location => cell('T13', T13_ROW, column);

/** Count fields that must be > 0, returning the paths of those that are blank or not positive. */
function notPositive(counts: Readonly<Record<string, number | null>>): string[] {
  return Object.entries(counts)
    .filter(([, v]) => v === null || v <= 0)
    .map(([k]) => k);
}

/** d.sangong-abroad-details: 因公出国（境）费 > 0 needs 团组数 and 人数. */
export const sangongAbroadDetails = defineRule({
  id: 'd.sangong-abroad-details',
  severity: 'error',
  title: { zh: '因公出国（境）费缺少团组数、人数', en: 'Travel abroad without groups and persons' },
  source: SOURCE_DETAILS,
  *check({ ds }) {
    const amount = t13(ds, 'actual.abroad');
    if (amount === null || amount <= 0) return;
    const { groups, persons } = ds.sangong.abroad;
    const missing = notPositive({ 'sangong.abroad.groups': groups, 'sangong.abroad.persons': persons });
    if (missing.length === 0) return;
    yield {
      locations: [t13Cell('actual.abroad'), ...missing.map((m) => field(m))],
      params: {},
      actual: amount,
    };
  },
});

/** d.sangong-vehicle-details: 公务用车购置及运行费 > 0 needs the 保有量. */
export const sangongVehicleDetails = defineRule({
  id: 'd.sangong-vehicle-details',
  severity: 'error',
  title: { zh: '公务用车费用缺少保有量', en: 'Vehicle expenses without the number of vehicles held' },
  source: SOURCE_DETAILS,
  *check({ ds }) {
    const amount = sangongFigure(ds, 'actual', 'vehicle');
    if (amount === null || amount <= 0 || ds.sangong.vehicles.held !== null) return;
    yield {
      locations: [t13Cell('actual.vehicle'), field('sangong.vehicles.held')],
      params: {},
      actual: amount,
    };
  },
});

/** d.sangong-vehicle-purchase-count: 公务用车购置费 > 0 needs 购置数 ≥ 1. */
export const sangongVehiclePurchaseCount = defineRule({
  id: 'd.sangong-vehicle-purchase-count',
  severity: 'error',
  title: { zh: '公务用车购置费缺少购置数', en: 'Vehicle purchase without the number purchased' },
  source: SOURCE_DETAILS,
  *check({ ds }) {
    const amount = t13(ds, 'actual.vehiclePurchase');
    const purchased = ds.sangong.vehicles.purchased;
    if (amount === null || amount <= 0 || (purchased !== null && purchased >= 1)) return;
    yield {
      locations: [t13Cell('actual.vehiclePurchase'), field('sangong.vehicles.purchased')],
      params: {},
      actual: amount,
    };
  },
});

/** d.sangong-vehicle-purchase-cost: vehicles purchased but no 公务用车购置费. */
export const sangongVehiclePurchaseCost = defineRule({
  id: 'd.sangong-vehicle-purchase-cost',
  severity: 'warning',
  title: { zh: '有购置数但无公务用车购置费', en: 'Vehicles purchased without a purchase expense' },
  source: SOURCE_DETAILS,
  *check({ ds }) {
    const purchased = ds.sangong.vehicles.purchased;
    if (purchased === null || purchased <= 0) return;
    if ((t13(ds, 'actual.vehiclePurchase') ?? 0) !== 0) return;
    yield {
      locations: [field('sangong.vehicles.purchased'), t13Cell('actual.vehiclePurchase')],
      params: { count: purchased },
    };
  },
});

/** d.sangong-reception-details: 公务接待费 > 0 needs 批次 and 人数. */
export const sangongReceptionDetails = defineRule({
  id: 'd.sangong-reception-details',
  severity: 'error',
  title: { zh: '公务接待费缺少批次、人数', en: 'Reception without batches and persons' },
  source: SOURCE_DETAILS,
  *check({ ds }) {
    const amount = t13(ds, 'actual.reception');
    if (amount === null || amount <= 0) return;
    const { batches, persons } = ds.sangong.reception;
    const missing = notPositive({
      'sangong.reception.batches': batches,
      'sangong.reception.persons': persons,
    });
    if (missing.length === 0) return;
    yield {
      locations: [t13Cell('actual.reception'), ...missing.map((m) => field(m))],
      params: {},
      actual: amount,
    };
  },
});

/** d.sangong-split: 公务用车购置及运行费 must be split into 购置费 and 运行费. */
export const sangongSplit = defineRule({
  id: 'd.sangong-split',
  severity: 'error',
  title: { zh: '公务用车购置及运行费未细化', en: 'Vehicle expenses not split' },
  source:
    'domain-standard.md §3.2 (公务用车购置及运行费 split into 公务用车购置费 and 公务用车运行费; 普陀区检查表)',
  *check({ ds }) {
    for (const block of ['budget', 'actual'] as const) {
      const amount = t13(ds, `${block}.vehicle`);
      if (amount === null || amount <= 0) continue;
      if (t13(ds, `${block}.vehiclePurchase`) !== null || t13(ds, `${block}.vehicleOperation`) !== null)
        continue;
      yield {
        locations: [
          t13Cell(`${block}.vehicle`),
          t13Cell(`${block}.vehiclePurchase`),
          t13Cell(`${block}.vehicleOperation`),
        ],
        params:
          block === 'budget' ? { block: '预算数', blockEn: 'budget' } : { block: '决算数', blockEn: 'final' },
        actual: amount,
      };
    }
  },
});

/** d.sangong-overspend: 决算 above 预算 needs the reason reasons.changes.sangongBudget. */
export const sangongOverspend = defineRule({
  id: 'd.sangong-overspend',
  severity: 'warning',
  title: {
    zh: '“三公”经费决算超预算且未说明原因',
    en: 'Three public expenses above budget without a reason',
  },
  source: 'domain-standard.md §2.5 E4, §3.2 (三公 预决算 增减变化原因 must be explained)',
  *check({ ds }) {
    if (!isBlank(ds.reasons.changes.sangongBudget)) return;
    const split = t13(ds, 'actual.vehiclePurchase') !== null || t13(ds, 'actual.vehicleOperation') !== null;
    for (const item of SANGONG_ITEMS) {
      if (item === 'vehicle' && split) continue;
      const budget = t13(ds, `budget.${item}`);
      const actual = t13(ds, `actual.${item}`);
      if (budget === null || actual === null || actual <= budget) continue;
      yield {
        locations: [
          t13Cell(`budget.${item}`),
          t13Cell(`actual.${item}`),
          field('reasons.changes.sangongBudget'),
        ],
        params: itemParams(item),
        expected: budget,
        actual,
        difference: subFen(actual, budget),
      };
    }
  },
});

/** d.sangong-change-reason: a 三公 item or total that changed against the prior year needs its reason. */
export const sangongChangeReason = defineRule({
  id: 'd.sangong-change-reason',
  severity: 'warning',
  title: { zh: '“三公”经费增减变化未说明原因', en: 'Change of three public expenses without a reason' },
  source: 'domain-standard.md §3.2 (三公 增减变化原因), §5 (always require a 原因 sentence when not 持平)',
  *check({ ds }) {
    for (const { item, reason } of COMPARED_ITEMS) {
      const current = sangongFigure(ds, 'actual', item);
      const prior = priorSangong(ds, item);
      if (current === null || prior === null || current === prior) continue;
      if (!isBlank(ds.reasons.changes[reason])) continue;
      yield changeFinding(item, reason, prior, current);
    }
  },
});

function changeFinding(
  item: SangongItem,
  reason: string,
  prior: NonNullable<FindingDraft['expected']>,
  current: NonNullable<FindingDraft['actual']>,
): FindingDraft {
  return {
    locations: [
      field(`reasons.changes.${reason}`),
      t13Cell(`actual.${item}`),
      field(`priorYear.sangong.${item}`),
    ],
    params: { ...itemParams(item), key: reason },
    expected: prior,
    actual: current,
    difference: subFen(current, prior),
  };
}

/** d.sangong-prior-missing: the prior-year 三公 figure the report compares with is blank. */
export const sangongPriorMissing = defineRule({
  id: 'd.sangong-prior-missing',
  severity: 'warning',
  title: { zh: '缺少上年“三公”经费决算数', en: 'Prior-year three public expenses missing' },
  source: 'domain-standard.md §3.2 (三公 增减变化 vs the prior year), §5 (change vs last year)',
  *check({ ds }) {
    if (ds.tables.T13 === undefined) return;
    for (const { item } of COMPARED_ITEMS) {
      if (sangongFigure(ds, 'actual', item) === null || priorSangong(ds, item) !== null) continue;
      yield { locations: [field(`priorYear.sangong.${item}`)], params: itemParams(item) };
    }
  },
});

export const SANGONG_RULES = [
  sangongAbroadDetails,
  sangongVehicleDetails,
  sangongVehiclePurchaseCount,
  sangongVehiclePurchaseCost,
  sangongReceptionDetails,
  sangongSplit,
  sangongOverspend,
  sangongChangeReason,
  sangongPriorMissing,
];
