/**
 * @module T08 一般公共预算财政拨款基本支出决算表 as two side-by-side panels: 人员经费 (经济分类 301
 * 工资福利支出 and 303 对个人和家庭的补助) | 公用经费 (302, 310 and the other 类), each {科目编码,
 * 科目名称, 决算数}, with the footer 人员经费合计 | 公用经费合计.
 */
import { catalogFor } from '../../catalog/classification/index.ts';
import type { TableDef } from '../../catalog/tables/types.ts';
import type { Dataset, TableRow } from '../../model/types.ts';
import type { BodyCell, BodyRow, HeaderCell } from '../types.ts';
import { type AmountFormat, amountCell, labelCell, padCells, textCell } from './cells.ts';
import { panelHeader } from './header.ts';

const PERSONNEL_LEI = ['301', '303'];
const COLUMN = 'amount';

/** Whether an economic code belongs to the 人员经费 panel (301, 303 and their 款). */
export function isPersonnelCode(code: string): boolean {
  return PERSONNEL_LEI.includes(code.slice(0, 3));
}

/** Header, 栏次 and body of T08. */
export function t08Layout(
  ds: Dataset,
  def: TableDef,
  format: AmountFormat,
): { header: HeaderCell[][]; columnNumbers: string[]; body: BodyRow[] } {
  const rows = ds.tables[def.id]?.rows ?? [];
  const catalog = catalogFor('economic', ds.entity.year);
  const coded = rows
    .filter((r) => /^\d{3}(\d{2})?$/.test(r.code))
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const left = coded.filter((r) => isPersonnelCode(r.code));
  const right = coded.filter((r) => !isPersonnelCode(r.code));
  const panel = (row: TableRow | undefined): BodyCell[] =>
    row === undefined
      ? padCells(3)
      : [
          textCell(row.code),
          labelCell(row.name !== '' ? row.name : (catalog.get(row.code)?.name ?? '')),
          amountCell(def.id, row, row.code, COLUMN, format),
        ];
  const body: BodyRow[] = Array.from({ length: Math.max(left.length, right.length) }, (_, i) => ({
    kind: 'data',
    cells: [...panel(left[i]), ...panel(right[i])],
  }));
  const footer = (key: string, label: string): BodyCell[] => [
    labelCell(label, 2),
    amountCell(
      def.id,
      rows.find((r) => r.code === key),
      key,
      COLUMN,
      format,
    ),
  ];
  body.push({
    kind: 'total',
    cells: [...footer('total.personnel', '人员经费合计'), ...footer('total.public', '公用经费合计')],
  });
  const labels = ['科目编码', '科目名称', '决算数'];
  return {
    header: panelHeader([
      { caption: '人员经费', labels },
      { caption: '公用经费', labels },
    ]),
    columnNumbers: ['栏次', '', '1', '栏次', '', '2'],
    body,
  };
}
