/**
 * @module The PostgreSQL store's change stamp without a query per call. One connection of its own LISTENs on
 * the channel the triggers of migration 003 notify at every commit (payload: the schema), and counts the
 * notifications for this store's schema; this store's own writes and commits are counted as they happen
 * (so its commits change the stamp at once, before their notification comes back). Another process's commit
 * shows when its notification arrives (on one machine, well within a millisecond of the commit; the
 * response cache asks for 50 ms). While the listening connection is down the stamp is null (callers then
 * query, as without a stamp); it reconnects with growing pauses, and a stamp after a reconnection differs
 * from every one before it (notifications sent meanwhile are lost). A stamp is only given to callers that
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

/** Starts listening; resolves once the first LISTEN succeeded (else rejects with the connection's error). */
export async function listenForChanges(options: {
  readonly connectionString: string;
  readonly schema?: string;
}): Promise<ChangeFeed> {
  let epoch = 0;
  let notifications = 0;
  let writes = 0;
  let client: pg.Client | null = null;
  let schema = '';
  let closed = false;
  let attempt = 0;
  let timer: NodeJS.Timeout | undefined;

  const connect = async (): Promise<void> => {
    const c = new pg.Client({
      connectionString: options.connectionString,
      application_name: listenerName(options.schema),
      ...(options.schema !== undefined && { options: `-c search_path=${options.schema}` }),
    });
    const down = () => {
      if (client !== c) return;
      client = null;
      c.end().catch(() => {});
      if (!closed) retry();
    };
    c.on('error', down);
    c.on('end', down);
    c.on('notification', (n) => {
      if (n.channel === CHANGES_CHANNEL && n.payload === schema) notifications += 1;
    });
    try {
      await c.connect();
      schema = (await c.query<{ s: string }>('select current_schema() as s')).rows[0]?.s ?? '';
      await c.query(`LISTEN ${CHANGES_CHANNEL}`);
    } catch (e) {
      c.end().catch(() => {});
      throw e;
    }
    if (closed) {
      await c.end().catch(() => {});
      return;
    }
    // Whatever happened while not listening is unknown: a new epoch makes every later stamp new.
    epoch += 1;
    attempt = 0;
    client = c;
  };

  const retry = () => {
    const wait = RETRY_MS[Math.min(attempt, RETRY_MS.length - 1)] ?? 5000;
    attempt += 1;
    timer = setTimeout(() => {
      connect().catch(() => {
        if (!closed) retry();
      });
    }, wait);
    timer.unref();
  };

  await connect();
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
      const c = client;
      client = null;
      await c?.end().catch(() => {});
    },
  };
}
