/**
 * @module The body of a coded table (支出功能分类 类/款/项 or 经济分类 类/款 rows, and the 合计 row
 * wherever it is): code from its column(s), name, amounts in fen; blank and note rows skipped;
 * duplicate and malformed codes reported with their cells.
 */
import type { TableDef } from '../../catalog/tables/types.ts';
import type { TableRow } from '../../model/types.ts';
import type { Fen, Unit } from '../../money/index.ts';
import { amountOf } from './amounts.ts';
import { codeText, joinSplit, type SplitState, splitCodeAndName, validCode } from './codes.ts';
import type { Header, HeaderColumn } from './header.ts';
import { isNumbersRow } from './header.ts';
import {
  attempt,
  fail,
  mapCell,
  normAt,
  placeAt,
  rawCell,
  rowCount,
  type SheetCtx,
  textAt,
} from './sheet-ctx.ts';
import { isNoteText, isTotalLabel, norm } from './text.ts';

const TOTAL = 'total';

/** Reads the amount cells of a row into `cells`, mapping each; true when any is not blank. */
export function readAmounts(
  ctx: SheetCtx,
  def: TableDef,
  r: number,
  key: string,
  columns: readonly HeaderColumn[],
  unit: Unit,
  cells: Record<string, Fen | null>,
): boolean {
  let any = false;
  for (const h of columns) {
    if (h.column === undefined) continue;
    const v = attempt(ctx, () => amountOf(rawCell(ctx, r, h.col), unit, placeAt(ctx, r, h.col)));
    cells[h.column] = v ?? null;
    if (v !== null && v !== undefined) any = true;
    if (v === undefined) any = true; // a bad cell is not a blank one
    mapCell(ctx, def.id, key, h.column, r, h.col);
  }
  return any;
}

/** Whether every cell of a row within the given columns is empty. */
export function rowIsEmpty(ctx: SheetCtx, r: number, cols: readonly number[]): boolean {
  return cols.every((c) => textAt(ctx, r, c) === '' && rawCell(ctx, r, c) === undefined);
}

/** The first non-empty normalised text of a row. */
export function firstText(ctx: SheetCtx, r: number): string {
  for (let c = 0; c < ctx.sheet.width; c++) {
    const t = normAt(ctx, r, c);
    if (t !== '') return t;
  }
  return '';
}

type Lead = { code?: number; lei?: number; kuan?: number; xiang?: number; name?: number };

function leadColumns(header: Header): Lead {
  const lead: Lead = {};
  for (const h of header.columns) {
    if (h.role === 'code' && lead.code === undefined) lead.code = h.col;
    if (h.role === 'lei' && lead.lei === undefined) lead.lei = h.col;
    if (h.role === 'kuan' && lead.kuan === undefined) lead.kuan = h.col;
    if (h.role === 'xiang' && lead.xiang === undefined) lead.xiang = h.col;
    if (h.role === 'name' && lead.name === undefined) lead.name = h.col;
  }
  const label = header.columns.find((h) => h.role === 'label')?.col;
  if (lead.name === undefined && label !== undefined) lead.name = label;
  return lead;
}

/** Reads the rows of a functional or economic table. */
export function readCoded(ctx: SheetCtx, def: TableDef, header: Header, unit: Unit): TableRow[] {
  const keying = def.keying === 'economic' ? 'economic' : 'functional';
  const lead = leadColumns(header);
  const amountCols = header.columns.filter((h) => h.role === 'amount');
  const used = [...header.columns.map((h) => h.col)];
  const split: SplitState = { lei: '', kuan: '' };
  const rows: TableRow[] = [];
  const seen = new Map<string, string>();
  const firstLead = [lead.code, lead.lei, lead.name].find((c) => c !== undefined) ?? amountCols[0]?.col ?? 0;
  for (let r = header.bodyStart; r < rowCount(ctx); r++) {
    if (rowIsEmpty(ctx, r, used)) continue;
    const first = firstText(ctx, r);
    const noAmounts = amountCols.every((h) => rawCell(ctx, r, h.col) === undefined);
    if (isNoteText(first) && noAmounts) continue;
    if (isNumbersRow(ctx, r)) continue;
    let code = '';
    let name = lead.name !== undefined ? textAt(ctx, r, lead.name) : '';
    let codeCol = firstLead;
    if (lead.lei !== undefined) {
      const at = (c: number | undefined, pad: boolean) =>
        c === undefined ? '' : codeText(rawCell(ctx, r, c), pad);
      const leiText = at(lead.lei, false);
      const joined = isTotalLabel(norm(leiText))
        ? ''
        : joinSplit(leiText, at(lead.kuan, true), at(lead.xiang, true), split);
      codeCol = lead.lei;
      if (joined === undefined) {
        fail(
          ctx,
          r,
          lead.lei,
          `类|款|项编码“${[leiText, at(lead.kuan, true), at(lead.xiang, true)].join('|')}”不是有效的科目编码`,
        );
        continue;
      }
      code = joined;
      if (isTotalLabel(norm(leiText))) name = name || leiText;
    } else if (lead.code !== undefined) {
      const text = codeText(rawCell(ctx, r, lead.code)) || textAt(ctx, r, lead.code);
      const parts = splitCodeAndName(text);
      code = parts.code;
      if (name === '' && parts.name !== '') name = parts.name;
      codeCol = lead.code;
    } else if (name !== '') {
      const parts = splitCodeAndName(name);
      if (/^\d+$/.test(parts.code)) [code, name] = [parts.code, parts.name];
    }
    let key: string;
    if (code !== '' && /^\d+$/.test(code)) {
      if (!validCode(code, keying)) {
        fail(
          ctx,
          r,
          codeCol,
          `科目编码“${code}”位数不对（${keying === 'functional' ? '功能分类应为3、5或7位' : '经济分类应为3或5位'}数字）`,
        );
        continue;
      }
      key = code;
    } else if (isTotalLabel(norm(code)) || (code === '' && isTotalLabel(norm(name)))) {
      key = TOTAL;
      name = '合计';
    } else if (code !== '' && noAmounts) {
      continue; // a note or sub-heading line under or inside the table
    } else if (code !== '') {
      fail(ctx, r, codeCol, `科目编码“${code}”不是有效的编码（应为数字）`);
      continue;
    } else {
      const cells: Record<string, Fen | null> = {};
      const errorsBefore = ctx.errors.length;
      if (!readAmounts(ctx, def, r, '', amountCols, unit, cells) && ctx.errors.length === errorsBefore)
        continue;
      ctx.errors.length = errorsBefore;
      fail(
        ctx,
        r,
        lead.name ?? codeCol,
        `这一行有金额，但没有科目编码${name !== '' ? `（名称“${name}”）` : ''}`,
      );
      continue;
    }
    const where = placeAt(ctx, r, codeCol).cell;
    const previous = seen.get(key);
    if (previous !== undefined) {
      fail(ctx, r, codeCol, `${key === TOTAL ? '合计行' : `科目编码“${key}”`}重复（首次出现在 ${previous}）`);
      continue;
    }
    seen.set(key, where);
    const cells: Record<string, Fen | null> = {};
    readAmounts(ctx, def, r, key, amountCols, unit, cells);
    mapCell(ctx, def.id, key, undefined, r, lead.name ?? codeCol);
    rows.push({ code: key, name: name.trim(), cells, source: `${ctx.sheet.name}!${where}` });
  }
  return rows;
}
