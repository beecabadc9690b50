/**
 * @module `juesuan build <folder of datasets> [--out DIR] [--draft] [--jobs N]`: every dataset folder inside
 * (a sub-folder with a disclosure.yaml) built on N worker threads into DIR/<name>/, a progress bar on a
 * terminal (nothing when stderr is not one), then the summary and DIR/summary.csv. Exit 0 all built, 1 some
 * blocked by error findings, 2 some unusable.
 */
import { mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { isAbsolute, relative } from 'node:path';
import cliProgress from 'cli-progress';
import {
  type BatchProgress,
  type BatchSummary,
  batchExitCode,
  type DatasetResult,
  datasetFoldersIn,
  runBatch,
} from '../build/batch/index.ts';
import { UsageError } from './usage.ts';

/** Problems listed one by one after the summary; the rest are in summary.csv. */
const LISTED = 20;
const NAME_WIDTH = 24;

/** True when `path` is a folder of dataset folders rather than a dataset (see datasetFoldersIn). */
export function isDatasetCollection(path: string): boolean {
  return datasetFoldersIn(path) !== null;
}

/** The --jobs value: a whole number from 1 to 64 (default: the available cores). */
export function parseJobs(text: string | undefined): number {
  if (text === undefined) return availableParallelism();
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < 1 || n > 64)
    throw new UsageError(`--jobs 须为 1 到 64 的整数（现为“${text}”）`);
  return n;
}

/** A path as the user would type it from here: relative when inside the working directory. */
function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}

const shortName = (name: string) => (name.length > NAME_WIDTH ? `${name.slice(0, NAME_WIDTH - 1)}…` : name);

/** A progress bar on stderr when it is a terminal; otherwise nothing. */
function progressBar(total: number): { update: (p: BatchProgress) => void; stop: () => void } {
  if (!process.stderr.isTTY) return { update: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: '生成 {bar} {value}/{total} | 已用 {duration_formatted} | 剩余约 {eta_formatted} | {dataset}',
      barsize: 30,
      etaBuffer: 20,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { dataset: '' });
  return {
    update: (p) => bar.update(p.done, { dataset: shortName(p.result.name) }),
    stop: () => bar.stop(),
  };
}

function summaryLine(s: BatchSummary): string {
  const c = s.counts;
  const parts = [`已生成 ${c.built} 个`];
  if (c.draft > 0) parts.push(`草稿 ${c.draft} 个`);
  parts.push(`因错误未生成 ${c.blocked} 个`, `无法使用 ${c.unusable} 个`);
  if (c.failed > 0) parts.push(`内部错误 ${c.failed} 个`);
  const seconds = (s.ms / 1000).toFixed(1);
  return `共 ${s.results.length} 个数据集（${s.jobs} 个线程，用时 ${seconds} 秒）：${parts.join('，')}。`;
}

function problemLines(results: readonly DatasetResult[]): string {
  const bad = results.filter((r) => r.status !== 'built');
  if (bad.length === 0) return '';
  const lines = bad.slice(0, LISTED).map((r) => `  ${r.name}：${r.message}\n`);
  if (bad.length > LISTED) lines.push(`  ……另有 ${bad.length - LISTED} 个，见汇总表。\n`);
  return lines.join('');
}

/** Builds every dataset in the folder `input` into `out`; returns the exit code. */
export async function runBuildBatch(
  input: string,
  opts: { readonly out: string; readonly draft: boolean; readonly jobs: string | undefined },
): Promise<number> {
  const paths = datasetFoldersIn(input);
  if (paths === null)
    throw new UsageError(`“${shown(input)}”中没有数据集文件夹（含 disclosure.yaml 的子文件夹）。`);
  const jobs = parseJobs(opts.jobs);
  try {
    mkdirSync(opts.out, { recursive: true });
  } catch (e) {
    throw new UsageError(
      `无法创建输出文件夹“${shown(opts.out)}”：${(e as { code?: string }).code ?? String(e)}`,
    );
  }
  const bar = progressBar(paths.length);
  let summary: BatchSummary;
  try {
    summary = await runBatch(paths, { out: opts.out, draft: opts.draft, jobs }, bar.update);
  } finally {
    bar.stop();
  }
  process.stderr.write(problemLines(summary.results));
  process.stdout.write(`${summaryLine(summary)}\n汇总表：${shown(summary.summaryCsv)}\n`);
  return batchExitCode(summary.counts);
}
