/**
 * @module Migration 002: the database's own guards, so that no code path (nor a person at a SQL prompt)
 * can change history. A saved version's content never changes; the only update allowed is marking it
 * published, after which it can be neither updated nor deleted; so are its files. Blobs are content-
 * addressed and never updated. The audit log is append-only.
 */
import { type Kysely, sql } from 'kysely';
import { IMMUTABLE_MARKER } from '../errors.ts';
import type { SqlDialectName } from './index.ts';

/** Every column of a version except the publication flag and time. */
const VERSION_CONTENT = [
  'id',
  'disclosure_id',
  'number',
  'dataset',
  'content_hash',
  'findings_errors',
  'findings_warnings',
  'findings_notices',
  'grand_total_fen',
  'income_total_fen',
  'expenditure_total_fen',
  'sangong_total_fen',
  'operating_expenses_fen',
  'author_id',
  'created_at',
  'comment',
];

function sqliteGuards(): string[] {
  const changed = VERSION_CONTENT.map((c) => `NEW.${c} IS NOT OLD.${c}`).join(' OR ');
  const abort = (what: string) => `SELECT RAISE(ABORT, '${IMMUTABLE_MARKER}: ${what}');`;
  const publishedFile = '(SELECT published FROM disclosure_versions WHERE id = OLD.version_id) = 1';
  return [
    `CREATE TRIGGER disclosure_versions_guard_update BEFORE UPDATE ON disclosure_versions
     WHEN OLD.published = 1 OR NEW.published <> 1 OR ${changed}
     BEGIN ${abort('a saved version never changes; a published one is final')} END`,
    `CREATE TRIGGER disclosure_versions_guard_delete BEFORE DELETE ON disclosure_versions
     WHEN OLD.published = 1 BEGIN ${abort('a published version cannot be deleted')} END`,
    `CREATE TRIGGER published_files_guard_update BEFORE UPDATE ON published_files
     WHEN ${publishedFile} BEGIN ${abort('files of a published version are final')} END`,
    `CREATE TRIGGER published_files_guard_delete BEFORE DELETE ON published_files
     WHEN ${publishedFile} BEGIN ${abort('files of a published version are final')} END`,
    `CREATE TRIGGER blobs_guard_update BEFORE UPDATE ON blobs
     BEGIN ${abort('stored content never changes')} END`,
    `CREATE TRIGGER audit_log_guard_update BEFORE UPDATE ON audit_log
     BEGIN ${abort('the audit log is append-only')} END`,
    `CREATE TRIGGER audit_log_guard_delete BEFORE DELETE ON audit_log
     BEGIN ${abort('the audit log is append-only')} END`,
  ];
}

function postgresGuards(): string[] {
  const changed = VERSION_CONTENT.map((c) => `NEW.${c} IS DISTINCT FROM OLD.${c}`).join(' OR ');
  const fail = (what: string) => `RAISE EXCEPTION '${IMMUTABLE_MARKER}: ${what}' USING ERRCODE = 'P0001';`;
  return [
    `CREATE FUNCTION juesuan_guard_version() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       IF TG_OP = 'DELETE' THEN
         IF OLD.published THEN ${fail('a published version cannot be deleted')} END IF;
         RETURN OLD;
       END IF;
       IF OLD.published OR NOT NEW.published OR ${changed} THEN
         ${fail('a saved version never changes; a published one is final')}
       END IF;
       RETURN NEW;
     END $$`,
    `CREATE TRIGGER disclosure_versions_guard BEFORE UPDATE OR DELETE ON disclosure_versions
     FOR EACH ROW EXECUTE FUNCTION juesuan_guard_version()`,
    `CREATE FUNCTION juesuan_guard_published_file() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       IF EXISTS (SELECT 1 FROM disclosure_versions WHERE id = OLD.version_id AND published) THEN
         ${fail('files of a published version are final')}
       END IF;
       IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
       RETURN NEW;
     END $$`,
    `CREATE TRIGGER published_files_guard BEFORE UPDATE OR DELETE ON published_files
     FOR EACH ROW EXECUTE FUNCTION juesuan_guard_published_file()`,
    `CREATE FUNCTION juesuan_guard_forbidden() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       RAISE EXCEPTION '${IMMUTABLE_MARKER}: % on % is not allowed', TG_OP, TG_TABLE_NAME USING ERRCODE = 'P0001';
     END $$`,
    `CREATE TRIGGER blobs_guard BEFORE UPDATE ON blobs
     FOR EACH ROW EXECUTE FUNCTION juesuan_guard_forbidden()`,
    `CREATE TRIGGER audit_log_guard BEFORE UPDATE OR DELETE ON audit_log
     FOR EACH ROW EXECUTE FUNCTION juesuan_guard_forbidden()`,
    // TRUNCATE bypasses row triggers; refuse it on the append-only log too.
    `CREATE TRIGGER audit_log_guard_truncate BEFORE TRUNCATE ON audit_log
     FOR EACH STATEMENT EXECUTE FUNCTION juesuan_guard_forbidden()`,
  ];
}

/** Creates the triggers of the dialect. */
export async function up(db: Kysely<unknown>, d: SqlDialectName): Promise<void> {
  for (const statement of d === 'postgres' ? postgresGuards() : sqliteGuards()) {
    await sql.raw(statement).execute(db);
  }
}
