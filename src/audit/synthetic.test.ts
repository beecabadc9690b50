/**
 * No false alarms on reports Juesuan generates for consistent synthetic departments (issue 6): each
 * report, written as text, HTML, DOCX and PDF and audited from the file, has no error and no warning.
 * Seeds vary the structure (functional items, 三公 items present or not, project spending or none,
 * opening balances, new departments, several units, 三公 changed from the year before) and half the
 * departments have every figure rounded to 0.01万元 one by one.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Format } from './injected/formats.testing.ts';
import {
  auditVariant,
  describeAlarms,
  type Variant,
  variantDataset,
  variantOf,
} from './synthetic.testing.ts';

const seeds = (from: number, n: number) => Array.from({ length: n }, (_, i) => from + i);

const RUNS: readonly { format: Format; variants: readonly Variant[] }[] = [
  { format: 'txt', variants: seeds(1, 20).flatMap((s) => [variantOf(s, false), variantOf(s, true)]) },
  { format: 'html', variants: seeds(21, 20).map((s) => variantOf(s)) },
  { format: 'docx', variants: seeds(41, 5).map((s) => variantOf(s)) },
  { format: 'pdf', variants: seeds(46, 5).map((s) => variantOf(s)) },
];

test('the seeds cover the structures: 三公 empty or not, with and without project spending, new departments, several units, rounded', () => {
  const all = RUNS.flatMap((r) => r.variants);
  const data = all.map((v) => ({ v, ds: variantDataset(v) }));
  const t13 = (d: (typeof data)[number]) => d.ds.tables.T13?.rows[0]?.cells['actual.total'] ?? 0;
  const t09 = (d: (typeof data)[number]) => d.ds.tables.T09?.rows[0]?.cells['total'] ?? 0;
  assert.ok(data.some((d) => t13(d) === 0) && data.some((d) => t13(d) > 0), '三公 empty and not');
  assert.ok(data.some((d) => t09(d) === 0) && data.some((d) => t09(d) > 0), 'project spending or none');
  assert.ok(all.some((v) => v.newDepartment) && all.some((v) => v.units > 1) && all.some((v) => v.rounded));
  assert.ok(all.some((v) => v.sangongChanged));
});

for (const run of RUNS) {
  test(`${run.format}: ${run.variants.length} reports of synthetic departments have no error and no warning`, async () => {
    const alarms: string[] = [];
    for (const v of run.variants) alarms.push(...describeAlarms(await auditVariant(v, run.format)));
    assert.deepEqual(alarms, []);
  });
}
