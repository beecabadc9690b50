import assert from 'node:assert/strict';
import { test } from 'node:test';
import { example, setTable } from '../../../test/helpers.ts';
import type { TableRow } from '../../model/types.ts';
import { fen } from '../../money/index.ts';
import { columnLetter, placeRows } from './grid.ts';
import { LAYOUT_SHEET, parseLayoutSheet, readLayoutSheet } from './meta.ts';
import { loadXlsx } from './testing.ts';
import { renderTablesXlsx } from './workbook.ts';

test('cells covered by spans from earlier rows are skipped when placing a row', () => {
  // | A (rowSpan 2) | B (colSpan 2)  |
  // |               | C     | D      |
  type C = { t: string; rowSpan?: number; colSpan?: number };
  const rows: C[][] = [
    [
      { t: 'A', rowSpan: 2 },
      { t: 'B', colSpan: 2 },
    ],
    [{ t: 'C' }, { t: 'D' }],
  ];
  const placed = placeRows(rows);
  assert.deepEqual(
    placed.map((p) => [p.cell.t, p.row, p.col, p.rowSpan, p.colSpan]),
    [
      ['A', 0, 0, 2, 1],
      ['B', 0, 1, 1, 2],
      ['C', 1, 1, 1, 1],
      ['D', 1, 2, 1, 1],
    ],
  );
});

test('column letters', () => {
  assert.deepEqual([1, 2, 26, 27, 52, 53, 702, 703].map(columnLetter), [
    'A',
    'B',
    'Z',
    'AA',
    'AZ',
    'BA',
    'ZZ',
    'AAA',
  ]);
});

test('a long layout is split over cells of at most 30000 characters and read back whole', async () => {
  const rows: TableRow[] = [
    { code: 'total', name: '合计', cells: { total: fen(1) } },
    ...Array.from({ length: 1200 }, (_, i) => ({
      code: `2${String(i).padStart(6, '0')}`,
      name: `测试科目${i}`,
      cells: { total: fen(i) },
    })),
  ];
  const wb = await loadXlsx(
    await renderTablesXlsx(setTable(example(), 'T05', { rows }), { profile: 'sichuan-13' }),
  );
  const meta = wb.getWorksheet(LAYOUT_SHEET)!;
  const t05 = meta.getRows(1, meta.rowCount)!.find((r) => r.getCell(3).value === 'T05')!;
  const pieces = (t05.values as unknown[]).slice(4).filter((v) => typeof v === 'string') as string[];
  assert.ok(pieces.length >= 2, `${pieces.length} piece(s)`);
  assert.ok(pieces.every((p) => p.length <= 30_000));
  const layout = readLayoutSheet(wb)!;
  const l = layout.tables.find((t) => t.table === 'T05')!;
  assert.equal(l.rows.length, 1201);
  assert.deepEqual(l.rows[1200], { row: l.bodyRows![1], kind: 'data', keys: ['2001199'] });
  assert.equal(wb.getWorksheet(l.sheet)!.getCell(l.bodyRows![1], 1).value, '2001199');
});

test('a foreign or damaged layout sheet reads as null, so the importer falls back to header text', () => {
  const good = [
    ['format', 'juesuan-layout/1'],
    ['profile', 'sichuan-13'],
    ['blank', true],
  ];
  assert.deepEqual(parseLayoutSheet(good), {
    format: 'juesuan-layout/1',
    profile: 'sichuan-13',
    blank: true,
    tables: [],
  });
  assert.equal(parseLayoutSheet([['format', 'other/2'], ...good.slice(1)]), null);
  assert.equal(parseLayoutSheet([...good, ['table', '公开01表', 'T01', '{"table":"T01",']]), null);
  assert.equal(
    parseLayoutSheet([
      ...good,
      ['table', '公开01表', 'T01', '{"table":"T02","sheet":"公开01表","columns":[],"rows":[]}'],
    ]),
    null,
  );
});
