/**
 * @module Batch build (`juesuan build <folder of datasets>`): every dataset built on worker threads into
 * `<out>/<dataset folder name>/`, then `<out>/summary.csv`. No console, no exit code: the CLI shows progress
 * and the summary; the benchmark calls this in-process.
 */
import { availableParallelism } from 'node:os';
import { basename, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { writeFileAtomically } from './atomic-file.ts';
import { runPool } from './pool.ts';
import { countByStatus, summaryCsv } from './summary.ts';
import type { BatchJob, BatchOptions, BatchProgress, BatchSummary, DatasetResult } from './types.ts';

export { datasetFoldersIn } from './discover.ts';
export { batchExitCode, countByStatus, SUMMARY_FIELDS, summaryCsv } from './summary.ts';
export * from './types.ts';

/** Output folder names: each dataset folder's name, with -2, -3… when two folders share a name. */
function outputNames(paths: readonly string[]): string[] {
  const used = new Set<string>();
  return paths.map((p) => {
    const base = basename(p) || 'dataset';
    let name = base;
    for (let n = 2; used.has(name); n++) name = `${base}-${n}`;
    used.add(name);
    return name;
  });
}

/** Builds every dataset folder in `paths` into opts.out on worker threads; reports each finished dataset. */
export async function runBatch(
  paths: readonly string[],
  opts: BatchOptions,
  onProgress?: (p: BatchProgress) => void,
): Promise<BatchSummary> {
  const start = performance.now();
  const base = opts.base ?? process.cwd();
  const jobs: BatchJob[] = outputNames(paths).map((name, i) => ({
    name,
    input: paths[i]!,
    out: join(opts.out, name),
    draft: opts.draft ?? false,
    base,
  }));
  const size = Math.max(1, Math.min(opts.jobs ?? availableParallelism(), jobs.length));
  const results: DatasetResult[] = new Array(jobs.length);
  let done = 0;
  await runPool(jobs, size, (index, result) => {
    results[index] = result;
    onProgress?.({ done: ++done, total: jobs.length, result });
  });
  const summaryPath = join(opts.out, 'summary.csv');
  writeFileAtomically(summaryPath, summaryCsv(results, opts.out));
  return {
    results,
    counts: countByStatus(results),
    jobs: size,
    summaryCsv: summaryPath,
    ms: performance.now() - start,
  };
}
