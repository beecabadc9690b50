/**
 * @module Opening the store a command line names: `sqlite:PATH` (or a bare path), `postgres://…`, the
 * DATABASE_URL environment variable, else the SQLite file ./data/juesuan.db (created and migrated on first
 * use), and the job queue that goes with it: pg-boss on PostgreSQL, the in-process worker on SQLite.
 * Returns a description without the password for messages.
 */
import { resolve } from 'node:path';
import { openStore as openStoreAt } from '../storage/open.ts';
import type { Store } from '../storage/port.ts';
import type { Renderer } from './data/renderer.ts';
import type { JobQueue } from './jobs/queue.ts';

/** The default database file. */
export const DEFAULT_SQLITE_FILE = 'data/juesuan.db';

/** What a database URL names. */
export type DbTarget =
  | { readonly kind: 'sqlite'; readonly file: string }
  | { readonly kind: 'postgres'; readonly url: string };

/** Reads `--db` (else DATABASE_URL, else the default SQLite file). */
export function dbTarget(db: string | undefined, env: NodeJS.ProcessEnv = process.env): DbTarget {
  const value = db ?? env['DATABASE_URL'] ?? '';
  if (value === '') return { kind: 'sqlite', file: resolve(DEFAULT_SQLITE_FILE) };
  if (/^postgres(ql)?:\/\//.test(value)) return { kind: 'postgres', url: value };
  const path = value.replace(/^sqlite:(\/\/)?/, '').replace(/^file:/, '');
  return { kind: 'sqlite', file: path === ':memory:' ? path : resolve(path) };
}

/** The target for messages (PostgreSQL password hidden). */
export function describeTarget(t: DbTarget): string {
  if (t.kind === 'sqlite') return `SQLite ${t.file}`;
  try {
    const u = new URL(t.url);
    if (u.password) u.password = '***';
    return `PostgreSQL ${u.toString()}`;
  } catch {
    return 'PostgreSQL';
  }
}

/** Opens and migrates the store (a SQLite file and its folder are created on first use). */
export function openStore(t: DbTarget): Promise<Store> {
  return openStoreAt(t.kind === 'postgres' ? t.url : t.file, { clock: () => new Date().toISOString() });
}

/** The job queue of a store (not started): pg-boss in the schema `pgboss` on PostgreSQL, in-process on SQLite. */
export async function openJobQueue(t: DbTarget, store: Store, renderer: Renderer): Promise<JobQueue> {
  if (t.kind === 'sqlite') {
    const { InProcessJobQueue } = await import('./jobs/queue.ts');
    return new InProcessJobQueue(store, { renderer });
  }
  const { PgBossQueue } = await import('./jobs/pg-boss-queue.ts');
  return new PgBossQueue({ store, connectionString: t.url, renderer });
}
