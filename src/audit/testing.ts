/**
 * @module Test helpers for the audit: the seed report's path, auditing a text written to a real
 * temporary file (read back by the real reader), and picking findings.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type AuditResult, auditFile } from './audit.ts';
import type { AuditFinding, AuditOptions } from './checks/types.ts';

/** The repository root. */
export const ROOT = join(import.meta.dirname, '..', '..');

/** The seed report as published (text), beside the repository. */
export const SEED = join(
  ROOT,
  '..',
  'shared',
  'seed',
  'jiange-county-government-office-2022-final-accounts.txt',
);

/** Writes `content` to a fresh temporary file and audits it. */
export async function auditText(
  content: string | Uint8Array,
  opts: AuditOptions & { name?: string } = {},
): Promise<AuditResult> {
  const dir = mkdtempSync(join(tmpdir(), 'juesuan-audit-'));
  const file = join(dir, opts.name ?? 'report.txt');
  writeFileSync(file, content);
  return auditFile(file, opts);
}

/** Findings of a rule (optionally of one severity). */
export function byRule(findings: readonly AuditFinding[], rule: string, severity?: string): AuditFinding[] {
  return findings.filter((f) => f.rule === rule && (severity === undefined || f.severity === severity));
}

/** Findings at error level. */
export function errors(findings: readonly AuditFinding[]): AuditFinding[] {
  return findings.filter((f) => f.severity === 'error');
}

/** All evidence texts of a finding, joined. */
export function quoted(f: AuditFinding): string {
  return f.evidence.map((e) => e.text).join(' | ');
}
