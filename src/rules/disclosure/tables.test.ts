import assert from 'node:assert/strict';
import { test } from 'node:test';
import { example, patch, setCell, setTable, wan } from '../../../test/helpers.ts';
import type { Dataset } from '../../model/types.ts';
import { runRulesOn } from '../engine.ts';
import type { Rule } from '../types.ts';
import {
  emptyStatementNotEmpty,
  emptyStatementWrongTable,
  emptyTableStatement,
  emptyTableStatementMissing,
  tableDetailMissing,
  tableMissing,
} from './tables.ts';

const run = (ds: Dataset, rule: Rule) => runRulesOn(ds, [rule]);

test('d.table-missing: every profile table present passes; a dropped table is an error', () => {
  assert.deepEqual(run(example(), tableMissing), []);
  const [f, ...rest] = run(setTable(example(), 'T05', undefined), tableMissing);
  assert.equal(rest.length, 0);
  assert.equal(f?.rule, 'd.table-missing');
  assert.equal(f?.severity, 'error');
  assert.deepEqual(f?.locations, [{ table: 'T05' }]);
  assert.equal(f?.params['table'], 'T05');
});

test('d.table-detail-missing: T02 with only a 合计 row warns; a detail row clears it', () => {
  const [f, ...rest] = run(example(), tableDetailMissing);
  assert.equal(rest.length, 0);
  assert.equal(f?.rule, 'd.table-detail-missing');
  assert.equal(f?.severity, 'warning');
  assert.deepEqual(f?.locations, [{ table: 'T02', row: 'total' }]);
  const detailed = setCell(example(), 'T02', '201', 'total', wan('557.78'));
  assert.deepEqual(run(detailed, tableDetailMissing), []);
});

test('d.empty-table-statement: empty T10–T12 get the standard statement (notice); given statements pass', () => {
  const found = run(example(), emptyTableStatement);
  assert.deepEqual(
    found.map((f) => [f.rule, f.severity, f.locations]),
    [
      ['d.empty-table-statement', 'notice', [{ table: 'T10' }]],
      ['d.empty-table-statement', 'notice', [{ table: 'T11' }]],
      ['d.empty-table-statement', 'notice', [{ table: 'T12' }]],
    ],
  );
  assert.equal(
    found[0]?.params['statement'],
    '剑阁县人民政府办公室本年度无政府性基金预算财政拨款收入、支出及结转结余，故本表为空表。',
  );
  const stated = patch(example(), {
    emptyTables: {
      T10: '县政府办本年度无政府性基金预算财政拨款收入、支出，故本表无数据。',
      T11: '县政府办本年度无国有资本经营预算财政拨款收入、支出，故本表无数据。',
      T12: '县政府办本年度无国有资本经营预算财政拨款支出，故本表无数据。',
    },
  });
  assert.deepEqual(run(stated, emptyTableStatement), []);
});

test('d.empty-table-statement-missing: an empty table without any statement warns', () => {
  assert.deepEqual(run(example(), emptyTableStatementMissing), []);
  const empty = setTable(example(), 'T07', { rows: [] });
  const [f, ...rest] = run(empty, emptyTableStatementMissing);
  assert.equal(rest.length, 0);
  assert.equal(f?.rule, 'd.empty-table-statement-missing');
  assert.equal(f?.severity, 'warning');
  assert.deepEqual(f?.locations, [{ table: 'T07' }, { field: 'emptyTables.T07' }]);
  const stated = patch(empty, { emptyTables: { T07: '本年度无项目支出，故本表为空表。' } });
  assert.deepEqual(run(stated, emptyTableStatementMissing), []);
});

test('d.empty-statement-wrong-table: 国有资本 text under T10 warns; its own fund passes', () => {
  const wrong = patch(example(), {
    emptyTables: { T10: '本单位无国有资本经营预算财政拨款收入、支出，故本表无数据。' },
  });
  const [f, ...rest] = run(wrong, emptyStatementWrongTable);
  assert.equal(rest.length, 0);
  assert.equal(f?.rule, 'd.empty-statement-wrong-table');
  assert.equal(f?.severity, 'warning');
  assert.deepEqual(f?.locations, [
    { table: 'T10' },
    { field: 'emptyTables.T10', excerpt: '本单位无国有资本经营预算财政拨款收入、支' },
  ]);
  assert.equal(f?.params['word'], '国有资本');
  assert.equal(f?.params['otherTable'], 'T11');
  const right = patch(example(), {
    emptyTables: { T10: '本单位无政府性基金预算财政拨款收入、支出，故本表无数据。' },
  });
  assert.deepEqual(run(right, emptyStatementWrongTable), []);
});

test('d.empty-statement-not-empty: a statement under a table with data warns', () => {
  assert.deepEqual(
    run(patch(example(), { emptyTables: { T10: '本表无数据。' } }), emptyStatementNotEmpty),
    [],
  );
  const [f, ...rest] = run(
    patch(example(), { emptyTables: { T06: '本表无数据。' } }),
    emptyStatementNotEmpty,
  );
  assert.equal(rest.length, 0);
  assert.equal(f?.rule, 'd.empty-statement-not-empty');
  assert.equal(f?.severity, 'warning');
  assert.deepEqual(f?.locations, [{ table: 'T06' }, { field: 'emptyTables.T06', excerpt: '本表无数据。' }]);
});
