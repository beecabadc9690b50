/**
 * @module T08 一般公共预算财政拨款基本支出决算表: side-by-side panels {科目编码, 科目名称, 决算数}
 * (人员经费 | 公用经费, or more panels), each row of each panel one 经济分类 类/款 keyed by its code,
 * and the footer 人员经费合计 | 公用经费合计 (or a 合计 under a panel captioned 人员经费/公用经费).
 * A single list with the two 合计 lines reads the same way.
 */
import type { TableDef } from '../../catalog/tables/types.ts';
import type { TableRow } from '../../model/types.ts';
import type { Fen, Unit } from '../../money/index.ts';
import { readAmounts, rowIsEmpty } from './coded.ts';
import { codeText, joinSplit, type SplitState, splitCodeAndName, validCode } from './codes.ts';
import type { Header, HeaderColumn } from './header.ts';
import { isNumbersRow } from './header.ts';
import { fail, mapCell, normAt, placeAt, rawCell, rowCount, type SheetCtx, textAt } from './sheet-ctx.ts';
import { isNoteText, isTotalLabel, norm, stripNumbering } from './text.ts';

type Panel = {
  code?: number;
  lei?: number;
  kuan?: number;
  name?: number;
  amounts: HeaderColumn[];
  caption?: 'total.personnel' | 'total.public';
  split: SplitState;
};

function panelsOf(header: Header): Panel[] {
  const ids = [...new Set(header.columns.map((h) => h.panel))];
  return ids.map((p) => {
    const cols = header.columns.filter((h) => h.panel === p);
    const find = (role: HeaderColumn['role']) => cols.find((h) => h.role === role)?.col;
    const paths = cols.flatMap((h) => h.path);
    const caption = paths.includes('人员经费')
      ? 'total.personnel'
      : paths.includes('公用经费')
        ? 'total.public'
        : undefined;
    const panel: Panel = { amounts: cols.filter((h) => h.role === 'amount'), split: { lei: '', kuan: '' } };
    const code = find('code');
    const lei = find('lei');
    const kuan = find('kuan');
    const name = find('name') ?? find('label');
    return {
      ...panel,
      ...(code !== undefined ? { code } : {}),
      ...(lei !== undefined ? { lei } : {}),
      ...(kuan !== undefined ? { kuan } : {}),
      ...(name !== undefined ? { name } : {}),
      ...(caption !== undefined ? { caption } : {}),
    };
  });
}

function totalKey(def: TableDef, text: string, panel: Panel): string | undefined {
  const s = stripNumbering(norm(text));
  const fixed = (def.fixedRows ?? []).find((f) => stripNumbering(norm(f.label)) === s);
  if (fixed !== undefined) return fixed.key;
  return isTotalLabel(s) ? panel.caption : undefined;
}

/** Reads the rows of T08. */
export function readT08(ctx: SheetCtx, def: TableDef, header: Header, unit: Unit): TableRow[] {
  const panels = panelsOf(header).filter((p) => p.amounts.length > 0);
  const seen = new Map<string, string>();
  const rows: TableRow[][] = panels.map(() => []);
  const all = header.columns.map((h) => h.col);
  for (let r = header.bodyStart; r < rowCount(ctx); r++) {
    if (rowIsEmpty(ctx, r, all) || isNumbersRow(ctx, r)) continue;
    for (const [p, panel] of panels.entries()) {
      const codeCol = panel.lei ?? panel.code ?? panel.name ?? panel.amounts[0]!.col;
      const labelCol = panel.name ?? codeCol;
      const first = textAt(ctx, r, codeCol);
      if (isNoteText(normAt(ctx, r, codeCol))) continue;
      let name = panel.name !== undefined ? textAt(ctx, r, panel.name) : '';
      let key = totalKey(def, first, panel) ?? (name !== '' ? totalKey(def, name, panel) : undefined);
      if (key === undefined) {
        let code: string | undefined;
        if (panel.lei !== undefined) {
          const kuan = panel.kuan === undefined ? '' : codeText(rawCell(ctx, r, panel.kuan), true);
          code = joinSplit(codeText(rawCell(ctx, r, panel.lei)), kuan, '', panel.split);
        } else {
          const parts = splitCodeAndName(codeText(rawCell(ctx, r, codeCol)) || first);
          code = parts.code;
          if (name === '') name = parts.name;
        }
        const noAmounts = panel.amounts.every((h) => rawCell(ctx, r, h.col) === undefined);
        if (noAmounts && code !== '' && (code === undefined || !/^\d+$/.test(code))) continue; // a note line
        if (code === undefined || (code !== '' && !validCode(code, 'economic'))) {
          fail(ctx, r, codeCol, `经济分类科目编码“${code ?? first}”不是有效的编码（应为3或5位数字）`);
          continue;
        }
        if (code === '') {
          const cells: Record<string, Fen | null> = {};
          const before = ctx.errors.length;
          const any = readAmounts(ctx, def, r, '', panel.amounts, unit, cells);
          ctx.errors.length = before;
          if (any || name !== '')
            fail(
              ctx,
              r,
              labelCol,
              `这一行${any ? '有金额，' : ''}但没有经济分类科目编码${name !== '' ? `（名称“${name}”）` : ''}`,
            );
          continue;
        }
        key = code;
      }
      const where = placeAt(ctx, r, codeCol).cell;
      const previous = seen.get(key);
      if (previous !== undefined) {
        fail(ctx, r, codeCol, `“${first || key}”重复（首次出现在 ${previous}）`);
        continue;
      }
      seen.set(key, where);
      const cells: Record<string, Fen | null> = {};
      readAmounts(ctx, def, r, key, panel.amounts, unit, cells);
      mapCell(ctx, def.id, key, undefined, r, labelCol);
      const label = /^\d/.test(key) ? name : (def.fixedRows?.find((f) => f.key === key)?.label ?? first);
      rows[p]!.push({ code: key, name: label.trim(), cells, source: `${ctx.sheet.name}!${where}` });
    }
  }
  return rows.flat();
}
