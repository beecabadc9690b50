/**
 * @module Opens the store a `--db` value or DATABASE_URL names: `postgres://…` or `postgresql://…` is
 * PostgreSQL; anything else is a SQLite file (an optional `sqlite:` prefix is dropped), created and migrated
 * on first open (with its folder). Each adapter is loaded only when used.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Store } from './port.ts';
import type { Clock, NewId } from './types.ts';

export type OpenStoreOptions = {
  readonly clock: Clock;
  readonly newId?: NewId;
  /** Apply pending migrations (default true). */
  readonly migrate?: boolean;
  /** PostgreSQL only: the schema to work in. */
  readonly schema?: string;
};

/** Opens a store by URL or path. */
export async function openStore(target: string, options: OpenStoreOptions): Promise<Store> {
  const common = {
    clock: options.clock,
    ...(options.newId !== undefined && { newId: options.newId }),
    ...(options.migrate !== undefined && { migrate: options.migrate }),
  };
  if (/^postgres(ql)?:\/\//.test(target)) {
    const { openPostgresStore } = await import('./postgres/open.ts');
    return openPostgresStore({
      connectionString: target,
      ...common,
      ...(options.schema !== undefined && { schema: options.schema }),
    });
  }
  const file = target.replace(/^sqlite:/, '');
  if (file !== ':memory:' && file !== '') mkdirSync(dirname(file), { recursive: true });
  const { openSqliteStore } = await import('./sqlite/open.ts');
  return openSqliteStore({ file, ...common });
}
