/**
 * @module Migration 003: on PostgreSQL, every committed change to a table of the store notifies the channel
 * `juesuan_changes` with the schema's name (one notification per transaction, sent at commit), so that every
 * server process on the database learns of other processes' commits without a query per request (the
 * store's change stamp, postgres/changes.ts). SQLite needs nothing: its data_version already tells.
 */
import { type Kysely, sql } from 'kysely';
import type { SqlDialectName } from './index.ts';

/** The channel the triggers notify and the stores listen on. */
export const CHANGES_CHANNEL = 'juesuan_changes';

/** Every table of the store (a commit to any of them changes the stamp). */
const TABLES = [
  'organisations',
  'users',
  'sessions',
  'disclosures',
  'disclosure_versions',
  'review_events',
  'justifications',
  'blobs',
  'published_files',
  'jobs',
  'audit_log',
];

export async function up(db: Kysely<unknown>, d: SqlDialectName): Promise<void> {
  if (d !== 'postgres') return;
  await sql
    .raw(
      `CREATE FUNCTION juesuan_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN PERFORM pg_notify('${CHANGES_CHANNEL}', TG_TABLE_SCHEMA); RETURN NULL; END $$`,
    )
    .execute(db);
  for (const table of TABLES)
    await sql
      .raw(
        `CREATE TRIGGER ${table}_notify_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table}
         FOR EACH STATEMENT EXECUTE FUNCTION juesuan_notify_change()`,
      )
      .execute(db);
}
