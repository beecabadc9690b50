/**
 * @module The store port: everything the web system reads and writes, the same on SQLite and PostgreSQL.
 * Every method is async. Every change writes an audit entry in the same transaction. Errors are the
 * classes of errors.ts: ConflictError (409), NotFoundError (404), ImmutableError, StorageError.
 */

import type { UnitType } from '../model/types.ts';
import type {
  Actor,
  AuditEntry,
  Disclosure,
  DisclosureStatus,
  DisclosureVersion,
  FindingCounts,
  IsoTime,
  Job,
  JobStatus,
  JsonValue,
  Justification,
  Organisation,
  OrganisationKind,
  OrganisationNode,
  PublishedFile,
  ReviewEvent,
  Role,
  Session,
  User,
  VersionFigures,
  VersionSummary,
} from './types.ts';

export type NewOrganisation = {
  readonly name: string;
  readonly code?: string | null;
  readonly kind: OrganisationKind;
  readonly parentId?: string | null;
  readonly region: string;
  readonly unitType?: UnitType | null;
};
export type OrganisationPatch = Partial<Omit<NewOrganisation, 'kind'>>;

export type NewUser = {
  readonly username: string;
  readonly displayName: string;
  readonly passwordHash: string;
  readonly role: Role;
  readonly organisationId: string;
};
export type UserPatch = Partial<Omit<NewUser, 'username'> & { readonly disabled: boolean }>;

export type NewSession = {
  readonly id: string;
  readonly userId: string;
  readonly expiresAt: IsoTime;
  readonly csrfSecret: string;
  readonly ip: string | null;
};
/** A live session with its user, as the server needs it on every request. */
export type SessionWithUser = { readonly session: Session; readonly user: User };

export type NewDisclosure = {
  readonly organisationId: string;
  readonly year: number;
  readonly profile: string;
};

export type DisclosureFilter = {
  /** Only these organisations (e.g. a department's subtree); an empty list matches nothing. */
  readonly organisationIds?: readonly string[];
  readonly year?: number;
  readonly status?: DisclosureStatus | readonly DisclosureStatus[];
};
/** A disclosure with what list pages show: its organisation and its current version's finding counts. */
export type DisclosureListItem = Disclosure & {
  readonly organisationName: string;
  readonly organisationKind: OrganisationKind;
  readonly region: string;
  readonly currentVersionNumber: number | null;
  readonly findings: FindingCounts | null;
};

export type SaveVersionInput = {
  readonly disclosureId: string;
  /** The dataset as JSON: amounts as decimal strings, never floats. */
  readonly dataset: JsonValue;
  readonly findings: FindingCounts;
  readonly figures?: Partial<VersionFigures>;
  readonly comment?: string;
  /** When given, the save is refused (stale-version) unless this is still the current version. */
  readonly expectedCurrentVersionId?: string | null;
};

export type TransitionInput = {
  readonly disclosureId: string;
  /** The status the caller saw; anything else is a ConflictError('status-mismatch'). */
  readonly from: DisclosureStatus;
  readonly to: DisclosureStatus;
  readonly comment?: string;
};

export type NewJustification = {
  readonly disclosureId: string;
  readonly versionId: string;
  readonly ruleId: string;
  readonly locationKey: string;
  readonly text: string;
};

/** Portal query: published disclosures only. `name` matches the organisation's or its parent's name. */
export type PublishedQuery = {
  readonly year?: number;
  readonly region?: string;
  readonly name?: string;
  readonly limit?: number;
  readonly offset?: number;
};
export type PublishedListItem = {
  readonly disclosureId: string;
  readonly year: number;
  readonly profile: string;
  readonly organisation: Organisation;
  readonly parentName: string | null;
  readonly version: VersionSummary;
};

export type PutFileInput = {
  readonly disclosureId: string;
  readonly versionId: string;
  readonly format: string;
  readonly contentType: string;
  readonly bytes: Uint8Array;
};

export type AuditInput = {
  readonly action: string;
  readonly targetType: string;
  readonly targetId: string | null;
  readonly detail: JsonValue;
};
export type AuditFilter = {
  readonly targetType?: string;
  readonly targetId?: string;
  readonly userId?: string;
  readonly action?: string;
  /** Entries with an id below this (for paging backwards); newest first. */
  readonly beforeId?: number;
  readonly limit?: number;
};

export type NewJob = { readonly kind: string; readonly payload: JsonValue; readonly total?: number };
export type JobProgress = { readonly done: number; readonly total?: number; readonly message?: string };
export type JobOutcome =
  | { readonly status: 'succeeded'; readonly result?: JsonValue }
  | { readonly status: 'failed'; readonly error: string };

/** The operations, available on the store and inside a transaction alike. */
export interface StoreOps {
  createOrganisation(input: NewOrganisation, actor: Actor): Promise<Organisation>;
  getOrganisation(id: string): Promise<Organisation | null>;
  updateOrganisation(id: string, patch: OrganisationPatch, actor: Actor): Promise<Organisation>;
  /** Filtered by parent (null: the roots), kind or region; ordered by code then name. */
  listOrganisations(filter?: {
    parentId?: string | null;
    kind?: OrganisationKind;
    region?: string;
  }): Promise<Organisation[]>;
  /** The organisation and all its descendants, parents before children. */
  listOrganisationSubtree(rootId: string): Promise<Organisation[]>;
  /** Every organisation as a forest of trees. */
  organisationTree(): Promise<OrganisationNode[]>;

  createUser(input: NewUser, actor: Actor): Promise<User>;
  getUser(id: string): Promise<User | null>;
  getUserByUsername(username: string): Promise<User | null>;
  listUsers(filter?: { organisationId?: string; role?: Role }): Promise<User[]>;
  updateUser(id: string, patch: UserPatch, actor: Actor): Promise<User>;

  createSession(input: NewSession, actor: Actor): Promise<Session>;
  /** The session and its user, or null when missing, expired (at the store's clock) or the user is disabled. */
  getSession(id: string): Promise<SessionWithUser | null>;
  /** Sets last_seen to now (and a new expiry or ip when given); false when the session is gone or expired. */
  touchSession(id: string, change?: { expiresAt?: IsoTime; ip?: string | null }): Promise<boolean>;
  deleteSession(id: string, actor: Actor): Promise<boolean>;
  /** Ends every session of a user (password change, disabling); returns how many. */
  deleteUserSessions(userId: string, actor: Actor): Promise<number>;
  /** Removes sessions whose expiry is at or before now; returns how many. */
  deleteExpiredSessions(): Promise<number>;

  createDisclosure(input: NewDisclosure, actor: Actor): Promise<Disclosure>;
  getDisclosure(id: string): Promise<Disclosure | null>;
  findDisclosure(organisationId: string, year: number): Promise<Disclosure | null>;
  listDisclosures(filter?: DisclosureFilter): Promise<DisclosureListItem[]>;
  /** Deletes a disclosure that was never published (ImmutableError otherwise), with its versions. */
  deleteDisclosure(id: string, actor: Actor): Promise<void>;

  /** Atomic: a new version numbered max+1, the disclosure's current version, an audit entry. */
  saveVersion(input: SaveVersionInput, actor: Actor): Promise<DisclosureVersion>;
  getVersion(id: string): Promise<DisclosureVersion | null>;
  getVersionByNumber(disclosureId: string, number: number): Promise<DisclosureVersion | null>;
  /** Oldest first, without datasets. */
  listVersions(disclosureId: string): Promise<VersionSummary[]>;

  /** Atomic: checks `from`, moves to `to` (a step of TRANSITIONS), records a review event and an audit entry. */
  transition(input: TransitionInput, actor: Actor): Promise<Disclosure>;
  /** approved → published: marks the current version published (immutable from then on). */
  publish(input: { disclosureId: string; comment?: string }, actor: Actor): Promise<Disclosure>;
  listReviewEvents(disclosureId: string): Promise<ReviewEvent[]>;

  addJustification(input: NewJustification, actor: Actor): Promise<Justification>;
  /** Oldest first; the latest per (ruleId, locationKey) is the one in force. */
  listJustifications(disclosureId: string, filter?: { versionId?: string }): Promise<Justification[]>;

  /** Newest publication first. */
  listPublished(query?: PublishedQuery): Promise<PublishedListItem[]>;

  /** Stores the bytes once per sha256 and links them to the version's format; idempotent for equal bytes. */
  putFile(input: PutFileInput, actor: Actor): Promise<PublishedFile>;
  getFile(versionId: string, format: string): Promise<PublishedFile | null>;
  listFiles(versionId: string): Promise<PublishedFile[]>;
  /** The bytes stored under a sha256 (lower-case hex), or null. */
  getFileBytes(sha256: string): Promise<Uint8Array | null>;

  appendAudit(entry: AuditInput, actor: Actor): Promise<AuditEntry>;
  /** Newest first. */
  listAudit(filter?: AuditFilter): Promise<AuditEntry[]>;

  createJob(input: NewJob, actor: Actor): Promise<Job>;
  getJob(id: string): Promise<Job | null>;
  listJobs(filter?: { status?: JobStatus; kind?: string; limit?: number }): Promise<Job[]>;
  /** Takes the oldest queued job (of a kind) and marks it running; null when none is queued. */
  claimNextJob(kind?: string): Promise<Job | null>;
  /** Marks this queued job running (a queue that dispatches by id); null when it is not queued (or missing). */
  claimJob(id: string): Promise<Job | null>;
  /** Puts a running job back in the queue with a message (before a retry); ConflictError when not running. */
  requeueJob(id: string, message: string): Promise<Job>;
  updateJobProgress(id: string, progress: JobProgress): Promise<Job>;
  finishJob(id: string, outcome: JobOutcome): Promise<Job>;
}

/** A store or a transaction: the operations plus nesting (a nested transaction joins the outer one). */
export interface StoreTx extends StoreOps {
  /** Runs `fn` in one transaction: everything commits together, or nothing does when `fn` throws. */
  transaction<T>(fn: (tx: StoreTx) => Promise<T>): Promise<T>;
}

/** The store: an open database connection (SQLite file or PostgreSQL pool). */
export interface Store extends StoreTx {
  readonly dialect: 'sqlite' | 'postgres';
  /** Applies pending migrations; returns the names applied. Safe to run on every start. */
  migrate(): Promise<string[]>;
  /**
   * A value that is different after any commit to the database since it was last taken, by this store or
   * any other connection or process (it may also change without one); null when the store cannot tell
   * without a query. A reader may keep what it read while the value stays the same.
   * With `maxAgeMs`, another connection's or process's commit may show only up to that many milliseconds
   * later (this store's own commits still show at once), for a stamp that costs no query on most calls.
   * SQLite: data_version, read at most every `maxAgeMs`. PostgreSQL: notifications of commits
   * (postgres/changes.ts), so only with `maxAgeMs` > 0, and null while its listening connection is down.
   */
  changeStamp(maxAgeMs?: number): string | null;
  close(): Promise<void>;
}
