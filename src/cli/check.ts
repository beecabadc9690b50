/**
 * @module `juesuan check <dataset> [--json]`: run every rule and print the findings.
 */
import { resolve } from 'node:path';
import { loadDatasetFolder } from '../ingest/dataset-folder.ts';
import { formatInputErrors } from '../model/errors.ts';
import { runRules, summarise } from '../rules/engine.ts';
import { describeLocation, findingsJson, formatFinding } from '../rules/format.ts';
import type { Finding } from '../rules/types.ts';
import { runAnnotate } from './annotate.ts';
import { localeOf, parseCommandArgs, UsageError } from './usage.ts';

const USAGE = 'juesuan check <数据集文件夹> [--json] [--lang en] [--annotate <工作簿> --out <标注后.xlsx>]';
const LABEL = {
  'zh-CN': { error: '错误', warning: '警告', notice: '提示' },
  en: { error: 'error', warning: 'warning', notice: 'notice' },
} as const;

/** Findings as text for a terminal. */
export function findingsText(findings: readonly Finding[], locale: 'zh-CN' | 'en'): string {
  const lines = findings.map((f) => {
    const where = f.locations.map((l) => describeLocation(l, locale)).join('；');
    return `[${LABEL[locale][f.severity]}] ${f.rule}\n    ${formatFinding(f, locale)}\n    位置：${where}`;
  });
  const s = summarise(findings);
  lines.push(
    locale === 'zh-CN'
      ? `共 ${s.errors} 个错误，${s.warnings} 个警告，${s.notices} 个提示。`
      : `${s.errors} errors, ${s.warnings} warnings, ${s.notices} notices.`,
  );
  return `${lines.join('\n')}\n`;
}

export async function runCheck(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      json: { type: 'boolean' },
      lang: { type: 'string' },
      annotate: { type: 'string' },
      out: { type: 'string' },
    },
    USAGE,
  );
  if (values.annotate !== undefined && values.out === undefined) {
    throw new UsageError(`--annotate 需要 --out <标注后的.xlsx>\n用法：${USAGE}`);
  }
  const locale = localeOf(values.lang);
  if (positionals.length !== 1) throw new UsageError(`请指定一个数据集文件夹。\n用法：${USAGE}`);
  const loaded = loadDatasetFolder(resolve(positionals[0]!));
  if (!loaded.ok) {
    process.stderr.write(`数据集无法使用：\n${formatInputErrors(loaded.errors)}\n`);
    return 2;
  }
  const findings = runRules(loaded.dataset);
  if (values.annotate !== undefined && values.out !== undefined) {
    const code = await runAnnotate(values.annotate, values.out, findings, locale);
    if (code !== 0) return code;
  }
  if (values.json) process.stdout.write(`${JSON.stringify(findingsJson(findings, locale), null, 2)}\n`);
  else process.stdout.write(findingsText(findings, locale));
  return findings.some((f) => f.severity === 'error') ? 1 : 0;
}
