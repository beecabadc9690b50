import assert from 'node:assert/strict';
import { test } from 'node:test';
import { example, patch, setCell } from '../../../test/helpers.ts';
import { synthDataset } from '../../../test/synth.ts';
import type { Dataset } from '../../model/types.ts';
import type { BodyCell, ReportTable } from '../types.ts';
import { buildTables } from './build.ts';
import { columnCount, rowWidths } from './grid.test-util.ts';

const ds = example();
const tables = buildTables(ds);
const byId = (id: string, ts: readonly ReportTable[] = tables): ReportTable => {
  const t = ts.find((x) => x.table === id);
  assert.ok(t, `table ${id} present`);
  return t;
};
const headerTexts = (t: ReportTable) => t.header.map((row) => row.map((c) => c.text));
const cellAt = (t: ReportTable, code: string, i: number): BodyCell => {
  const row = t.body.find((r) => r.cells[0]?.text === code);
  assert.ok(row, `row ${code} in ${t.table}`);
  return row.cells[i]!;
};

function assertGrid(t: ReportTable): void {
  const n = columnCount(t);
  for (const [i, w] of rowWidths(t.header).entries()) assert.equal(w, n, `${t.table} header row ${i}`);
  for (const [i, w] of rowWidths(t.body.map((r) => r.cells)).entries())
    assert.equal(w, n, `${t.table} body row ${i}`);
}

test('all 13 tables of sichuan-13 in profile order, numbered 公开01表…公开13表', () => {
  assert.deepEqual(
    tables.map((t) => t.table),
    ['T01', 'T02', 'T03', 'T04', 'T05', 'T06', 'T07', 'T08', 'T09', 'T10', 'T11', 'T12', 'T13'],
  );
  assert.equal(tables[0]!.number, '公开01表');
  assert.equal(tables[12]!.number, '公开13表');
  assert.equal(tables[5]!.id, 'table-T06');
  assert.equal(tables[5]!.title, '一般公共预算财政拨款支出决算表');
  for (const t of tables) {
    assert.equal(t.entityLine, '编制单位：剑阁县人民政府办公室');
    assert.equal(t.unitLine, '单位：万元');
  }
});

test('merged header cells, body rows and 栏次 add up to the column count in every table', () => {
  for (const t of tables) assertGrid(t);
  for (const seed of [1, 2, 3, 4, 5, 6, 7, 8])
    for (const t of buildTables(synthDataset({ seed }))) assertGrid(t);
});

test('header groups: T13 预算数/决算数 with 公务用车购置及运行费 over its three items', () => {
  const t = byId('T13');
  assert.deepEqual(
    t.header[0]!.map((c) => [c.text, c.colSpan ?? 1, c.rowSpan ?? 1]),
    [
      ['项目', 1, 3],
      ['预算数', 6, 1],
      ['决算数', 6, 1],
    ],
  );
  const car = t.header[1]!.filter((c) => c.text === '公务用车购置及运行费');
  assert.deepEqual(
    car.map((c) => c.colSpan),
    [3, 3],
  );
  assert.equal(t.header[1]!.find((c) => c.text === '公务接待费')?.rowSpan, 2);
  assert.deepEqual(headerTexts(t)[2], [
    '小计',
    '公务用车购置费',
    '公务用车运行费',
    '小计',
    '公务用车购置费',
    '公务用车运行费',
  ]);
  assert.equal(t.body.length, 1);
  assert.deepEqual(t.columnNumbers, ['栏次', ...Array.from({ length: 12 }, (_, i) => String(i + 1))]);
});

test('header groups: 本年支出 over 小计/基本支出/项目支出 (T10, T11); 基本支出 over 人员经费/公用经费 (T07)', () => {
  for (const id of ['T10', 'T11']) {
    const t = byId(id);
    assert.deepEqual(
      t.header[0]!.map((c) => [c.text, c.colSpan ?? 1]),
      [
        ['项目', 2],
        ['年初结转和结余', 1],
        ['本年收入', 1],
        ['本年支出', 3],
        ['年末结转和结余', 1],
      ],
    );
    assert.deepEqual(headerTexts(t)[1], ['科目编码', '科目名称', '小计', '基本支出', '项目支出']);
  }
  const t07 = byId('T07');
  assert.equal(t07.header[0]!.find((c) => c.text === '基本支出')?.colSpan, 2);
  assert.deepEqual(headerTexts(t07)[1], ['科目编码', '科目名称', '人员经费', '公用经费']);
});

test('栏次 rows number the amount columns', () => {
  assert.deepEqual(byId('T06').columnNumbers, ['栏次', '', '1', '2', '3']);
  assert.deepEqual(byId('T01').columnNumbers, ['栏次', '1', '栏次', '2']);
  assert.deepEqual(byId('T04').columnNumbers, ['栏次', '1', '栏次', '2', '3', '4', '5']);
  assert.deepEqual(byId('T08').columnNumbers, ['栏次', '', '1', '栏次', '', '2']);
});

test('coded tables: 合计 first, rows in code order, indented by level, with refs and exact values', () => {
  const t = byId('T06');
  assert.equal(t.body[0]!.kind, 'total');
  assert.deepEqual(t.body[0]!.cells[0], { text: '合计', align: 'left', rowHeader: true, colSpan: 2 });
  assert.deepEqual(
    t.body.slice(1).map((r) => [r.cells[0]!.text, r.level]),
    [
      ['201', 0],
      ['2010301', 2],
      ['2010350', 2],
      ['2011308', 2],
      ['208', 0],
      ['2080505', 2],
      ['210', 0],
      ['2101101', 2],
      ['2101102', 2],
      ['221', 0],
      ['2210201', 2],
    ],
  );
  assert.deepEqual(cellAt(t, '2010301', 2), {
    text: '402.62',
    align: 'right',
    ref: { table: 'T06', row: '2010301', column: 'total' },
    fen: 402620000,
  });
});

test('blank cells print empty, zero cells print 0.00', () => {
  const t06 = byId('T06');
  assert.equal(cellAt(t06, '2010301', 4).text, '');
  assert.equal(cellAt(t06, '2010301', 4).fen, null);
  const t02 = byId('T02');
  assert.equal(t02.body[0]!.cells[3]!.text, '0.00');
  assert.equal(t02.body[0]!.cells[3]!.fen, 0);
  const t08 = byId('T08');
  assert.equal(cellAt(t08, '30101', 2).text, '');
});

test('rows are ordered by code and named from the catalogue when the row has no name', () => {
  const t = ds.tables.T06!;
  const shuffled = patch(ds, {
    tables: {
      ...ds.tables,
      T06: { rows: [...t.rows].reverse().map((r) => (r.code === '2010350' ? { ...r, name: '' } : r)) },
    },
  });
  const t06 = byId('T06', buildTables(shuffled));
  assert.equal(t06.body[0]!.cells[0]!.text, '合计');
  assert.deepEqual(
    t06.body.slice(1, 4).map((r) => r.cells[0]!.text),
    ['201', '2010301', '2010350'],
  );
  assert.equal(cellAt(t06, '2010350', 1).text, '事业运行');
});

test('T10–T12 are empty, with the statement naming the right fund; the others are not', () => {
  for (const t of tables) {
    const empty = ['T10', 'T11', 'T12'].includes(t.table!);
    assert.equal(t.empty, empty, t.table);
    // T03/T05/T06 carry the 尾差 note: the seed's 201 and 210 miss the sum of their 项 by 0.01万元.
    const rounding = ['T03', 'T05', 'T06'].includes(t.table!);
    assert.equal(t.notes.length, 1 + (empty ? 1 : 0) + (rounding ? 1 : 0), t.table);
    if (rounding) assert.match(t.notes[1]!, /尾差系四舍五入所致/);
    assert.match(t.notes[0]!, /^注：本表反映部门本年度/);
  }
  assert.match(byId('T10').notes[1]!, /^说明：剑阁县人民政府办公室本年度无政府性基金预算财政拨款/);
  for (const id of ['T11', 'T12']) {
    assert.match(byId(id).notes[1]!, /无国有资本经营预算财政拨款/);
    assert.doesNotMatch(byId(id).notes[1]!, /政府性基金/);
  }
  const own = buildTables(
    patch(ds, { emptyTables: { T10: '本部门没有政府性基金预算财政拨款收支，故本表无数据。' } }),
  );
  assert.equal(byId('T10', own).notes[1], '说明：本部门没有政府性基金预算财政拨款收支，故本表无数据。');
});

test('T01: income items face the 类 rows; 本年收入合计, balance rows and 总计 aligned at the bottom', () => {
  const t = byId('T01');
  const labels = t.body.map((r) => [r.cells[0]!.text, r.cells[2]!.text, r.kind]);
  assert.deepEqual(labels[0], ['一、一般公共预算财政拨款收入', '一般公共服务支出', 'data']);
  assert.deepEqual(labels[4], ['五、事业收入', '', 'data']);
  assert.deepEqual(labels.slice(-4), [
    ['本年收入合计', '本年支出合计', 'total'],
    ['使用非财政拨款结余', '结余分配', 'data'],
    ['年初结转和结余', '年末结转和结余', 'data'],
    ['总计', '总计', 'total'],
  ]);
  const last = t.body.at(-1)!.cells;
  assert.deepEqual(last[1]!.ref, { table: 'T01', row: 'income.grandTotal', column: 'amount' });
  assert.deepEqual(last[3]!.ref, { table: 'T01', row: 'expenditure.grandTotal', column: 'amount' });
  assert.equal(last[3]!.text, '651.04');
});

test('T04: four expenditure columns; the opening fund rows face 年末财政拨款结转和结余', () => {
  const t = byId('T04');
  assert.deepEqual(headerTexts(t)[1], [
    '项目',
    '决算数',
    '项目',
    '合计',
    '一般公共预算财政拨款',
    '政府性基金预算财政拨款',
    '国有资本经营预算财政拨款',
  ]);
  const rows = t.body.map((r) => [r.cells[0]!.text, r.cells[2]!.text]);
  assert.deepEqual(rows.slice(-6), [
    ['本年收入合计', '本年支出合计'],
    ['年初财政拨款结转和结余', '年末财政拨款结转和结余'],
    ['一般公共预算财政拨款', ''],
    ['政府性基金预算财政拨款', ''],
    ['国有资本经营预算财政拨款', ''],
    ['总计', '总计'],
  ]);
  assert.equal(t.body.at(-1)!.cells[4]!.text, '651.04');
});

test('T08: 人员经费 and 公用经费 panels with the two totals as footer', () => {
  const t = byId('T08');
  assert.deepEqual(headerTexts(t)[0], ['人员经费', '公用经费']);
  assert.ok(t.body.slice(0, -1).every((r) => /^30[13]/.test(r.cells[0]!.text) || r.cells[0]!.text === ''));
  assert.ok(
    t.body.slice(0, -1).every((r) => /^30[2-9]|^31/.test(r.cells[3]!.text) || r.cells[3]!.text === ''),
  );
  const footer = t.body.at(-1)!;
  assert.equal(footer.kind, 'total');
  assert.deepEqual(
    footer.cells.map((c) => c.text),
    ['人员经费合计', '530.58', '公用经费合计', '100.46'],
  );
});

test('central-9: its 9 tables numbered 表1…表9 with the profile title and thousands separators', () => {
  const central: Dataset = setCell(
    patch(ds, { entity: { ...ds.entity, profile: 'central-9' } }),
    'T06',
    'total',
    'total',
    123456789012 as never,
  );
  const ts = buildTables(central);
  assert.deepEqual(
    ts.map((t) => [t.number, t.table]),
    [
      ['表1', 'T01'],
      ['表2', 'T02'],
      ['表3', 'T03'],
      ['表4', 'T04'],
      ['表5', 'T06'],
      ['表6', 'T08'],
      ['表7', 'T13'],
      ['表8', 'T10'],
      ['表9', 'T12'],
    ],
  );
  assert.equal(byId('T13', ts).title, '一般公共预算财政拨款“三公”经费支出决算表');
  assert.equal(byId('T06', ts).body[0]!.cells[1]!.text, '123,456.79');
});

test('a 单位 report says 单位 in the notes', () => {
  const unit = buildTables(patch(ds, { entity: { ...ds.entity, kind: 'unit' } }));
  assert.match(byId('T06', unit).notes[0]!, /^注：本表反映单位本年度/);
});
