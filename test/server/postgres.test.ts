/**
 * The core workflow once on PostgreSQL (127.0.0.1:5432, database test, or JUESUAN_TEST_PG) in a fresh
 * schema dropped afterwards; publication runs as a batch job through pg-boss (its own fresh schema, also
 * dropped), as `juesuan serve` runs it. Skipped with a message when no server is reachable, except under CI.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, describe, it, type TestContext } from 'node:test';
import pg from 'pg';
import { createApp } from '../../src/server/app.ts';
import { publicPageCacheable, responseCacheListener } from '../../src/server/http/response-cache.ts';
import { PgBossQueue } from '../../src/server/jobs/pg-boss-queue.ts';
import type { Store } from '../../src/storage/port.ts';
import { openPostgresStore } from '../../src/storage/postgres/open.ts';
import { pageText, runCoreFlow } from './flow.ts';
import { MovableClock, seedWorld } from './helpers.ts';

const URL = process.env['JUESUAN_TEST_PG'] ?? 'postgres://postgres@127.0.0.1:5432/test';
const SCHEMA = `juesuan_server_${randomBytes(4).toString('hex')}`;
const BOSS_SCHEMA = `${SCHEMA}_boss`;
const admin = new pg.Client({ connectionString: URL, connectionTimeoutMillis: 5000 });
let skip: string | undefined;
try {
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${SCHEMA}`);
} catch (e) {
  if (process.env['CI']) throw e;
  skip = `PostgreSQL at ${URL} is unreachable (${(e as Error).message}): skipping`;
  console.warn(skip);
}
after(async () => {
  if (skip !== undefined) return;
  await admin.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
  await admin.query(`DROP SCHEMA IF EXISTS ${BOSS_SCHEMA} CASCADE`);
  await admin.end();
});

describe('workflow on PostgreSQL', { ...(skip === undefined ? {} : { skip }) }, () => {
  it('runs the season of one disclosure, publishing through the pg-boss job queue', async (t) => {
    const clock = new MovableClock();
    const store = await openPostgresStore({ connectionString: URL, schema: SCHEMA, clock: clock.iso });
    t.after(() => store.close());
    assert.equal(store.dialect, 'postgres');
    const jobs = new PgBossQueue({ store, connectionString: URL, schema: BOSS_SCHEMA, pollSeconds: 0.5 });
    await jobs.start();
    t.after(() => jobs.stop());
    const seeded = await seedWorld(store, clock);
    const deps = { ...seeded.deps, jobs };
    const w = { ...seeded, deps, app: createApp(deps) };
    await runCoreFlow(w, async (reviewer, id) => {
      await reviewer.get('/app/jobs');
      const res = await reviewer.post('/app/jobs', { kind: 'publish-approved', year: '2022' });
      assert.equal(res.status, 303);
      const url = res.location!.replace(/\?.*/, '');
      let page = await reviewer.get(url);
      for (let i = 0; i < 600 && /排队中|进行中/.test(pageText(page.text)); i += 1) {
        await new Promise((r) => setTimeout(r, 100));
        page = await reviewer.get(url);
      }
      assert.match(pageText(page.text), /已完成.*剑阁县人民政府办公室 已公开/);
      assert.equal((await store.getDisclosure(id))!.status, 'published');
    });

    // The public's report page, through the response cache as `juesuan serve` wires it: answered from
    // memory, until another process (its own pool and listener) commits anything.
    const served = await cachedServer(t, w.app, store);
    const path = `/disclosures/2022/${w.orgs.dept.id}/report.html`;
    const first = await fetch(`${served.base}${path}`);
    assert.equal(first.status, 200);
    const body = await first.text();
    const calls = served.appCalls();
    for (let i = 0; i < 3; i += 1) assert.equal(await (await fetch(`${served.base}${path}`)).text(), body);
    assert.equal(served.appCalls(), calls, 'hits: the app is not asked');
    const other = await openPostgresStore({
      connectionString: URL,
      schema: SCHEMA,
      clock: clock.iso,
      migrate: false,
    });
    t.after(() => other.close());
    await other.createOrganisation(
      { name: '另一进程建立的单位', kind: 'unit', region: '某县' },
      { userId: null, ip: null },
    );
    for (let i = 0; served.appCalls() === calls; i += 1) {
      assert.ok(i < 100, "another process's commit reaches the cache");
      await new Promise((r) => setTimeout(r, 10));
      assert.equal(await (await fetch(`${served.base}${path}`)).text(), body);
    }
  });
});

/** The app behind the response cache on a real HTTP server, counting the requests that reach the app. */
async function cachedServer(
  t: TestContext,
  app: { fetch: (r: Request, env: never) => Response | Promise<Response> },
  store: Store,
): Promise<{ base: string; appCalls: () => number }> {
  let calls = 0;
  const server = createServer(
    responseCacheListener({
      fetch: (req, env) => {
        calls += 1;
        return app.fetch(req, env as never);
      },
      stamp: (maxAgeMs) => store.changeStamp(maxAgeMs),
      cacheable: publicPageCacheable,
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, appCalls: () => calls };
}
