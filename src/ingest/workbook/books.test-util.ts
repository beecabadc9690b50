/**
 * @module Test helpers: datasets with every table filled, workbooks in other layouts than ours (built
 * cell by cell with exceljs), conversions of a workbook to .xls (SheetJS) and to CSV files (UTF-8 or
 * GB18030), and the comparison of imported tables with the dataset's, cell by cell in fen.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import XLSX from 'xlsx';
import { synthDataset } from '../../../test/synth.ts';
import { TABLES } from '../../catalog/tables/definitions.ts';
import type { TableId } from '../../catalog/tables/types.ts';
import type { Dataset, TableData } from '../../model/types.ts';
import { type Fen, fen } from '../../money/index.ts';

/** A sheet as rows of values (null = empty) with merged ranges [top, left, bottom, right] (0-based). */
export type Matrix = {
  readonly name: string;
  readonly rows: (string | number | null)[][];
  readonly merges?: readonly (readonly [number, number, number, number])[];
};

/** Writes matrices as an .xlsx with exceljs. */
export async function xlsxOf(sheets: readonly Matrix[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const m of sheets) {
    const ws = wb.addWorksheet(m.name);
    m.rows.forEach((row, r) => {
      row.forEach((v, c) => {
        if (v !== null) ws.getCell(r + 1, c + 1).value = v;
      });
    });
    for (const [t, l, b, rt] of m.merges ?? []) ws.mergeCells(t + 1, l + 1, b + 1, rt + 1);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The same workbook as a legacy .xls (BIFF8), written by SheetJS. */
export function xlsOf(xlsx: Uint8Array): Uint8Array {
  const wb = XLSX.read(xlsx, { type: 'buffer' });
  return new Uint8Array(XLSX.write(wb, { bookType: 'xls', type: 'buffer' }) as Buffer);
}

/** Each visible sheet of a workbook as a CSV file in a new folder (merged ranges: value in the first cell). */
export function csvFolderOf(xlsx: Uint8Array, encoding: 'utf8' | 'utf8-bom' | 'gb18030'): string {
  const wb = XLSX.read(xlsx, { type: 'buffer' });
  const dir = mkdtempSync(join(tmpdir(), 'juesuan-csv-'));
  wb.SheetNames.forEach((name, i) => {
    if ((wb.Workbook?.Sheets?.[i]?.Hidden ?? 0) !== 0) return;
    const text = XLSX.utils.sheet_to_csv(wb.Sheets[name]!, { rawNumbers: true, blankrows: true });
    const bytes =
      encoding === 'gb18030'
        ? iconv.encode(text, 'gb18030')
        : Buffer.concat([
            encoding === 'utf8-bom' ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0),
            Buffer.from(text, 'utf8'),
          ]);
    writeFileSync(join(dir, `${name}.csv`), bytes);
  });
  return dir;
}

/** A 合计 row and a 类/款/项 chain with the same cells. */
function chain(codes: readonly [string, string][], cells: Record<string, Fen | null>): TableData {
  return {
    rows: [{ code: 'total', name: '合计', cells }, ...codes.map(([code, name]) => ({ code, name, cells }))],
  };
}

/** A department with every one of the 13 tables filled (T10–T12 too), amounts exact to the fen. */
export function fullDataset(seed: number): Dataset {
  const ds = synthDataset({ seed });
  const a = fen(1_234_567 + seed * 1_001);
  const b = fen(765_432 + seed * 17);
  const fund: [string, string][] = [
    ['212', '城乡社区支出'],
    ['21208', '国有土地使用权出让收入安排的支出'],
    ['2120801', '征地和拆迁补偿支出'],
  ];
  const state: [string, string][] = [
    ['223', '国有资本经营预算支出'],
    ['22301', '解决历史遗留问题及改革成本支出'],
    ['2230199', '其他解决历史遗留问题及改革成本支出'],
  ];
  return {
    ...ds,
    tables: {
      ...ds.tables,
      T10: chain(fund, { opening: b, income: a, expenditure: a, basic: null, project: a, closing: b }),
      T11: chain(state, {
        opening: null,
        income: b,
        expenditure: b,
        basic: fen(0),
        project: b,
        closing: fen(0),
      }),
      T12: chain(state, { total: b, basic: fen(0), project: b }),
    },
  };
}

/** A dataset under another profile. */
export function withProfile(ds: Dataset, profile: string): Dataset {
  return { ...ds, entity: { ...ds.entity, profile } };
}

type Normal = Map<string, { name: string; cells: Record<string, Fen | null> }>;

function normal(table: TableId, data: TableData | undefined): Normal {
  const ids = TABLES[table].columns.map((c) => c.id);
  const out: Normal = new Map();
  for (const row of data?.rows ?? []) {
    const cells = Object.fromEntries(ids.map((id) => [id, row.cells[id] ?? null]));
    if (!/^\d+$/.test(row.code) && Object.values(cells).every((v) => v === null)) continue;
    out.set(row.code, { name: row.name, cells });
  }
  return out;
}

/**
 * The differences between the tables of a dataset and imported tables: every row (a fixed or 合计 row
 * with all cells blank counts as absent, as the printed table cannot tell them apart), every cell in
 * fen with blank ≠ 0, and the name of every coded row the dataset names.
 */
export function tableDiffs(
  expected: Partial<Record<TableId, TableData>>,
  got: Partial<Record<TableId, TableData>>,
  tables: readonly TableId[],
): string[] {
  const diffs: string[] = [];
  for (const t of tables) {
    const e = normal(t, expected[t]);
    const g = normal(t, got[t]);
    if (got[t] === undefined) diffs.push(`${t}: missing`);
    for (const [code, row] of e) {
      const other = g.get(code);
      if (other === undefined) {
        diffs.push(`${t} ${code}: missing row`);
        continue;
      }
      for (const [id, v] of Object.entries(row.cells)) {
        if (other.cells[id] !== v) diffs.push(`${t} ${code} ${id}: expected ${v}, got ${other.cells[id]}`);
      }
      if (/^\d+$/.test(code) && row.name !== '' && other.name !== row.name) {
        diffs.push(`${t} ${code}: name “${row.name}” ≠ “${other.name}”`);
      }
    }
    for (const code of g.keys()) if (!e.has(code)) diffs.push(`${t} ${code}: unexpected row`);
  }
  return diffs;
}
