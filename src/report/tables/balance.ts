/**
 * @module The two-sided balance tables T01 收入支出决算总表 and T04 财政拨款收入支出决算总表:
 * 收入 {项目, 决算数} | 支出 {项目, amounts}. The income items face the 类 rows; below them
 * 本年收入合计 | 本年支出合计, the balance rows side by side and 总计 | 总计, aligned at the bottom.
 */
import { catalogFor } from '../../catalog/classification/index.ts';
import type { ColumnDef, FixedRowDef, TableDef } from '../../catalog/tables/types.ts';
import type { Dataset, TableRow } from '../../model/types.ts';
import type { BodyCell, BodyRow, HeaderCell } from '../types.ts';
import { type AmountFormat, amountCell, labelCell, padCells } from './cells.ts';
import { panelHeader } from './header.ts';

type Side = 'income' | 'expenditure';

/** One printed line of a side: a label, the row key and whether it is a total line. */
type Line = { readonly label: string; readonly key: string; readonly total: boolean };

/** The lines of one side split into the items, the 本年合计 line, the balance lines and the 总计 line. */
type SideLines = {
  readonly items: Line[];
  readonly total?: Line;
  readonly middle: Line[];
  readonly grand?: Line;
};

function sideColumns(def: TableDef, side: Side): ColumnDef[] {
  return def.columns.filter((c) => c.side === undefined || c.side === side);
}

function splitSide(fixed: readonly FixedRowDef[], leading: Line[]): SideLines {
  const lines: Line[] = fixed.map((r) => ({ label: r.label, key: r.key, total: r.total === true }));
  const first = lines.findIndex((l) => l.total);
  if (first < 0) return { items: [...leading, ...lines], middle: [] };
  const last = lines.findLastIndex((l) => l.total);
  const middle = last > first ? lines.slice(first + 1, last) : lines.slice(first + 1);
  const out: SideLines = { items: [...leading, ...lines.slice(0, first)], total: lines[first]!, middle };
  return last > first ? { ...out, grand: lines[last]! } : out;
}

/** The 类 rows on the expenditure side, in code order, named from the row or else the catalogue. */
function leiLines(ds: Dataset, rows: readonly TableRow[]): Line[] {
  const catalog = catalogFor('functional', ds.entity.year);
  return rows
    .filter((r) => /^\d{3}$/.test(r.code))
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .map((r) => ({
      label: r.name !== '' ? r.name : (catalog.get(r.code)?.name ?? r.code),
      key: r.code,
      total: false,
    }));
}

/** Header, 栏次 and body of T01 or T04. */
export function balanceLayout(
  ds: Dataset,
  def: TableDef,
  format: AmountFormat,
): { header: HeaderCell[][]; columnNumbers: string[]; body: BodyRow[] } {
  const rows = ds.tables[def.id]?.rows ?? [];
  const byKey = new Map(rows.map((r) => [r.code, r]));
  const cols: Record<Side, ColumnDef[]> = {
    income: sideColumns(def, 'income'),
    expenditure: sideColumns(def, 'expenditure'),
  };
  const fixed = def.fixedRows ?? [];
  const sides: Record<Side, SideLines> = {
    income: splitSide(
      fixed.filter((r) => r.side === 'income'),
      [],
    ),
    expenditure: splitSide(
      fixed.filter((r) => r.side === 'expenditure'),
      leiLines(ds, rows),
    ),
  };
  const cellsOf = (side: Side, line: Line | undefined): BodyCell[] =>
    line === undefined
      ? padCells(1 + cols[side].length)
      : [
          labelCell(line.label),
          ...cols[side].map((c) => amountCell(def.id, byKey.get(line.key), line.key, c.id, format)),
        ];
  const pair = (inc: readonly (Line | undefined)[], exp: readonly (Line | undefined)[]): BodyRow[] =>
    Array.from({ length: Math.max(inc.length, exp.length) }, (_, i) => ({
      kind: inc[i]?.total === true || exp[i]?.total === true ? 'total' : 'data',
      cells: [...cellsOf('income', inc[i]), ...cellsOf('expenditure', exp[i])],
    }));
  const { income: inc, expenditure: exp } = sides;
  const body = [
    ...pair(inc.items, exp.items),
    ...(inc.total !== undefined || exp.total !== undefined ? pair([inc.total], [exp.total]) : []),
    ...pair(inc.middle, exp.middle),
    ...(inc.grand !== undefined || exp.grand !== undefined ? pair([inc.grand], [exp.grand]) : []),
  ];
  const header = panelHeader([
    { caption: '收入', labels: ['项目', ...cols.income.map((c) => c.label)] },
    { caption: '支出', labels: ['项目', ...cols.expenditure.map((c) => c.label)] },
  ]);
  const n = cols.income.length;
  const columnNumbers = [
    '栏次',
    ...cols.income.map((_, i) => String(i + 1)),
    '栏次',
    ...cols.expenditure.map((_, i) => String(n + i + 1)),
  ];
  return { header, columnNumbers, body };
}
