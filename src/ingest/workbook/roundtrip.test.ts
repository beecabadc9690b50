/**
 * Round trips: the tables of a dataset written by our XLSX writer (tables.xlsx) come back from the
 * importer identical — every cell in fen, blank vs zero — for every table of sichuan-13 and central-9,
 * also after conversion to .xls (SheetJS) and to CSV files (UTF-8, UTF-8 with BOM, GB18030).
 */
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { test } from 'node:test';
import ExcelJS from 'exceljs';
import { example } from '../../../test/helpers.ts';
import { profileDef } from '../../catalog/tables/profiles.ts';
import type { Dataset } from '../../model/types.ts';
import { renderTablesXlsx } from '../../render/xlsx/index.ts';
import { csvFolderOf, fullDataset, tableDiffs, withProfile, xlsOf } from './books.test-util.ts';
import { type Imported, importWorkbookBytes, importWorkbookPath } from './index.ts';

const CASES: readonly [string, () => Dataset][] = [
  ['jiange-2022 (sichuan-13)', () => example()],
  ['jiange-2022 as central-9', () => withProfile(example(), 'central-9')],
  ['full synthetic (sichuan-13)', () => fullDataset(7)],
  ['full synthetic as central-9', () => withProfile(fullDataset(11), 'central-9')],
];

function expectSame(ds: Dataset, im: Imported, how: string): void {
  const profile = profileDef(ds.entity.profile)!;
  const tables = profile.tables.map((t) => t.table);
  assert.deepEqual(Object.keys(im.tables).sort(), [...tables].sort(), `${how}: the profile's tables`);
  assert.deepEqual(tableDiffs(ds.tables, im.tables, tables), [], `${how}: identical tables`);
  assert.equal(im.profile, ds.entity.profile, `${how}: profile`);
  assert.equal(im.entityName, ds.entity.name, `${how}: 编制单位`);
}

for (const [name, make] of CASES) {
  test(`round trip through tables.xlsx, .xls and CSV: ${name}`, async () => {
    const ds = make();
    const xlsx = await renderTablesXlsx(ds, { profile: ds.entity.profile });
    const a = await importWorkbookBytes(xlsx, 'tables.xlsx');
    assert.ok(a.ok, a.ok ? '' : a.errors.map((e) => e.message).join('\n'));
    expectSame(ds, a.imported, 'xlsx');
    assert.equal(a.imported.year, ds.entity.year, 'the year from the document title');
    assert.deepEqual(a.imported.warnings, []);

    const b = await importWorkbookBytes(xlsOf(xlsx), 'tables.xls');
    assert.ok(b.ok, b.ok ? '' : b.errors.map((e) => e.message).join('\n'));
    assert.equal(b.imported.kind, 'xls');
    expectSame(ds, b.imported, 'xls');

    for (const encoding of ['utf8', 'utf8-bom', 'gb18030'] as const) {
      const dir = csvFolderOf(xlsx, encoding);
      try {
        const c = await importWorkbookPath(dir, 'csv', { year: ds.entity.year });
        assert.ok(c.ok, c.ok ? '' : c.errors.map((e) => e.message).join('\n'));
        assert.equal(c.imported.kind, 'csv');
        // Without the hidden sheet the profile comes from the set of tables.
        expectSame(ds, c.imported, `csv ${encoding}`);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  });
}

test('the mapping records the sheet and A1 cell of every figure', async () => {
  const ds = example();
  const xlsx = await renderTablesXlsx(ds, { profile: 'sichuan-13' });
  const r = await importWorkbookBytes(xlsx, 'tables.xlsx');
  assert.ok(r.ok);
  const m = r.imported.mapping;
  assert.deepEqual(m.tables['T06'], { sheet: '公开06表', cell: 'A1' });
  // T06: title, 编制单位, two header rows, 栏次, then 合计 on row 6 and 201 on row 7.
  assert.deepEqual(m.cells['T06|total|total'], { sheet: '公开06表', cell: 'C6' });
  assert.deepEqual(m.cells['T06|201|basic'], { sheet: '公开06表', cell: 'D7' });
  assert.deepEqual(m.rows['T06|201'], { sheet: '公开06表', cell: 'B7' });
  // T01: 支出 side amounts are in column D.
  assert.equal(m.cells['T01|201|amount']?.cell[0], 'D');
  assert.equal(m.cells['T01|income.total|amount']?.cell[0], 'B');
});

test('the blank template imports as empty tables, and a filled-in template as its figures', async () => {
  const blank = await renderTablesXlsx(null, { profile: 'sichuan-13', blank: true });
  const empty = await importWorkbookBytes(blank, 'template.xlsx');
  assert.ok(empty.ok, empty.ok ? '' : empty.errors.map((e) => e.message).join('\n'));
  assert.equal(Object.keys(empty.imported.tables).length, 13);
  assert.ok(Object.values(empty.imported.tables).every((t) => t.rows.length === 0));

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(blank) as never);
  const find = (ws: ExcelJS.Worksheet, col: number, text: string): number => {
    for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, col).text === text) return r;
    throw new Error(`${text} not found`);
  };
  const t06 = wb.getWorksheet('公开06表')!;
  const total = find(t06, 1, '合计');
  t06.getRow(total).getCell(3).value = 100.5;
  t06.getRow(total).getCell(4).value = 100.5;
  t06.getRow(total + 1).values = [201, '一般公共服务支出', 100.5, 100.5];
  t06.getRow(total + 2).values = ['2010301', '行政运行', 100.5, 100.5, '-'];
  const t01 = wb.getWorksheet('公开01表')!;
  const first = find(t01, 1, '一、一般公共预算财政拨款收入');
  t01.getCell(first, 2).value = 100.5;
  t01.getCell(first, 3).value = '一般公共服务支出';
  t01.getCell(first, 4).value = 100.5;
  const filled = await importWorkbookBytes(new Uint8Array(await wb.xlsx.writeBuffer()), 'filled.xlsx', {
    year: 2023,
  });
  assert.ok(filled.ok, filled.ok ? '' : filled.errors.map((e) => e.message).join('\n'));
  const wan = (n: number) => n * 1_000_000;
  assert.deepEqual(
    filled.imported.tables.T06?.rows.map((r) => [r.code, r.name, r.cells]),
    [
      ['total', '合计', { total: wan(100.5), basic: wan(100.5), project: null }],
      ['201', '一般公共服务支出', { total: wan(100.5), basic: wan(100.5), project: null }],
      ['2010301', '行政运行', { total: wan(100.5), basic: wan(100.5), project: null }],
    ],
  );
  assert.deepEqual(
    filled.imported.tables.T01?.rows.map((r) => [r.code, r.cells['amount']]),
    [
      ['income.generalBudget', wan(100.5)],
      ['201', wan(100.5)],
    ],
  );
  assert.equal(filled.imported.year, 2023);
});
