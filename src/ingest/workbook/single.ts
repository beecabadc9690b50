/**
 * @module T13 财政拨款“三公”经费支出决算表: one data row under 预算数 {…} | 决算数 {…} (or six
 * 预算数/决算数 pairs) column blocks; or the transposed layout, one row per 三公 item under 预算数 and
 * 决算数 columns.
 */
import type { TableDef } from '../../catalog/tables/types.ts';
import type { TableRow } from '../../model/types.ts';
import type { Fen, Unit } from '../../money/index.ts';
import { amountOf } from './amounts.ts';
import { firstText, readAmounts, rowIsEmpty } from './coded.ts';
import type { Header } from './header.ts';
import { isNumbersRow } from './header.ts';
import { attempt, fail, mapCell, placeAt, rawCell, rowCount, type SheetCtx, textAt } from './sheet-ctx.ts';
import { headerForm, isNoteText, isTotalLabel, norm, stripNumbering } from './text.ts';

const ROW = 'amount';

const ITEMS: readonly [RegExp, string][] = [
  [/^因公出国\(境\)费$/u, 'abroad'],
  [/^公务用车购置及运行费$/u, 'vehicle'],
  [/^公务用车购置费$/u, 'vehiclePurchase'],
  [/^公务用车运行费$/u, 'vehicleOperation'],
  [/^公务接待费$/u, 'reception'],
];

function itemOf(label: string): string | undefined {
  const s = headerForm(stripNumbering(norm(label)));
  if (isTotalLabel(s)) return 'total';
  return ITEMS.find(([re]) => re.test(s))?.[1];
}

function readTransposed(ctx: SheetCtx, def: TableDef, header: Header, unit: Unit): TableRow[] {
  const block = (word: string) =>
    header.columns.find((h) => h.role !== 'amount' && h.path.includes(word))?.col;
  const budget = block('预算数');
  const actual = block('决算数');
  const label = header.columns.find((h) => h.role === 'label' || h.role === 'name')?.col ?? 0;
  const cells: Record<string, Fen | null> = {};
  let found = false;
  for (let r = header.bodyStart; r < rowCount(ctx); r++) {
    const text = textAt(ctx, r, label);
    if (text === '' || isNoteText(norm(text))) continue;
    const item = itemOf(text);
    if (item === undefined) {
      fail(ctx, r, label, `无法识别的“三公”经费项目“${text}”`);
      continue;
    }
    found = true;
    for (const [col, prefix] of [
      [budget, 'budget'],
      [actual, 'actual'],
    ] as const) {
      if (col === undefined) continue;
      const id = `${prefix}.${item}`;
      cells[id] = attempt(ctx, () => amountOf(rawCell(ctx, r, col), unit, placeAt(ctx, r, col))) ?? null;
      mapCell(ctx, def.id, ROW, id, r, col);
    }
    mapCell(ctx, def.id, ROW, undefined, r, label);
  }
  return found ? [{ code: ROW, name: '金额', cells }] : [];
}

/** Reads the single row of T13. */
export function readSingle(ctx: SheetCtx, def: TableDef, header: Header, unit: Unit): TableRow[] {
  const amounts = header.columns.filter((h) => h.role === 'amount');
  if (amounts.length === 0) return readTransposed(ctx, def, header, unit);
  const all = header.columns.map((h) => h.col);
  const label = header.columns.find((h) => h.role === 'label' || h.role === 'name')?.col;
  let row: TableRow | undefined;
  let firstAt = '';
  let firstRow = -1;
  for (let r = header.bodyStart; r < rowCount(ctx); r++) {
    if (rowIsEmpty(ctx, r, all) || isNumbersRow(ctx, r)) continue;
    if (isNoteText(firstText(ctx, r)) && amounts.every((h) => rawCell(ctx, r, h.col) === undefined)) continue;
    const cells: Record<string, Fen | null> = {};
    const before = ctx.errors.length;
    const any = readAmounts(ctx, def, r, ROW, amounts, unit, cells);
    if (row !== undefined) {
      if (any) {
        ctx.errors.length = before;
        fail(ctx, r, amounts[0]!.col, `“三公”经费表只应有一行数据（第一行在 ${firstAt}）`);
      }
      continue;
    }
    const labelText = label === undefined ? '' : textAt(ctx, r, label);
    if (!any && labelText === '') continue;
    firstAt = placeAt(ctx, r, label ?? amounts[0]!.col).cell;
    firstRow = r;
    mapCell(ctx, def.id, ROW, undefined, r, label ?? amounts[0]!.col);
    row = { code: ROW, name: labelText || '金额', cells, source: `${ctx.sheet.name}!${firstAt}` };
  }
  // readAmounts mapped the cells of later rows too; map the data row's cells again.
  if (row !== undefined) for (const h of amounts) mapCell(ctx, def.id, ROW, h.column, firstRow, h.col);
  return row === undefined ? [] : [row];
}
