/**
 * @module Header rows of the 附表 with merged cells: the column `groups` of a table definition become
 * cells spanning the columns below them (e.g. 本年支出 over 小计/基本支出/项目支出), a column without a
 * group spans down to the last header row. Cells covered by a span are omitted from later rows.
 */
import type { ColumnDef } from '../../catalog/tables/types.ts';
import type { HeaderCell } from '../types.ts';

/** Leading label columns (e.g. 科目编码 | 科目名称), optionally under one group cell (e.g. 项目). */
export type LeadColumns = { readonly labels: readonly string[]; readonly group?: string };

function cell(text: string, colSpan: number, rowSpan: number): HeaderCell {
  return {
    text,
    ...(colSpan > 1 ? { colSpan } : {}),
    ...(rowSpan > 1 ? { rowSpan } : {}),
  };
}

function samePrefix(a: ColumnDef, b: ColumnDef, depth: number): boolean {
  const ga = a.groups ?? [];
  const gb = b.groups ?? [];
  if (ga.length <= depth || gb.length <= depth) return false;
  for (let i = 0; i <= depth; i++) if (ga[i] !== gb[i]) return false;
  return true;
}

/** Header rows for lead columns followed by amount columns whose `groups` form the merged cells above them. */
export function groupedHeader(lead: LeadColumns, columns: readonly ColumnDef[]): HeaderCell[][] {
  const groupDepth = Math.max(0, ...columns.map((c) => c.groups?.length ?? 0));
  const depth = Math.max(groupDepth + 1, lead.group !== undefined ? 2 : 1);
  const rows: HeaderCell[][] = Array.from({ length: depth }, () => []);
  if (lead.group !== undefined) {
    rows[0]!.push(cell(lead.group, lead.labels.length, depth - 1));
    for (const label of lead.labels) rows[depth - 1]!.push(cell(label, 1, 1));
  } else {
    for (const label of lead.labels) rows[0]!.push(cell(label, 1, depth));
  }
  for (let r = 0; r < depth; r++) {
    for (let i = 0; i < columns.length; i++) {
      const col = columns[i]!;
      const groups = col.groups ?? [];
      if (groups.length === r) {
        rows[r]!.push(cell(col.label, 1, depth - r));
      } else if (groups.length > r && (i === 0 || !samePrefix(columns[i - 1]!, col, r))) {
        let span = 1;
        while (i + span < columns.length && samePrefix(col, columns[i + span]!, r)) span++;
        rows[r]!.push(cell(groups[r]!, span, 1));
      }
    }
  }
  return rows;
}

/** Two side-by-side panels, each under its own caption, e.g. 收入{项目, 决算数} | 支出{项目, 决算数}. */
export function panelHeader(
  panels: readonly { readonly caption: string; readonly labels: readonly string[] }[],
): HeaderCell[][] {
  return [
    panels.map((p) => cell(p.caption, p.labels.length, 1)),
    panels.flatMap((p) => p.labels.map((l) => cell(l, 1, 1))),
  ];
}

/** The 栏次 row: '栏次' over the first label column, '' over further label columns, then 1, 2, … */
export function columnNumbers(leadCount: number, amountCount: number, start = 1): string[] {
  return [
    ...Array.from({ length: leadCount }, (_, i) => (i === 0 ? '栏次' : '')),
    ...Array.from({ length: amountCount }, (_, i) => String(start + i)),
  ];
}
