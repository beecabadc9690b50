/**
 * @module Import a finance-system workbook (or CSV files) into the dataset's tables, in fen, with the
 * place of every figure: each sheet's table found by its title, its header by header text, its rows by
 * code or label; the 编制单位, year, unit and profile read from the workbook. Never throws: every
 * problem is an ImportError naming the file, sheet and cell.
 */
import { TABLES } from '../../catalog/tables/definitions.ts';
import { profileDef } from '../../catalog/tables/profiles.ts';
import type { TableId } from '../../catalog/tables/types.ts';
import type { TableData, TableRow } from '../../model/types.ts';
import type { Unit } from '../../money/index.ts';
import { balanceColumns, readBalance } from './balance.ts';
import { readCoded } from './coded.ts';
import { a1, ImportError } from './errors.ts';
import { type Book, DEFAULT_LIMITS, type Limits, placeOf, type SourceKind } from './grid.ts';
import { findHeader, type Header, type HeaderOptions } from './header.ts';
import { HINT_SHEET, type Located, locate, readHint, type TitleFacts, titleFacts } from './locate.ts';
import { type CellMapping, emptyMapping } from './mapping.ts';
import { readBookBytes, readBookPath } from './open.ts';
import { chooseProfile } from './profile.ts';
import { fail, type SheetCtx, sheetCtx } from './sheet-ctx.ts';
import { readSingle } from './single.ts';
import { readT08 } from './t08.ts';

export type ImportOptions = {
  readonly limits?: Partial<Limits>;
  /** The year when the workbook does not state it (or to override it). */
  readonly year?: number;
  /** The profile; otherwise the `_juesuan` hint, else detected from the tables present. */
  readonly profile?: string;
};

export type Imported = {
  readonly file: string;
  readonly kind: SourceKind;
  readonly tables: Partial<Record<TableId, TableData>>;
  /** Where each figure, row and table is in the workbook. */
  readonly mapping: CellMapping;
  readonly entityName?: string;
  readonly year?: number;
  /** 元 when every table was stated in 元 (exact to the fen), else 万元. */
  readonly unit: Unit;
  readonly profile: string;
  /** Things the user should know that do not stop the import (ignored sheets, assumed unit …). */
  readonly warnings: readonly string[];
};

export type ImportResult =
  | { readonly ok: true; readonly imported: Imported }
  | { readonly ok: false; readonly errors: readonly ImportError[] };

const MAX_ERRORS = 100;

function headerOptions(table: TableId): HeaderOptions {
  const def = TABLES[table];
  if (def.keying === 'balance')
    return { panelStart: 'label', columnsOf: (p, path) => balanceColumns(def, p, path) };
  if (table === 'T08') return { panelStart: 'code' };
  return {};
}

function readRows(
  ctx: SheetCtx,
  table: TableId,
  header: Header,
  unit: Unit,
  year: number | undefined,
): TableRow[] {
  const def = TABLES[table];
  if (def.keying === 'balance') return readBalance(ctx, def, header, unit, year);
  if (def.keying === 'single') return readSingle(ctx, def, header, unit);
  if (table === 'T08') return readT08(ctx, def, header, unit);
  return readCoded(ctx, def, header, unit);
}

/** A fixed or 合计 row whose cells are all blank says nothing (the printed table shows it anyway). */
function meaningful(row: TableRow): boolean {
  return /^\d+$/.test(row.code) || Object.values(row.cells).some((v) => v !== null);
}

function mostCommon<T>(values: readonly (T | undefined)[]): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) if (v !== undefined) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

type Found = { ctx: SheetCtx; loc: Located; header: Header; facts: TitleFacts };

/** Imports the tables of a Book. */
export function importBook(book: Book, opts: ImportOptions = {}): ImportResult {
  const errors: ImportError[] = [];
  const warnings: string[] = [];
  const mapping = emptyMapping();
  const hint = readHint(book);
  const found: Found[] = [];
  const bySheet = new Map<TableId, Located>();
  for (const sheet of book.sheets) {
    if (sheet.name === HINT_SHEET) continue;
    const ctx = sheetCtx(book, sheet, errors, mapping);
    const loc = locate(ctx, hint);
    if (loc === undefined) {
      if (sheet.rows.length > 0 && !sheet.hidden)
        warnings.push(`工作表“${sheet.name}”不是可识别的决算表（标题中没有表名），已忽略`);
      continue;
    }
    const other = bySheet.get(loc.table);
    if (other !== undefined) {
      const at = loc.row >= 0 ? a1(loc.row, loc.col) : undefined;
      errors.push(
        new ImportError(
          placeOf(book, sheet, at),
          `与工作表“${other.sheet.name}”是同一张表（${TABLES[loc.table].title}），请删去其中一张`,
        ),
      );
      continue;
    }
    bySheet.set(loc.table, loc);
    try {
      const header = findHeader(ctx, TABLES[loc.table], loc.row + 1, headerOptions(loc.table));
      found.push({ ctx, loc, header, facts: titleFacts(ctx, 0, header.bottom + 1, header.top) });
    } catch (e) {
      if (!(e instanceof ImportError)) throw e;
      errors.push(e);
    }
  }
  if (found.length === 0 && errors.length === 0) {
    const csv = book.kind === 'csv' ? '；若是 CSV 文件，请确认其编码为 UTF-8 或 GB18030' : '';
    errors.push(
      new ImportError(
        { file: book.file },
        `没有找到任何决算表（按表标题识别，如“收入支出决算总表”“支出决算表”）${csv}`,
      ),
    );
  }
  const yearFromTitle = /((?:19|20)\d{2})\s*年/.exec(book.title ?? '')?.[1];
  const year =
    opts.year ??
    mostCommon(found.map((f) => f.facts.year)) ??
    (yearFromTitle ? Number(yearFromTitle) : undefined);
  const bookUnit = mostCommon(found.map((f) => f.facts.unit));
  if (bookUnit === undefined && found.length > 0)
    warnings.push('工作簿中没有“单位：万元”或“单位：元”的说明，金额按万元读取');
  const tables: Partial<Record<TableId, TableData>> = {};
  const units: Unit[] = [];
  for (const { ctx, loc, header, facts } of found) {
    const def = TABLES[loc.table];
    if (facts.badUnit !== undefined) {
      fail(
        ctx,
        facts.badUnit.row,
        facts.badUnit.col,
        `不支持的金额单位“${facts.badUnit.text}”（应为万元或元）`,
      );
      continue;
    }
    const unit = facts.unit ?? bookUnit ?? 'wanYuan';
    units.push(unit);
    const amountCols = header.columns.filter((h) => h.role === 'amount');
    if (amountCols.length === 0 && def.keying !== 'single') {
      fail(
        ctx,
        header.top,
        header.columns[0]?.col ?? 0,
        `表头中找不到“${def.title}”的任何金额栏目（如“${def.columns[0]?.label}”）`,
      );
      continue;
    }
    const ids = new Set(amountCols.map((h) => h.column));
    const missing = def.columns
      .filter((c) => !ids.has(c.id))
      .map((c) => [...(c.groups ?? []), c.label].join('/'));
    if (missing.length > 0 && def.keying !== 'single' && def.keying !== 'balance') {
      warnings.push(
        `工作表“${ctx.sheet.name}”（${def.title}）缺少栏目：${[...new Set(missing)].join('、')}，按空白处理`,
      );
    }
    const rows = readRows(ctx, loc.table, header, unit, year).filter(meaningful);
    tables[loc.table] = { rows, source: ctx.sheet.file ?? `${book.file} 工作表“${ctx.sheet.name}”` };
    mapping.tables[loc.table] = { sheet: ctx.sheet.name, cell: loc.row >= 0 ? a1(loc.row, loc.col) : 'A1' };
  }
  if (errors.length > 0) return { ok: false, errors: errors.slice(0, MAX_ERRORS) };
  const present = new Set(Object.keys(tables) as TableId[]);
  let profile: string;
  try {
    profile = chooseProfile(present, opts, hint.profile, book.file);
  } catch (e) {
    return { ok: false, errors: [e as ImportError] };
  }
  const absent = profileDef(profile)!.tables.filter((t) => !present.has(t.table));
  const named = (t: { table: TableId; title?: string }) => `${t.table} ${t.title ?? TABLES[t.table].title}`;
  const lost = [...hint.tables].filter(
    ([sheet, t]) => !present.has(t) && !book.sheets.some((s) => s.name === sheet),
  );
  if (lost.length > 0 || (opts.profile !== undefined && absent.length > 0)) {
    const list =
      lost.length > 0 ? lost.map(([sheet, t]) => `“${sheet}”（${TABLES[t].title}）`) : absent.map(named);
    return {
      ok: false,
      errors: [
        new ImportError(
          { file: book.file },
          `工作簿缺少工作表：${list.join('、')}；没有数据的表请保留为空表，不要删除`,
        ),
      ],
    };
  }
  if (absent.length > 0)
    warnings.push(`工作簿中没有以下表（模板 ${profile}）：${absent.map(named).join('、')}`);
  const entityName = mostCommon(found.map((f) => f.facts.entity));
  const imported: Imported = {
    file: book.file,
    kind: book.kind,
    tables,
    mapping,
    unit: units.length > 0 && units.every((u) => u === 'yuan') ? 'yuan' : 'wanYuan',
    profile,
    warnings,
    ...(entityName !== undefined ? { entityName } : {}),
    ...(year !== undefined ? { year } : {}),
  };
  return { ok: true, imported };
}

function limitsOf(opts: ImportOptions): Limits {
  return { ...DEFAULT_LIMITS, ...opts.limits };
}

async function guarded(file: string, run: () => Promise<ImportResult>): Promise<ImportResult> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof ImportError) return { ok: false, errors: [e] };
    const why = e instanceof Error ? e.message : String(e);
    const err = new ImportError({ file }, `读取时发生意外错误（${why.slice(0, 200)}），文件可能已损坏`);
    return { ok: false, errors: [Object.assign(err, { unexpected: true })] };
  }
}

/** Imports workbook or CSV bytes; `file` is the name shown in messages. */
export function importWorkbookBytes(
  bytes: Uint8Array,
  file: string,
  opts: ImportOptions = {},
): Promise<ImportResult> {
  return guarded(file, async () => importBook(await readBookBytes(bytes, file, limitsOf(opts)), opts));
}

/** Imports a workbook file, a CSV file or a folder of CSV files; `shown` is its name in messages. */
export function importWorkbookPath(
  path: string,
  shown: string,
  opts: ImportOptions = {},
): Promise<ImportResult> {
  return guarded(shown, async () => importBook(await readBookPath(path, shown, limitsOf(opts)), opts));
}
