/**
 * @module 三公 and 机关运行经费 across tables: economic 款 within their 三公 item (domain-standard §2.5 E3),
 * 三公 within the 一般公共预算 spending, and 机关运行经费 against the 公用经费 of T08 (§2.6 F13, data side).
 */
import { tableDef } from '../../catalog/tables/definitions.ts';
import type { TableData, UnitType } from '../../model/types.ts';
import { findRow } from '../../model/views.ts';
import { equalMismatch } from '../compare.ts';
import { defineRule } from '../define.ts';
import type { FindingDraft, RuleContext } from '../types.ts';
import { at, cell, columnLabel, rowLabel, tablesOf, withinLimit } from './util.ts';

/** Economic 款 and the T13 决算数 column that bounds it (with the 小计 to fall back on when the item is blank). */
const SANGONG_BOUNDS = [
  ['30212', 'actual.abroad', null],
  ['30217', 'actual.reception', null],
  ['30231', 'actual.vehicleOperation', 'actual.vehicle'],
  ['31013', 'actual.vehiclePurchase', 'actual.vehicle'],
] as const;

function* econWithinSangong(ctx: RuleContext, table: 'T07' | 'T08', column: string): Generator<FindingDraft> {
  const t = tablesOf(ctx.ds, table, 'T13');
  if (!t) return;
  const econ: TableData = t[table];
  for (const [code, item, fallback] of SANGONG_BOUNDS) {
    const limitColumn =
      cell(t.T13, 'amount', item) === null && fallback !== null && cell(t.T13, 'amount', fallback) !== null
        ? fallback
        : item;
    const d = withinLimit(
      cell(t.T13, 'amount', limitColumn),
      cell(econ, code, column),
      [at(table, code, column), at('T13', 'amount', limitColumn)],
      {
        ...rowLabel(table, code, {
          code,
          name: findRow(econ, code)?.name || (ctx.economic.get(code)?.name ?? ''),
          cells: {},
        }),
        ...prefixed(columnLabel('T13', limitColumn)),
      },
    );
    if (d) yield d;
  }
}

function prefixed(label: { column: string }): { item: string } {
  return { item: label.column };
}

export const T08_T13_SANGONG = defineRule({
  id: 'x.t08-t13.sangong',
  severity: 'error',
  title: {
    zh: '基本支出经济科目不大于对应的“三公”经费决算数',
    en: 'T08 economic 款 do not exceed their 三公 item',
  },
  source: 'domain-standard §2.5 E3 (GBC-WP4A): an inequality, 三公 includes 项目支出',
  check: (ctx) => econWithinSangong(ctx, 'T08', 'amount'),
});

export const T07_T13_SANGONG = defineRule({
  id: 'x.t07-t13.sangong',
  severity: 'error',
  title: {
    zh: '一般公共预算经济科目支出不大于对应的“三公”经费决算数',
    en: 'T07 economic 款 (basic and project) do not exceed their 三公 item',
  },
  source: 'domain-standard §2.5 E3 applied to T07 (basic + project spending of the 款)',
  check: (ctx) => econWithinSangong(ctx, 'T07', 'total'),
});

export const T13_T06_SANGONG = defineRule({
  id: 'x.t13-t06.sangong-within-budget-spending',
  severity: 'warning',
  title: {
    zh: '“三公”经费决算数不大于一般公共预算财政拨款支出',
    en: 'The 三公 total does not exceed the T06 total',
  },
  source:
    'domain-standard §2.5 (三公 is spent from 财政拨款; an error where T13 is titled 一般公共预算财政拨款“三公”)',
  *check({ ds, profile }) {
    const t = tablesOf(ds, 'T06', 'T13');
    if (!t) return;
    const limit = cell(t.T06, 'total', 'total');
    if (limit === null) return; // T06 without its 合计: the table rules report it.
    const d = withinLimit(limit, cell(t.T13, 'amount', 'actual.total'), [
      at('T13', 'amount', 'actual.total'),
      at('T06', 'total', 'total'),
    ]);
    if (!d) return;
    const title = profile.tables.find((x) => x.table === 'T13')?.title ?? tableDef('T13').title;
    yield title.startsWith('一般公共预算') ? { ...d, severity: 'error' } : d;
  },
});

const ADMIN: readonly UnitType[] = ['行政单位', '参公事业单位'];

export const OPERATING_EXPENSES_T08 = defineRule({
  id: 'x.operating-expenses-t08',
  severity: 'error',
  title: {
    zh: '机关运行经费与公用经费合计相符',
    en: '机关运行经费 agrees with the T08 public expenses total',
  },
  source:
    'domain-standard §2.6 F13 (GBC-YAML R009): = 公用经费合计 for 行政单位/参公; ≤ when 事业单位 are included',
  *check({ ds }) {
    const t08 = tablesOf(ds, 'T08');
    const op = ds.operatingExpenses;
    if (!t08 || op === null) return;
    const types = [ds.entity.unitType, ...ds.entity.units.map((u) => u.unitType)];
    if (!types.some((x) => ADMIN.includes(x))) return;
    const allAdmin = types.every((x) => ADMIN.includes(x));
    const pub = cell(t08.T08, 'total.public', 'amount');
    if (pub === null) return;
    const locations = [{ field: 'operatingExpenses' }, at('T08', 'total.public', 'amount')];
    const unitTypes = [...new Set(types)].join('、');
    const over = withinLimit(pub, op, locations, { unitTypes });
    if (over) {
      yield over;
    } else if (allAdmin) {
      const under = equalMismatch(pub, op, locations, { unitTypes });
      if (under) yield { ...under, severity: 'warning' };
    }
  },
});

export const SANGONG_RULES = [T08_T13_SANGONG, T07_T13_SANGONG, T13_T06_SANGONG, OPERATING_EXPENSES_T08];
