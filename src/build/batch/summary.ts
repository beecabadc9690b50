/**
 * @module The batch summary: counts by status, the exit code, and summary.csv (UTF-8 with a BOM so that
 * Excel and WPS read the Chinese names; RFC 4180 records: dataset, status, errors, warnings, notices, output
 * folder relative to summary.csv, message).
 */
import { relative } from 'node:path';
import { BATCH_STATUSES, type BatchStatus, type DatasetResult } from './types.ts';

/** One RFC 4180 record: a field is quoted when it holds a comma, quote or line break; CRLF at the end. */
function csvRecord(values: readonly string[]): string {
  return `${values.map((v) => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v)).join(',')}\r\n`;
}

/** How many datasets ended in each status. */
export function countByStatus(results: readonly DatasetResult[]): Record<BatchStatus, number> {
  const counts = Object.fromEntries(BATCH_STATUSES.map((s) => [s, 0])) as Record<BatchStatus, number>;
  for (const r of results) counts[r.status]++;
  return counts;
}

/** 2 when any dataset is unusable (or failed), else 1 when any has error findings, else 0. */
export function batchExitCode(counts: Readonly<Record<BatchStatus, number>>): number {
  if (counts.unusable > 0 || counts.failed > 0) return 2;
  if (counts.blocked > 0 || counts.draft > 0) return 1;
  return 0;
}

/** The header of summary.csv. */
export const SUMMARY_FIELDS = ['dataset', 'status', 'errors', 'warnings', 'notices', 'output', 'message'];

/** summary.csv for results written under `dir`. */
export function summaryCsv(results: readonly DatasetResult[], dir: string): string {
  let out = `\uFEFF${csvRecord(SUMMARY_FIELDS)}`;
  for (const r of results) {
    const output = r.out === null ? '' : relative(dir, r.out).replaceAll('\\', '/');
    out += csvRecord([
      r.name,
      r.status,
      String(r.errors),
      String(r.warnings),
      String(r.notices),
      output,
      r.message,
    ]);
  }
  return out;
}
