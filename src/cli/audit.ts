/**
 * @module `juesuan audit <file|folder> [--json] [--complete] [--lang en] [--out PATH]`: audit a published
 * report (or every report in a folder, writing summary.csv). Exit 0 no error findings, 1 error findings,
 * 2 unusable input (for a folder: no error findings but a file that could not be audited).
 */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { auditFile } from '../audit/audit.ts';
import { auditFiles, type FileResult, reportFiles, summaryCsv, writeAtomic } from '../audit/folder.ts';
import { auditFindingsJson, auditFindingsText, auditSummary } from '../audit/format.ts';
import { AuditInputError } from '../audit/types.ts';
import { localeOf, parseCommandArgs, UsageError } from './usage.ts';

const USAGE = 'juesuan audit <报告文件或文件夹> [--json] [--complete] [--lang en] [--out 汇总文件或文件夹]';
const BAR = 24;

/** A one-line progress bar on a terminal; nothing when stderr is not a terminal. */
function progressBar(enabled: boolean) {
  return (done: number, total: number, file: string) => {
    if (!enabled) return;
    const filled = Math.round((done / total) * BAR);
    const name = basename(file).slice(0, 30);
    process.stderr.write(
      `\r审查中 [${'#'.repeat(filled)}${'-'.repeat(BAR - filled)}] ${done}/${total} ${name}\x1b[K`,
    );
    if (done === total) process.stderr.write('\n');
  };
}

/** Where the folder summary goes: --out FILE.csv, --out DIR/summary.csv, or FOLDER/summary.csv. */
function summaryPath(folder: string, out: string | undefined): string {
  if (out === undefined) return join(folder, 'summary.csv');
  const target = resolve(out);
  if (extname(target).toLowerCase() === '.csv') {
    mkdirSync(dirname(target), { recursive: true });
    return target;
  }
  mkdirSync(target, { recursive: true });
  return join(target, 'summary.csv');
}

async function auditOneFile(
  file: string,
  values: { json?: boolean; complete?: boolean },
  locale: 'zh-CN' | 'en',
): Promise<number> {
  try {
    const { findings } = await auditFile(file, { complete: values.complete === true });
    if (values.json)
      process.stdout.write(`${JSON.stringify(auditFindingsJson(findings, locale), null, 2)}\n`);
    else process.stdout.write(auditFindingsText(findings, locale));
    return findings.some((f) => f.severity === 'error') ? 1 : 0;
  } catch (e) {
    if (!(e instanceof AuditInputError)) throw e;
    process.stderr.write(`${e.message}\n`);
    return 2;
  }
}

function folderJson(results: readonly FileResult[], locale: 'zh-CN' | 'en') {
  return {
    files: results.map((r) =>
      r.ok ? { file: r.file, ...auditFindingsJson(r.findings, locale) } : { file: r.file, error: r.error },
    ),
  };
}

async function auditFolder(
  folder: string,
  values: { json?: boolean; complete?: boolean; out?: string },
  locale: 'zh-CN' | 'en',
): Promise<number> {
  const files = reportFiles(folder);
  if (files.length === 0) {
    process.stderr.write(`文件夹“${folder}”中没有可审查的报告（.txt、.pdf、.docx、.html）。\n`);
    return 2;
  }
  const results = await auditFiles(
    files,
    { complete: values.complete === true },
    progressBar(process.stderr.isTTY === true),
  );
  const csvPath = summaryPath(folder, values.out);
  writeAtomic(csvPath, summaryCsv(results, folder, locale));
  if (values.json) {
    process.stdout.write(`${JSON.stringify(folderJson(results, locale), null, 2)}\n`);
  } else {
    for (const r of results) {
      const name = r.file.slice(folder.length + 1);
      if (!r.ok) {
        process.stdout.write(`${name}：${locale === 'zh-CN' ? '无法审查' : 'not audited'}：${r.error}\n`);
        continue;
      }
      const s = auditSummary(r.findings);
      process.stdout.write(
        locale === 'zh-CN'
          ? `${name}：${s.errors} 个错误，${s.warnings} 个警告，${s.notices} 个提示\n`
          : `${name}: ${s.errors} errors, ${s.warnings} warnings, ${s.notices} notices\n`,
      );
    }
    process.stdout.write(locale === 'zh-CN' ? `汇总已写入 ${csvPath}\n` : `Summary written to ${csvPath}\n`);
  }
  if (results.some((r) => r.ok && r.findings.some((f) => f.severity === 'error'))) return 1;
  return results.some((r) => !r.ok) ? 2 : 0;
}

/** Runs `juesuan audit` with its arguments; returns the exit code. */
export async function runAudit(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      json: { type: 'boolean' },
      complete: { type: 'boolean' },
      lang: { type: 'string' },
      out: { type: 'string' },
    },
    USAGE,
  );
  const locale = localeOf(values.lang);
  if (positionals.length !== 1) throw new UsageError(`请指定一个报告文件或文件夹。\n用法：${USAGE}`);
  const target = resolve(positionals[0]!);
  if (!existsSync(target)) {
    process.stderr.write(`找不到文件或文件夹“${positionals[0]}”。\n`);
    return 2;
  }
  if (statSync(target).isDirectory()) return auditFolder(target, values, locale);
  if (values.out !== undefined) throw new UsageError(`--out 只用于审查文件夹。\n用法：${USAGE}`);
  return auditOneFile(target, values, locale);
}
