/**
 * The storage contract on PostgreSQL (127.0.0.1:5432, database test, user postgres, or JUESUAN_TEST_PG).
 * Every store gets its own fresh schema, all dropped at the end. Without a reachable server the suite is
 * skipped with a message, except under CI, where it must run.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, describe, it } from 'node:test';
import { sql } from 'kysely';
import pg from 'pg';
import { SYSTEM, sqlSubject, testClock } from '../contract/fixtures.ts';
import { describeStoreContract } from '../contract.ts';
import { StorageError } from '../errors.ts';
import { openStore } from '../open.ts';
import type { Clock } from '../types.ts';
import { listenerName } from './changes.ts';
import { openPostgresStore, parseInt8 } from './open.ts';

const URL = process.env['JUESUAN_TEST_PG'] ?? 'postgres://postgres@127.0.0.1:5432/test';
const RUN = `juesuan_test_${randomBytes(4).toString('hex')}`;

const admin = new pg.Client({ connectionString: URL, connectionTimeoutMillis: 5000 });
let skip: string | undefined;
try {
  await admin.connect();
} catch (e) {
  const reason = `PostgreSQL at ${URL} is unreachable (${(e as Error).message})`;
  if (process.env['CI'])
    throw new Error(`${reason}; CI must run the PostgreSQL storage contract`, { cause: e });
  skip = `${reason}: skipping the PostgreSQL storage tests (they always run under CI)`;
  console.warn(skip);
}

const schemas: string[] = [];
after(async () => {
  if (skip !== undefined) return;
  for (const schema of schemas) await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await admin.end();
});

async function freshSchema(): Promise<string> {
  const schema = `${RUN}_${schemas.length + 1}`;
  schemas.push(schema);
  await admin.query(`CREATE SCHEMA ${schema}`);
  return schema;
}

const open = async (clock: Clock) =>
  sqlSubject(await openPostgresStore({ connectionString: URL, schema: await freshSchema(), clock }));

describeStoreContract('postgres', open, skip === undefined ? {} : { skip });

describe('postgres adapter', { skip: skip ?? false }, () => {
  it('is what openStore opens for a postgres:// URL', async () => {
    const store = await openStore(URL, { clock: testClock().now, schema: await freshSchema() });
    try {
      assert.equal(store.dialect, 'postgres');
      assert.equal(store.changeStamp(), null, 'without lateness allowed only a query can tell');
      assert.match(store.changeStamp(50) ?? '', /^\d+\/\d+\/\d+$/, 'with some lateness: notifications');
      assert.deepEqual(await store.listOrganisations(), []);
    } finally {
      await store.close();
    }
  });

  it('works only in its own schema', async () => {
    const schema = await freshSchema();
    const store = await openPostgresStore({ connectionString: URL, schema, clock: testClock().now });
    try {
      const { rows } = await sql<{ n: number }>`
        SELECT COUNT(*) AS n FROM information_schema.tables WHERE table_schema = ${schema}`.execute(store.db);
      assert.equal(rows[0]?.n, 13, '11 tables and the 2 migration tables');
      assert.equal(
        (await sql<{ s: string }>`SELECT current_schema() AS s`.execute(store.db)).rows[0]?.s,
        schema,
      );
    } finally {
      await store.close();
    }
  });

  it('numbers saves from two separate pools on one disclosure consecutively', async () => {
    const schema = await freshSchema();
    const clock = testClock();
    const a = await openPostgresStore({ connectionString: URL, schema, clock: clock.now });
    const b = await openPostgresStore({ connectionString: URL, schema, clock: clock.now, migrate: false });
    try {
      const org = await a.createOrganisation({ name: '单位', kind: 'unit', region: 'r' }, SYSTEM);
      const user = await a.createUser(
        { username: 'u', displayName: 'u', passwordHash: 'h', role: 'clerk', organisationId: org.id },
        SYSTEM,
      );
      const d = await a.createDisclosure({ organisationId: org.id, year: 2024, profile: 'p' }, SYSTEM);
      const actor = { userId: user.id, ip: null };
      const saves = Array.from({ length: 30 }, (_, i) =>
        (i % 2 === 0 ? a : b).saveVersion(
          { disclosureId: d.id, dataset: { i }, findings: { errors: 0, warnings: 0, notices: 0 } },
          actor,
        ),
      );
      const numbers = (await Promise.all(saves)).map((v) => v.number).sort((x, y) => x - y);
      assert.deepEqual(
        numbers,
        Array.from({ length: 30 }, (_, i) => i + 1),
      );
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('converts int8 to numbers and refuses values outside the safe range instead of rounding', async () => {
    assert.equal(parseInt8('-9000000000000000'), -9_000_000_000_000_000);
    assert.equal(parseInt8('9007199254740991'), Number.MAX_SAFE_INTEGER);
    assert.throws(() => parseInt8('9007199254740993'), StorageError);
    const store = await openPostgresStore({
      connectionString: URL,
      schema: await freshSchema(),
      clock: testClock().now,
    });
    try {
      const { rows } = await sql<{ x: unknown }>`SELECT (-9000000000000000)::int8 AS x`.execute(store.db);
      assert.equal(rows[0]?.x, -9_000_000_000_000_000);
      await assert.rejects(sql`SELECT 9007199254740993::int8 AS x`.execute(store.db), StorageError);
    } finally {
      await store.close();
    }
  });

  it('refuses TRUNCATE of the audit log', async () => {
    const store = await openPostgresStore({
      connectionString: URL,
      schema: await freshSchema(),
      clock: testClock().now,
    });
    try {
      await store.appendAudit({ action: 'a', targetType: 't', targetId: null, detail: null }, SYSTEM);
      await assert.rejects(sql`TRUNCATE audit_log`.execute(store.db), /juesuan:immutable/);
      assert.equal((await store.listAudit()).length, 1);
    } finally {
      await store.close();
    }
  });
});

describe('postgres change stamp', { skip: skip ?? false }, () => {
  const until = async (what: string, ok: () => boolean) => {
    for (const end = Date.now() + 5000; !ok(); ) {
      if (Date.now() > end) throw new Error(`timed out: ${what}`);
      await new Promise((r) => setTimeout(r, 5));
    }
  };

  it("changes at once for this store's commits and on notification for another's, not for other schemas", async () => {
    const schema = await freshSchema();
    const clock = testClock().now;
    const a = await openPostgresStore({ connectionString: URL, schema, clock });
    // Another process on the same schema: its own pool and listener.
    const b = await openPostgresStore({ connectionString: URL, schema, clock, migrate: false });
    const elsewhere = await openPostgresStore({ connectionString: URL, schema: await freshSchema(), clock });
    try {
      const s0 = a.changeStamp(50);
      assert.notEqual(s0, null);
      assert.equal(a.changeStamp(50), s0, 'nothing committed: the same stamp');
      await a.listOrganisations();
      assert.equal(a.changeStamp(50), s0, 'a read changes nothing');
      await a.createOrganisation({ name: '甲', kind: 'department', region: '某县' }, SYSTEM);
      const s1 = a.changeStamp(50);
      assert.notEqual(s1, s0, "this store's commit shows at once");

      await elsewhere.createOrganisation({ name: '丙', kind: 'department', region: '某县' }, SYSTEM);
      const bBefore = b.changeStamp(50);
      await new Promise((r) => setTimeout(r, 100));
      assert.equal(b.changeStamp(50), bBefore, "another schema's commit is not this store's change");

      await b.createOrganisation({ name: '乙', kind: 'department', region: '某县' }, SYSTEM);
      await until("a sees b's commit", () => a.changeStamp(50) !== s1);
      assert.equal((await a.listOrganisations()).length, 2, 'and reads it');
    } finally {
      await a.close();
      await b.close();
      await elsewhere.close();
    }
  });

  it('counts through savepoints of a controlled transaction, and its commit', async () => {
    const store = await openPostgresStore({
      connectionString: URL,
      schema: await freshSchema(),
      clock: testClock().now,
    });
    try {
      const s0 = store.changeStamp(50);
      const trx = await store.db.startTransaction().execute();
      const sp = await trx.savepoint('a').execute();
      await sql`select 1`.execute(sp);
      const back = await sp.rollbackToSavepoint('a').execute();
      await back.releaseSavepoint('a').execute();
      await trx.commit().execute();
      assert.notEqual(store.changeStamp(50), s0, 'a commit changes the stamp at once');
    } finally {
      await store.close();
    }
  });

  it('is null while its listening connection is down, and new after it is back', async () => {
    const schema = await freshSchema();
    const store = await openPostgresStore({ connectionString: URL, schema, clock: testClock().now });
    try {
      const before = store.changeStamp(50);
      const listener = (
        await admin.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE application_name = $1', [
          listenerName(schema),
        ])
      ).rows.map((r) => r.pid);
      assert.equal(listener.length, 1, 'its listening connection');
      for (const pid of listener) await admin.query('SELECT pg_terminate_backend($1)', [pid]);
      await until('the stamp is withdrawn', () => store.changeStamp(50) === null);
      await until('listening again', () => store.changeStamp(50) !== null);
      assert.notEqual(store.changeStamp(50), before, 'what happened meanwhile is unknown: a new stamp');
    } finally {
      await store.close();
    }
  });
});
