/**
 * @module `juesuan build <dataset> [--out DIR] [--draft]` (DESIGN.md §1): validate, then write the
 * disclosure. Error findings block it: only findings.json is written, unless --draft.
 */
import { basename, resolve } from 'node:path';
import { buildOutputs, findingsFile } from '../build/outputs.ts';
import { writeDirAtomically } from '../build/write-dir.ts';
import { loadDatasetFolder } from '../ingest/dataset-folder.ts';
import { formatInputErrors } from '../model/errors.ts';
import { todoMarkers } from '../report/todo.ts';
import { runRules, summarise } from '../rules/engine.ts';
import { isDatasetCollection, runBuildBatch } from './build-batch.ts';
import { parseCommandArgs, UsageError } from './usage.ts';

const USAGE =
  'juesuan build <数据集文件夹 或 多个数据集的上级文件夹> [--out 输出文件夹] [--draft] [--jobs 线程数]';

/** 'report.html、charts/（7个）、data/（13个）…': top-level files, and folders with their file counts. */
function describeFiles(paths: string[]): string {
  const folders = new Map<string, number>();
  const top: string[] = [];
  for (const p of paths.sort()) {
    const slash = p.indexOf('/');
    if (slash < 0) top.push(p);
    else folders.set(p.slice(0, slash), (folders.get(p.slice(0, slash)) ?? 0) + 1);
  }
  return [...top, ...[...folders].map(([f, n]) => `${f}/（${n}个）`)].join('、');
}

export async function runBuild(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    { out: { type: 'string' }, draft: { type: 'boolean' }, jobs: { type: 'string' } },
    USAGE,
  );
  if (positionals.length !== 1) throw new UsageError(`请指定一个数据集文件夹。\n用法：${USAGE}`);
  const input = resolve(positionals[0]!);
  const out = resolve(values.out ?? `out/${basename(input)}`);
  if (isDatasetCollection(input))
    return runBuildBatch(input, { out, draft: values.draft ?? false, jobs: values.jobs });
  if (values.jobs !== undefined) throw new UsageError('--jobs 只用于批量生成（多个数据集的上级文件夹）。');
  const loaded = loadDatasetFolder(input);
  if (!loaded.ok) {
    process.stderr.write(`数据集无法使用：\n${formatInputErrors(loaded.errors)}\n`);
    return 2;
  }
  const findings = runRules(loaded.dataset);
  const s = summarise(findings);
  const blocked = s.errors > 0 && !values.draft;
  if (blocked) {
    writeDirAtomically(out, new Map([['findings.json', findingsFile(findings)]]));
    process.stderr.write(
      `有 ${s.errors} 个错误，未生成公开文件（只写了 ${out}/findings.json）。改正后重试，或用 --draft 生成带「草稿 未通过校验」标记的草稿。\n`,
    );
    return 1;
  }
  const { report, files } = await buildOutputs(loaded.dataset, findings, { draft: s.errors > 0 });
  writeDirAtomically(out, files);
  process.stdout.write(
    `已生成 ${out}：${describeFiles([...files.keys()])}\n共 ${s.errors} 个错误，${s.warnings} 个警告，${s.notices} 个提示。\n`,
  );
  const todos = todoMarkers(report);
  if (todos.length > 0) {
    process.stdout.write(
      `报告中仍有 ${todos.length} 处【待补充】标记，须补齐数据或说明后方可公开：\n${todos.map((t) => `  ${t}`).join('\n')}\n`,
    );
  }
  return s.errors > 0 ? 1 : 0;
}
