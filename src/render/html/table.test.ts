import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Report, ReportTable } from '../../report/types.ts';
import { createContext } from './context.ts';
import { attr, byTag, hasClass, parseDoc, text } from './dom.test-util.ts';
import { testReport } from './fixture.ts';
import { columnCount, EMPTY_TABLE_FALLBACK, renderTable } from './table.ts';

const report = testReport();
const tables = report.parts.flatMap((p) => p.blocks.filter((b): b is ReportTable => b.kind === 'table'));
const byId = (id: string) => tables.find((t) => t.id === id)!;

function render(t: ReportTable, r: Report = report) {
  return parseDoc(`<!DOCTYPE html><body>${renderTable(t, createContext(r, {}, false))}</body>`);
}

test('caption holds number and title, then the entity and unit lines', () => {
  const cap = byTag(render(byId('table-T13')), 'caption')[0]!;
  assert.equal(text(byTag(cap, 'span', 'table-no')[0]!), '公开13表');
  assert.equal(text(byTag(cap, 'span', 'table-title')[0]!), '财政拨款“三公”经费支出决算表');
  assert.equal(text(byTag(cap, 'span', 'table-entity')[0]!), '编制单位：剑阁县人民政府办公室');
  assert.equal(text(byTag(cap, 'span', 'table-unit')[0]!), '单位：万元');
});

test('merged headers keep their spans; multi-column headers scope a column group', () => {
  const d = render(byId('table-T13'));
  const rows = byTag(byTag(d, 'thead')[0]!, 'tr');
  assert.equal(rows.length, 4, 'three header rows and the 栏次 row');
  const top = byTag(rows[0]!, 'th');
  assert.deepEqual(
    top.map((th) => [text(th), attr(th, 'scope'), attr(th, 'colspan'), attr(th, 'rowspan')]),
    [
      ['项目', 'col', undefined, '3'],
      ['预算数', 'colgroup', '6', undefined],
      ['决算数', 'colgroup', '6', undefined],
    ],
  );
  // Column groups mirror the top row, so each colgroup-scoped header sits in a column group.
  assert.deepEqual(
    byTag(d, 'colgroup').map((c) => attr(c, 'span') ?? '1'),
    ['1', '6', '6'],
  );
  const vehicle = byTag(rows[1]!, 'th').filter((th) => text(th) === '公务用车购置及运行费');
  assert.deepEqual(
    vehicle.map((th) => attr(th, 'scope')),
    ['colgroup', 'colgroup'],
  );
  assert.deepEqual(byTag(rows[3]!, 'td').map(text), [
    '栏次',
    ...Array.from({ length: 12 }, (_, i) => String(i + 1)),
  ]);
});

test('amount cells are right-aligned and anchored; row headers are th scope=row; blanks stay blank', () => {
  const d = render(byId('table-T13'));
  const row = byTag(byTag(d, 'tbody')[0]!, 'tr')[0]!;
  const th = byTag(row, 'th')[0]!;
  assert.equal(attr(th, 'scope'), 'row');
  const tds = byTag(row, 'td');
  assert.equal(tds.length, 12);
  assert.equal(attr(tds[11]!, 'id'), 'cell-T13-amount-actual_reception');
  assert.equal(text(tds[11]!), '18.07');
  assert.equal(text(tds[1]!), '', 'a blank cell is printed blank, not 0.00');
  for (const td of tds) assert.ok(hasClass(td, 'r'));
});

test('total rows are marked and label cells are indented by level', () => {
  const d = render(byId('table-T03'));
  const rows = byTag(byTag(d, 'tbody')[0]!, 'tr');
  assert.ok(hasClass(rows[0]!, 'total'));
  assert.ok(!hasClass(rows[1]!, 'total'));
  const label = (i: number) => byTag(rows[i]!, 'th')[0]!;
  assert.equal(attr(label(0), 'colspan'), '2');
  assert.ok(!/indent/.test(attr(label(1), 'class')!), '类 rows are not indented');
  assert.ok(hasClass(label(2), 'indent1'), '款');
  assert.ok(hasClass(label(3), 'indent2'), '项');
  assert.ok(!/indent/.test(attr(byTag(rows[3]!, 'td')[0]!, 'class')!), 'the code cell is not indented');
});

test('an empty table keeps its format and shows its statement under it', () => {
  const d = render(byId('table-T10'));
  assert.equal(byTag(byTag(d, 'tbody')[0]!, 'tr').length, 0);
  assert.equal(byTag(byTag(d, 'thead')[0]!, 'tr').length, 2);
  const notes = byTag(d, 'div', 'table-notes')[0]!;
  assert.ok(hasClass(notes, 'empty'));
  assert.ok(!hasClass(notes, 'sr-only'));
  assert.ok(text(notes).includes('故本表为空表。'));
  const bare = render({ ...byId('table-T10'), notes: [] });
  assert.equal(text(byTag(bare, 'div', 'table-notes')[0]!).trim(), EMPTY_TABLE_FALLBACK);
});

test('wide tables are marked for a landscape page', () => {
  assert.equal(columnCount(byId('table-T13')), 13);
  assert.equal(columnCount(byId('table-T03')), 5);
  const block = (t: ReportTable) => byTag(render(t), 'div', 'table-block')[0]!;
  assert.ok(hasClass(block(byId('table-T13')), 'wide'));
  assert.ok(!hasClass(block(byId('table-T03')), 'wide'));
});

test('a cell anchor already written is not repeated', () => {
  const t = byId('table-T03');
  const twice: ReportTable = { ...t, body: [t.body[0]!, t.body[0]!] };
  const d = render(twice);
  const ids = byTag(d, 'td')
    .map((td) => attr(td, 'id'))
    .filter((id) => id !== undefined);
  assert.equal(ids.length, 3);
  assert.equal(new Set(ids).size, 3);
});
