/**
 * @module Test helpers: the bundled example as a Dataset, and small immutable edits of a dataset
 * (set a cell, drop a row, replace a part) for mutation tests.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { TableId } from '../src/catalog/tables/types.ts';
import { loadDatasetFolder } from '../src/ingest/dataset-folder.ts';
import type { Dataset, TableData, TableRow } from '../src/model/types.ts';
import { type Fen, parseAmount } from '../src/money/index.ts';
import type { Finding } from '../src/rules/types.ts';

export const ROOT = join(import.meta.dirname, '..');
export const EXAMPLE_DIR = join(ROOT, 'examples', 'jiange-2022');

let cached: Dataset | undefined;

/** The jiange-2022 example, loaded once. */
export function example(): Dataset {
  if (!cached) {
    const r = loadDatasetFolder(EXAMPLE_DIR, ROOT);
    if (!r.ok) throw new Error(`example does not load: ${JSON.stringify(r.errors)}`);
    cached = r.dataset;
  }
  return cached;
}

/** An amount in 万元 as fen ("651.04" → 651040000). */
export function wan(text: string): Fen {
  const r = parseAmount(text, 'wanYuan');
  if (!r.ok) throw new Error(`bad amount ${text}`);
  return r.value;
}

/** A copy of ds with one cell set (the row is added when missing). */
export function setCell(
  ds: Dataset,
  table: TableId,
  row: string,
  column: string,
  value: Fen | null,
): Dataset {
  const t: TableData = ds.tables[table] ?? { rows: [] };
  const exists = t.rows.some((r) => r.code === row);
  const rows: TableRow[] = exists
    ? t.rows.map((r) => (r.code === row ? { ...r, cells: { ...r.cells, [column]: value } } : r))
    : [...t.rows, { code: row, name: '', cells: { [column]: value } }];
  return { ...ds, tables: { ...ds.tables, [table]: { ...t, rows } } };
}

/** A copy of ds with a row's name changed. */
export function setRowName(ds: Dataset, table: TableId, row: string, name: string): Dataset {
  const t = ds.tables[table] ?? { rows: [] };
  return {
    ...ds,
    tables: {
      ...ds.tables,
      [table]: { ...t, rows: t.rows.map((r) => (r.code === row ? { ...r, name } : r)) },
    },
  };
}

/** A copy of ds without a row. */
export function dropRow(ds: Dataset, table: TableId, row: string): Dataset {
  const t = ds.tables[table] ?? { rows: [] };
  return { ...ds, tables: { ...ds.tables, [table]: { ...t, rows: t.rows.filter((r) => r.code !== row) } } };
}

/** A copy of ds with a table replaced or removed (undefined). */
export function setTable(ds: Dataset, table: TableId, data: TableData | undefined): Dataset {
  const tables = { ...ds.tables };
  if (data === undefined) delete tables[table];
  else tables[table] = data;
  return { ...ds, tables };
}

/** A copy of ds with a shallow patch. */
export function patch(ds: Dataset, p: Partial<Dataset>): Dataset {
  return { ...ds, ...p };
}

/** The figures of a finding that tests compare (no message text). */
export function figures(f: Finding) {
  return {
    rule: f.rule,
    severity: f.severity,
    locations: f.locations,
    expected: f.expected,
    actual: f.actual,
    difference: f.difference,
  };
}

/** The single finding of a list (fails the test when there are none or several). */
export function one(findings: readonly Finding[]): Finding {
  assert.equal(findings.length, 1, JSON.stringify(findings));
  return findings[0]!;
}
