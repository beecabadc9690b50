/**
 * @module Test-only helpers of the table family: run one rule by id on a dataset and assert the single
 * finding it must produce (id, severity, locations and the fen figures; never the message text).
 */
import assert from 'node:assert/strict';
import type { TableId } from '../../catalog/tables/types.ts';
import type { Dataset, TableRow } from '../../model/types.ts';
import type { Fen } from '../../money/index.ts';
import { runRulesOn } from '../engine.ts';
import { formatFinding } from '../format.ts';
import type { Finding, Location, Rule, Severity } from '../types.ts';
import { RULES } from './rules.ts';

/** A rule of this family by id (throws when absent). */
export function ruleOf(id: string): Rule {
  const rule = RULES.find((r) => r.id === id);
  if (rule === undefined) throw new Error(`no table rule ${id}`);
  return rule;
}

/** Findings of one rule on a dataset. */
export function run(ds: Dataset, id: string): Finding[] {
  return runRulesOn(ds, [ruleOf(id)]);
}

/** Assert that a rule yields nothing on a dataset. */
export function assertNone(ds: Dataset, id: string): void {
  assert.deepEqual(run(ds, id), []);
}

export type Expectation = {
  readonly severity: Severity;
  readonly locations: readonly Location[];
  readonly expected?: Fen | null;
  readonly actual?: Fen | null;
  readonly difference?: Fen | null;
};

/** Assert that a rule yields exactly one finding, as described. */
export function assertOne(ds: Dataset, id: string, want: Expectation): Finding {
  const found = run(ds, id);
  assert.equal(found.length, 1, `expected one ${id} finding, got ${JSON.stringify(found)}`);
  const f = found[0]!;
  assert.equal(f.rule, id);
  assert.equal(f.severity, want.severity);
  assert.deepEqual(f.locations, want.locations);
  if ('expected' in want) assert.equal(f.expected, want.expected);
  if ('actual' in want) assert.equal(f.actual, want.actual);
  if ('difference' in want) assert.equal(f.difference, want.difference);
  for (const locale of ['zh-CN', 'en'] as const) {
    const text = formatFinding(f, locale);
    assert.doesNotMatch(text, /\{\w+\}/, `every placeholder of ${id} is filled (${locale}): ${text}`);
    assert.notEqual(text, id, `${id} has a ${locale} message`);
  }
  return f;
}

/** A copy of ds with a table replaced by the given rows. */
export function withRows(ds: Dataset, table: TableId, rows: readonly TableRow[]): Dataset {
  return { ...ds, tables: { ...ds.tables, [table]: { rows } } };
}

/** A row with the same amount in each listed column. */
export function rowOf(code: string, name: string, columns: readonly string[], value: Fen | null): TableRow {
  return { code, name, cells: Object.fromEntries(columns.map((c) => [c, value])) };
}
