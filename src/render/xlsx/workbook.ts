/**
 * @module tables.xlsx: the 附表 of a dataset (or the blank standard workbook of a profile), one worksheet
 * per table in profile order, laid out from the same report tables as every other format, plus the
 * hidden `_juesuan` sheet recording each sheet's layout for the importer.
 */
import ExcelJS from 'exceljs';
import { profileDef } from '../../catalog/tables/profiles.ts';
import type { ProfileDef } from '../../catalog/tables/types.ts';
import type { Dataset } from '../../model/types.ts';
import { buildTable, tableNumber } from '../../report/tables/index.ts';
import type { ReportTable } from '../../report/types.ts';
import { blankTables } from './blank.ts';
import { placeTable, type SheetLayout, sheetLayout } from './layout.ts';
import { addLayoutSheet } from './meta.ts';
import { addTableSheet } from './sheet.ts';

export type XlsxOptions = {
  /** The profile whose tables (set, order, numbers and titles) the workbook holds. */
  readonly profile: string;
  /** 编制单位 printed on every sheet; default the dataset's entity name (blank in a template). */
  readonly entityName?: string;
  /** The blank standard workbook (ds is then ignored and may be null). */
  readonly blank?: boolean;
  /** Written with errors (`build --draft`): every sheet and printed page carries 「草稿 未通过校验」. */
  readonly draft?: boolean;
};

/** The mark of a draft (`build --draft`), as in the other formats. */
export const DRAFT_MARK = '草稿 未通过校验';
const DRAFT_NOTE = `【${DRAFT_MARK}】本表数据尚未通过校验，不得公开。`;

const SHEET_NAME_MAX = 31;

/** A valid, unique worksheet name from a table number ('公开01表', '表1'). */
function sheetName(number: string, used: Set<string>): string {
  const base = number.replace(/[[\]:*?/\\]/g, '').slice(0, SHEET_NAME_MAX) || '表';
  let name = base;
  for (let i = 2; used.has(name); i++) name = `${base.slice(0, SHEET_NAME_MAX - 3)}(${i})`;
  used.add(name);
  return name;
}

function tablesOf(ds: Dataset | null, profile: ProfileDef, blank: boolean): ReportTable[] {
  if (blank) return blankTables(profile);
  if (ds === null) throw new Error('renderTablesXlsx: a dataset is required unless blank is set');
  return profile.tables.map((t, i) => buildTable(ds, t.table, tableNumber(profile, i + 1), t.title));
}

/** The workbook of a dataset's tables (or the blank template of a profile) as XLSX bytes. */
export async function renderTablesXlsx(ds: Dataset | null, opts: XlsxOptions): Promise<Uint8Array> {
  const profile = profileDef(opts.profile);
  if (profile === undefined) throw new Error(`未知的公开模板“${opts.profile}”`);
  const blank = opts.blank === true;
  const entity = opts.entityName ?? (blank ? '' : (ds?.entity.name ?? ''));
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Juesuan';
  wb.lastModifiedBy = 'Juesuan';
  const draft = opts.draft === true && !blank;
  wb.title =
    (draft ? `【${DRAFT_MARK}】` : '') +
    (blank
      ? `部门决算公开表（空白模板·${profile.name}）`
      : `${entity}${ds !== null ? `${ds.entity.year}年度` : ''}部门决算公开表`);
  wb.subject = profile.name;
  wb.keywords = `juesuan ${profile.id}`;
  const used = new Set<string>();
  const layouts: SheetLayout[] = [];
  for (const table of tablesOf(ds, profile, blank)) {
    const t = draft ? { ...table, notes: [...table.notes, DRAFT_NOTE] } : table;
    const placed = placeTable(t);
    const layout = sheetLayout(t, sheetName(t.number, used), placed);
    addTableSheet(wb, t, layout, placed, {
      entityLine: `编制单位：${entity}`,
      draftMark: draft ? DRAFT_MARK : undefined,
    });
    layouts.push(layout);
  }
  addLayoutSheet(wb, { profile: profile.id, blank, tables: layouts });
  wb.views = [
    { x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: 'visible' },
  ];
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
