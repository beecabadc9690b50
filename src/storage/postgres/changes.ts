/**
 * @module The PostgreSQL store's change stamp without a query per call. One connection of its own LISTENs on
 * the channel the triggers of migration 003 notify at every commit (payload: the schema), and counts the
 * notifications for this store's schema; this store's own writes and commits are counted as they happen
 * (so its commits change the stamp at once, before their notification comes back). Another process's commit
 * shows when its notification arrives (on one machine, well within a millisecond of the commit; the
 * response cache asks for 50 ms). While the listening connection is down the stamp is null (callers then
 * query, as without a stamp); it reconnects with growing pauses, and a stamp after a reconnection differs
 * from every one before it (notifications sent meanwhile are lost). A connection that dies without a word
 * (a dropped network flow, a pooler that passes no notifications) is found by its own probe within two
 * PROBE_MS; until then other processes' commits can go unseen. A stamp is only given to callers that
 * accept some lateness (maxAgeMs > 0): with none, only a query can tell.
 */
import pg from 'pg';
import { CHANGES_CHANNEL } from '../migrations/003-change-feed.ts';

export type ChangeFeed = {
  /** The stamp (null: not listening, or maxAgeMs is 0). */
  stamp(maxAgeMs?: number): string | null;
  /** Counts a write or a commit of this store. */
  wrote(): void;
  /** Stops listening (and reconnecting). */
  close(): Promise<void>;
};

/** The listening connection's application_name (what a DBA sees in pg_stat_activity). */
export function listenerName(schema: string | undefined): string {
  return `juesuan-changes:${schema ?? ''}`.slice(0, 63);
}

/** Pauses between reconnection attempts, in milliseconds (the last one repeats). */
const RETRY_MS = [100, 500, 1000, 5000];
/**
 * How often the listening connection checks itself: it notifies its own channel and must hear it back
 * before the next check, else it counts as lost (a connection can die without a word: a dropped network
 * flow, a pooler that does not pass notifications on).
 */
const PROBE_MS = 2000;

/** The schema the store's tables are in (what the triggers send), else the current schema. */
const SCHEMA_OF_TABLES = `select coalesce(
  (select n.nspname from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where c.oid = to_regclass('disclosures')),
  current_schema()) as s`;

/** Starts listening; resolves once the first LISTEN succeeded (else rejects with the connection's error). */
export async function listenForChanges(options: {
  readonly connectionString: string;
  readonly schema?: string;
}): Promise<ChangeFeed> {
  let epoch = 0;
  let notifications = 0;
  let writes = 0;
  /** The connection listening now (null while down). */
  let client: pg.Client | null = null;
  /** A connection being opened (ended by close()). */
  let opening: pg.Client | null = null;
  let schema = '';
  let closed = false;
  let attempt = 0;
  let timer: NodeJS.Timeout | undefined;
  /** The probe sent last and not yet heard back. */
  let probe: string | null = null;
  let probes = 0;

  const connect = async (): Promise<void> => {
    const c = new pg.Client({
      connectionString: options.connectionString,
      application_name: listenerName(options.schema),
      keepAlive: true,
      connectionTimeoutMillis: 10_000,
      ...(options.schema !== undefined && { options: `-c search_path=${options.schema}` }),
    });
    let lost = false;
    const down = () => {
      lost = true;
      lose(c);
    };
    c.on('error', down);
    c.on('end', down);
    c.on('notification', (n) => {
      if (n.channel !== CHANGES_CHANNEL) return;
      if (n.payload === schema) notifications += 1;
      else if (n.payload === probe) probe = null;
    });
    opening = c;
    try {
      await c.connect();
      schema = (await c.query<{ s: string }>(SCHEMA_OF_TABLES)).rows[0]?.s ?? '';
      await c.query(`LISTEN ${CHANGES_CHANNEL}`);
    } catch (e) {
      c.end().catch(() => {});
      throw e;
    } finally {
      opening = null;
    }
    if (closed || lost) {
      await c.end().catch(() => {});
      if (lost) throw new Error('the listening connection was lost while it started');
      return;
    }
    // Whatever happened while not listening is unknown: a new epoch makes every later stamp new.
    epoch += 1;
    attempt = 0;
    probe = null;
    client = c;
  };

  /** The listening connection is gone: no stamp until another one listens. */
  const lose = (c: pg.Client) => {
    if (client !== c) return;
    client = null;
    probe = null;
    c.end().catch(() => {});
    if (!closed) retry();
  };

  const retry = () => {
    const wait = RETRY_MS[Math.min(attempt, RETRY_MS.length - 1)] ?? 5000;
    attempt += 1;
    clearTimeout(timer);
    timer = setTimeout(() => {
      connect().catch(() => {
        if (!closed) retry();
      });
    }, wait);
    timer.unref();
  };

  const check = setInterval(() => {
    const c = client;
    if (c === null) return;
    if (probe !== null) {
      // Not heard back since the last check.
      lose(c);
      return;
    }
    probes += 1;
    probe = `probe:${process.pid}:${probes}`;
    c.query('select pg_notify($1, $2)', [CHANGES_CHANNEL, probe]).catch(() => {});
  }, PROBE_MS);
  check.unref();

  try {
    await connect();
  } catch (e) {
    clearInterval(check);
    throw e;
  }
  return {
    stamp(maxAgeMs = 0) {
      if (client === null || maxAgeMs <= 0) return null;
      return `${epoch}/${notifications}/${writes}`;
    },
    wrote() {
      writes += 1;
    },
    async close() {
      closed = true;
      clearTimeout(timer);
      clearInterval(check);
      const c = client;
      client = null;
      await opening?.end().catch(() => {});
      await c?.end().catch(() => {});
    },
  };
}
