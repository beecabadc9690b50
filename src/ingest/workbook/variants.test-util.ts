/**
 * @module Test helpers: coded tables laid out the way other finance-system exports do — split 类|款|项
 * code columns (each row complete, or 类/款 printed once), amounts in 元 or 万元, the 合计 row at the
 * bottom, blank rows and columns, amount columns in another order, headers with or without merged
 * cells, alias titles. (panels.test-util.ts: T01/T04, T08 and T13.)
 */
import { TABLES } from '../../catalog/tables/definitions.ts';
import type { TableId } from '../../catalog/tables/types.ts';
import type { Dataset } from '../../model/types.ts';
import { type Fen, formatWan, formatYuan, type Unit } from '../../money/index.ts';
import type { Matrix } from './books.test-util.ts';

export type Cell = string | number | null;
type Merge = readonly [number, number, number, number];

/** Header rows for column paths (top → bottom; [] for a blank column), merged or flat (text in the first cell). */
export function headerRows(
  paths: readonly (readonly string[])[],
  merged: boolean,
  top: number,
): { rows: Cell[][]; merges: Merge[] } {
  const depth = Math.max(1, ...paths.map((p) => p.length));
  const rows: Cell[][] = Array.from({ length: depth }, () => paths.map(() => null));
  const merges: Merge[] = [];
  for (let d = 0; d < depth; d++) {
    let c = 0;
    while (c < paths.length) {
      const p = paths[c]!;
      if (p.length === 0 || d > p.length - 1) {
        c++;
        continue;
      }
      if (d === p.length - 1) {
        rows[d]![c] = p[d]!;
        if (merged && depth - 1 > d) merges.push([top + d, c, top + depth - 1, c]);
        c++;
        continue;
      }
      const key = p.slice(0, d + 1).join('/');
      let end = c;
      while (
        end + 1 < paths.length &&
        paths[end + 1]!.length > d + 1 &&
        paths[end + 1]!.slice(0, d + 1).join('/') === key
      )
        end++;
      rows[d]![c] = p[d]!;
      if (merged && end > c) merges.push([top + d, c, top + d, end]);
      c = end + 1;
    }
  }
  return { rows, merges };
}

/** An amount cell value in the unit (null for a blank). */
export function amount(f: Fen | null | undefined, unit: Unit): number | null {
  if (f === null || f === undefined) return null;
  return Number(unit === 'yuan' ? formatYuan(f) : formatWan(f, { decimals: 6 }));
}

/** The 单位 line of a unit. */
export const unitLine = (unit: Unit) => (unit === 'yuan' ? '金额单位：元' : '单位：万元');

export type CodedOpts = {
  readonly title: string;
  readonly sheet: string;
  readonly unit: Unit;
  readonly split: 'full' | 'inherit' | false;
  readonly totalAtBottom: boolean;
  readonly extra: boolean;
  readonly merged: boolean;
  /** Amount columns right to left. */
  readonly reversed?: boolean;
};

/** A coded table (functional or economic rows) in another layout. */
export function codedMatrix(ds: Dataset, table: TableId, o: CodedOpts): Matrix {
  const def = TABLES[table];
  const data = ds.tables[table]?.rows ?? [];
  const lead: string[][] = o.split
    ? [['科目编码', '类'], ['科目编码', '款'], ['科目编码', '项'], ['科目名称']]
    : [
        ['项目', '科目编码'],
        ['项目', '科目名称'],
      ];
  const cols = o.reversed ? [...def.columns].reverse() : def.columns;
  const amountPaths = cols.map((c) => [...(c.groups ?? []), c.label]);
  const paths: string[][] = [...(o.extra ? [[]] : []), ...lead, ...(o.extra ? [[]] : []), ...amountPaths];
  const width = paths.length;
  const first = o.extra ? 1 : 0;
  const amountAt = first + lead.length + (o.extra ? 1 : 0);
  const blank = (): Cell[] => Array.from({ length: width }, () => null);
  const rows: Cell[][] = [];
  const merges: Merge[] = [];
  const titleRow = blank();
  titleRow[first] = `${o.title}（${ds.entity.year}年度）`;
  if (o.extra) rows.push(blank());
  rows.push(titleRow);
  const info = blank();
  info[first] = `编制单位：${ds.entity.name}`;
  info[width - 1] = unitLine(o.unit);
  rows.push(info);
  if (o.extra) rows.push(blank());
  const h = headerRows(paths, o.merged, rows.length);
  rows.push(...h.rows);
  merges.push(...h.merges);
  const body: Cell[][] = [];
  const total = data.find((r) => r.code === 'total');
  const items = data.filter((r) => r.code !== 'total');
  const line = (label: Cell[], cells: Record<string, Fen | null>): Cell[] => {
    const row = blank();
    label.forEach((v, i) => {
      row[first + i] = v;
    });
    cols.forEach((c, i) => {
      row[amountAt + i] = amount(cells[c.id], o.unit);
    });
    return row;
  };
  const totalLine = total && line(['合计'], total.cells);
  for (const r of items) {
    let label: Cell[];
    if (o.split) {
      const [lei, kuan, xiang] = [r.code.slice(0, 3), r.code.slice(3, 5), r.code.slice(5, 7)];
      label =
        o.split === 'full'
          ? [lei, kuan, xiang, r.name]
          : r.code.length === 3
            ? [lei, null, null, r.name]
            : r.code.length === 5
              ? [null, kuan, null, r.name]
              : [null, null, xiang, r.name];
    } else label = [r.code, r.name];
    body.push(line(label, r.cells));
    if (o.extra && body.length % 3 === 2) body.push(blank());
  }
  const bodyTop = rows.length;
  if (totalLine && !o.totalAtBottom) body.unshift(totalLine);
  if (totalLine && o.totalAtBottom) body.push(totalLine);
  rows.push(...body);
  const totalRow = totalLine ? bodyTop + body.indexOf(totalLine) : -1;
  if (totalRow >= 0 && o.merged) merges.push([totalRow, first, totalRow, first + lead.length - 1]);
  if (o.extra) rows.push(blank(), blank());
  const note = blank();
  note[first] = `注：${def.note}`;
  rows.push(note);
  return { name: o.sheet, rows, merges };
}
