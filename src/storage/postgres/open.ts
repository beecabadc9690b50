/**
 * @module The PostgreSQL adapter: a `pg` pool under Kysely. int8 columns (money in fen, identity ids,
 * counts) come back from `pg` as strings and are converted to numbers here, refusing any that is not a
 * safe integer; timestamptz comes back as the ISO string the store uses everywhere; jsonb comes back as its
 * text, which the store parses as it does on SQLite.
 */
import { randomUUID } from 'node:crypto';
import {
  type CompiledQuery,
  type DatabaseConnection,
  type Driver,
  Kysely,
  PostgresDialect,
  type PostgresDialectConfig,
  type TransactionSettings,
} from 'kysely';
import pg from 'pg';
import { StorageError } from '../errors.ts';
import { type DriverErrorKind, toStorageError } from '../sql/classify.ts';
import type { Database } from '../sql/db-schema.ts';
import { SqlStore } from '../sql/sql-store.ts';
import type { Clock, NewId } from '../types.ts';
import { listenForChanges } from './changes.ts';

export type PostgresStoreOptions = {
  /** e.g. `postgres://postgres@127.0.0.1:5432/juesuan`. */
  readonly connectionString: string;
  /** The schema to work in (created by the caller); default: the server's search_path. */
  readonly schema?: string;
  readonly clock: Clock;
  readonly newId?: NewId;
  /** Apply pending migrations on open (default true). */
  readonly migrate?: boolean;
  /** Pool size (default 10). */
  readonly maxConnections?: number;
  /**
   * Listen for other connections' commits to give a change stamp (default true; one more connection).
   * Without it, changeStamp() is always null.
   */
  readonly listen?: boolean;
};

function needed<F>(f: F | undefined): F {
  if (f === undefined) throw new StorageError('the PostgreSQL driver has no savepoints');
  return f;
}

/**
 * PostgreSQL under Kysely, telling `wrote` of every statement that is not a SELECT (after it ran) and of
 * every commit (after it succeeded): the store's own changes show in its stamp at once.
 */
class CountingPostgresDialect extends PostgresDialect {
  readonly #wrote: () => void;
  constructor(config: PostgresDialectConfig, wrote: () => void) {
    super(config);
    this.#wrote = wrote;
  }
  override createDriver(): Driver {
    const driver = super.createDriver();
    const wrote = this.#wrote;
    const counted = (conn: DatabaseConnection): DatabaseConnection => ({
      async executeQuery<R>(q: CompiledQuery) {
        const r = await conn.executeQuery<R>(q);
        if (q.query.kind !== 'SelectQueryNode') wrote();
        return r;
      },
      streamQuery: (q, chunkSize) => conn.streamQuery(q, chunkSize),
    });
    const originals = new WeakMap<DatabaseConnection, DatabaseConnection>();
    const original = (c: DatabaseConnection) => originals.get(c) ?? c;
    return {
      init: () => driver.init(),
      acquireConnection: async () => {
        const conn = await driver.acquireConnection();
        const wrapped = counted(conn);
        originals.set(wrapped, conn);
        return wrapped;
      },
      beginTransaction: (c: DatabaseConnection, s: TransactionSettings) =>
        driver.beginTransaction(original(c), s),
      commitTransaction: async (c: DatabaseConnection) => {
        await driver.commitTransaction(original(c));
        wrote();
      },
      rollbackTransaction: (c: DatabaseConnection) => driver.rollbackTransaction(original(c)),
      // Kysely's PostgresDriver has all three.
      savepoint: (c, name, compile) => needed(driver.savepoint).call(driver, original(c), name, compile),
      rollbackToSavepoint: (c, name, compile) =>
        needed(driver.rollbackToSavepoint).call(driver, original(c), name, compile),
      releaseSavepoint: (c, name, compile) =>
        needed(driver.releaseSavepoint).call(driver, original(c), name, compile),
      releaseConnection: (c: DatabaseConnection) => driver.releaseConnection(original(c)),
      destroy: () => driver.destroy(),
    };
  }
}

const INT8 = 20;
const TIMESTAMPTZ = 1184;
const JSON_OID = 114;
const JSONB = 3802;
const parseTimestamptz = pg.types.getTypeParser(TIMESTAMPTZ) as (v: string) => Date;

/** int8 text to a number; an unsafe value (never written by the store) is an error, not a rounded number. */
export function parseInt8(v: string): number {
  const n = Number(v);
  if (!Number.isSafeInteger(n)) {
    throw new StorageError(`int8 value ${v} is outside the safe integer range`);
  }
  return n;
}

const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (oid === INT8 && format !== 'binary') return parseInt8;
    if (oid === TIMESTAMPTZ && format !== 'binary') return (v: string) => parseTimestamptz(v).toISOString();
    // JSON stays text, parsed by the store like SQLite's: a parsed top-level string could not be told apart.
    if ((oid === JSONB || oid === JSON_OID) && format !== 'binary') return (v: string) => v;
    return pg.types.getTypeParser(oid, format);
  }) as pg.CustomTypesConfig['getTypeParser'],
};

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

function kindOf(e: unknown): DriverErrorKind {
  if (!(e instanceof pg.DatabaseError)) {
    // Connection failures carry a Node error code (ECONNREFUSED, …).
    const code = (e as { code?: unknown } | null)?.code;
    return typeof code === 'string' && /^E[A-Z]+$/.test(code) ? 'other' : null;
  }
  if (e.code === '23505') return 'unique';
  if (e.code === '23503') return 'foreign-key';
  if (e.code === '23514' || e.code === '23502') return 'check';
  return 'other';
}

/** Opens a pool to PostgreSQL; migrates unless `migrate: false`. */
export async function openPostgresStore(options: PostgresStoreOptions): Promise<SqlStore> {
  if (options.schema !== undefined && !SCHEMA_NAME.test(options.schema)) {
    throw new StorageError(`schema name must match ${SCHEMA_NAME}: ${options.schema}`);
  }
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.maxConnections ?? 10,
    types,
    ...(options.schema !== undefined && { options: `-c search_path=${options.schema}` }),
  });
  // An idle client losing its connection must not crash the process; the next query reports it.
  pool.on('error', () => {});
  let feed: Awaited<ReturnType<typeof listenForChanges>> | null = null;
  const db = new Kysely<Database>({
    dialect: new CountingPostgresDialect({ pool }, () => feed?.wrote()),
  });
  const store = new SqlStore(
    {
      db,
      clock: options.clock,
      newId: options.newId ?? randomUUID,
      dialect: { name: 'postgres', bool: (b) => b, classify: (e) => toStorageError(e, kindOf(e)) },
      inTx: false,
    },
    async () => {
      await feed?.close();
      await db.destroy();
    },
    (maxAgeMs) => feed?.stamp(maxAgeMs) ?? null,
  );
  if (options.migrate ?? true) {
    try {
      await store.migrate();
    } catch (e) {
      await db.destroy();
      throw e;
    }
  }
  if (options.listen ?? true) {
    try {
      feed = await listenForChanges(options);
    } catch (e) {
      await db.destroy();
      throw toStorageError(e, kindOf(e));
    }
  }
  return store;
}
