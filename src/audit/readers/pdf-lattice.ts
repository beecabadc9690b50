/**
 * @module Ruled tables of a PDF page: the rules are joined into connected grids; the grid's distinct x
 * and y positions give columns and rows; where a rule between two grid cells is missing the cells are
 * merged (colspan/rowspan). Each text item goes to the cell holding its centre; a merged cell's text is
 * in its first slot, the slots it covers are blank — as the audit expects.
 */
import { withoutColumnNumbers } from './layout.ts';
import { cellTextOf, type Item } from './pdf-lines.ts';
import type { Rule, Rules } from './pdf-rules.ts';

/** A table found on a page: its rows, its box and the items it consumed. */
export type PageTable = {
  readonly top: number;
  readonly bottom: number;
  readonly rows: string[][];
  readonly used: ReadonlySet<Item>;
};

const TOL = 2.5;

/** Rules on one line merged where they touch or overlap. */
function merge(rules: readonly Rule[], horizontal: boolean): Rule[] {
  const pos = (r: Rule) => (horizontal ? r.y0 : r.x0);
  const lo = (r: Rule) => (horizontal ? r.x0 : r.y0);
  const hi = (r: Rule) => (horizontal ? r.x1 : r.y1);
  const sorted = [...rules].sort((a, b) => pos(a) - pos(b) || lo(a) - lo(b));
  const out: Rule[] = [];
  const groups: Rule[][] = [];
  for (const r of sorted) {
    const g = groups[groups.length - 1];
    if (g && Math.abs(pos(g[0]!) - pos(r)) <= 1) g.push(r);
    else groups.push([r]);
  }
  for (const g of groups) {
    const at = pos(g[0]!);
    const spans = g.map((r) => [lo(r), hi(r)] as [number, number]).sort((a, b) => a[0] - b[0]);
    let [s, e] = spans[0]!;
    const push = () =>
      out.push(horizontal ? { x0: s, x1: e, y0: at, y1: at } : { x0: at, x1: at, y0: s, y1: e });
    for (const [a, b] of spans.slice(1)) {
      if (a <= e + TOL) e = Math.max(e, b);
      else {
        push();
        [s, e] = [a, b];
      }
    }
    push();
  }
  return out;
}

/** Distinct positions (clustered within TOL), ascending. */
function positions(values: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  for (const v of sorted) if (out.length === 0 || v - out[out.length - 1]! > TOL) out.push(v);
  return out;
}

function find(parent: number[], i: number): number {
  let r = i;
  while (parent[r] !== r) r = parent[r]!;
  parent[i] = r;
  return r;
}

/** Connected groups of horizontal and vertical rules. */
function components(h: readonly Rule[], v: readonly Rule[]): { h: Rule[]; v: Rule[] }[] {
  const parent = Array.from({ length: h.length + v.length }, (_, i) => i);
  for (let i = 0; i < h.length; i += 1)
    for (let j = 0; j < v.length; j += 1) {
      const a = h[i]!;
      const b = v[j]!;
      if (b.x0 >= a.x0 - TOL && b.x0 <= a.x1 + TOL && a.y0 >= b.y0 - TOL && a.y0 <= b.y1 + TOL)
        parent[find(parent, i)] = find(parent, h.length + j);
    }
  const groups = new Map<number, { h: Rule[]; v: Rule[] }>();
  const at = (i: number) => {
    const root = find(parent, i);
    if (!groups.has(root)) groups.set(root, { h: [], v: [] });
    return groups.get(root)!;
  };
  for (const [i, r] of h.entries()) at(i).h.push(r);
  for (const [j, r] of v.entries()) at(h.length + j).v.push(r);
  return [...groups.values()];
}

/** One grid's table, or undefined when it is not a table (a frame, a box without text). */
function gridTable(g: { h: Rule[]; v: Rule[] }, items: readonly Item[]): PageTable | undefined {
  const xs = positions(g.v.map((r) => r.x0));
  const ys = positions(g.h.map((r) => r.y0)).reverse();
  const cols = xs.length - 1;
  const rows = ys.length - 1;
  if (cols < 2 || rows < 1) return undefined;
  const hasV = (j: number, i: number) => {
    const mid = (ys[i]! + ys[i + 1]!) / 2;
    return g.v.some((r) => Math.abs(r.x0 - xs[j]!) <= TOL && r.y0 <= mid && r.y1 >= mid);
  };
  const hasH = (i: number, j: number) => {
    const mid = (xs[j]! + xs[j + 1]!) / 2;
    return g.h.some((r) => Math.abs(r.y0 - ys[i]!) <= TOL && r.x0 <= mid && r.x1 >= mid);
  };
  const parent = Array.from({ length: rows * cols }, (_, k) => k);
  const union = (a: number, b: number) => {
    const [ra, rb] = [find(parent, a), find(parent, b)];
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  for (let i = 0; i < rows; i += 1)
    for (let j = 0; j < cols; j += 1) {
      if (j + 1 < cols && !hasV(j + 1, i)) union(i * cols + j, i * cols + j + 1);
      if (i + 1 < rows && !hasH(i + 1, j)) union(i * cols + j, (i + 1) * cols + j);
    }
  const [left, right, top, bottom] = [xs[0]!, xs[cols]!, ys[0]!, ys[rows]!];
  const byCell = new Map<number, Item[]>();
  const used = new Set<Item>();
  for (const it of items) {
    const cx = it.x + it.w / 2;
    const cy = it.y + it.size * 0.35;
    if (cx < left || cx > right || cy > top || cy < bottom) continue;
    const j = Math.min(
      cols - 1,
      Math.max(
        0,
        xs.findIndex((x, k) => k < cols && cx >= x && cx < xs[k + 1]!),
      ),
    );
    const i = Math.min(
      rows - 1,
      Math.max(
        0,
        ys.findIndex((y, k) => k < rows && cy <= y && cy > ys[k + 1]!),
      ),
    );
    const root = find(parent, i * cols + j);
    byCell.set(root, [...(byCell.get(root) ?? []), it]);
    used.add(it);
  }
  if (used.size === 0) return undefined;
  const grid = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => {
      const k = i * cols + j;
      return find(parent, k) === k ? cellTextOf(byCell.get(k) ?? []) : '';
    }),
  );
  const filledCols = Array.from({ length: cols }, (_, j) => grid.some((r) => r[j] !== ''));
  const table = grid.map((r) => r.filter((_, j) => filledCols[j])).filter((r) => r.some((c) => c !== ''));
  if (table.length === 0 || Math.max(...table.map((r) => r.length)) < 2) return undefined;
  return { top, bottom, rows: withoutColumnNumbers(table), used };
}

/** The ruled tables of a page, top to bottom. */
export function latticeTables(rules: Rules, items: readonly Item[]): PageTable[] {
  const tables: PageTable[] = [];
  for (const g of components(merge(rules.h, true), merge(rules.v, false))) {
    if (g.h.length < 2 || g.v.length < 2) continue;
    const t = gridTable(g, items);
    if (t) tables.push(t);
  }
  return tables.sort((a, b) => b.top - a.top);
}
