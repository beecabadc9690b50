/**
 * jobs.pgboss_start_ms, jobs.pgboss_latency_ms, jobs.pgboss_200_jobs_ms, jobs.inprocess_200_jobs_ms — the job
 * queues with a trivial handler, so the figures are the queues' own cost: pg-boss start on a fresh schema
 * (its migrations), the median time from enqueue to a finished row (10 jobs one after another), 200 jobs
 * enqueued at once and worked by two queue instances (two "processes") on one PostgreSQL database; and the
 * in-process SQLite queue (':memory:') with the same 200 jobs. PostgreSQL at JUESUAN_TEST_PG or
 * 127.0.0.1:5432/test, in fresh schemas dropped afterwards; skipped with a message when unreachable.
 */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { PgBossQueue } from '../src/server/jobs/pg-boss-queue.ts';
import { InProcessJobQueue, type JobQueue } from '../src/server/jobs/queue.ts';
import type { Store } from '../src/storage/port.ts';
import { openPostgresStore } from '../src/storage/postgres/open.ts';
import { openSqliteStore } from '../src/storage/sqlite/open.ts';
import type { Actor } from '../src/storage/types.ts';
import { report } from './util.ts';

const URL = process.env['JUESUAN_TEST_PG'] ?? 'postgres://postgres@127.0.0.1:5432/test';
const SYSTEM: Actor = { userId: null, ip: null };
const handlers = { n: async () => 'ok' };
const clock = () => new Date().toISOString();

/** Waits until `total` jobs have succeeded (one query per poll, not one per job). */
async function succeeded(store: Store, total: number): Promise<void> {
  while ((await store.listJobs({ status: 'succeeded', limit: 1000 })).length < total) {
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** Enqueues n jobs at once over the queues; the time until all have succeeded. */
async function many(store: Store, queues: readonly JobQueue[], n: number): Promise<number> {
  const before = (await store.listJobs({ status: 'succeeded', limit: 1000 })).length;
  const t = performance.now();
  await Promise.all(
    Array.from({ length: n }, (_, i) =>
      queues[i % queues.length]!.enqueue({ kind: 'n', payload: null }, SYSTEM),
    ),
  );
  await succeeded(store, before + n);
  return performance.now() - t;
}

async function benchPgBoss(): Promise<void> {
  const admin = new pg.Client({ connectionString: URL, connectionTimeoutMillis: 5000 });
  try {
    await admin.connect();
  } catch (e) {
    console.error(
      `jobs: PostgreSQL at ${URL} unreachable (${(e as Error).message}); pg-boss figures skipped`,
    );
    return;
  }
  const schema = `juesuan_bench_jobs_${randomBytes(4).toString('hex')}`;
  const boss = `${schema}_boss`;
  try {
    await admin.query(`CREATE SCHEMA ${schema}`);
    const a = await openPostgresStore({ connectionString: URL, schema, clock });
    const b = await openPostgresStore({ connectionString: URL, schema, clock, migrate: false });
    const qa = new PgBossQueue({ store: a, connectionString: URL, schema: boss, handlers });
    const qb = new PgBossQueue({ store: b, connectionString: URL, schema: boss, handlers });
    try {
      let t = performance.now();
      await qa.start();
      report('jobs.pgboss_start_ms', performance.now() - t, 'ms', 0);
      await qb.start();
      const latencies: number[] = [];
      for (let i = 0; i < 10; i += 1) {
        t = performance.now();
        await qa.enqueue({ kind: 'n', payload: null }, SYSTEM);
        await succeeded(a, i + 1);
        latencies.push(performance.now() - t);
      }
      latencies.sort((x, y) => x - y);
      report('jobs.pgboss_latency_ms', (latencies[4]! + latencies[5]!) / 2, 'ms', 0);
      report('jobs.pgboss_200_jobs_ms', await many(a, [qa, qb], 200), 'ms', 0);
    } finally {
      await qa.stop();
      await qb.stop();
      await a.close();
      await b.close();
    }
  } finally {
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.query(`DROP SCHEMA IF EXISTS ${boss} CASCADE`);
    await admin.end();
  }
}

/** The job queue figures. */
export async function benchJobs(): Promise<void> {
  await benchPgBoss();
  const store = await openSqliteStore({ file: ':memory:', clock });
  const q = new InProcessJobQueue(store, { handlers });
  await q.start();
  try {
    report('jobs.inprocess_200_jobs_ms', await many(store, [q], 200), 'ms', 0);
  } finally {
    await q.stop();
    await store.close();
  }
}
