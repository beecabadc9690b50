/**
 * @module The store over Kysely, shared by both adapters: each method delegates to its query module and
 * maps driver errors to the storage error classes. A transaction is the same class over the open transaction.
 */
import type { Kysely } from 'kysely';
import { migrateToLatest } from '../migrations/index.ts';
import type * as P from '../port.ts';
import type { Store, StoreTx } from '../port.ts';
import type * as T from '../types.ts';
import * as audit from './audit-log.ts';
import type { Ctx } from './context.ts';
import type { Database } from './db-schema.ts';
import * as disclosures from './disclosures.ts';
import * as files from './files.ts';
import * as jobs from './jobs.ts';
import * as orgs from './organisations.ts';
import * as portal from './portal.ts';
import * as sessions from './sessions.ts';
import * as users from './users.ts';
import * as versions from './versions.ts';
import * as workflow from './workflow.ts';

type A = T.Actor;

/** The operations over one Kysely handle (the database, or an open transaction). */
export class SqlStoreTx implements StoreTx {
  protected readonly ctx: Ctx;
  constructor(ctx: Ctx) {
    this.ctx = ctx;
  }

  protected run<R>(f: (ctx: Ctx) => Promise<R>): Promise<R> {
    return f(this.ctx).catch((e: unknown) => {
      throw this.ctx.dialect.classify(e);
    });
  }

  transaction<R>(fn: (tx: StoreTx) => Promise<R>): Promise<R> {
    if (this.ctx.inTx) return fn(this);
    return this.run((ctx) =>
      ctx.db.transaction().execute((trx) => fn(new SqlStoreTx({ ...ctx, db: trx, inTx: true }))),
    );
  }

  createOrganisation(i: P.NewOrganisation, a: A) {
    return this.run((c) => orgs.createOrganisation(c, i, a));
  }
  getOrganisation(id: string) {
    return this.run((c) => orgs.getOrganisation(c, id));
  }
  updateOrganisation(id: string, p: P.OrganisationPatch, a: A) {
    return this.run((c) => orgs.updateOrganisation(c, id, p, a));
  }
  listOrganisations(f?: { parentId?: string | null; kind?: T.OrganisationKind; region?: string }) {
    return this.run((c) => orgs.listOrganisations(c, f));
  }
  listOrganisationSubtree(rootId: string) {
    return this.run((c) => orgs.listOrganisationSubtree(c, rootId));
  }
  organisationTree() {
    return this.run((c) => orgs.organisationTree(c));
  }

  createUser(i: P.NewUser, a: A) {
    return this.run((c) => users.createUser(c, i, a));
  }
  getUser(id: string) {
    return this.run((c) => users.getUser(c, id));
  }
  getUserByUsername(username: string) {
    return this.run((c) => users.getUserByUsername(c, username));
  }
  listUsers(f?: { organisationId?: string; role?: T.Role }) {
    return this.run((c) => users.listUsers(c, f));
  }
  updateUser(id: string, p: P.UserPatch, a: A) {
    return this.run((c) => users.updateUser(c, id, p, a));
  }

  createSession(i: P.NewSession, a: A) {
    return this.run((c) => sessions.createSession(c, i, a));
  }
  getSession(id: string) {
    return this.run((c) => sessions.getSession(c, id));
  }
  touchSession(id: string, change?: { expiresAt?: T.IsoTime; ip?: string | null }) {
    return this.run((c) => sessions.touchSession(c, id, change));
  }
  deleteSession(id: string, a: A) {
    return this.run((c) => sessions.deleteSession(c, id, a));
  }
  deleteUserSessions(userId: string, a: A) {
    return this.run((c) => sessions.deleteUserSessions(c, userId, a));
  }
  deleteExpiredSessions() {
    return this.run((c) => sessions.deleteExpiredSessions(c));
  }

  createDisclosure(i: P.NewDisclosure, a: A) {
    return this.run((c) => disclosures.createDisclosure(c, i, a));
  }
  getDisclosure(id: string) {
    return this.run((c) => disclosures.getDisclosure(c, id));
  }
  findDisclosure(organisationId: string, year: number) {
    return this.run((c) => disclosures.findDisclosure(c, organisationId, year));
  }
  listDisclosures(f?: P.DisclosureFilter) {
    return this.run((c) => disclosures.listDisclosures(c, f));
  }
  deleteDisclosure(id: string, a: A) {
    return this.run((c) => disclosures.deleteDisclosure(c, id, a));
  }

  saveVersion(i: P.SaveVersionInput, a: A) {
    return this.run((c) => versions.saveVersion(c, i, a));
  }
  getVersion(id: string) {
    return this.run((c) => versions.getVersion(c, id));
  }
  getVersionByNumber(disclosureId: string, n: number) {
    return this.run((c) => versions.getVersionByNumber(c, disclosureId, n));
  }
  listVersions(disclosureId: string) {
    return this.run((c) => versions.listVersions(c, disclosureId));
  }

  transition(i: P.TransitionInput, a: A) {
    return this.run((c) => workflow.transition(c, i, a));
  }
  publish(i: { disclosureId: string; comment?: string }, a: A) {
    return this.run((c) => workflow.publish(c, i, a));
  }
  listReviewEvents(disclosureId: string) {
    return this.run((c) => workflow.listReviewEvents(c, disclosureId));
  }
  addJustification(i: P.NewJustification, a: A) {
    return this.run((c) => workflow.addJustification(c, i, a));
  }
  listJustifications(disclosureId: string, f?: { versionId?: string }) {
    return this.run((c) => workflow.listJustifications(c, disclosureId, f));
  }

  listPublished(q?: P.PublishedQuery) {
    return this.run((c) => portal.listPublished(c, q));
  }

  putFile(i: P.PutFileInput, a: A) {
    return this.run((c) => files.putFile(c, i, a));
  }
  getFile(versionId: string, format: string) {
    return this.run((c) => files.getFile(c, versionId, format));
  }
  listFiles(versionId: string) {
    return this.run((c) => files.listFiles(c, versionId));
  }
  getFileBytes(sha256: string) {
    return this.run((c) => files.getFileBytes(c, sha256));
  }

  appendAudit(e: P.AuditInput, a: A) {
    return this.run((c) => audit.appendAudit(c, e, a));
  }
  listAudit(f?: P.AuditFilter) {
    return this.run((c) => audit.listAudit(c, f));
  }

  createJob(i: P.NewJob, a: A) {
    return this.run((c) => jobs.createJob(c, i, a));
  }
  getJob(id: string) {
    return this.run((c) => jobs.getJob(c, id));
  }
  listJobs(f?: { status?: T.JobStatus; kind?: string; limit?: number }) {
    return this.run((c) => jobs.listJobs(c, f));
  }
  claimNextJob(kind?: string) {
    return this.run((c) => jobs.claimNextJob(c, kind));
  }
  claimJob(id: string) {
    return this.run((c) => jobs.claimJob(c, id));
  }
  requeueJob(id: string, message: string) {
    return this.run((c) => jobs.requeueJob(c, id, message));
  }
  updateJobProgress(id: string, p: P.JobProgress) {
    return this.run((c) => jobs.updateJobProgress(c, id, p));
  }
  finishJob(id: string, o: P.JobOutcome) {
    return this.run((c) => jobs.finishJob(c, id, o));
  }
}

/** The store: the operations plus migrations and closing; `db` is for adapters and tests, not for callers. */
export class SqlStore extends SqlStoreTx implements Store {
  readonly db: Kysely<Database>;
  readonly #close: () => Promise<void>;
  readonly #changeStamp: ((maxAgeMs?: number) => string | null) | undefined;
  constructor(ctx: Ctx, close: () => Promise<void>, changeStamp?: (maxAgeMs?: number) => string | null) {
    super(ctx);
    this.db = ctx.db;
    this.#close = close;
    this.#changeStamp = changeStamp;
  }
  changeStamp(maxAgeMs?: number): string | null {
    return this.#changeStamp?.(maxAgeMs) ?? null;
  }
  get dialect(): 'sqlite' | 'postgres' {
    return this.ctx.dialect.name;
  }
  migrate(): Promise<string[]> {
    return this.run((c) => migrateToLatest(c.db as unknown as Kysely<unknown>, c.dialect.name));
  }
  close(): Promise<void> {
    return this.#close();
  }
}
