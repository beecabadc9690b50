/**
 * @module The job queue on PostgreSQL: pg-boss (its own schema, `pgboss` by default, in the same database;
 * its migrations run on start) carries dispatch, retries with exponential backoff and the expiry of a job
 * whose worker died; the store's jobs row stays the record the UI shows. Each of our jobs is one pg-boss
 * job whose id is derived from ours, so enqueuing twice never queues twice; pg-boss hands a job to one
 * fetcher at a time (SKIP LOCKED) and the row moves only by conditional updates (claimJob), so several
 * server processes on one database never run a job twice.
 *
 * A failed attempt puts the row back to 排队中 with a message and lets pg-boss retry it later; the last one
 * marks the row failed. A job still active after `expireInSeconds` is failed by pg-boss's maintenance and
 * retried (the row is taken back from the dead worker); when no retry is left pg-boss moves it to a
 * dead-letter queue, whose worker marks the row failed, so no job hangs in the UI.
 */
import { createHash } from 'node:crypto';
import pg from 'pg';
import PgBoss from 'pg-boss';
import type { NewJob, Store } from '../../storage/port.ts';
import type { Actor, Job, JsonValue } from '../../storage/types.ts';
import { IN_PROCESS_RENDERER, type Renderer } from '../data/renderer.ts';
import { JOB_HANDLERS, type JobHandler } from './handlers.ts';
import type { JobQueue } from './queue.ts';
import { JOB_FAILED, runHandler, unknownKind } from './worker.ts';

export type PgBossQueueOptions = {
  readonly store: Store;
  /** The database the store uses. */
  readonly connectionString: string;
  /** pg-boss's schema (default `pgboss`). */
  readonly schema?: string;
  readonly renderer?: Renderer;
  readonly handlers?: Readonly<Record<string, JobHandler>>;
  /** Retries after a failed attempt (default 2: three attempts in all). */
  readonly retryLimit?: number;
  /** Seconds before the first retry (default 30); each next waits twice as long, with random jitter. */
  readonly retryDelaySeconds?: number;
  /** An attempt still running after this many seconds is taken as abandoned and retried (default 3600). */
  readonly expireInSeconds?: number;
  /** How often an idle worker looks for a job, in seconds (default 2). */
  readonly pollSeconds?: number;
  /** How often pg-boss's maintenance (expiry, archiving) runs, in seconds (default 60). */
  readonly maintenanceSeconds?: number;
};

/** The queue of our jobs and the one receiving those that failed for good. */
export const QUEUE = 'juesuan-jobs';
export const DEAD_QUEUE = 'juesuan-jobs-dead';

type Data = { readonly jobId: string };

/** The pg-boss id of one of our jobs: a UUID derived from our id (ids of any shape). */
export function bossIdOf(jobId: string): string {
  const h = createHash('sha256').update(`juesuan-job:${jobId}`).digest('hex');
  const variant = ((Number.parseInt(h[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export class PgBossQueue implements JobQueue {
  readonly #store: Store;
  readonly #boss: PgBoss;
  readonly #renderer: Renderer;
  readonly #handlers: Readonly<Record<string, JobHandler>>;
  readonly #queue: PgBoss.Queue;
  readonly #pollMs: number;
  readonly #connectionString: string;
  readonly #schema: string;
  #loop: Promise<void> | undefined;
  #stopping = false;
  #wake: (() => void) | undefined;

  constructor(options: PgBossQueueOptions) {
    this.#store = options.store;
    this.#renderer = options.renderer ?? IN_PROCESS_RENDERER;
    this.#handlers = options.handlers ?? JOB_HANDLERS;
    this.#pollMs = (options.pollSeconds ?? 2) * 1000;
    this.#connectionString = options.connectionString;
    this.#schema = options.schema ?? 'pgboss';
    this.#queue = {
      name: QUEUE,
      retryLimit: options.retryLimit ?? 2,
      retryDelay: options.retryDelaySeconds ?? 30,
      retryBackoff: true,
      expireInSeconds: options.expireInSeconds ?? 3600,
      deadLetter: DEAD_QUEUE,
    };
    this.#boss = new PgBoss({
      connectionString: options.connectionString,
      schema: this.#schema,
      application_name: 'juesuan-jobs',
      max: 3,
      schedule: false,
      maintenanceIntervalSeconds: options.maintenanceSeconds ?? 60,
    });
    this.#boss.on('error', (e) => console.error('[juesuan] pg-boss:', e));
  }

  async enqueue(input: NewJob, actor: Actor): Promise<Job> {
    const job = await this.#store.createJob(input, actor);
    try {
      await this.#send(job.id);
    } catch (e) {
      // The row stays queued; start() of any server process sends it again.
      console.error(`[juesuan] job ${job.id} could not be queued in pg-boss:`, e);
    }
    this.#wake?.();
    return job;
  }

  async #send(jobId: string): Promise<void> {
    await this.#boss.send(QUEUE, { jobId } satisfies Data, { id: bossIdOf(jobId) });
  }

  /** Starts pg-boss (creating or migrating its schema), then works the queue in this process. */
  async start(): Promise<void> {
    if (this.#loop !== undefined) return;
    await this.#boss.start();
    await this.#createQueues();
    // Rows queued while pg-boss could not be reached (or before it was used) are sent now; a job pg-boss
    // already has keeps its id and is not queued again.
    for (const job of await this.#store.listJobs({ status: 'queued', limit: 1000 })) await this.#send(job.id);
    this.#stopping = false;
    this.#loop = this.#work();
  }

  /** Creates (or updates) the two queues, one process at a time: concurrent creation can deadlock. */
  async #createQueues(): Promise<void> {
    const lock = new pg.Client({
      connectionString: this.#connectionString,
      application_name: 'juesuan-jobs',
    });
    await lock.connect();
    try {
      await lock.query('SELECT pg_advisory_lock(hashtext($1))', [`juesuan-queues:${this.#schema}`]);
      await this.#boss.createQueue(DEAD_QUEUE);
      await this.#boss.createQueue(QUEUE, this.#queue);
      await this.#boss.updateQueue(QUEUE, this.#queue);
    } finally {
      await lock.end(); // ends the session, releasing the lock
    }
  }

  /** Takes no more jobs, waits for the running one, then stops pg-boss. */
  async stop(): Promise<void> {
    this.#stopping = true;
    this.#wake?.();
    await this.#loop;
    this.#loop = undefined;
    await this.#boss.stop({ graceful: false, close: true });
  }

  async #work(): Promise<void> {
    while (!this.#stopping) {
      let worked = false;
      try {
        const [job] = await this.#boss.fetch<Data>(QUEUE, { includeMetadata: true, batchSize: 1 });
        if (job !== undefined) {
          worked = true;
          await this.#attempt(job);
        } else {
          const [dead] = await this.#boss.fetch<Data>(DEAD_QUEUE, { batchSize: 1 });
          if (dead !== undefined) {
            worked = true;
            await this.#bury(dead.data.jobId);
            await this.#boss.complete(DEAD_QUEUE, dead.id);
          }
        }
      } catch (e) {
        console.error('[juesuan] job queue:', e);
      }
      if (!worked && !this.#stopping) await this.#sleep();
    }
  }

  #sleep(): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, this.#pollMs);
      timer.unref();
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.#wake = () => {
        this.#wake = undefined;
        done();
      };
    });
  }

  /** One attempt at a pg-boss job: completed when our row is finished (or not ours to run), failed to retry. */
  async #attempt(bossJob: PgBoss.JobWithMetadata<Data>): Promise<void> {
    const id = bossJob.data.jobId;
    const last = bossJob.retryCount >= bossJob.retryLimit;
    let outcome: { error: unknown } | undefined;
    try {
      outcome = await this.#run(id, bossJob.retryCount, last);
    } catch (e) {
      outcome = { error: e };
    }
    if (outcome === undefined) await this.#boss.complete(QUEUE, bossJob.id);
    else await this.#boss.fail(QUEUE, bossJob.id, { message: String(outcome.error).slice(0, 500) });
  }

  /** Runs our job; undefined when done with it (finished either way), else the error to retry after. */
  async #run(id: string, retryCount: number, last: boolean): Promise<{ error: unknown } | undefined> {
    const store = this.#store;
    const row = await store.getJob(id);
    if (row === null || row.status === 'succeeded' || row.status === 'failed') return undefined;
    if (row.status === 'running') {
      // A first attempt finding the row running: another runner has it. A retry: the worker of the last
      // attempt died (pg-boss expired it), so the row is taken back.
      if (retryCount === 0) return undefined;
      await store.requeueJob(id, '上次执行中断，正在重试');
    }
    const job = await store.claimJob(id);
    if (job === null) return undefined;
    const handler = this.#handlers[job.kind];
    if (handler === undefined) {
      await store.finishJob(id, { status: 'failed', error: unknownKind(job.kind) });
      return undefined;
    }
    let result: JsonValue;
    try {
      result = await runHandler(store, this.#renderer, job, handler);
    } catch (e) {
      console.error(`[juesuan] job ${id} (${job.kind}) attempt ${retryCount + 1} failed:`, e);
      if (last) await store.finishJob(id, { status: 'failed', error: JOB_FAILED });
      else await store.requeueJob(id, `第${retryCount + 1}次执行失败，稍后自动重试`);
      return { error: e };
    }
    await store.finishJob(id, { status: 'succeeded', result });
    return undefined;
  }

  /** A job pg-boss gave up on (its last attempt expired): the row is marked failed if it is not finished. */
  async #bury(id: string): Promise<void> {
    const row = await this.#store.getJob(id);
    if (row === null || row.status === 'succeeded' || row.status === 'failed') return;
    if (row.status === 'queued' && (await this.#store.claimJob(id)) === null) return;
    await this.#store.finishJob(id, { status: 'failed', error: '处理该任务的服务进程已中断，请重新发起' });
  }
}
