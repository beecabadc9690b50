/**
 * @module 人员概况 (seed 第四部分 (三)人员概况: 编制人数X人，其中：…；实有人数Y人): the breakdown adds
 * up to the 编制人数, both counts are stated, and 超编 is pointed out.
 */
import { defineRule } from '../define.ts';
import { field } from './shared.ts';

/** d.staff-breakdown: the staff breakdown adds up to the 编制人数. */
export const staffBreakdown = defineRule({
  id: 'd.staff-breakdown',
  severity: 'error',
  title: { zh: '编制人数分类之和不等于编制总数', en: 'Staff breakdown does not add up' },
  source: 'seed 人员概况 (编制人数58人，其中：…); domain-standard.md §3.2 部门职责、机构设置',
  *check({ ds }) {
    const { authorized, breakdown } = ds.staff;
    if (authorized === null || breakdown.length === 0) return;
    const sum = breakdown.reduce((s, b) => s + b.count, 0);
    if (sum === authorized) return;
    yield {
      locations: [field('staff.authorized'), field('staff.breakdown')],
      params: {},
      expectedText: String(sum),
      actualText: String(authorized),
    };
  },
});

/** d.staff-authorized-missing: the 编制人数 is blank. */
export const staffAuthorizedMissing = defineRule({
  id: 'd.staff-authorized-missing',
  severity: 'warning',
  title: { zh: '缺少编制人数', en: 'Authorized staff missing' },
  source: 'seed 人员概况; domain-standard.md §3.2',
  *check({ ds }) {
    if (ds.staff.authorized === null) yield { locations: [field('staff.authorized')], params: {} };
  },
});

/** d.staff-actual-missing: the 实有人数 is blank. */
export const staffActualMissing = defineRule({
  id: 'd.staff-actual-missing',
  severity: 'warning',
  title: { zh: '缺少实有人数', en: 'Actual staff missing' },
  source: 'seed 人员概况 (截至年末实有人数); domain-standard.md §3.2',
  *check({ ds }) {
    if (ds.staff.actual === null) yield { locations: [field('staff.actual')], params: {} };
  },
});

/** d.staff-over-authorized: more staff than authorized posts (超编): information. */
export const staffOverAuthorized = defineRule({
  id: 'd.staff-over-authorized',
  severity: 'notice',
  title: { zh: '实有人数超过编制人数', en: 'Actual staff above authorized' },
  source: 'seed 人员概况; domain-standard.md §3.2',
  *check({ ds }) {
    const { authorized, actual } = ds.staff;
    if (authorized === null || actual === null || actual <= authorized) return;
    yield {
      locations: [field('staff.actual'), field('staff.authorized')],
      params: { over: actual - authorized },
      expectedText: String(authorized),
      actualText: String(actual),
    };
  },
});

export const STAFF_RULES = [staffBreakdown, staffAuthorizedMissing, staffActualMissing, staffOverAuthorized];
