/**
 * @module Which table a sheet holds, by its title: the longest title or alias of
 * src/catalog/tables/definitions.ts found in the first rows (or in the sheet name), normalised (NFKC,
 * quotes, spaces); the hidden `_juesuan` sheet, when present, only as a hint for sheets whose title
 * says nothing. Also the facts of the title area: 编制单位, the 单位 line (万元 or 元) and the year.
 */
import { TABLES } from '../../catalog/tables/definitions.ts';
import { TABLE_IDS, type TableId } from '../../catalog/tables/types.ts';
import type { Unit } from '../../money/index.ts';
import { type Book, cellText, type Sheet } from './grid.ts';
import { normAt, type SheetCtx, textAt } from './sheet-ctx.ts';
import { norm } from './text.ts';

/** The sheet our XLSX writer adds with the layout of each table sheet. */
export const HINT_SHEET = '_juesuan';
const TITLE_ROWS = 12;

const ALIASES: readonly { table: TableId; alias: string }[] = TABLE_IDS.flatMap((table) =>
  [TABLES[table].title, ...TABLES[table].aliases].map((a) => ({ table, alias: norm(a) })),
).sort((a, b) => b.alias.length - a.alias.length);

/** The table a text names (longest alias contained in it), with the alias length. */
export function tableNamedIn(text: string): { table: TableId; length: number } | undefined {
  const t = norm(text);
  if (t === '') return undefined;
  const hit = ALIASES.find((a) => t.includes(a.alias));
  return hit === undefined ? undefined : { table: hit.table, length: hit.alias.length };
}

export type Located = {
  readonly sheet: Sheet;
  readonly table: TableId;
  /** Row and column of the title cell (-1 when the sheet name or the hint named the table). */
  readonly row: number;
  readonly col: number;
};

/** The hints of a `_juesuan` sheet: table by sheet name, and the profile. */
export type Hint = { readonly tables: ReadonlyMap<string, TableId>; readonly profile?: string };

/** Reads the `_juesuan` sheet tolerantly ('table' | sheet | Txx rows, a 'profile' row). */
export function readHint(book: Book): Hint {
  const sheet = book.sheets.find((s) => s.name === HINT_SHEET);
  const tables = new Map<string, TableId>();
  let profile: string | undefined;
  for (const row of sheet?.rows ?? []) {
    const [a, b, c] = [cellText(row[0]), cellText(row[1]), cellText(row[2])];
    if (a === 'table' && (TABLE_IDS as readonly string[]).includes(c)) tables.set(b, c as TableId);
    if (a === 'profile' && b !== '') profile = b;
  }
  return profile === undefined ? { tables } : { tables, profile };
}

/** The table of a sheet, or undefined when neither its title, its name nor the hint names one. */
export function locate(ctx: SheetCtx, hint: Hint): Located | undefined {
  const sheet = ctx.sheet;
  let best: { table: TableId; length: number; row: number; col: number } | undefined;
  const last = Math.min(sheet.rows.length, TITLE_ROWS);
  for (let r = 0; r < last; r++) {
    for (let c = 0; c < sheet.width; c++) {
      const hit = tableNamedIn(textAt(ctx, r, c));
      if (hit !== undefined && (best === undefined || hit.length > best.length))
        best = { ...hit, row: r, col: c };
    }
  }
  if (best !== undefined) return { sheet, table: best.table, row: best.row, col: best.col };
  const byName = tableNamedIn(sheet.name);
  if (byName !== undefined) return { sheet, table: byName.table, row: -1, col: -1 };
  const hinted = hint.tables.get(sheet.name);
  return hinted === undefined ? undefined : { sheet, table: hinted, row: -1, col: -1 };
}

/** What the rows above a header say: 编制单位, the unit and the year, with the unit's cell. */
export type TitleFacts = {
  readonly entity?: string;
  readonly unit?: Unit;
  readonly unitCell?: { row: number; col: number };
  readonly badUnit?: { text: string; row: number; col: number };
  readonly year?: number;
};

const UNIT = /(?<![编制填报送部门预算])(?:金额)?单位[:：]\s*(万元|元|千元|亿元|百万元)(?![\u4e00-\u9fa5])/u;
const ENTITY =
  /(?:编制单位|填报单位|报送单位|预算单位|单位名称|部门名称|部门)[:：]\s*(.+?)(?=\s{2,}|\u3000|(?:金额)?单位[:：]|日期[:：]|$)/u;
const YEAR = /((?:19|20)\d{2})\s*年度?/u;
/** 金额（万元） in a header cell, when no 单位 line says it. */
const UNIT_IN_HEADER = /[(（](万元|元)[)）]\s*$/u;

/** Reads the facts of the title area (rows `from`..`to`-1; from `headerTop` on, only a unit in a header cell). */
export function titleFacts(ctx: SheetCtx, from: number, to: number, headerTop = to): TitleFacts {
  let out: { -readonly [K in keyof TitleFacts]: TitleFacts[K] } = {};
  for (let r = Math.max(0, from); r < to; r++) {
    for (let c = 0; c < ctx.sheet.width; c++) {
      const text = textAt(ctx, r, c).normalize('NFKC');
      if (text === '') continue;
      const u = UNIT.exec(text) ?? (r >= headerTop ? UNIT_IN_HEADER.exec(text) : null);
      if (u && out.unit === undefined && out.badUnit === undefined) {
        if (u[1] === '万元') out = { ...out, unit: 'wanYuan', unitCell: { row: r, col: c } };
        else if (u[1] === '元') out = { ...out, unit: 'yuan', unitCell: { row: r, col: c } };
        else out = { ...out, badUnit: { text: u[1]!, row: r, col: c } };
      }
      if (r >= headerTop) continue;
      const e = ENTITY.exec(text);
      if (e && out.entity === undefined && e[1]!.trim() !== '') out = { ...out, entity: e[1]!.trim() };
      const y = YEAR.exec(normAt(ctx, r, c));
      if (y && out.year === undefined) out = { ...out, year: Number(y[1]) };
    }
  }
  return out;
}
