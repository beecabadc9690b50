/**
 * @module What every query module needs: the Kysely handle (the database or the open transaction), the
 * injected clock and id maker, and the few things the dialects do differently.
 */
import { type Kysely, type RawBuilder, type SqlBool, sql } from 'kysely';
import { StorageError } from '../errors.ts';
import type { Actor, Clock, IsoTime, JsonValue, NewId } from '../types.ts';
import type { Database } from './db-schema.ts';

/** What differs between SQLite and PostgreSQL, supplied by each adapter. */
export type DialectSupport = {
  readonly name: 'sqlite' | 'postgres';
  /** A boolean as the dialect stores it (1/0 on SQLite). */
  readonly bool: (b: boolean) => SqlBool;
  /** Maps a driver error to a StorageError subclass (errors that already are pass through). */
  readonly classify: (e: unknown) => Error;
};

export type Ctx = {
  readonly db: Kysely<Database>;
  readonly clock: Clock;
  readonly newId: NewId;
  readonly dialect: DialectSupport;
  /** True inside a transaction: atomic operations join it instead of opening their own. */
  readonly inTx: boolean;
};

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** Checks a timestamp is in the one format the store keeps (so text order is time order). */
export function checkTime(t: string, what: string): IsoTime {
  if (!ISO.test(t) || Number.isNaN(Date.parse(t))) {
    throw new StorageError(`${what} must be an ISO-8601 UTC time like 2026-01-31T08:00:00.000Z, got "${t}"`);
  }
  return t;
}

/** The clock's current time, checked. */
export function now(ctx: Ctx): IsoTime {
  return checkTime(ctx.clock(), 'clock()');
}

/** Runs `fn` in a transaction, or in the caller's when there already is one. */
export async function atomic<T>(ctx: Ctx, fn: (tx: Ctx) => Promise<T>): Promise<T> {
  if (ctx.inTx) return fn(ctx);
  return ctx.db.transaction().execute((trx) => fn({ ...ctx, db: trx, inTx: true }));
}

/** A text column for ORDER BY in code-point order on both dialects (PostgreSQL's collation may differ). */
export function byText(ctx: Ctx, column: string): RawBuilder<string> {
  return ctx.dialect.name === 'postgres'
    ? sql<string>`${sql.ref(column)} collate "C"`
    : sql<string>`${sql.ref(column)}`;
}

/** Reads a JSON column (text on both dialects; an already parsed value is passed through). */
export function readJson(v: unknown): JsonValue {
  return (typeof v === 'string' ? JSON.parse(v) : v) as JsonValue;
}

/** Reads a boolean column (0/1 on SQLite). */
export function readBool(v: unknown): boolean {
  return v === true || v === 1;
}

/** Serialises JSON for a JSON column; refuses values JSON cannot keep (NaN, Infinity, undefined, bigint). */
export function writeJson(v: JsonValue, what: string): string {
  checkJson(v, what);
  return canonicalJson(v);
}

function checkJson(v: unknown, path: string): void {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new StorageError(`${path}: not a finite number`);
    return;
  }
  if (Array.isArray(v)) {
    v.forEach((x, i) => {
      checkJson(x, `${path}[${i}]`);
    });
    return;
  }
  if (typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
    for (const [k, x] of Object.entries(v)) checkJson(x, `${path}.${k}`);
    return;
  }
  throw new StorageError(`${path}: not a JSON value`);
}

/** JSON with object keys sorted at every level, so equal content has one text and one hash. */
export function canonicalJson(v: JsonValue): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(v).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(v[k] as JsonValue)}`).join(',')}}`;
}

/** Checks an integer column value (counts, numbers, years). */
export function checkInt(n: number, what: string, min = 0): number {
  if (!Number.isSafeInteger(n) || n < min) throw new StorageError(`${what} must be an integer ≥ ${min}`);
  return n;
}

/** Checks a fen amount before it goes into a BIGINT column. */
export function checkFen(n: number | null | undefined, what: string): number | null {
  if (n === null || n === undefined) return null;
  if (!Number.isSafeInteger(n)) throw new StorageError(`${what}: not a safe integer amount of fen`);
  return n;
}

/** The audit entry every change writes, in the same transaction. */
export async function audit(
  ctx: Ctx,
  actor: Actor,
  action: string,
  targetType: string,
  targetId: string | null,
  detail: JsonValue,
): Promise<void> {
  await ctx.db
    .insertInto('audit_log')
    .values({
      at: now(ctx),
      user_id: actor.userId,
      action,
      target_type: targetType,
      target_id: targetId,
      detail: writeJson(detail, 'audit detail'),
      ip: actor.ip,
    })
    .execute();
}
