/**
 * @module Auditing a published report: read (by format), normalise, extract facts, run the checks.
 * `auditDocument` is pure; `auditFile` reads the file.
 */
import { runChecks } from './checks/index.ts';
import type { AuditFinding, AuditOptions } from './checks/types.ts';
import { buildDoc } from './facts/doc.ts';
import { extractFacts } from './facts/index.ts';
import type { Facts } from './facts/types.ts';
import { readSource } from './readers/index.ts';
import type { SourceDocument } from './types.ts';

export type AuditResult = { readonly facts: Facts; readonly findings: readonly AuditFinding[] };

/** Audits a report already read into blocks. */
export function auditDocument(source: SourceDocument, opts: AuditOptions = {}): AuditResult {
  const facts = extractFacts(buildDoc(source));
  return { facts, findings: runChecks(facts, opts) };
}

/** Reads and audits a report file; throws AuditInputError (Chinese message) when it cannot be read. */
export async function auditFile(file: string, opts: AuditOptions = {}): Promise<AuditResult> {
  return auditDocument(await readSource(file), opts);
}
