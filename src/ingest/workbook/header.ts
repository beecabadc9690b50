/**
 * @module The header of a table on a sheet, found by its text, never by position: the header rows
 * (from the first row naming a column to the 栏次 row or the first data row), the header texts over
 * every column (merged ranges repeated; in files without merges, a group label carried right under its
 * parent), and what each column is: an amount column of the definition (by its label and group labels),
 * 科目编码 (one column, or split 类|款|项), 科目名称 / 项目, 行次, or unknown. Side-by-side layouts
 * (收入|支出, 人员经费|公用经费) are split into panels.
 */
import type { ColumnDef, TableDef } from '../../catalog/tables/types.ts';
import { ImportError } from './errors.ts';
import { placeOf } from './grid.ts';
import { normAt, rawCell, rowCount, type SheetCtx } from './sheet-ctx.ts';
import { headerForm, isNoteText, isTotalLabel, norm, stripNumbering } from './text.ts';

export type Role = 'amount' | 'code' | 'lei' | 'kuan' | 'xiang' | 'name' | 'label' | 'lineNo' | 'unknown';

export type HeaderColumn = {
  readonly col: number;
  /** Header texts over the column, top to bottom, normalised, in the definitions' wording. */
  readonly path: readonly string[];
  readonly role: Role;
  /** The column id of an amount column. */
  readonly column?: string;
  /** 0-based panel of a side-by-side layout. */
  readonly panel: number;
};

export type Header = {
  readonly top: number;
  /** Last header row (inclusive). */
  readonly bottom: number;
  /** First row after the header (and after the 栏次 row). */
  readonly bodyStart: number;
  readonly columns: readonly HeaderColumn[];
};

const LEAD_WORDS = [
  '项目',
  '科目编码',
  '科目名称',
  '栏次',
  '行次',
  '收入',
  '支出',
  '类',
  '款',
  '项',
  '编码',
  '名称',
  '人员经费',
  '公用经费',
  '预算数',
  '决算数',
];
/** Header words over the label columns, where a body row's 合计 or fixed label stands. */
const LEAD_COL_WORDS = ['项目', '科目编码', '科目名称', '类', '款', '项', '编码', '名称'];
const MAX_HEADER_ROWS = 6;
const CODE_TEXT = /^\d{3}(\d{2}){0,2}$/;
const AMOUNT_TEXT = /^[-+(]?[\d,]+(\.\d+)?\)?$/;

function keywords(def: TableDef): Set<string> {
  const out = new Set(LEAD_WORDS);
  for (const c of def.columns) {
    out.add(headerForm(norm(c.label)));
    for (const g of c.groups ?? []) out.add(headerForm(norm(g)));
  }
  return out;
}

function rowTexts(ctx: SheetCtx, r: number): string[] {
  return Array.from({ length: ctx.sheet.width }, (_, c) => normAt(ctx, r, c));
}

/** Whether a row is the 栏次 row (or a bare 1, 2, 3 … numbering row). */
export function isNumbersRow(ctx: SheetCtx, r: number): boolean {
  const texts = rowTexts(ctx, r).filter((t) => t !== '');
  if (texts.length === 0) return false;
  if (texts.some((t) => t === '栏次'))
    return texts.every((t) => t === '栏次' || t === '行次' || /^\d{1,2}$/.test(t));
  const nums = texts.map(Number);
  return (
    texts.length >= 2 &&
    texts.every((t) => /^\d{1,2}$/.test(t)) &&
    nums.every((n, i) => i === 0 || n > nums[i - 1]!)
  );
}

function fixedLabels(def: TableDef): Set<string> {
  return new Set((def.fixedRows ?? []).map((f) => stripNumbering(norm(f.label))));
}

function looksLikeBody(ctx: SheetCtx, r: number, fixed: Set<string>, leadCols: ReadonlySet<number>): boolean {
  for (let c = 0; c < ctx.sheet.width; c++) {
    const raw = rawCell(ctx, r, c);
    if (raw?.kind === 'number') return true;
    const t = normAt(ctx, r, c);
    if (t === '') continue;
    if (CODE_TEXT.test(t) || AMOUNT_TEXT.test(t) || isNoteText(t)) return true;
    if (leadCols.has(c) && (isTotalLabel(t) || t === '金额' || fixed.has(stripNumbering(t)))) return true;
  }
  return false;
}

function headerTop(ctx: SheetCtx, def: TableDef, from: number): number {
  const words = keywords(def);
  const last = Math.min(rowCount(ctx), from + 15);
  for (let r = from; r < last; r++) {
    if (rowTexts(ctx, r).some((t) => words.has(headerForm(t)))) return r;
  }
  throw new ImportError(
    placeOf(ctx.book, ctx.sheet),
    `在表“${def.title}”的标题下找不到表头（如“项目”“科目编码”“科目名称”等栏目名称）`,
  );
}

/** Header texts per row and column; without merges, blanks under a parent carry the group text right. */
function headerGrid(ctx: SheetCtx, top: number, bottom: number): string[][] {
  const grid = Array.from({ length: bottom - top + 1 }, (_, i) => rowTexts(ctx, top + i).map(headerForm));
  const merged = ctx.sheet.merges.some((m) => m.top <= bottom && m.bottom >= top);
  if (merged) return grid;
  for (let i = 0; i < grid.length - 1; i++) {
    const row = grid[i]!;
    for (let c = 1; c < row.length; c++) {
      if (row[c] !== '') continue;
      let left = c - 1;
      while (left >= 0 && row[left] === '') left--;
      if (left < 0) continue;
      const sameParent = grid.slice(0, i).every((above) => above[c] === above[left]);
      if (sameParent) row[c] = row[left]!;
    }
  }
  return grid;
}

function leadRole(path: readonly string[]): Role {
  if (path.some((t) => t === '栏次' || t === '行次')) return 'lineNo';
  const last = path.at(-1) ?? '';
  if (last === '类') return 'lei';
  if (last === '款') return 'kuan';
  if (last === '项') return 'xiang';
  if (path.some((t) => /编码|代码|^code$/i.test(t))) return 'code';
  if (path.some((t) => /名称|^name$/i.test(t))) return 'name';
  if (path.some((t) => /项目$|^项目/.test(t))) return 'label';
  return 'unknown';
}

/** The definition column a header path names: by label and groups, the most specific one. */
export function matchColumn(
  path: readonly string[],
  defs: readonly ColumnDef[],
  taken: Set<string>,
): ColumnDef | undefined {
  const has = new Set(path);
  const score = (d: ColumnDef): number => {
    const label = headerForm(norm(d.label));
    if (!has.has(label)) return -1;
    const groups = (d.groups ?? []).map((g) => headerForm(norm(g)));
    return groups.every((g) => has.has(g)) ? 1 + groups.length : -1;
  };
  let best: ColumnDef[] = [];
  let bestScore = 0;
  for (const d of defs) {
    const s = score(d);
    if (s > bestScore) [best, bestScore] = [[d], s];
    else if (s === bestScore && s > 0) best.push(d);
  }
  if (best.length === 0) {
    // Wording a little longer or shorter than the definition's (财政拨款 / 财政拨款收入), when unique.
    const loose = defs.filter((d) => {
      const label = headerForm(norm(d.label));
      return path.some((t) => t.length >= 4 && label.length >= 4 && (t.includes(label) || label.includes(t)));
    });
    best = loose.length === 1 ? loose : [];
  }
  return best.find((d) => !taken.has(d.id)) ?? best[0];
}

export type HeaderOptions = {
  /** Which role starts a new panel: 'label' (收入|支出), 'code' (T08), or none. */
  readonly panelStart?: 'label' | 'code';
  /** The definition columns a panel may hold (balance tables: by side). */
  readonly columnsOf?: (panel: number, path: readonly string[]) => readonly ColumnDef[];
};

/** Finds and reads the header of a table below row `from`. */
export function findHeader(ctx: SheetCtx, def: TableDef, from: number, opts: HeaderOptions = {}): Header {
  const top = headerTop(ctx, def, from);
  const fixed = fixedLabels(def);
  let bottom = top;
  let bodyStart = top + 1;
  const end = Math.min(rowCount(ctx), top + MAX_HEADER_ROWS + 1);
  const leadCols = new Set<number>();
  const addLead = (r: number) =>
    rowTexts(ctx, r).forEach((t, c) => {
      if (LEAD_COL_WORDS.includes(t) || /项目$/.test(t)) leadCols.add(c);
    });
  addLead(top);
  for (let r = top + 1; r <= end; r++) {
    if (r === rowCount(ctx)) {
      bodyStart = r;
      break;
    }
    if (isNumbersRow(ctx, r)) {
      bodyStart = r + 1;
      break;
    }
    if (looksLikeBody(ctx, r, fixed, leadCols)) {
      bodyStart = r;
      break;
    }
    addLead(r);
    bottom = r;
    bodyStart = r + 1;
  }
  const grid = headerGrid(ctx, top, bottom);
  const columns: HeaderColumn[] = [];
  const taken = new Set<string>();
  let panel = 0;
  let panelHasStart = false;
  for (let c = 0; c < ctx.sheet.width; c++) {
    const path = [...new Set(grid.map((row) => row[c] ?? '').filter((t) => t !== ''))];
    if (path.length === 0) continue;
    const lead = leadRole(path);
    const strongLead =
      lead === 'code' || lead === 'lei' || lead === 'kuan' || lead === 'xiang' || lead === 'lineNo';
    const defs = opts.columnsOf ? opts.columnsOf(panel, path) : def.columns;
    const match = strongLead ? undefined : matchColumn(path, defs, taken);
    if (match !== undefined) {
      taken.add(match.id);
      columns.push({ col: c, path, role: 'amount', column: match.id, panel });
      continue;
    }
    const startsPanel =
      (opts.panelStart === 'label' && (lead === 'label' || lead === 'name')) ||
      (opts.panelStart === 'code' && (lead === 'code' || lead === 'lei'));
    if (startsPanel) {
      if (panelHasStart) {
        panel++;
        taken.clear();
      }
      panelHasStart = true;
    }
    columns.push({ col: c, path, role: lead, panel });
  }
  return { top, bottom, bodyStart, columns };
}
