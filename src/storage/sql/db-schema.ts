/**
 * @module The tables as Kysely sees them (snake_case columns). Timestamps arrive as ISO strings on both
 * dialects (the PostgreSQL adapter converts timestamptz); JSON columns are written and read as JSON text
 * on both (the PostgreSQL adapter returns jsonb as text); booleans are 0/1 on SQLite.
 */
import type { ColumnType, Generated, SqlBool } from 'kysely';

/** Written and read as JSON text. */
type Json = ColumnType<unknown, string, string>;
/** Written as true/false (PostgreSQL) or 1/0 (SQLite). */
type Bool = ColumnType<SqlBool, SqlBool, SqlBool>;

export type OrganisationsTable = {
  id: string;
  name: string;
  code: string | null;
  kind: string;
  parent_id: string | null;
  region: string;
  unit_type: string | null;
  created_at: string;
};

export type UsersTable = {
  id: string;
  username: string;
  display_name: string;
  password_hash: string;
  role: string;
  organisation_id: string;
  disabled: Bool;
  created_at: string;
};

export type SessionsTable = {
  id: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  last_seen: string;
  csrf_secret: string;
  ip: string | null;
};

export type DisclosuresTable = {
  id: string;
  organisation_id: string;
  year: number;
  profile: string;
  status: string;
  current_version_id: string | null;
  published_version_id: string | null;
  created_at: string;
  updated_at: string;
};

export type DisclosureVersionsTable = {
  id: string;
  disclosure_id: string;
  number: number;
  dataset: Json;
  content_hash: string;
  findings_errors: number;
  findings_warnings: number;
  findings_notices: number;
  grand_total_fen: number | null;
  income_total_fen: number | null;
  expenditure_total_fen: number | null;
  sangong_total_fen: number | null;
  operating_expenses_fen: number | null;
  author_id: string;
  created_at: string;
  comment: string;
  published: Bool;
  published_at: string | null;
};

export type ReviewEventsTable = {
  id: Generated<number>;
  disclosure_id: string;
  version_id: string | null;
  from_status: string;
  to_status: string;
  user_id: string | null;
  comment: string;
  created_at: string;
};

export type JustificationsTable = {
  id: Generated<number>;
  disclosure_id: string;
  version_id: string;
  rule_id: string;
  location_key: string;
  text: string;
  user_id: string;
  created_at: string;
};

export type BlobsTable = { sha256: string; bytes: Uint8Array; size: number; created_at: string };

export type PublishedFilesTable = {
  version_id: string;
  format: string;
  disclosure_id: string;
  sha256: string;
  content_type: string;
  created_at: string;
};

export type JobsTable = {
  id: string;
  kind: string;
  status: string;
  payload: Json;
  progress_done: number;
  progress_total: number;
  message: string;
  result: Json;
  error: string | null;
  user_id: string | null;
  created_at: string;
  updated_at: string;
};

export type AuditLogTable = {
  id: Generated<number>;
  at: string;
  user_id: string | null;
  action: string;
  target_type: string;
  target_id: string | null;
  detail: Json;
  ip: string | null;
};

/** The whole database. */
export type Database = {
  organisations: OrganisationsTable;
  users: UsersTable;
  sessions: SessionsTable;
  disclosures: DisclosuresTable;
  disclosure_versions: DisclosureVersionsTable;
  review_events: ReviewEventsTable;
  justifications: JustificationsTable;
  blobs: BlobsTable;
  published_files: PublishedFilesTable;
  jobs: JobsTable;
  audit_log: AuditLogTable;
};
