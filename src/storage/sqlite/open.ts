/**
 * @module The SQLite adapter: better-sqlite3 under Kysely. A file database runs in WAL mode with
 * `synchronous = FULL`, so a save that returned is on disk; transactions begin IMMEDIATE (the write lock
 * first), so two writers queue instead of failing; migrations run in one transaction.
 */
import { randomUUID } from 'node:crypto';
import BetterSqlite3 from 'better-sqlite3';
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  Kysely,
  SqliteAdapter,
  type SqliteDatabase,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
  type SqliteStatement,
} from 'kysely';
import { StorageError } from '../errors.ts';
import { type DriverErrorKind, toStorageError } from '../sql/classify.ts';
import type { Database } from '../sql/db-schema.ts';
import { SqlStore } from '../sql/sql-store.ts';
import type { Clock, NewId } from '../types.ts';

export type SqliteStoreOptions = {
  /** A file path, or ':memory:' for a private in-memory database. */
  readonly file: string;
  readonly clock: Clock;
  readonly newId?: NewId;
  /** Apply pending migrations on open (default true). */
  readonly migrate?: boolean;
  /** How long a writer waits for another process's lock, in ms (default 5000). */
  readonly busyTimeoutMs?: number;
};

class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

/** SQLite does run DDL in transactions; Kysely's adapter just does not claim it. */
class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

class DurableSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }
  override createAdapter(): SqliteAdapter {
    return new TransactionalDdlSqliteAdapter();
  }
}

/** Prepared statements kept per connection (by SQL text; most queries are a handful of shapes). */
const STATEMENT_CACHE = 500;

/**
 * The database as Kysely sees it, with each prepared statement kept by its SQL text: Kysely prepares every
 * query anew, and preparing costs more than running an indexed read. A better-sqlite3 statement can be run
 * again with other parameters; runs are synchronous, and no query here streams, so none is ever shared
 * while busy. SQLite re-prepares a kept statement itself after a schema change. A statement that may write
 * (not `readonly` to SQLite, whether or not it returns rows) calls `wrote` once it has run, failed or not.
 */
function withStatementCache(sqlite: BetterSqlite3.Database, wrote: () => void): SqliteDatabase {
  const statements = new Map<string, SqliteStatement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      let s = statements.get(sql);
      if (s === undefined) {
        const prepared = sqlite.prepare(sql);
        s = prepared.readonly ? prepared : counted(prepared, wrote);
        statements.set(sql, s);
        if (statements.size > STATEMENT_CACHE) statements.delete(statements.keys().next().value!);
      }
      return s;
    },
  };
}

/** A statement that may write, calling `wrote` after each run. */
function counted(s: BetterSqlite3.Statement, wrote: () => void): SqliteStatement {
  return {
    reader: s.reader,
    all(parameters) {
      try {
        return s.all(parameters);
      } finally {
        wrote();
      }
    },
    run(parameters) {
      try {
        return s.run(parameters);
      } finally {
        wrote();
      }
    },
    iterate(parameters) {
      try {
        return s.iterate(parameters);
      } finally {
        wrote();
      }
    },
  };
}

/**
 * The store's change stamp: this connection's writes, counted in memory as they run (so its own commits
 * change the stamp at once, without a query), with SQLite's data_version (which changes when another
 * connection or process commits). data_version is read again when the last read is older than `maxAgeMs`
 * (0: on every call): a stamp taken at time t sees every other commit made before t − maxAgeMs.
 */
function changeStamp(sqlite: BetterSqlite3.Database, writes: () => number): (maxAgeMs?: number) => string {
  const dataVersion = sqlite.prepare('pragma data_version').pluck();
  let version: unknown = null;
  let readAt = Number.NEGATIVE_INFINITY;
  // The last stamp made, returned as the same string while nothing changes.
  let stamp = '';
  let stampVersion: unknown = null;
  let stampWrites = -1;
  return (maxAgeMs = 0) => {
    const now = performance.now();
    if (now - readAt >= maxAgeMs) {
      version = dataVersion.get();
      readAt = now;
    }
    const w = writes();
    if (version !== stampVersion || w !== stampWrites) {
      stamp = `${String(version)}/${w}`;
      stampVersion = version;
      stampWrites = w;
    }
    return stamp;
  };
}

function kindOf(e: unknown): DriverErrorKind {
  if (!(e instanceof BetterSqlite3.SqliteError)) return null;
  if (e.code === 'SQLITE_CONSTRAINT_UNIQUE' || e.code === 'SQLITE_CONSTRAINT_PRIMARYKEY') return 'unique';
  if (e.code === 'SQLITE_CONSTRAINT_FOREIGNKEY') return 'foreign-key';
  if (e.code === 'SQLITE_CONSTRAINT_CHECK' || e.code === 'SQLITE_CONSTRAINT_NOTNULL') return 'check';
  return 'other';
}

/** Opens (creating if needed) a SQLite store; migrates it unless `migrate: false`. */
export async function openSqliteStore(options: SqliteStoreOptions): Promise<SqlStore> {
  let sqlite: BetterSqlite3.Database;
  try {
    sqlite = new BetterSqlite3(options.file);
  } catch (e) {
    throw new StorageError(`cannot open SQLite database ${options.file}: ${(e as Error).message}`, {
      cause: e,
    });
  }
  if (options.file !== ':memory:' && options.file !== '') {
    const mode = sqlite.pragma('journal_mode = WAL', { simple: true });
    if (mode !== 'wal') {
      sqlite.close();
      throw new StorageError(`SQLite database ${options.file} refused WAL mode (got ${String(mode)})`);
    }
  }
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
  let writes = 0;
  const db = new Kysely<Database>({
    dialect: new DurableSqliteDialect({
      database: withStatementCache(sqlite, () => {
        writes += 1;
      }),
    }),
  });
  const store = new SqlStore(
    {
      db,
      clock: options.clock,
      newId: options.newId ?? randomUUID,
      dialect: {
        name: 'sqlite',
        bool: (b) => (b ? 1 : 0),
        classify: (e) => toStorageError(e, kindOf(e)),
      },
      inTx: false,
    },
    () => db.destroy(),
    changeStamp(sqlite, () => writes),
  );
  if (options.migrate ?? true) {
    try {
      await store.migrate();
    } catch (e) {
      await db.destroy();
      throw e;
    }
  }
  return store;
}
