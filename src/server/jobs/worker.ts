/**
 * @module The in-process job worker over the store's jobs table (the queue on SQLite; see queue.ts): it
 * claims the oldest queued job (a conditional update, so two workers never take the same job), runs it with
 * progress written to the job row, and records the outcome. A running job whose row has not moved for the
 * lease time (its process died) is marked failed, so it never hangs in the UI. No retries.
 */
import type { Store } from '../../storage/port.ts';
import type { Job, JsonValue } from '../../storage/types.ts';
import { IN_PROCESS_RENDERER, type Renderer } from '../data/renderer.ts';
import { JOB_HANDLERS, type JobHandler } from './handlers.ts';

export type WorkerOptions = {
  readonly pollMs?: number;
  /** A running job without progress for this long is considered abandoned (default 15 minutes). */
  readonly leaseMs?: number;
  readonly clock?: () => Date;
  readonly handlers?: Readonly<Record<string, JobHandler>>;
  /** Renders publications (default: in this thread). */
  readonly renderer?: Renderer;
};

/** The message of a failed job in the UI (the cause goes to the server log). */
export const JOB_FAILED = '任务执行失败（详情见服务器日志）';

/** The message of a job whose kind no handler knows. */
export const unknownKind = (kind: string): string => `未知的任务类型：${kind}`;

/** Runs a claimed job's handler with its progress written to the job row; its result, or what it throws. */
export function runHandler(
  store: Store,
  renderer: Renderer,
  job: Job,
  handler: JobHandler,
): Promise<JsonValue> {
  return handler({ store, renderer }, job, async (done, total, message) => {
    await store.updateJobProgress(job.id, { done, total, message });
  });
}

/** Runs one claimed job to its end; never throws. */
async function runJob(
  store: Store,
  renderer: Renderer,
  job: Job,
  handlers: Readonly<Record<string, JobHandler>>,
): Promise<void> {
  const handler = handlers[job.kind];
  if (handler === undefined) {
    await store.finishJob(job.id, { status: 'failed', error: unknownKind(job.kind) });
    return;
  }
  try {
    const result = await runHandler(store, renderer, job, handler);
    await store.finishJob(job.id, { status: 'succeeded', result });
  } catch (e) {
    console.error(`[juesuan] job ${job.id} (${job.kind}) failed:`, e);
    await store.finishJob(job.id, { status: 'failed', error: JOB_FAILED });
  }
}

/** Runs queued jobs until none is left; returns how many ran (tests and one-shot use). */
export async function runPendingJobs(store: Store, options: WorkerOptions = {}): Promise<number> {
  const handlers = options.handlers ?? JOB_HANDLERS;
  let count = 0;
  for (;;) {
    const job = await store.claimNextJob();
    if (job === null) return count;
    await runJob(store, options.renderer ?? IN_PROCESS_RENDERER, job, handlers);
    count += 1;
  }
}

/** Marks running jobs that stopped moving as failed; returns how many. */
export async function failAbandonedJobs(store: Store, now: Date, leaseMs: number): Promise<number> {
  const running = await store.listJobs({ status: 'running', limit: 1000 });
  let n = 0;
  for (const job of running) {
    if (now.getTime() - Date.parse(job.updatedAt) < leaseMs) continue;
    try {
      await store.finishJob(job.id, { status: 'failed', error: '处理该任务的服务进程已中断，请重新发起' });
      n += 1;
    } catch {
      // Another process finished or failed it meanwhile.
    }
  }
  return n;
}

/** A polling worker loop; `stop()` waits for the current job to finish. */
export class JobWorker {
  readonly #store: Store;
  readonly #options: Required<WorkerOptions>;
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<void> | undefined;
  #stopped = true;

  constructor(store: Store, options: WorkerOptions = {}) {
    this.#store = store;
    this.#options = {
      pollMs: options.pollMs ?? 1000,
      leaseMs: options.leaseMs ?? 15 * 60_000,
      clock: options.clock ?? (() => new Date()),
      handlers: options.handlers ?? JOB_HANDLERS,
      renderer: options.renderer ?? IN_PROCESS_RENDERER,
    };
  }

  /** Starts polling. */
  start(): void {
    if (!this.#stopped) return;
    this.#stopped = false;
    this.#schedule(0);
  }

  /** Looks for work now instead of at the next poll (a job was just queued); no-op while a job runs. */
  wake(): void {
    if (this.#stopped || this.#running !== undefined) return;
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#schedule(0);
  }

  #schedule(ms: number): void {
    if (this.#stopped) return;
    this.#timer = setTimeout(() => {
      this.#running = this.#tick().finally(() => {
        this.#running = undefined;
        this.#schedule(this.#options.pollMs);
      });
    }, ms);
    this.#timer.unref();
  }

  async #tick(): Promise<void> {
    try {
      await failAbandonedJobs(this.#store, this.#options.clock(), this.#options.leaseMs);
      while (!this.#stopped) {
        const job = await this.#store.claimNextJob();
        if (job === null) return;
        await runJob(this.#store, this.#options.renderer, job, this.#options.handlers);
      }
    } catch (e) {
      console.error('[juesuan] job worker:', e);
    }
  }

  /** Stops polling and waits for a job in progress. */
  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    await this.#running;
  }
}
