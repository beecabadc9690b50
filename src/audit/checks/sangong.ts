/**
 * @module 三公 details and vehicles: a.sangong-details (接待费 without 批次/人次, 出国费 without 团组/人次,
 * 购置费 without 购置数, 运行费 without 保有量, 车费 not split into 购置/运行) and a.vehicle-count (车辆总数
 * vs the categories; 保有量 more than the vehicles held).
 */
import { indicatorName, indicatorNameEn } from '../facts/indicators.ts';
import type { AmountFact, Facts } from '../facts/types.ts';
import type { AuditFinding } from './types.ts';
import { evidenceList, locationOf } from './util.ts';

const NEEDS: readonly { key: string; counts: readonly string[]; details: string; detailsEn: string }[] = [
  {
    key: 'sangong.reception',
    counts: ['reception.batches', 'reception.persons'],
    details: '国内公务接待的批次和人次',
    detailsEn: 'reception batches and persons',
  },
  {
    key: 'sangong.abroad',
    counts: ['abroad.groups', 'abroad.persons'],
    details: '因公出国（境）团组数和人次',
    detailsEn: 'delegations and persons abroad',
  },
  {
    key: 'sangong.vehicle-purchase',
    counts: ['vehicles.purchased'],
    details: '公务用车购置数',
    detailsEn: 'vehicles purchased',
  },
  {
    key: 'sangong.vehicle-run',
    counts: ['vehicles.held'],
    details: '公务用车保有量',
    detailsEn: 'vehicles held',
  },
];

function first(facts: Facts, key: string): AmountFact | undefined {
  return facts.amounts.find((a) => a.key === key && a.role === 'actual');
}

/** a.sangong-details. */
export function checkSangong(facts: Facts): AuditFinding[] {
  const out: AuditFinding[] = [];
  const has = (k: string) => facts.counts.some((c) => c.key === k);
  for (const need of NEEDS) {
    const f = first(facts, need.key);
    if (!f || f.value <= 0 || need.counts.every(has)) continue;
    out.push({
      rule: 'a.sangong-details',
      severity: 'warning',
      locations: [locationOf(facts, f)],
      params: {
        item: indicatorName(need.key),
        itemEn: indicatorNameEn(need.key),
        details: need.details,
        detailsEn: need.detailsEn,
      },
      actual: f.value,
      evidence: evidenceList(f),
    });
  }
  const vehicle = first(facts, 'sangong.vehicle');
  if (
    vehicle &&
    vehicle.value > 0 &&
    !first(facts, 'sangong.vehicle-purchase') &&
    !first(facts, 'sangong.vehicle-run')
  ) {
    out.push({
      rule: 'a.sangong-details',
      messageKey: 'a.sangong-split',
      severity: 'warning',
      locations: [locationOf(facts, vehicle)],
      params: {},
      actual: vehicle.value,
      evidence: evidenceList(vehicle),
    });
  }
  return out;
}

/** a.vehicle-count. */
export function checkVehicles(facts: Facts): AuditFinding[] {
  const out: AuditFinding[] = [];
  for (const total of facts.counts.filter((c) => c.key === 'vehicles.total')) {
    const cats = facts.counts.filter(
      (c) => c.key === 'vehicles.category' && c.sentence === total.sentence && c.pos > total.pos,
    );
    const sum = cats.reduce((s, c) => s + c.value, 0);
    if (cats.length > 0 && sum !== total.value) {
      out.push({
        rule: 'a.vehicle-count',
        severity: 'error',
        locations: [locationOf(facts, total)],
        params: {},
        expectedText: String(sum),
        actualText: String(total.value),
        evidence: evidenceList(total, ...cats),
      });
    }
    const held = facts.counts.find((c) => c.key === 'vehicles.held');
    if (held && held.value > total.value) {
      out.push({
        rule: 'a.vehicle-count',
        messageKey: 'a.vehicle-held',
        severity: 'warning',
        locations: [locationOf(facts, held)],
        params: {},
        expectedText: String(total.value),
        actualText: String(held.value),
        evidence: evidenceList(held, total),
      });
    }
  }
  return out;
}
