/**
 * @module The two-sided balance tables T01 and T04: 收入 {项目, amounts} | 支出 {项目, amounts} on one
 * row. 收入 items and the total and balance lines are matched to the fixed row keys of the definition by
 * label (with or without their 一、 numbering, first unused match first, so T04's two 一般公共预算财政拨款
 * lines fall in order); 支出 类 lines by 类 name (or a leading code) through the functional catalogue.
 */
import { catalogFor, catalogYears, normaliseName } from '../../catalog/classification/index.ts';
import type { ColumnDef, FixedRowDef, TableDef } from '../../catalog/tables/types.ts';
import type { TableRow } from '../../model/types.ts';
import type { Fen, Unit } from '../../money/index.ts';
import { readAmounts, rowIsEmpty } from './coded.ts';
import type { Header, HeaderColumn } from './header.ts';
import { isNumbersRow } from './header.ts';
import { fail, mapCell, normAt, placeAt, rowCount, type SheetCtx, textAt } from './sheet-ctx.ts';
import { isNoteText, norm, stripNumbering, withoutNumbering } from './text.ts';

type Side = 'income' | 'expenditure';

/** The side a header path names (收入 / 支出), if any. */
export function sideOfPath(path: readonly string[]): Side | undefined {
  if (path.some((t) => /^收入(项目)?$/.test(t))) return 'income';
  if (path.some((t) => /^支出(项目)?$/.test(t))) return 'expenditure';
  return undefined;
}

/** The definition columns of a panel of a balance table. */
export function balanceColumns(def: TableDef, panel: number, path: readonly string[]): ColumnDef[] {
  const side = sideOfPath(path) ?? (panel === 0 ? 'income' : 'expenditure');
  return def.columns.filter((c) => c.side === undefined || c.side === side);
}

let leiNames: Map<string, string> | undefined;

/** 类 code by normalised name, over every catalogue year (the given year's name first). */
function leiByName(name: string, year: number | undefined): string | undefined {
  if (year !== undefined) {
    const hit = catalogFor('functional', year)
      .lei()
      .find((e) => normaliseName(e.name) === name);
    if (hit) return hit.code;
  }
  if (leiNames === undefined) {
    leiNames = new Map();
    for (const y of catalogYears()) {
      for (const e of catalogFor('functional', y).lei()) leiNames.set(normaliseName(e.name), e.code);
    }
  }
  return leiNames.get(name);
}

function matchFixed(
  label: string,
  fixed: readonly FixedRowDef[],
  used: Set<string>,
): FixedRowDef | undefined {
  const s = stripNumbering(norm(label));
  const tiers: ((f: FixedRowDef) => boolean)[] = [
    (f) => stripNumbering(norm(f.label)) === s,
    (f) => {
      const l = stripNumbering(norm(f.label));
      return l.length >= 4 && s.startsWith(l);
    },
  ];
  let usedHit: FixedRowDef | undefined;
  for (const tier of tiers) {
    const hits = fixed.filter(tier);
    const free = hits.find((f) => !used.has(f.key));
    if (free !== undefined) return free;
    usedHit ??= hits[0];
  }
  return usedHit;
}

type Panel = { side: Side; label: number; amounts: HeaderColumn[] };

function panelsOf(header: Header): Panel[] {
  const ids = [...new Set(header.columns.map((h) => h.panel))];
  const out: Panel[] = [];
  for (const p of ids) {
    const cols = header.columns.filter((h) => h.panel === p);
    const label = cols.find((h) => h.role === 'label' || h.role === 'name');
    if (label === undefined) continue;
    const side =
      cols.map((h) => sideOfPath(h.path)).find((s) => s !== undefined) ??
      (out.length === 0 ? 'income' : 'expenditure');
    out.push({ side, label: label.col, amounts: cols.filter((h) => h.role === 'amount') });
  }
  return out;
}

/** Reads the rows of T01 or T04. */
export function readBalance(
  ctx: SheetCtx,
  def: TableDef,
  header: Header,
  unit: Unit,
  year: number | undefined,
): TableRow[] {
  const panels = panelsOf(header);
  const used = new Set<string>();
  const seen = new Map<string, string>();
  const rows: Record<Side, TableRow[]> = { income: [], expenditure: [] };
  const all = header.columns.map((h) => h.col);
  for (let r = header.bodyStart; r < rowCount(ctx); r++) {
    if (rowIsEmpty(ctx, r, all) || isNumbersRow(ctx, r)) continue;
    for (const panel of panels) {
      const label = textAt(ctx, r, panel.label);
      if (label === '' || isNoteText(normAt(ctx, r, panel.label))) continue;
      const fixed = matchFixed(
        label,
        (def.fixedRows ?? []).filter((f) => f.side === panel.side),
        used,
      );
      let key = fixed?.key;
      if (key === undefined && panel.side === 'expenditure') {
        const code = /^(\d{3})(?!\d)/.exec(label.normalize('NFKC').trim())?.[1];
        key = code ?? leiByName(normaliseName(stripNumbering(norm(label))), year);
      }
      const cells: Record<string, Fen | null> = {};
      if (key === undefined) {
        const errorsBefore = ctx.errors.length;
        const any = readAmounts(ctx, def, r, '', panel.amounts, unit, cells);
        ctx.errors.length = errorsBefore;
        if (any) {
          fail(
            ctx,
            r,
            panel.label,
            panel.side === 'income'
              ? `无法识别的收入项目“${label}”`
              : `无法识别的支出项目“${label}”（不是收入支出决算表的固定行，也不是支出功能分类的类名称）`,
          );
        }
        continue;
      }
      const where = placeAt(ctx, r, panel.label).cell;
      const previous = seen.get(key);
      if (previous !== undefined) {
        fail(ctx, r, panel.label, `项目“${label}”重复（首次出现在 ${previous}）`);
        continue;
      }
      seen.set(key, where);
      used.add(key);
      readAmounts(ctx, def, r, key, panel.amounts, unit, cells);
      mapCell(ctx, def.id, key, undefined, r, panel.label);
      rows[panel.side].push({
        code: key,
        name: /^\d/.test(key) ? withoutNumbering(label).replace(/^\d{3}\s*/, '') : label,
        cells,
        source: `${ctx.sheet.name}!${where}`,
      });
    }
  }
  return [...rows.income, ...rows.expenditure];
}
