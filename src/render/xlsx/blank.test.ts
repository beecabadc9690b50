import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type ExcelJS from 'exceljs';
import { tableDef } from '../../catalog/tables/definitions.ts';
import { BLANK_CODED_ROWS, BLANK_T08_ROWS, readLayoutSheet, type WorkbookLayout } from './index.ts';
import { loadXlsx } from './testing.ts';
import { renderTablesXlsx } from './workbook.ts';

let wb: ExcelJS.Workbook;
let layout: WorkbookLayout;

before(async () => {
  wb = await loadXlsx(await renderTablesXlsx(null, { profile: 'sichuan-13', blank: true }));
  layout = readLayoutSheet(wb)!;
});

const sheet = (table: string) => {
  const l = layout.tables.find((t) => t.table === table)!;
  return { l, ws: wb.getWorksheet(l.sheet)! };
};

test('the blank workbook has every table of the profile and not a single amount', () => {
  assert.equal(layout.blank, true);
  assert.equal(wb.worksheets.length, 14);
  let cells = 0;
  for (const l of layout.tables) {
    const ws = wb.getWorksheet(l.sheet)!;
    assert.equal(ws.getCell(1, 1).value, tableDef(l.table).title);
    assert.equal(ws.getCell(2, 1).value, '编制单位：');
    ws.eachRow((row) => {
      row.eachCell((cell) => {
        cells++;
        assert.notEqual(
          typeof cell.value,
          'number',
          `${l.sheet}!${cell.address} holds ${String(cell.value)}`,
        );
      });
    });
  }
  assert.ok(cells > 300);
});

test('coded tables: 合计 row, then empty rows to fill with text codes and amount formats', () => {
  for (const id of ['T02', 'T03', 'T05', 'T06', 'T07', 'T09', 'T10', 'T11', 'T12']) {
    const { l, ws } = sheet(id);
    const [first, last] = l.bodyRows!;
    assert.equal(last - first + 1, 1 + BLANK_CODED_ROWS, id);
    assert.equal(ws.getCell(first, 1).value, '合计');
    assert.equal(ws.getCell(first, 1).font.bold, true);
    assert.deepEqual(l.rows[0]!.keys, ['total']);
    for (let r = first + 1; r <= last; r++) {
      for (const c of l.columns) {
        const cell = ws.getCell(r, c.index);
        assert.equal(cell.value, null);
        assert.equal(cell.border.left?.style, 'thin');
        if (c.role === 'code') assert.equal(cell.numFmt, '@');
        if (c.role === 'amount') assert.equal(cell.numFmt, '#,##0.00');
      }
      assert.deepEqual(l.rows[r - first]!.keys, [null]);
    }
  }
});

test('balance tables carry their item labels; T08 its footer; T13 its one row', () => {
  const t01 = sheet('T01');
  const labels = (ws: ExcelJS.Worksheet, col: number, [a, b]: readonly [number, number]) =>
    Array.from({ length: b - a + 1 }, (_, i) => ws.getCell(a + i, col).value).filter((v) => v !== null);
  const income = (id: 'T01' | 'T04') =>
    (tableDef(id).fixedRows ?? []).filter((r) => r.side === 'income').map((r) => r.label);
  const expenditure = (id: 'T01' | 'T04') =>
    (tableDef(id).fixedRows ?? []).filter((r) => r.side === 'expenditure').map((r) => r.label);
  assert.deepEqual(labels(t01.ws, 1, t01.l.bodyRows!), income('T01'));
  assert.deepEqual(labels(t01.ws, 3, t01.l.bodyRows!), expenditure('T01'));
  const t04 = sheet('T04');
  assert.deepEqual(labels(t04.ws, 1, t04.l.bodyRows!), income('T04'));
  assert.deepEqual(labels(t04.ws, 3, t04.l.bodyRows!), expenditure('T04'));
  const t08 = sheet('T08');
  const [first, last] = t08.l.bodyRows!;
  assert.equal(last - first, BLANK_T08_ROWS);
  assert.deepEqual(
    [t08.ws.getCell(last, 1).value, t08.ws.getCell(last, 4).value],
    ['人员经费合计', '公用经费合计'],
  );
  assert.deepEqual(t08.l.rows.at(-1)!.keys, ['total.personnel', 'total.public']);
  const t13 = sheet('T13');
  assert.deepEqual(t13.l.bodyRows, [7, 7]);
  assert.equal(t13.ws.getCell(7, 1).value, '金额');
  assert.deepEqual(t13.l.rows[0]!.keys, ['amount']);
});

test('notes: the 注 line only, no empty-table statement', () => {
  for (const l of layout.tables) {
    assert.deepEqual(l.noteRows, [l.bodyRows![1] + 1, l.bodyRows![1] + 1], l.sheet);
    const text = String(wb.getWorksheet(l.sheet)!.getCell(l.noteRows![0], 1).value);
    assert.match(text, /^注：/);
    assert.doesNotMatch(text, /空表/);
  }
});

test('an entity name fills 编制单位; central-9 gives nine blank sheets', async () => {
  const named = await loadXlsx(
    await renderTablesXlsx(null, { profile: 'central-9', blank: true, entityName: '某某县财政局' }),
  );
  assert.deepEqual(
    named.worksheets.map((w) => w.name),
    ['表1', '表2', '表3', '表4', '表5', '表6', '表7', '表8', '表9', '_juesuan'],
  );
  assert.equal(named.getWorksheet('表1')!.getCell(2, 1).value, '编制单位：某某县财政局');
  assert.equal(readLayoutSheet(named)!.profile, 'central-9');
});
