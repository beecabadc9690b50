/**
 * @module Auditing every report in a folder (and its subfolders) and the summary CSV: file, errors,
 * warnings, notices, top findings. A file that cannot be read is listed with the reason, never skipped.
 */
import { readdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, relative } from 'node:path';
import type { Locale } from '../rules/registry.ts';
import { auditFile } from './audit.ts';
import type { AuditFinding, AuditOptions } from './checks/types.ts';
import { auditMessage, auditSummary } from './format.ts';
import { AUDIT_EXTENSIONS } from './readers/index.ts';
import { AuditInputError } from './types.ts';

export type FileResult =
  | { readonly file: string; readonly ok: true; readonly findings: readonly AuditFinding[] }
  | { readonly file: string; readonly ok: false; readonly error: string };

const TOP = 3;

/** Report files under a folder, sorted, skipping hidden entries. */
export function reportFiles(folder: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (e.name.startsWith('.')) continue;
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (AUDIT_EXTENSIONS.includes(extname(e.name).toLowerCase())) out.push(path);
    }
  };
  walk(folder);
  return out;
}

/** Audits the files one by one; `progress(done, total, file)` is called after each. */
export async function auditFiles(
  files: readonly string[],
  opts: AuditOptions,
  progress: (done: number, total: number, file: string) => void = () => {},
): Promise<FileResult[]> {
  const out: FileResult[] = [];
  for (const [i, file] of files.entries()) {
    try {
      out.push({ file, ok: true, findings: (await auditFile(file, opts)).findings });
    } catch (e) {
      if (!(e instanceof AuditInputError)) throw e;
      out.push({ file, ok: false, error: e.message });
    }
    progress(i + 1, files.length, file);
  }
  return out;
}

function csvField(s: string): string {
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** The summary CSV (UTF-8 with BOM so spreadsheet programs read the Chinese). */
export function summaryCsv(results: readonly FileResult[], base: string, locale: Locale): string {
  const header =
    locale === 'zh-CN'
      ? ['文件', '错误', '警告', '提示', '主要问题']
      : ['file', 'errors', 'warnings', 'notices', 'top findings'];
  const rows = results.map((r) => {
    const name = relative(base, r.file) || r.file;
    if (!r.ok)
      return [name, '', '', '', locale === 'zh-CN' ? `无法审查：${r.error}` : `not audited: ${r.error}`];
    const s = auditSummary(r.findings);
    const top = r.findings
      .filter((f) => f.severity !== 'notice')
      .slice(0, TOP)
      .map((f) => `${f.rule} ${auditMessage(f, locale)}`)
      .join('；');
    return [name, String(s.errors), String(s.warnings), String(s.notices), top];
  });
  return `\uFEFF${[header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** Writes a file atomically (temporary file, then rename), so a reader never sees half of it. */
export function writeAtomic(path: string, content: string): void {
  const tmp = join(dirname(path), `.${Date.now().toString(36)}-${process.pid}.tmp`);
  writeFileSync(tmp, content);
  renameSync(tmp, path);
}
