/**
 * @module Completeness of the published tables (domain-standard.md §3.2, §3.3): every table of the
 * profile is published, functional tables are detailed below their 合计, empty tables carry a
 * statement that names the right fund.
 */
import { tableDef } from '../../catalog/tables/definitions.ts';
import type { ProfileDef, TableId } from '../../catalog/tables/types.ts';
import type { Dataset } from '../../model/types.ts';
import { findRow, isTableEmpty } from '../../model/views.ts';
import { defineRule } from '../define.ts';
import { cell, excerptAround, field, isBlank } from './shared.ts';

/** d.table-missing: a table of the profile is not provided at all. */
export const tableMissing = defineRule({
  id: 'd.table-missing',
  severity: 'error',
  title: { zh: '公开模板要求的表缺失', en: 'A table of the template is missing' },
  source: 'domain-standard.md §3.2 (tables of the 部门决算公开), §1.1 (profiles); 财预〔2016〕143号 完整性',
  *check({ ds, profile }) {
    for (const { table, title } of profile.tables) {
      if (ds.tables[table] !== undefined) continue;
      yield { locations: [{ table }], params: { table, title: title ?? tableDef(table).title } };
    }
  },
});

/** d.table-detail-missing: a functional table has a non-zero 合计 but no 类/款/项 rows. */
export const tableDetailMissing = defineRule({
  id: 'd.table-detail-missing',
  severity: 'warning',
  title: { zh: '表只有合计行，缺少科目明细', en: 'Table has a 合计 but no 类/款/项 rows' },
  source: 'domain-standard.md §3.1 (公开到支出功能分类项级科目), §1.3 (rows: 合计 + 类/款/项)',
  *check({ ds, profile }) {
    for (const { table } of profile.tables) {
      const def = tableDef(table);
      const data = ds.tables[table];
      if (def.keying !== 'functional' || data === undefined) continue;
      const total = findRow(data, 'total');
      if (!total || !Object.values(total.cells).some((v) => v !== null && v !== 0)) continue;
      const detailed = data.rows.some(
        (r) => /^\d+$/.test(r.code) && Object.values(r.cells).some((v) => v !== null),
      );
      if (!detailed) yield { locations: [cell(table, 'total')], params: { table, title: def.title } };
    }
  },
});

/** Profile tables that are provided, have no data and no statement in ds.emptyTables. */
function* unexplainedEmptyTables(ds: Dataset, profile: ProfileDef): Generator<TableId> {
  for (const { table } of profile.tables) {
    const data = ds.tables[table];
    if (data !== undefined && isTableEmpty(data) && isBlank(ds.emptyTables[table])) yield table;
  }
}

/** d.empty-table-statement: an empty table without a statement gets the standard one (information). */
export const emptyTableStatement = defineRule({
  id: 'd.empty-table-statement',
  severity: 'notice',
  title: { zh: '空表将印发标准空表说明', en: 'Empty table: the standard statement will be printed' },
  source: 'domain-standard.md §3.3 (空表仍保留表格式并在表下说明; GBC V33-114/109/122, D-008/D-009)',
  *check({ ds, profile }) {
    for (const table of unexplainedEmptyTables(ds, profile)) {
      const def = tableDef(table);
      if (def.emptyStatement === undefined) continue;
      const statement = def.emptyStatement.replace('{entity}', ds.entity.name);
      yield { locations: [{ table }], params: { table, title: def.title, statement } };
    }
  },
});

/** d.empty-table-statement-missing: an empty table with neither a statement nor a standard one. */
export const emptyTableStatementMissing = defineRule({
  id: 'd.empty-table-statement-missing',
  severity: 'warning',
  title: { zh: '空表缺少说明', en: 'Empty table without a statement' },
  source: 'domain-standard.md §3.3 (空表 must carry a statement), §3.4 item 9',
  *check({ ds, profile }) {
    for (const table of unexplainedEmptyTables(ds, profile)) {
      const def = tableDef(table);
      if (def.emptyStatement !== undefined) continue;
      yield { locations: [{ table }, field(`emptyTables.${table}`)], params: { table, title: def.title } };
    }
  },
});

/** The fund a table is about, by the words its empty-table statement must use. */
const FUND_WORDS: readonly { readonly word: string; readonly tables: readonly TableId[] }[] = [
  { word: '政府性基金', tables: ['T10'] },
  { word: '国有资本', tables: ['T11', 'T12'] },
  { word: '三公', tables: ['T13'] },
];

/** d.empty-statement-wrong-table: the statement under a table names another table's fund. */
export const emptyStatementWrongTable = defineRule({
  id: 'd.empty-statement-wrong-table',
  severity: 'warning',
  title: { zh: '空表说明套用了其他表的内容', en: 'Empty-table statement names another table' },
  source: 'domain-standard.md §3.3 (statement must name the right table, "不得套用模板"), §3.4 item 9',
  *check({ ds }) {
    for (const [id, text] of Object.entries(ds.emptyTables)) {
      if (text === undefined || isBlank(text)) continue;
      const table = id as TableId;
      const own = FUND_WORDS.filter((f) => f.tables.includes(table));
      if (own.some((f) => text.includes(f.word))) continue;
      const other = FUND_WORDS.find((f) => !f.tables.includes(table) && text.includes(f.word));
      if (!other) continue;
      const at = text.indexOf(other.word);
      yield {
        locations: [{ table }, field(`emptyTables.${table}`, excerptAround(text, at, other.word.length))],
        params: { table, title: tableDef(table).title, word: other.word, otherTable: other.tables[0] ?? '' },
      };
    }
  },
});

/** d.empty-statement-not-empty: a table declared empty has data. */
export const emptyStatementNotEmpty = defineRule({
  id: 'd.empty-statement-not-empty',
  severity: 'warning',
  title: { zh: '有数据的表附了空表说明', en: 'Empty-table statement under a table with data' },
  source: 'domain-standard.md §3.3, §3.4 item 9 (statement copied for the wrong table)',
  *check({ ds }) {
    for (const [id, text] of Object.entries(ds.emptyTables)) {
      if (text === undefined || isBlank(text)) continue;
      const table = id as TableId;
      const data = ds.tables[table];
      if (data === undefined || isTableEmpty(data)) continue;
      yield {
        locations: [{ table }, field(`emptyTables.${table}`, excerptAround(text, 0, 0, 30))],
        params: { table, title: tableDef(table).title },
      };
    }
  },
});

export const TABLE_RULES = [
  tableMissing,
  tableDetailMissing,
  emptyTableStatement,
  emptyTableStatementMissing,
  emptyStatementWrongTable,
  emptyStatementNotEmpty,
];
