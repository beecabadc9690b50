import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import ExcelJS from 'exceljs';
import { example, setCell } from '../../../test/helpers.ts';
import { tableDef } from '../../catalog/tables/definitions.ts';
import { profileDef } from '../../catalog/tables/profiles.ts';
import type { Dataset } from '../../model/types.ts';
import { fen } from '../../money/index.ts';
import { readLayoutSheet, type SheetLayout, type WorkbookLayout } from './index.ts';
import { fenOfWan, loadXlsx, mergesOf } from './testing.ts';
import { renderTablesXlsx } from './workbook.ts';

/** The example with amounts that a 2-decimal figure cannot hold: 1 fen, negatives, ~8×10^9 万元. */
function precise(): Dataset {
  let ds = example();
  ds = setCell(ds, 'T03', '2010301', 'project', fen(1));
  ds = setCell(ds, 'T05', '2010301', 'governmentFund', fen(123_456_789_012_345));
  ds = setCell(ds, 'T06', '201', 'project', fen(-2_500));
  ds = setCell(ds, 'T08', '30101', 'amount', fen(8_589_934_591_999_999));
  ds = setCell(ds, 'T13', 'amount', 'budget.abroad', fen(999_999));
  return ds;
}

let ds: Dataset;
let wb: ExcelJS.Workbook;
let layout: WorkbookLayout;

before(async () => {
  ds = precise();
  wb = await loadXlsx(await renderTablesXlsx(ds, { profile: 'sichuan-13' }));
  layout = readLayoutSheet(wb)!;
});

const sheetOf = (l: SheetLayout) => wb.getWorksheet(l.sheet)!;

test('one sheet per table in profile order, then the hidden _juesuan sheet', () => {
  const names = wb.worksheets.map((w) => w.name);
  assert.deepEqual(names, [
    ...Array.from({ length: 13 }, (_, i) => `公开${String(i + 1).padStart(2, '0')}表`),
    '_juesuan',
  ]);
  assert.deepEqual(
    wb.worksheets.map((w) => w.state),
    [...Array<string>(13).fill('visible'), 'hidden'],
  );
  assert.equal(layout.profile, 'sichuan-13');
  assert.equal(layout.blank, false);
  assert.deepEqual(
    layout.tables.map((t) => t.table),
    profileDef('sichuan-13')!.tables.map((t) => t.table),
  );
  assert.equal(wb.creator, 'Juesuan');
  assert.match(wb.title, /剑阁县人民政府办公室2022年度部门决算公开表/);
});

test('title, table number, 编制单位 and 单位 on every sheet', () => {
  for (const l of layout.tables) {
    const ws = sheetOf(l);
    const n = l.columns.length;
    const title = ws.getCell(1, 1);
    assert.equal(title.value, tableDef(l.table).title);
    assert.equal(title.font.bold, true);
    assert.equal(title.alignment.horizontal, 'center');
    assert.ok(mergesOf(ws).includes(`A1:${l.columns[n - 2]!.letter}1`), `${l.sheet} title merge`);
    assert.equal(ws.getCell(1, n).value, l.sheet);
    assert.equal(ws.getCell(1, n).alignment.horizontal, 'right');
    assert.equal(ws.getCell(2, 1).value, '编制单位：剑阁县人民政府办公室');
    assert.equal(ws.getCell(2, n).value, '单位：万元');
  }
});

test('header cells are merged as the column groups say', () => {
  const expected: Record<string, string[]> = {
    公开01表: ['A3:B3', 'C3:D3'],
    公开03表: ['A3:B3', 'C3:C4', 'D3:D4', 'E3:E4', 'F3:F4', 'G3:G4', 'H3:H4'],
    公开07表: ['A3:B3', 'C3:C4', 'D3:E3', 'F3:F4'],
    公开08表: ['A3:C3', 'D3:F3'],
    公开10表: ['A3:B3', 'C3:C4', 'D3:D4', 'E3:G3', 'H3:H4'],
    公开13表: [
      'A3:A5',
      'B3:G3',
      'H3:M3',
      'B4:B5',
      'C4:C5',
      'D4:F4',
      'G4:G5',
      'H4:H5',
      'I4:I5',
      'J4:L4',
      'M4:M5',
    ],
  };
  for (const [sheet, merges] of Object.entries(expected)) {
    const ws = wb.getWorksheet(sheet)!;
    const header = mergesOf(ws).filter((m) => /^[A-Z]+[345]:/.test(m));
    assert.deepEqual(new Set(header), new Set(merges), sheet);
  }
  const t07 = wb.getWorksheet('公开07表')!;
  assert.deepEqual(
    [
      t07.getCell('A4').value,
      t07.getCell('B4').value,
      t07.getCell('D3').value,
      t07.getCell('D4').value,
      t07.getCell('E4').value,
    ],
    ['科目编码', '科目名称', '基本支出', '人员经费', '公用经费'],
  );
  assert.equal(t07.getCell('D3').font.bold, true);
  const t13 = wb.getWorksheet('公开13表')!;
  assert.deepEqual(
    ['A3', 'B3', 'H3', 'D4', 'D5', 'E5', 'F5'].map((a) => t13.getCell(a).value),
    ['项目', '预算数', '决算数', '公务用车购置及运行费', '小计', '公务用车购置费', '公务用车运行费'],
  );
});

test('the 栏次 row numbers the amount columns', () => {
  const row = (sheet: string, r: number, n: number) =>
    Array.from({ length: n }, (_, i) => wb.getWorksheet(sheet)!.getCell(r, i + 1).value);
  assert.deepEqual(row('公开03表', 5, 8), ['栏次', null, '1', '2', '3', '4', '5', '6']);
  assert.deepEqual(row('公开01表', 5, 4), ['栏次', '1', '栏次', '2']);
  assert.deepEqual(row('公开13表', 6, 13), ['栏次', ...Array.from({ length: 12 }, (_, i) => String(i + 1))]);
});

test('amount columns map to the column ids whose labels head them', () => {
  for (const l of layout.tables) {
    const def = tableDef(l.table);
    for (const c of l.columns.filter((c) => c.role === 'amount')) {
      const col = def.columns.find((d) => d.id === c.column);
      assert.ok(col, `${l.table} column ${c.column}`);
      assert.equal(c.header.at(-1), col.label, `${l.table} ${c.letter}`);
      assert.equal(sheetOf(l).getCell(l.headerRows![1], c.index).value, col.label);
    }
  }
});

test('every amount of the dataset is in its cell exactly; blanks are empty, zeros are 0', () => {
  let checked = 0;
  for (const l of layout.tables) {
    const ws = sheetOf(l);
    for (const row of ds.tables[l.table]?.rows ?? []) {
      const at = l.rows.filter((r) => r.keys.includes(row.code));
      assert.equal(at.length, 1, `${l.table} row ${row.code} is on the sheet once`);
      const panel = at[0]!.keys.indexOf(row.code);
      for (const col of l.columns.filter((c) => c.role === 'amount' && c.panel === panel)) {
        const cell = ws.getCell(at[0]!.row, col.index);
        const want = row.cells[col.column!] ?? null;
        const where = `${l.sheet}!${cell.address} (${row.code}/${col.column})`;
        assert.equal(cell.numFmt, '#,##0.00', where);
        if (want === null) {
          assert.equal(cell.value, null, `${where} must be empty`);
        } else {
          assert.equal(typeof cell.value, 'number', where);
          if (want === 0) assert.equal(cell.value, 0, where);
          assert.equal(fenOfWan(cell.value as number), want, where);
          checked++;
        }
      }
    }
  }
  assert.ok(checked > 80, `only ${checked} amounts checked`);
  assert.equal(wb.getWorksheet('公开03表')!.getCell('E8').value, 0.000001);
});

test('codes are text cells; rows are where the layout says, with their codes and labels', () => {
  const t03 = layout.tables.find((t) => t.table === 'T03')!;
  const ws = sheetOf(t03);
  for (const r of t03.rows) {
    const key = r.keys[0]!;
    const code = ws.getCell(r.row, 1);
    if (key === 'total') {
      assert.equal(code.value, '合计');
      continue;
    }
    assert.equal(code.type, ExcelJS.ValueType.String, `${code.address} must be text`);
    assert.equal(code.value, key);
    assert.equal(code.numFmt, '@');
  }
  assert.ok(t03.rows.some((r) => r.keys[0] === '2010301'));
  const t01 = layout.tables.find((t) => t.table === 'T01')!;
  const first = t01.rows[0]!;
  assert.deepEqual(first.keys, ['income.generalBudget', '201']);
  assert.equal(sheetOf(t01).getCell(first.row, 1).value, '一、一般公共预算财政拨款收入');
  assert.equal(sheetOf(t01).getCell(first.row, 3).value, '一般公共服务支出');
});

test('合计 rows are bold, item rows are not; names are indented by level', () => {
  for (const l of layout.tables) {
    const ws = sheetOf(l);
    for (const r of l.rows) {
      for (const c of l.columns) {
        assert.equal(
          ws.getCell(r.row, c.index).font?.bold === true,
          r.kind === 'total',
          `${l.sheet}!${c.letter}${r.row}`,
        );
      }
    }
  }
  const t03 = layout.tables.find((t) => t.table === 'T03')!;
  const indentOf = (code: string) =>
    sheetOf(t03).getCell(t03.rows.find((r) => r.keys[0] === code)!.row, 2).alignment.indent ?? 0;
  assert.ok(indentOf('2010301') > indentOf('201'));
});

test('notes and empty-table statements are under the table', () => {
  for (const l of layout.tables) {
    const ws = sheetOf(l);
    assert.ok(l.noteRows !== null && l.noteRows[0] === l.bodyRows![1] + 1, l.sheet);
    const note = ws.getCell(l.noteRows[0], 1);
    assert.match(String(note.value), /^注：本表反映部门本年度/);
    assert.ok(mergesOf(ws).includes(`A${l.noteRows[0]}:${l.columns.at(-1)!.letter}${l.noteRows[0]}`));
  }
  const t10 = layout.tables.find((t) => t.table === 'T10')!;
  const [a, b] = t10.noteRows!;
  const notes = Array.from({ length: b - a + 1 }, (_, i) => sheetOf(t10).getCell(a + i, 1).value);
  assert.ok(
    notes.includes(
      '说明：剑阁县人民政府办公室本年度无政府性基金预算财政拨款收入、支出及结转结余，故本表为空表。',
    ),
  );
});

test('widths suit Chinese text; panes frozen below the header; A4 landscape fitted to width', () => {
  for (const l of layout.tables) {
    const ws = sheetOf(l);
    const last = l.numbersRow!;
    for (const c of l.columns) {
      const w = ws.getColumn(c.index).width!;
      assert.ok(w >= 11 && w <= 44, `${l.sheet} ${c.letter} width ${w}`);
      if (c.role === 'name') assert.ok(w >= 24);
    }
    const view = ws.views[0] as { state: string; ySplit: number; xSplit: number };
    assert.deepEqual([view.state, view.ySplit, view.xSplit], ['frozen', last, 0], l.sheet);
    const p = ws.pageSetup;
    assert.deepEqual(
      [p.paperSize, p.orientation, p.fitToPage, p.fitToWidth, p.fitToHeight],
      [9, 'landscape', true, 1, 0],
      l.sheet,
    );
    assert.equal(p.printTitlesRow, `${l.headerRows![0]}:${last}`, l.sheet);
  }
  const t03 = wb.getWorksheet('公开03表')!;
  assert.ok(t03.getColumn(2).width! > t03.getColumn(3).width!, '科目名称 wider than an amount column');
});
