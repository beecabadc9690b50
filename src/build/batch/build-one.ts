/**
 * @module One dataset of a batch, as `juesuan build <dataset>` does it: load, check, then write the disclosure
 * (or only findings.json when error findings block it, or nothing when the input is unusable). Never throws:
 * an internal error becomes a `failed` result. The built files are dropped as soon as they are written.
 */
import { loadDatasetFolder } from '../../ingest/dataset-folder.ts';
import { formatInputErrors } from '../../model/errors.ts';
import { todoMarkers } from '../../report/todo.ts';
import { runRules, summarise } from '../../rules/engine.ts';
import { buildOutputs, findingsFile } from '../outputs.ts';
import { writeDirAtomically } from '../write-dir.ts';
import { failedResult } from './failed.ts';
import type { BatchJob, DatasetResult } from './types.ts';

async function build(job: BatchJob): Promise<DatasetResult> {
  const none = { name: job.name, input: job.input, errors: 0, warnings: 0, notices: 0, out: null };
  const loaded = loadDatasetFolder(job.input, job.base);
  if (!loaded.ok) {
    const why = formatInputErrors(loaded.errors).replaceAll('\n', '；');
    return { ...none, status: 'unusable', message: `数据集无法使用：${why}` };
  }
  const findings = runRules(loaded.dataset);
  const s = summarise(findings);
  const counts = { errors: s.errors, warnings: s.warnings, notices: s.notices };
  if (s.errors > 0 && !job.draft) {
    writeDirAtomically(job.out, new Map([['findings.json', findingsFile(findings)]]));
    return {
      ...none,
      ...counts,
      status: 'blocked',
      out: job.out,
      message: `有 ${s.errors} 个错误，未生成公开文件（只写了 findings.json）`,
    };
  }
  const { report, files } = await buildOutputs(loaded.dataset, findings, { draft: s.errors > 0 });
  writeDirAtomically(job.out, files);
  const fileCount = files.size;
  files.clear();
  const todos = todoMarkers(report).length;
  const done =
    s.errors > 0
      ? `有 ${s.errors} 个错误，已生成草稿（${fileCount} 个文件，每页标「草稿 未通过校验」）`
      : `已生成 ${fileCount} 个文件`;
  return {
    ...none,
    ...counts,
    status: s.errors > 0 ? 'draft' : 'built',
    out: job.out,
    message: todos > 0 ? `${done}；报告中仍有 ${todos} 处【待补充】标记` : done,
  };
}

/** Builds one dataset of a batch into job.out and says what became of it. */
export async function buildOne(job: BatchJob): Promise<DatasetResult> {
  try {
    return await build(job);
  } catch (e) {
    return failedResult(job, e);
  }
}
