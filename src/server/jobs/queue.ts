/**
 * @module The job queue port: what the web system asks of background work. The job's row in the store's
 * jobs table is the record the UI shows (status, progress, result, error) on every adapter; an adapter
 * decides how the row reaches a worker. `InProcessJobQueue` (SQLite): the polling worker of worker.ts in
 * this process. `PgBossQueue` (PostgreSQL, pg-boss-queue.ts): pg-boss dispatches, retries and expires.
 */
import type { NewJob, Store } from '../../storage/port.ts';
import type { Actor, Job } from '../../storage/types.ts';
import { JobWorker, type WorkerOptions } from './worker.ts';

export interface JobQueue {
  /** Records the job (status queued) and hands it to the workers; returns the recorded row. */
  enqueue(input: NewJob, actor: Actor): Promise<Job>;
  /** Starts working (preparing the queue's own tables first, where it has any). */
  start(): Promise<void>;
  /** Takes no more jobs and waits for the one running to finish. */
  stop(): Promise<void>;
}

/** The queue on SQLite: the store's jobs table, worked by one polling worker in this process. */
export class InProcessJobQueue implements JobQueue {
  readonly #store: Store;
  readonly #worker: JobWorker;

  constructor(store: Store, options: WorkerOptions = {}) {
    this.#store = store;
    this.#worker = new JobWorker(store, options);
  }

  async enqueue(input: NewJob, actor: Actor): Promise<Job> {
    const job = await this.#store.createJob(input, actor);
    this.#worker.wake();
    return job;
  }

  async start(): Promise<void> {
    this.#worker.start();
  }

  stop(): Promise<void> {
    return this.#worker.stop();
  }
}
