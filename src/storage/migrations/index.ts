/**
 * @module The migrations, one set for both dialects: each file's `up(db, dialect)` branches only where
 * the dialects differ. Names sort in the order they apply; never rename or edit an applied one, add a new one.
 */
import { type Kysely, type Migration, type MigrationProvider, Migrator, sql } from 'kysely';
import { StorageError } from '../errors.ts';
import * as tables from './001-tables.ts';
import * as guards from './002-guards.ts';
import * as changeFeed from './003-change-feed.ts';

export type SqlDialectName = 'sqlite' | 'postgres';

type Step = { up(db: Kysely<unknown>, d: SqlDialectName): Promise<void> };

/** The migrations by name, in order. */
export const MIGRATIONS: Readonly<Record<string, Step>> = {
  '001-tables': tables,
  '002-guards': guards,
  '003-change-feed': changeFeed,
};

function provider(d: SqlDialectName): MigrationProvider {
  return {
    getMigrations: async () => {
      const out: Record<string, Migration> = {};
      for (const [name, step] of Object.entries(MIGRATIONS)) {
        out[name] = { up: (db) => step.up(db, d) };
      }
      return out;
    },
  };
}

/** Applies the pending migrations in one go; returns the names applied (empty when up to date). */
export async function migrateToLatest(db: Kysely<unknown>, d: SqlDialectName): Promise<string[]> {
  // Kysely looks for its bookkeeping tables in any schema unless told which: name the one we work in.
  const schema =
    d === 'postgres'
      ? (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0]?.s
      : undefined;
  if (d === 'postgres' && !schema)
    throw new StorageError('no current schema: does the search_path schema exist?');
  const migrator = new Migrator({
    db,
    provider: provider(d),
    ...(schema !== undefined && { migrationTableSchema: schema }),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error !== undefined) {
    throw new StorageError(`migration failed: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
