/** @module The data of a batch build: one job per dataset, one result per dataset, the options and progress. */

/**
 * What became of a dataset: `built` (every file written, no error finding), `draft` (error findings, written
 * with --draft as a marked draft), `blocked` (error findings: only findings.json written), `unusable` (bad
 * input: nothing written), `failed` (an internal error: nothing written).
 */
export type BatchStatus = 'built' | 'draft' | 'blocked' | 'unusable' | 'failed';

/** Every status, in the order the summary lists them. */
export const BATCH_STATUSES: readonly BatchStatus[] = ['built', 'draft', 'blocked', 'unusable', 'failed'];

/** One dataset to build: its folder, the folder to write, and the base that shown paths are relative to. */
export type BatchJob = {
  readonly name: string;
  readonly input: string;
  readonly out: string;
  readonly draft: boolean;
  readonly base: string;
};

/** The outcome of one dataset (a summary.csv record). `out` is null when nothing was written. */
export type DatasetResult = {
  readonly name: string;
  readonly input: string;
  readonly status: BatchStatus;
  readonly errors: number;
  readonly warnings: number;
  readonly notices: number;
  readonly out: string | null;
  /** What happened, in Chinese, for a person. */
  readonly message: string;
};

/** How to run a batch. */
export type BatchOptions = {
  /** The folder that receives one sub-folder per dataset and summary.csv. */
  readonly out: string;
  /** Write datasets with error findings as marked drafts instead of blocking them. */
  readonly draft?: boolean;
  /** Worker threads (default: the available cores, at most one per dataset). */
  readonly jobs?: number;
  /** Paths in messages are shown relative to this folder (default: the working directory). */
  readonly base?: string;
};

/** Reported after each dataset. */
export type BatchProgress = { readonly done: number; readonly total: number; readonly result: DatasetResult };

/** The outcome of a batch: results in the order of the input paths, counts by status, the summary file. */
export type BatchSummary = {
  readonly results: readonly DatasetResult[];
  readonly counts: Readonly<Record<BatchStatus, number>>;
  readonly jobs: number;
  readonly summaryCsv: string;
  readonly ms: number;
};

/** What a worker posts: once `ready` (its modules loaded), then one `result` per job. */
export type WorkerMessage =
  | { readonly kind: 'ready' }
  | { readonly kind: 'result'; readonly result: DatasetResult };
