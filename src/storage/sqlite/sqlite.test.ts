/** The storage contract on SQLite (':memory:' and a temporary file), and what only SQLite has to prove. */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import { SYSTEM, sqlSubject, testClock } from '../contract/fixtures.ts';
import { describeStoreContract } from '../contract.ts';
import { StorageError } from '../errors.ts';
import { openStore } from '../open.ts';
import { openSqliteStore } from './open.ts';

const dir = mkdtempSync(join(tmpdir(), 'juesuan-sqlite-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const nextFile = () => {
  files += 1;
  return join(dir, `store-${files}.db`);
};

describeStoreContract('sqlite :memory:', async (clock) =>
  sqlSubject(await openSqliteStore({ file: ':memory:', clock })),
);
describeStoreContract('sqlite file', async (clock) =>
  sqlSubject(await openSqliteStore({ file: nextFile(), clock })),
);

describe('sqlite adapter', () => {
  it("changes its change stamp on every commit, its own or another connection's, and not on reads", async () => {
    const file = nextFile();
    const clock = testClock().now;
    const a = await openSqliteStore({ file, clock });
    const b = await openSqliteStore({ file, clock });
    try {
      const s0 = a.changeStamp();
      assert.equal(typeof s0, 'string');
      await a.listOrganisations();
      assert.equal(a.changeStamp(), s0, 'a read changes nothing');
      await a.createOrganisation({ name: '甲', kind: 'department', region: '四川省' }, SYSTEM);
      const s1 = a.changeStamp();
      assert.notEqual(s1, s0, 'its own commit');
      await b.createOrganisation({ name: '乙', kind: 'department', region: '四川省' }, SYSTEM);
      assert.notEqual(a.changeStamp(), s1, "another connection's commit");
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('with maxAgeMs, shows its own commits at once and other connections’ commits within that bound', async () => {
    const file = nextFile();
    const clock = testClock().now;
    const a = await openSqliteStore({ file, clock });
    const b = await openSqliteStore({ file, clock });
    try {
      const long = 60_000;
      const s0 = a.changeStamp(long);
      await a.createOrganisation({ name: '甲', kind: 'department', region: '四川省' }, SYSTEM);
      const s1 = a.changeStamp(long);
      assert.notEqual(s1, s0, 'its own commit, without reading data_version');
      await sql`insert into organisations (id, name, kind, region, created_at)
        values ('returning', '丙', 'department', '四川省', ${clock()}) returning id`.execute(a.db);
      assert.notEqual(a.changeStamp(long), s1, 'a write that returns rows counts too');
      const s2 = a.changeStamp(long);
      await b.createOrganisation({ name: '乙', kind: 'department', region: '四川省' }, SYSTEM);
      assert.equal(a.changeStamp(long), s2, 'not yet: data_version was read less than maxAgeMs ago');
      assert.notEqual(a.changeStamp(), s2, 'read now');
      const s3 = a.changeStamp(5);
      await b.createOrganisation({ name: '丁', kind: 'department', region: '四川省' }, SYSTEM);
      await new Promise((r) => setTimeout(r, 10));
      assert.notEqual(a.changeStamp(5), s3, 'read again once maxAgeMs has passed');
      await a.listOrganisations();
      assert.equal(a.changeStamp(), a.changeStamp(long), 'reads change nothing');
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('runs a file database in WAL mode with synchronous = FULL and foreign keys on', async () => {
    const store = await openSqliteStore({ file: nextFile(), clock: testClock().now });
    try {
      const pragma = async (name: string) =>
        Object.values(
          (await sql.raw<Record<string, unknown>>(`PRAGMA ${name}`).execute(store.db)).rows[0] ?? {},
        )[0];
      assert.equal(await pragma('journal_mode'), 'wal');
      assert.equal(await pragma('synchronous'), 2, '2 = FULL');
      assert.equal(await pragma('foreign_keys'), 1);
      assert.equal(await pragma('busy_timeout'), 5000);
    } finally {
      await store.close();
    }
  });

  it('creates and migrates a new file on first open, and keeps everything when reopened', async () => {
    const file = nextFile();
    const clock = testClock();
    const first = await openSqliteStore({ file, clock: clock.now });
    const org = await first.createOrganisation(
      { name: '剑阁县财政局', kind: 'bureau', region: '四川省' },
      SYSTEM,
    );
    await first.close();
    const second = await openSqliteStore({ file, clock: clock.now, migrate: false });
    try {
      assert.deepEqual(await second.migrate(), [], 'nothing left to migrate');
      assert.deepEqual(await second.getOrganisation(org.id), org);
      const raw = new BetterSqlite3(file, { readonly: true });
      const names = raw.prepare('SELECT name FROM kysely_migration ORDER BY name').pluck().all();
      raw.close();
      assert.deepEqual(names, ['001-tables', '002-guards', '003-change-feed']);
    } finally {
      await second.close();
    }
  });

  it('is what openStore opens for a path, creating its folder and migrating on first start', async () => {
    const store = await openStore(`sqlite:${join(dir, 'new', 'folder', 'juesuan.db')}`, {
      clock: testClock().now,
    });
    try {
      assert.equal(store.dialect, 'sqlite');
      assert.deepEqual(await store.listOrganisations(), []);
    } finally {
      await store.close();
    }
  });

  it('reports a database it cannot open as a StorageError', async () => {
    await assert.rejects(
      openSqliteStore({ file: join(dir, 'no-such-dir', 'x.db'), clock: testClock().now }),
      StorageError,
    );
  });

  it('refuses a clock that does not give ISO-8601 UTC times', async () => {
    const store = await openSqliteStore({ file: ':memory:', clock: () => '1 March 2026' });
    try {
      await assert.rejects(
        store.createOrganisation({ name: 'x', kind: 'unit', region: 'r' }, SYSTEM),
        StorageError,
      );
    } finally {
      await store.close();
    }
  });
});
