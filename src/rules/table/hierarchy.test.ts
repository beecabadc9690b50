import assert from 'node:assert/strict';
import { test } from 'node:test';
import { example, wan } from '../../../test/helpers.ts';
import { tableDef } from '../../catalog/tables/definitions.ts';
import type { TableId } from '../../catalog/tables/types.ts';
import type { Dataset, TableRow } from '../../model/types.ts';
import type { Fen } from '../../money/index.ts';
import { FUNCTIONAL_TREE_TABLES } from './hierarchy.ts';
import { assertNone, assertOne, rowOf, run, withRows } from './testing.ts';

const BASE: readonly [string, string, string][] = [
  ['total', '合计', '3.00'],
  ['201', '一般公共服务支出', '3.00'],
  ['20103', '政府办公厅（室）及相关机构事务', '3.00'],
  ['2010301', '行政运行', '1.00'],
  ['2010350', '事业运行', '2.00'],
];

/**
 * A consistent table: 合计 = 201 = 20103 = 2010301 + 2010350 (1.00 + 2.00) in every column;
 * `first` replaces amounts of the first column only, `drop` removes rows.
 */
function tree(table: TableId, first: Record<string, Fen> = {}, drop: readonly string[] = []): Dataset {
  const cols = tableDef(table).columns.map((c) => c.id);
  const col0 = cols[0]!;
  const rows: TableRow[] = BASE.filter(([code]) => !drop.includes(code)).map(([code, name, v]) => {
    const row = rowOf(code, name, cols, wan(v));
    const o = first[code];
    return o === undefined ? row : { ...row, cells: { ...row.cells, [col0]: o } };
  });
  return withRows(example(), table, rows);
}

for (const table of FUNCTIONAL_TREE_TABLES) {
  const id = table.toLowerCase();
  const col0 = tableDef(table).columns[0]!.id;
  const at = (row: string, column?: string) =>
    column === undefined ? { table, row } : { table, row, column };

  test(`${id}.hierarchy: 款 = Σ 项 and 类 = Σ 款 in every column`, () => {
    assertNone(tree(table), `${id}.hierarchy`);
    assertOne(tree(table, { '2010350': wan('2.50') }), `${id}.hierarchy`, {
      severity: 'error',
      locations: [at('20103', col0)],
      expected: wan('3.50'),
      actual: wan('3.00'),
      difference: wan('-0.50'),
    });
  });

  test(`${id}.hierarchy: without the 款 row the 类 is compared with its 项 rows directly`, () => {
    assertNone(tree(table, {}, ['20103']), `${id}.hierarchy`);
    assertOne(tree(table, { '201': wan('3.01') }, ['20103']), `${id}.hierarchy`, {
      severity: 'notice',
      locations: [at('201', col0)],
      expected: wan('3.00'),
      actual: wan('3.01'),
      difference: wan('0.01'),
    });
  });

  test(`${id}.total-row: 合计 = Σ 类 in every column`, () => {
    assertNone(tree(table), `${id}.total-row`);
    assertOne(tree(table, { total: wan('4.00') }), `${id}.total-row`, {
      severity: 'error',
      locations: [at('total', col0)],
      expected: wan('3.00'),
      actual: wan('4.00'),
      difference: wan('1.00'),
    });
  });

  test(`${id}.missing-level: one warning per table for 项 rows without their 款 row`, () => {
    assertNone(tree(table), `${id}.missing-level`);
    const f = assertOne(tree(table, {}, ['20103']), `${id}.missing-level`, {
      severity: 'warning',
      locations: [at('2010301'), at('2010350')],
    });
    assert.equal(f.params['missing'], '20103');
    assert.equal(f.params['levels'], '款');
    const both = assertOne(tree(table, {}, ['201', '20103']), `${id}.missing-level`, {
      severity: 'warning',
      locations: [at('2010301'), at('2010350')],
    });
    assert.equal(both.params['missing'], '201、20103');
  });
}

test('t06.hierarchy on the example: 201 basic 402.62 + 135.15 = 537.77 vs 537.78 is a rounding notice', () => {
  const found = run(example(), 't06.hierarchy');
  const f = found.find(
    (x) => JSON.stringify(x.locations) === JSON.stringify([{ table: 'T06', row: '201', column: 'basic' }]),
  );
  assert.equal(f?.severity, 'notice');
  assert.equal(f?.difference, wan('0.01'));
});
