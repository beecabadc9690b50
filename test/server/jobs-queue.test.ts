/**
 * The job queue: pg-boss on a real PostgreSQL (127.0.0.1:5432, database test, or JUESUAN_TEST_PG), each
 * test in a fresh store schema and its own pg-boss schema, all dropped afterwards; and the in-process queue
 * on SQLite. The jobs row is what the UI shows: status, progress, result and the Chinese error. Skipped
 * with a message when no PostgreSQL is reachable, except under CI.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import type { TestContext } from 'node:test';
import { after, describe, it } from 'node:test';
import pg from 'pg';
import PgBoss from 'pg-boss';
import type { JobHandler } from '../../src/server/jobs/handlers.ts';
import {
  bossIdOf,
  PgBossQueue,
  type PgBossQueueOptions,
  QUEUE,
} from '../../src/server/jobs/pg-boss-queue.ts';
import { InProcessJobQueue } from '../../src/server/jobs/queue.ts';
import { JOB_FAILED } from '../../src/server/jobs/worker.ts';
import type { Store } from '../../src/storage/port.ts';
import { openPostgresStore } from '../../src/storage/postgres/open.ts';
import type { Job, JsonValue } from '../../src/storage/types.ts';
import { MovableClock, SYSTEM, sqliteStore } from './helpers.ts';

const URL = process.env['JUESUAN_TEST_PG'] ?? 'postgres://postgres@127.0.0.1:5432/test';
const RUN = `juesuan_jobs_${randomBytes(4).toString('hex')}`;
const admin = new pg.Client({ connectionString: URL, connectionTimeoutMillis: 5000 });
let skip: string | undefined;
try {
  await admin.connect();
} catch (e) {
  if (process.env['CI']) throw e;
  skip = `PostgreSQL at ${URL} is unreachable (${(e as Error).message}): skipping`;
  console.warn(skip);
}
const schemas: string[] = [];
after(async () => {
  if (skip !== undefined) return;
  for (const s of schemas) await admin.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
  await admin.end();
});

const cleanups = new WeakMap<TestContext, (() => Promise<unknown>)[]>();

/** Runs `fn` when the test ends, after what was registered later (a queue stops before its store closes). */
function atEnd(t: TestContext, fn: () => Promise<unknown>): void {
  let list = cleanups.get(t);
  if (list === undefined) {
    const fresh: (() => Promise<unknown>)[] = [];
    cleanups.set(t, fresh);
    t.after(async () => {
      for (const f of fresh.reverse()) await f();
    });
    list = fresh;
  }
  list.push(fn);
}

/** A fresh store schema and a pg-boss schema name (pg-boss creates it on start). */
async function database(t: TestContext): Promise<{ store: Store; schema: string; boss: string }> {
  const n = schemas.length / 2 + 1;
  const schema = `${RUN}_${n}`;
  const boss = `${RUN}_boss_${n}`;
  schemas.push(schema, boss);
  await admin.query(`CREATE SCHEMA ${schema}`);
  const store = await openPostgresStore({
    connectionString: URL,
    schema,
    clock: () => new Date().toISOString(),
  });
  atEnd(t, () => store.close());
  return { store, schema, boss };
}

/** Another server process's store on the same schema. */
async function secondStore(t: TestContext, schema: string): Promise<Store> {
  const store = await openPostgresStore({
    connectionString: URL,
    schema,
    clock: () => new Date().toISOString(),
    migrate: false,
  });
  atEnd(t, () => store.close());
  return store;
}

function queue(t: TestContext, options: PgBossQueueOptions): PgBossQueue {
  const q = new PgBossQueue({ pollSeconds: 0.5, retryDelaySeconds: 1, ...options });
  atEnd(t, () => q.stop());
  return q;
}

/** Waits (polling the row) until the job is finished; no time is asserted. */
async function finished(store: Store, id: string): Promise<Job> {
  for (let i = 0; i < 1200; i += 1) {
    const job = await store.getJob(id);
    if (job?.status === 'succeeded' || job?.status === 'failed') return job;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`job ${id} did not finish`);
}

/** A promise with its resolve function. */
function latch(): { promise: Promise<void>; open: () => void } {
  let open = () => {};
  const promise = new Promise<void>((r) => {
    open = r;
  });
  return { promise, open };
}

describe('job queue on PostgreSQL (pg-boss)', { ...(skip === undefined ? {} : { skip }) }, () => {
  it('runs an enqueued job to success with its progress recorded in the jobs row', async (t) => {
    const { store, boss } = await database(t);
    const seen: JsonValue[] = [];
    const count: JobHandler = async ({ store: s }, job, progress) => {
      for (let i = 1; i <= 3; i += 1) {
        await progress(i, 3, `第${i}步`);
        const row = (await s.getJob(job.id))!;
        seen.push([row.status, row.progressDone, row.progressTotal, row.message]);
      }
      return { year: (job.payload as { year: number }).year };
    };
    const q = queue(t, { store, connectionString: URL, schema: boss, handlers: { count } });
    await q.start();
    const queued = await q.enqueue({ kind: 'count', payload: { year: 2024 } }, SYSTEM);
    assert.equal(queued.status, 'queued');
    const done = await finished(store, queued.id);
    assert.deepEqual(
      [done.status, done.result, done.error, done.progressDone, done.progressTotal, done.message],
      ['succeeded', { year: 2024 }, null, 3, 3, '第3步'],
    );
    assert.deepEqual(seen, [
      ['running', 1, 3, '第1步'],
      ['running', 2, 3, '第2步'],
      ['running', 3, 3, '第3步'],
    ]);
    const inBoss = await admin.query(`SELECT state, data FROM ${boss}.job WHERE id = $1`, [
      bossIdOf(queued.id),
    ]);
    assert.deepEqual(inBoss.rows, [{ state: 'completed', data: { jobId: queued.id } }]);
  });

  it('retries a failing handler with backoff, then marks the row failed with the Chinese message', async (t) => {
    const { store, boss } = await database(t);
    const attempts: string[] = [];
    const broken: JobHandler = async ({ store: s }, job) => {
      attempts.push((await s.getJob(job.id))!.message);
      throw new Error('模板缺失');
    };
    let flakyRuns = 0;
    const flaky: JobHandler = async () => {
      flakyRuns += 1;
      if (flakyRuns === 1) throw new Error('数据库忙');
      return 'ok';
    };
    const q = queue(t, { store, connectionString: URL, schema: boss, handlers: { broken, flaky } });
    await q.start();
    const job = await q.enqueue({ kind: 'broken', payload: null }, SYSTEM);
    const retried = await q.enqueue({ kind: 'flaky', payload: null }, SYSTEM);
    const failed = await finished(store, job.id);
    assert.deepEqual([failed.status, failed.error], ['failed', JOB_FAILED]);
    assert.equal(failed.error, '任务执行失败（详情见服务器日志）');
    assert.deepEqual(attempts, ['', '第1次执行失败，稍后自动重试', '第2次执行失败，稍后自动重试']);
    const ok = await finished(store, retried.id);
    assert.deepEqual([ok.status, ok.result, flakyRuns], ['succeeded', 'ok', 2]);
    const { rows } = await admin.query(
      `SELECT state, retry_count, retry_limit, retry_backoff FROM ${boss}.job WHERE id = $1`,
      [bossIdOf(job.id)],
    );
    assert.deepEqual(rows, [{ state: 'failed', retry_count: 2, retry_limit: 2, retry_backoff: true }]);
  });

  it('runs each of N jobs exactly once with two server processes on one database', async (t) => {
    const { store, schema, boss } = await database(t);
    const other = await secondStore(t, schema);
    const runs: string[] = [];
    const by = new Set<string>();
    const handlerOf =
      (name: string): JobHandler =>
      async (_ctx, job) => {
        runs.push(job.id);
        by.add(name);
        await new Promise((r) => setTimeout(r, 10));
        return name;
      };
    const a = queue(t, { store, connectionString: URL, schema: boss, handlers: { n: handlerOf('a') } });
    const b = queue(t, {
      store: other,
      connectionString: URL,
      schema: boss,
      handlers: { n: handlerOf('b') },
    });
    // Rows recorded while pg-boss was out of reach: each process's start() sends them, pg-boss keeps one.
    const early = [
      await store.createJob({ kind: 'n', payload: { early: 1 } }, SYSTEM),
      await other.createJob({ kind: 'n', payload: { early: 2 } }, SYSTEM),
    ];
    await Promise.all([a.start(), b.start()]);
    const jobs = await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        (i % 2 === 0 ? a : b).enqueue({ kind: 'n', payload: { i } }, SYSTEM),
      ),
    );
    const all = [...early, ...jobs];
    const done = await Promise.all(all.map((j) => finished(store, j.id)));
    assert.ok(done.every((j) => j.status === 'succeeded'));
    assert.deepEqual([...runs].sort(), all.map((j) => j.id).sort(), 'every job ran, none twice');
    const { rows } = await admin.query(`SELECT count(*)::int AS n FROM ${boss}.job WHERE name = $1`, [QUEUE]);
    assert.equal(rows[0].n, 26, 'one pg-boss job per job');
  });

  it('stop() waits for the running job to finish', async (t) => {
    const { store, boss } = await database(t);
    const started = latch();
    const release = latch();
    const slow: JobHandler = async () => {
      started.open();
      await release.promise;
      return 'done';
    };
    const q = queue(t, { store, connectionString: URL, schema: boss, handlers: { slow } });
    await q.start();
    const job = await q.enqueue({ kind: 'slow', payload: null }, SYSTEM);
    await started.promise;
    let stopped = false;
    const stopping = q.stop().then(() => {
      stopped = true;
    });
    for (let i = 0; i < 20; i += 1) await new Promise((r) => setImmediate(r));
    assert.equal(stopped, false, 'stop() is still waiting for the job');
    assert.equal((await store.getJob(job.id))?.status, 'running');
    release.open();
    await stopping;
    assert.equal((await store.getJob(job.id))?.status, 'succeeded');
    const { rows } = await admin.query(`SELECT state FROM ${boss}.job WHERE id = $1`, [bossIdOf(job.id)]);
    assert.deepEqual(rows, [{ state: 'completed' }]);
  });

  it('takes back a job whose worker died once pg-boss expires it; with no retry left the row is failed', async (t) => {
    const { store, boss } = await database(t);
    const runs: string[] = [];
    const handlers: Record<string, JobHandler> = {
      n: async (_ctx, job) => {
        runs.push(job.id);
        return 'ok';
      },
    };
    const options = {
      store,
      connectionString: URL,
      schema: boss,
      handlers,
      expireInSeconds: 1,
      maintenanceSeconds: 1,
      retryDelaySeconds: 0,
    };
    // A process takes two jobs (its pg-boss fetch and our row) and dies without finishing them.
    const setup = new PgBossQueue({ ...options, retryLimit: 1 });
    await setup.start();
    await setup.stop();
    const dying = new PgBoss({ connectionString: URL, schema: boss, schedule: false, supervise: false });
    dying.on('error', () => {});
    await dying.start();
    const retried = await store.createJob({ kind: 'n', payload: null }, SYSTEM);
    await dying.send(QUEUE, { jobId: retried.id }, { id: bossIdOf(retried.id) });
    const lost = await store.createJob({ kind: 'n', payload: null }, SYSTEM);
    await dying.send(QUEUE, { jobId: lost.id }, { id: bossIdOf(lost.id), retryLimit: 0 });
    assert.equal((await dying.fetch(QUEUE, { batchSize: 2 })).length, 2);
    assert.ok(await store.claimJob(retried.id));
    assert.ok(await store.claimJob(lost.id));
    await dying.stop({ graceful: false });

    const q = queue(t, { ...options, retryLimit: 1 });
    await q.start();
    const done = await finished(store, retried.id);
    assert.deepEqual([done.status, done.result, done.message], ['succeeded', 'ok', '上次执行中断，正在重试']);
    const gone = await finished(store, lost.id);
    assert.deepEqual([gone.status, gone.error], ['failed', '处理该任务的服务进程已中断，请重新发起']);
    assert.deepEqual(runs, [retried.id], 'the job without a retry is not run again');
  });
});

describe('job queue on SQLite (in process)', () => {
  it('runs an enqueued job at once and stop() waits for it', async (t) => {
    const store = await sqliteStore(t, new MovableClock());
    const started = latch();
    const release = latch();
    const slow: JobHandler = async (_ctx, _job, progress) => {
      await progress(1, 2, '一半');
      started.open();
      await release.promise;
      return 'done';
    };
    const q = new InProcessJobQueue(store, { handlers: { slow }, pollMs: 3600_000 });
    await q.start();
    const job = await q.enqueue({ kind: 'slow', payload: null }, SYSTEM);
    await started.promise;
    const mid = (await store.getJob(job.id))!;
    assert.deepEqual(
      [mid.status, mid.progressDone, mid.progressTotal, mid.message],
      ['running', 1, 2, '一半'],
    );
    let stopped = false;
    const stopping = q.stop().then(() => {
      stopped = true;
    });
    for (let i = 0; i < 20; i += 1) await new Promise((r) => setImmediate(r));
    assert.equal(stopped, false);
    release.open();
    await stopping;
    assert.deepEqual((await store.getJob(job.id))?.result, 'done');
  });
});
