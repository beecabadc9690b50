/**
 * @module The hidden `_juesuan` sheet: what our importer needs to read our own workbooks exactly, by
 * position (the importer still works without it, from titles and header text).
 *
 *   A1 'format'  B1 'juesuan-layout/1'
 *   A2 'profile' B2 the profile id ('sichuan-13')
 *   A3 'blank'   B3 TRUE for the blank template, FALSE for a dataset's tables
 *   A4 'note'    B4 a Chinese note not to edit the sheet
 *   A5… 'table'  B sheet name, C table id ('T01'), D… the SheetLayout as JSON (see layout.ts), split over
 *                columns D, E, … in pieces of at most 30000 characters (a cell holds 32767): concatenate
 *                the string cells from D rightwards before parsing.
 * One 'table' row per table sheet, in sheet order.
 */
import type { Workbook } from 'exceljs';
import { TABLE_IDS, type TableId } from '../../catalog/tables/types.ts';
import type { SheetLayout } from './layout.ts';

export const LAYOUT_SHEET = '_juesuan';
export const LAYOUT_FORMAT = 'juesuan-layout/1';
const CHUNK = 30_000;

/** Everything the `_juesuan` sheet records. */
export type WorkbookLayout = {
  readonly format: string;
  readonly profile: string;
  readonly blank: boolean;
  readonly tables: readonly SheetLayout[];
};

/** Adds the hidden `_juesuan` sheet (last in the workbook). */
export function addLayoutSheet(wb: Workbook, layout: Omit<WorkbookLayout, 'format'>): void {
  const ws = wb.addWorksheet(LAYOUT_SHEET, { state: 'hidden' });
  ws.addRow(['format', LAYOUT_FORMAT]);
  ws.addRow(['profile', layout.profile]);
  ws.addRow(['blank', layout.blank]);
  ws.addRow(['note', '本工作表记录各表的位置和栏目，供 juesuan import 精确读取；请勿修改或删除。']);
  for (const t of layout.tables) {
    const json = JSON.stringify(t);
    const pieces: string[] = [];
    for (let i = 0; i < json.length; i += CHUNK) pieces.push(json.slice(i, i + CHUNK));
    ws.addRow(['table', t.sheet, t.table, ...pieces]);
  }
  ws.getColumn(1).width = 10;
  ws.getColumn(2).width = 14;
}

const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/**
 * Reads the records of a `_juesuan` sheet given as rows of cell values (row 1 first, column A first),
 * e.g. from exceljs `getSheetValues()` re-indexed from 0. Returns null when the sheet is not ours or is
 * damaged, so the caller falls back to reading by header text.
 */
export function parseLayoutSheet(rows: readonly (readonly unknown[])[]): WorkbookLayout | null {
  const byKey = new Map<string, readonly unknown[]>();
  const tables: SheetLayout[] = [];
  try {
    for (const row of rows) {
      const key = text(row[0]);
      if (key === undefined) continue;
      if (key !== 'table') {
        byKey.set(key, row);
        continue;
      }
      const json = row
        .slice(3)
        .map((v) => text(v) ?? '')
        .join('');
      const layout = JSON.parse(json) as SheetLayout;
      if (layout.sheet !== text(row[1]) || layout.table !== text(row[2])) return null;
      if (!(TABLE_IDS as readonly string[]).includes(layout.table)) return null;
      if (!Array.isArray(layout.columns) || !Array.isArray(layout.rows)) return null;
      tables.push(layout);
    }
  } catch {
    return null;
  }
  const format = text(byKey.get('format')?.[1]);
  const profile = text(byKey.get('profile')?.[1]);
  const blank = byKey.get('blank')?.[1];
  if (format !== LAYOUT_FORMAT || profile === undefined || typeof blank !== 'boolean') return null;
  return { format, profile, blank, tables };
}

/** Reads the `_juesuan` sheet of a workbook loaded with exceljs; null when absent, foreign or damaged. */
export function readLayoutSheet(wb: Workbook): WorkbookLayout | null {
  const ws = wb.getWorksheet(LAYOUT_SHEET);
  if (ws === undefined) return null;
  const rows: unknown[][] = [];
  ws.eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1));
  });
  return parseLayoutSheet(rows);
}

/** The layout of one table in a parsed `_juesuan` sheet. */
export function tableLayout(layout: WorkbookLayout, table: TableId): SheetLayout | undefined {
  return layout.tables.find((t) => t.table === table);
}
