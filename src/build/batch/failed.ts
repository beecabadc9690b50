/** @module The result of a dataset whose build hit an internal error (kept apart so the pool loads no renderer). */
import type { BatchJob, DatasetResult } from './types.ts';

/** A file-system error (no permission, disk full…): the place, not Juesuan, is at fault. */
function fileSystemProblem(e: unknown): string | undefined {
  const { code, path } = (e ?? {}) as { code?: unknown; path?: unknown };
  if (typeof code !== 'string' || !/^E[A-Z]+$/.test(code) || typeof path !== 'string') return undefined;
  return `无法写入“${path}”（${code}）：请检查输出文件夹的权限和磁盘空间`;
}

/** A `failed` result: an internal error (a defect, or a file that cannot be written); nothing was written. */
export function failedResult(job: BatchJob, e: unknown): DatasetResult {
  const what = e instanceof Error ? e.message : String(e);
  return {
    name: job.name,
    input: job.input,
    status: 'failed',
    errors: 0,
    warnings: 0,
    notices: 0,
    out: null,
    message: fileSystemProblem(e) ?? `内部错误：${what}（这是 Juesuan 的缺陷，请报告）`,
  };
}
