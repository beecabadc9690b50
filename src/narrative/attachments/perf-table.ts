/**
 * @module (c) 项目绩效自评表 of one project as a report table: 主管部门及代码 | 实施单位; 项目预算执行情况
 * (预算数/执行数, 其中：财政拨款, 其他资金); 年度总体目标 (预期目标 | 实际完成情况); 绩效指标 (一级 | 二级 |
 * 三级 | 预期指标值 | 实际完成指标值, equal consecutive 一级/二级 merged by rowSpan); 自评得分.
 * Six columns; a cell covered by a rowSpan from above is omitted from the later row.
 */
import type { Dataset, Indicator, ProjectEvaluation } from '../../model/types.ts';
import type { Fen } from '../../money/index.ts';
import type { BodyCell, BodyRow, ReportTable } from '../../report/types.ts';
import { wanText } from './figures.ts';
import { projectName } from './project.ts';

/** A body cell that may span rows (BodyCell has no rowSpan yet; renderers that know it merge the cells). */
export type SpanCell = BodyCell & { readonly rowSpan?: number };

const COLUMNS = 6;

function label(text: string, span: { colSpan?: number; rowSpan?: number } = {}): SpanCell {
  return { text, align: 'center', rowHeader: true, ...spans(span) };
}

function value(
  text: string,
  span: { colSpan?: number; rowSpan?: number } = {},
  align: BodyCell['align'] = 'left',
): SpanCell {
  return { text, align, ...spans(span) };
}

function spans({ colSpan, rowSpan }: { colSpan?: number; rowSpan?: number }) {
  return {
    ...(colSpan !== undefined && colSpan > 1 ? { colSpan } : {}),
    ...(rowSpan !== undefined && rowSpan > 1 ? { rowSpan } : {}),
  };
}

function amount(ds: Dataset, v: Fen | null, colSpan = 1): SpanCell {
  return { text: v === null ? '' : wanText(ds, v), align: 'right', fen: v, ...spans({ colSpan }) };
}

const row = (...cells: SpanCell[]): BodyRow => ({ kind: 'data', cells });

/** Length of the run of rows from i on with the same key. */
function runLength(items: readonly Indicator[], i: number, key: (x: Indicator) => string): number {
  let n = 1;
  while (i + n < items.length && key(items[i + n]!) === key(items[i]!)) n++;
  return n;
}

/** Indicator rows with 一级 merged over equal consecutive values, and 二级 within the same 一级. */
export function indicatorRows(items: readonly Indicator[]): SpanCell[][] {
  const k1 = (x: Indicator) => x.level1;
  const k2 = (x: Indicator) => `${x.level1}\u0000${x.level2}`;
  return items.map((x, i) => {
    const cells: SpanCell[] = [];
    if (i === 0 || k1(items[i - 1]!) !== k1(x))
      cells.push(value(x.level1, { rowSpan: runLength(items, i, k1) }, 'center'));
    if (i === 0 || k2(items[i - 1]!) !== k2(x))
      cells.push(value(x.level2, { rowSpan: runLength(items, i, k2) }, 'center'));
    cells.push(value(x.level3), value(x.target), value(x.actual));
    return cells;
  });
}

/** The 项目绩效自评表 of the n-th project: id 'table-perf-<n>', number 附表. */
export function perfTable(ds: Dataset, p: ProjectEvaluation, n: number): ReportTable {
  const entity = ds.entity;
  const supervisor =
    p.supervisor ?? (entity.code !== undefined ? `${entity.name}-${entity.code}` : entity.name);
  const indicators = indicatorRows(p.indicators);
  const body: BodyRow[] = [
    row(
      label('主管部门及代码'),
      value(supervisor, { colSpan: 2 }),
      label('实施单位'),
      value(p.implementer ?? entity.name, { colSpan: 2 }),
    ),
    row(
      label('项目预算执行情况（万元）', { rowSpan: 3 }),
      label('预算数'),
      amount(ds, p.budget.total),
      label('执行数'),
      amount(ds, p.execution.total, 2),
    ),
    row(
      label('其中：财政拨款'),
      amount(ds, p.budget.fiscal),
      label('其中：财政拨款'),
      amount(ds, p.execution.fiscal, 2),
    ),
    row(label('其他资金'), amount(ds, p.budget.other), label('其他资金'), amount(ds, p.execution.other, 2)),
    row(
      label('年度总体目标完成情况', { rowSpan: 2 }),
      label('预期目标', { colSpan: 3 }),
      label('目标实际完成情况', { colSpan: 2 }),
    ),
    row(
      value(p.goal || '【待补充：年度总体目标】', { colSpan: 3 }),
      value(p.goalResult || '【待补充：目标实际完成情况】', { colSpan: 2 }),
    ),
    row(
      label('年度绩效指标完成情况', { rowSpan: 1 + Math.max(1, indicators.length) }),
      label('一级指标'),
      label('二级指标'),
      label('三级指标'),
      label('预期指标值'),
      label('实际完成指标值'),
    ),
    ...(indicators.length > 0
      ? indicators.map((cells) => row(...cells))
      : [row(value('【待补充：绩效指标】', { colSpan: COLUMNS - 1 }))]),
    ...(p.score !== null ? [row(label('自评得分'), value(`${p.score}分`, { colSpan: COLUMNS - 1 }))] : []),
  ];
  return {
    kind: 'table',
    id: `table-perf-${n}`,
    number: '附表',
    title: `${entity.name}${entity.year}年${projectName(p)}项目绩效自评表`,
    header: [],
    body,
    notes: [],
    empty: false,
  };
}
