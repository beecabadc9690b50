/**
 * The response cache in front of the app (src/server/http/response-cache.ts) on the portal's real routes and
 * a real SQLite store, over real HTTP: a hit sends exactly what the app sends; a publication (any commit)
 * makes the next request go to the app and show the new bytes (another process's, within STAMP_MAX_AGE_MS);
 * personal, conditional and query requests, and responses that are not 200, always go to the app.
 */
import assert from 'node:assert/strict';
import { createServer, get as httpGet, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, it, type TestContext } from 'node:test';
import { gunzipSync } from 'node:zlib';
import {
  publicPageCacheable,
  responseCacheListener,
  STAMP_MAX_AGE_MS,
} from '../../src/server/http/response-cache.ts';
import { putOutputFiles } from '../../src/server/portal/index.ts';
import type { Store } from '../../src/storage/port.ts';
import { openSqliteStore } from '../../src/storage/sqlite/open.ts';
import type { Actor } from '../../src/storage/types.ts';
import { type PortalWorld, portalWorld, reportHtml } from './portal-fixture.ts';

type Served = { base: string; appCalls: () => number };

async function listen(t: TestContext, w: PortalWorld): Promise<Served> {
  let calls = 0;
  const server: Server = createServer(
    responseCacheListener({
      fetch: (req, env) => {
        calls += 1;
        return w.app.fetch(req, env);
      },
      // As `juesuan serve` wires it.
      stamp: (maxAgeMs) => w.store.changeStamp(maxAgeMs),
      cacheable: publicPageCacheable,
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, appCalls: () => calls };
}

async function get(s: Served, path: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${s.base}${path}`, { headers });
  const body = new Uint8Array(await res.arrayBuffer());
  const h = Object.fromEntries([...res.headers].filter(([k]) => k !== 'date' && k !== 'keep-alive'));
  return { status: res.status, headers: h, body };
}

/**
 * Publishes a correction of the office's 2022 report (through the store, or another connection to its
 * file, as a reviewer); returns its page.
 */
async function publishCorrection(w: PortalWorld, tag: string, store: Store = w.store): Promise<string> {
  const reviewer = (await store.listUsers({ role: 'reviewer' }))[0]!;
  const by: Actor = { userId: reviewer.id, ip: null };
  const d = (await store.listDisclosures({ organisationIds: [w.orgs.office.id] })).find(
    (x) => x.year === 2022,
  )!;
  await store.transition({ disclosureId: d.id, from: 'published', to: 'draft' }, by);
  const v = await store.saveVersion(
    {
      disclosureId: d.id,
      dataset: { tag },
      findings: { errors: 0, warnings: 0, notices: 0 },
      figures: {},
      comment: tag,
    },
    by,
  );
  // Long enough to be worth compressing.
  const page = reportHtml(w.orgs.office.name, tag).replace(
    '</body>',
    `${'<p>本页为更正后的公开报告。</p>'.repeat(40)}</body>`,
  );
  await putOutputFiles(
    store,
    { disclosureId: d.id, versionId: v.id, files: new Map([['report.html', page]]) },
    by,
  );
  await store.transition({ disclosureId: d.id, from: 'draft', to: 'submitted' }, by);
  await store.transition({ disclosureId: d.id, from: 'submitted', to: 'approved' }, by);
  await store.publish({ disclosureId: d.id }, by);
  return page;
}

describe('response cache', () => {
  it('answers a repeated public GET from memory with the same status, headers and bytes', async (t) => {
    const w = await portalWorld(t);
    const s = await listen(t, w);
    const path = `/disclosures/2022/${w.orgs.office.id}/report.html`;
    const first = await get(s, path);
    assert.equal(first.status, 200);
    assert.equal(new TextDecoder().decode(first.body), w.officeReport[1]);
    const second = await get(s, path);
    assert.equal(s.appCalls(), 1, 'the second request did not reach the app');
    assert.deepEqual(second, first);
  });

  it('follows a publication at once (a commit sends the next request to the app); one entry per coding', async (t) => {
    const w = await portalWorld(t);
    const s = await listen(t, w);
    const path = `/disclosures/2022/${w.orgs.office.id}/report.html`;
    assert.equal(new TextDecoder().decode((await get(s, path)).body), w.officeReport[1]);
    await get(s, path);
    assert.equal(s.appCalls(), 1);
    const third = await publishCorrection(w, '办公室2022第二次更正');
    assert.equal(new TextDecoder().decode((await get(s, path)).body), third);
    assert.equal(s.appCalls(), 2);
    const versionOne = `/disclosures/2022/${w.orgs.office.id}/versions/1/report.html`;
    assert.equal(new TextDecoder().decode((await get(s, versionOne)).body), w.officeReport[0]);

    const calls = s.appCalls();
    const raw = () =>
      new Promise<{ encoding: string | undefined; body: Buffer }>((resolve, reject) => {
        httpGet(`${s.base}${path}`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
          const parts: Buffer[] = [];
          res.on('data', (c: Buffer) => parts.push(c));
          res.on('end', () =>
            resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(parts) }),
          );
        }).on('error', reject);
      });
    const gz = await raw();
    assert.equal(gz.encoding, 'gzip');
    assert.equal(gunzipSync(gz.body).toString('utf8'), third);
    assert.deepEqual(await raw(), gz);
    assert.equal(s.appCalls(), calls + 1, 'one app call for the gzip entry');
  });

  it("follows another process's publication within STAMP_MAX_AGE_MS", async (t) => {
    const w = await portalWorld(t);
    const s = await listen(t, w);
    const path = `/disclosures/2022/${w.orgs.office.id}/report.html`;
    await get(s, path);
    await get(s, path);
    assert.equal(s.appCalls(), 1);
    const other = await openSqliteStore({ file: w.file, clock: () => w.clock.now.toISOString() });
    t.after(() => other.close());
    const page = await publishCorrection(w, '办公室2022另一进程更正', other);
    await new Promise((r) => setTimeout(r, STAMP_MAX_AGE_MS + 10));
    assert.equal(new TextDecoder().decode((await get(s, path)).body), page);
    assert.equal(s.appCalls(), 2);
  });

  it('sends personal, conditional and query requests and what is not a 200 to the app every time', async (t) => {
    const w = await portalWorld(t);
    const s = await listen(t, w);
    const path = `/disclosures/2022/${w.orgs.office.id}/report.html`;
    const page = await get(s, path);
    const etag = page.headers['etag']!;
    let calls = s.appCalls();
    for (const headers of [{ cookie: 'sid=x' }, { 'if-none-match': etag }, { authorization: 'Basic eDp4' }]) {
      await get(s, path, headers);
      await get(s, path, headers);
      assert.equal(s.appCalls(), calls + 2, JSON.stringify(headers));
      calls = s.appCalls();
    }
    assert.equal((await get(s, path, { 'if-none-match': etag })).status, 304);
    calls = s.appCalls();
    await get(s, `${path}?x=1`);
    await get(s, `${path}?x=1`);
    assert.equal(s.appCalls(), calls + 2, 'a query string');
    calls = s.appCalls();
    const missing = `/disclosures/2022/${w.orgs.draftDept.id}/report.html`;
    assert.equal((await get(s, missing)).status, 404);
    assert.equal((await get(s, missing)).status, 404);
    assert.equal(s.appCalls(), calls + 2, 'a 404 is not kept');
    calls = s.appCalls();
    await get(s, `/disclosures/2022/${w.orgs.office.id}`);
    await get(s, `/disclosures/2022/${w.orgs.office.id}`);
    assert.equal(s.appCalls(), calls + 2, 'pages other than the report and its fonts are not cached');
  });

  it('caches only report pages and font files', () => {
    assert.equal(publicPageCacheable('/disclosures/2022/abc_D-1/report.html'), true);
    assert.equal(publicPageCacheable('/disclosures/2022/abc/versions/3/report.html'), true);
    assert.equal(publicPageCacheable(`/assets/fonts/${'a'.repeat(64)}.woff`), true);
    assert.equal(publicPageCacheable('/disclosures/2022/abc'), false);
    assert.equal(publicPageCacheable('/app/d/abc/v/1/preview'), false);
    assert.equal(publicPageCacheable('/disclosures/2022/../app/report.html'), false);
  });

  it('holds at most maxBytes, dropping the least recently used entries first', async (t) => {
    const body = 'x'.repeat(1000);
    const app: string[] = [];
    const server = createServer(
      responseCacheListener({
        fetch: (req) => {
          app.push(new URL(req.url).pathname);
          return new Response(body, { headers: { 'content-type': 'text/plain' } });
        },
        stamp: () => 'same',
        cacheable: () => true,
        // Four entries of 1000 bytes and their overhead fit, five do not.
        maxBytes: 4 * 1600,
      }),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    t.after(() => new Promise<void>((resolve) => server.close(() => resolve())));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const visit = async (...paths: string[]) => {
      for (const p of paths) assert.equal(await (await fetch(`${base}${p}`)).text(), body);
    };
    await visit('/a', '/b', '/c', '/d', '/a', '/e');
    assert.deepEqual(app, ['/a', '/b', '/c', '/d', '/e'], '/a was kept');
    // Down to three quarters of the budget: /b and /c, the least recently used, made room for /e.
    await visit('/a', '/d', '/e', '/b', '/c');
    assert.deepEqual(app.slice(5), ['/b', '/c']);
  });
});
