/**
 * @module Migration 001: the tables, keys and indexes. One definition for both dialects; the column
 * types differ only where the dialects do (timestamptz/jsonb/boolean/bytea on PostgreSQL, text/integer/blob
 * on SQLite). Money columns are BIGINT fen on both.
 */
import { type ColumnDefinitionBuilder, type CreateTableBuilder, type Kysely, sql } from 'kysely';
import { DISCLOSURE_STATUSES, JOB_STATUSES, ORGANISATION_KINDS, ROLES } from '../types.ts';
import type { SqlDialectName } from './index.ts';

type Types = { time: 'timestamptz' | 'text'; json: 'jsonb' | 'text'; bool: 'boolean' | 'integer' };

const typesOf = (d: SqlDialectName): Types =>
  d === 'postgres'
    ? { time: 'timestamptz', json: 'jsonb', bool: 'boolean' }
    : { time: 'text', json: 'text', bool: 'integer' };

const oneOf = (column: string, values: readonly string[]) =>
  sql.raw(`${column} in (${values.map((v) => `'${v}'`).join(', ')})`);

/** A bigint identity key: `generated always as identity` (PostgreSQL) or an autoincrement rowid (SQLite). */
function serialId<T extends string, C extends string>(
  d: SqlDialectName,
  t: CreateTableBuilder<T, C>,
): CreateTableBuilder<T, C | 'id'> {
  return d === 'postgres'
    ? t.addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    : t.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
}

const notNull = (c: ColumnDefinitionBuilder) => c.notNull();

/** Creates every table. */
export async function up(db: Kysely<unknown>, d: SqlDialectName): Promise<void> {
  const t = typesOf(d);
  const falseValue = d === 'postgres' ? sql`false` : sql`0`;
  const boolCheck = (col: string) => (d === 'sqlite' ? sql.raw(`${col} in (0, 1)`) : sql.raw('true'));

  await db.schema
    .createTable('organisations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', notNull)
    .addColumn('code', 'text', (c) => c.unique())
    .addColumn('kind', 'text', notNull)
    .addColumn('parent_id', 'text', (c) => c.references('organisations.id'))
    .addColumn('region', 'text', notNull)
    .addColumn('unit_type', 'text')
    .addColumn('created_at', t.time, notNull)
    .addCheckConstraint('organisations_kind', oneOf('kind', ORGANISATION_KINDS))
    .addCheckConstraint('organisations_not_own_parent', sql`parent_id is null or parent_id <> id`)
    .execute();
  await db.schema.createIndex('organisations_parent').on('organisations').column('parent_id').execute();

  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('username', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', notNull)
    .addColumn('password_hash', 'text', notNull)
    .addColumn('role', 'text', notNull)
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('disabled', t.bool, (c) => c.notNull().defaultTo(falseValue))
    .addColumn('created_at', t.time, notNull)
    .addCheckConstraint('users_role', oneOf('role', ROLES))
    .addCheckConstraint('users_disabled', boolCheck('disabled'))
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', t.time, notNull)
    .addColumn('expires_at', t.time, notNull)
    .addColumn('last_seen', t.time, notNull)
    .addColumn('csrf_secret', 'text', notNull)
    .addColumn('ip', 'text')
    .execute();
  await db.schema.createIndex('sessions_expires').on('sessions').column('expires_at').execute();
  await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();

  let disclosures = db.schema
    .createTable('disclosures')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('year', 'integer', notNull)
    .addColumn('profile', 'text', notNull)
    .addColumn('status', 'text', notNull)
    .addColumn('current_version_id', 'text')
    .addColumn('published_version_id', 'text')
    .addColumn('created_at', t.time, notNull)
    .addColumn('updated_at', t.time, notNull)
    .addUniqueConstraint('disclosures_organisation_year', ['organisation_id', 'year'])
    .addCheckConstraint('disclosures_status', oneOf('status', DISCLOSURE_STATUSES))
    .addCheckConstraint('disclosures_year', sql`year between 1990 and 2200`);
  if (d === 'sqlite') {
    // SQLite cannot add constraints later, but accepts a reference to a table created afterwards.
    disclosures = disclosures
      .addForeignKeyConstraint('disclosures_current', ['current_version_id'], 'disclosure_versions', ['id'])
      .addForeignKeyConstraint('disclosures_published', ['published_version_id'], 'disclosure_versions', [
        'id',
      ]);
  }
  await disclosures.execute();
  await db.schema.createIndex('disclosures_status').on('disclosures').columns(['status', 'year']).execute();

  await db.schema
    .createTable('disclosure_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('disclosure_id', 'text', (c) => c.notNull().references('disclosures.id'))
    .addColumn('number', 'integer', notNull)
    .addColumn('dataset', t.json, notNull)
    .addColumn('content_hash', 'text', notNull)
    .addColumn('findings_errors', 'integer', notNull)
    .addColumn('findings_warnings', 'integer', notNull)
    .addColumn('findings_notices', 'integer', notNull)
    .addColumn('grand_total_fen', 'bigint')
    .addColumn('income_total_fen', 'bigint')
    .addColumn('expenditure_total_fen', 'bigint')
    .addColumn('sangong_total_fen', 'bigint')
    .addColumn('operating_expenses_fen', 'bigint')
    .addColumn('author_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', t.time, notNull)
    .addColumn('comment', 'text', notNull)
    .addColumn('published', t.bool, (c) => c.notNull().defaultTo(falseValue))
    .addColumn('published_at', t.time)
    .addUniqueConstraint('disclosure_versions_number', ['disclosure_id', 'number'])
    .addCheckConstraint('disclosure_versions_number_positive', sql`number >= 1`)
    .addCheckConstraint('disclosure_versions_published', boolCheck('published'))
    .addCheckConstraint(
      'disclosure_versions_findings',
      sql`findings_errors >= 0 and findings_warnings >= 0 and findings_notices >= 0`,
    )
    .execute();
  if (d === 'postgres') {
    await db.schema
      .alterTable('disclosures')
      .addForeignKeyConstraint('disclosures_current', ['current_version_id'], 'disclosure_versions', ['id'])
      .execute();
    await db.schema
      .alterTable('disclosures')
      .addForeignKeyConstraint('disclosures_published', ['published_version_id'], 'disclosure_versions', [
        'id',
      ])
      .execute();
  }

  await serialId(d, db.schema.createTable('review_events'))
    .addColumn('disclosure_id', 'text', (c) => c.notNull().references('disclosures.id'))
    .addColumn('version_id', 'text', (c) => c.references('disclosure_versions.id'))
    .addColumn('from_status', 'text', notNull)
    .addColumn('to_status', 'text', notNull)
    .addColumn('user_id', 'text', (c) => c.references('users.id'))
    .addColumn('comment', 'text', notNull)
    .addColumn('created_at', t.time, notNull)
    .execute();
  await db.schema
    .createIndex('review_events_disclosure')
    .on('review_events')
    .column('disclosure_id')
    .execute();

  await serialId(d, db.schema.createTable('justifications'))
    .addColumn('disclosure_id', 'text', (c) => c.notNull().references('disclosures.id'))
    .addColumn('version_id', 'text', (c) => c.notNull().references('disclosure_versions.id'))
    .addColumn('rule_id', 'text', notNull)
    .addColumn('location_key', 'text', notNull)
    .addColumn('text', 'text', notNull)
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', t.time, notNull)
    .execute();
  await db.schema
    .createIndex('justifications_disclosure')
    .on('justifications')
    .column('disclosure_id')
    .execute();

  await db.schema
    .createTable('blobs')
    .addColumn('sha256', 'text', (c) => c.primaryKey())
    .addColumn('bytes', d === 'postgres' ? 'bytea' : 'blob', notNull)
    .addColumn('size', 'bigint', notNull)
    .addColumn('created_at', t.time, notNull)
    .execute();

  await db.schema
    .createTable('published_files')
    .addColumn('version_id', 'text', (c) => c.notNull().references('disclosure_versions.id'))
    .addColumn('format', 'text', notNull)
    .addColumn('disclosure_id', 'text', (c) => c.notNull().references('disclosures.id'))
    .addColumn('sha256', 'text', (c) => c.notNull().references('blobs.sha256'))
    .addColumn('content_type', 'text', notNull)
    .addColumn('created_at', t.time, notNull)
    .addPrimaryKeyConstraint('published_files_pk', ['version_id', 'format'])
    .execute();

  await db.schema
    .createTable('jobs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', notNull)
    .addColumn('status', 'text', notNull)
    .addColumn('payload', t.json, notNull)
    .addColumn('progress_done', 'integer', notNull)
    .addColumn('progress_total', 'integer', notNull)
    .addColumn('message', 'text', notNull)
    .addColumn('result', t.json, notNull)
    .addColumn('error', 'text')
    .addColumn('user_id', 'text')
    .addColumn('created_at', t.time, notNull)
    .addColumn('updated_at', t.time, notNull)
    .addCheckConstraint('jobs_status', oneOf('status', JOB_STATUSES))
    .execute();
  await db.schema.createIndex('jobs_queue').on('jobs').columns(['status', 'created_at']).execute();

  // The audit log keeps user ids without a foreign key: it must outlive anything it mentions.
  await serialId(d, db.schema.createTable('audit_log'))
    .addColumn('at', t.time, notNull)
    .addColumn('user_id', 'text')
    .addColumn('action', 'text', notNull)
    .addColumn('target_type', 'text', notNull)
    .addColumn('target_id', 'text')
    .addColumn('detail', t.json, notNull)
    .addColumn('ip', 'text')
    .execute();
  await db.schema
    .createIndex('audit_log_target')
    .on('audit_log')
    .columns(['target_type', 'target_id'])
    .execute();
}
