/**
 * Portal: the report page as a public website serves it — the stored self-contained report with its fonts
 * moved out to content-named, immutable font files; brotli and gzip made once and chosen by Accept-Encoding;
 * ETag/304; the current URL following a correction at once; a second portal on the same store (another
 * server process) serving the fonts of a page it did not make; and the page in Chromium with its fonts
 * loaded under its CSP. A real SQLite store and the example's real report; nothing mocked.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import { figuresOf } from '../../src/build/outputs.ts';
import { buildReport } from '../../src/narrative/document.ts';
import { renderChartSvg } from '../../src/render/charts/index.ts';
import { embeddedFonts, renderSelfContainedHtml } from '../../src/render/html/index.ts';
import { portalRoutes, putOutputFiles } from '../../src/server/portal/index.ts';
import type { Store } from '../../src/storage/port.ts';
import { openSqliteStore } from '../../src/storage/sqlite/open.ts';
import type { Actor } from '../../src/storage/types.ts';
import { chromiumSkip, launchChromium } from '../chromium.ts';
import { example } from '../helpers.ts';
import { publishVersion, seedDisclosure } from './publish.ts';

const SYSTEM: Actor = { userId: null, ip: null };
const sha = (b: string | Uint8Array) => createHash('sha256').update(b).digest('hex');
const FONT_URL = /url\((\/assets\/fonts\/[0-9a-f]{64}\.woff2?)\)/g;
const CSV = 'data/T03-expenditure.csv';

type World = {
  store: Store;
  app: Hono;
  base: string;
  html: string;
  csv: string;
  /** Publishes a correction with this report and CSV, through another connection (another process). */
  correct(html: string, csv: string): Promise<void>;
};

let dir = '';
let world: World;

async function makeWorld(): Promise<World> {
  dir = mkdtempSync(join(tmpdir(), 'juesuan-portal-page-'));
  let t = Date.parse('2023-06-01T02:00:00.000Z');
  const store = await openSqliteStore({
    file: join(dir, 'portal.db'),
    clock: () => {
      t += 1000;
      return new Date(t).toISOString();
    },
  });
  const ds = example();
  const report = buildReport(ds, { draft: false });
  const charts = Object.fromEntries(figuresOf(report).map((f) => [f.id, renderChartSvg(f)]));
  const html = await renderSelfContainedHtml(report, charts);
  const csv = 'a,b\n1,2\n'.repeat(200);
  const org = await store.createOrganisation(
    { name: ds.entity.name, kind: 'department', region: '四川省广元市剑阁县', code: '108' },
    SYSTEM,
  );
  const user = await store.createUser(
    { username: 'admin', displayName: '管理', passwordHash: 'x', role: 'admin', organisationId: org.id },
    SYSTEM,
  );
  const actor: Actor = { userId: user.id, ip: null };
  const d = await store.createDisclosure(
    { organisationId: org.id, year: 2022, profile: 'sichuan-13' },
    actor,
  );
  async function publish(report: string, data: string, store: Store): Promise<void> {
    const files = new Map<string, string>([
      ['report.html', report],
      [CSV, data],
    ]);
    await publishVersion(store, d.id, actor, (versionId) =>
      putOutputFiles(store, { disclosureId: d.id, versionId, files }, actor),
    );
  }
  await publish(html, csv, store);
  return {
    store,
    app: portalRoutes({ store, clock: () => new Date() }),
    base: `/disclosures/2022/${org.id}`,
    html,
    csv,
    async correct(report, data) {
      const other = await openSqliteStore({
        file: join(dir, 'portal.db'),
        clock: () => new Date().toISOString(),
      });
      try {
        await publish(report, data, other);
      } finally {
        await other.close();
      }
    },
  };
}

before(async () => {
  world = await makeWorld();
});
after(async () => {
  await world?.store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function get(app: Hono, path: string, headers: Record<string, string> = {}) {
  const res = await app.request(path, { headers });
  return { res, bytes: new Uint8Array(await res.arrayBuffer()) };
}
const text = (b: Uint8Array) => new TextDecoder().decode(b);
const fontUrls = (page: string) => [...page.matchAll(FONT_URL)].map((m) => m[1] ?? '');

describe('the report page', () => {
  it('is the stored report with its fonts linked to immutable files named by their content', async () => {
    const { res, bytes } = await get(world.app, `${world.base}/report.html`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.equal(res.headers.get('cache-control'), 'public, no-cache');
    assert.equal(res.headers.get('etag'), `"${sha(bytes)}"`);
    const page = text(bytes);
    assert.doesNotMatch(page, /data:font\//);
    assert.ok(bytes.byteLength < world.html.length / 4, `${bytes.byteLength} bytes`);
    const csp = res.headers.get('content-security-policy') ?? '';
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /font-src 'self'(;|$)/);
    assert.doesNotMatch(csp, /script-src|unsafe-eval/);

    // Exactly the embedded subsets, one file each, and nothing else of the document changed.
    const embedded = embeddedFonts(world.html);
    const links = fontUrls(page);
    assert.deepEqual(
      links,
      embedded.map((f) => `/assets/fonts/${f.sha256}.${f.ext}`),
    );
    let restored = page;
    for (const [i, url] of links.entries()) {
      const font = await get(world.app, url);
      const face = embedded[i];
      assert.equal(font.res.status, 200, url);
      assert.equal(font.res.headers.get('content-type'), face?.type);
      assert.equal(font.res.headers.get('cache-control'), 'public, max-age=31536000, immutable');
      assert.equal(font.res.headers.get('access-control-allow-origin'), '*');
      assert.equal(font.res.headers.get('etag'), `"${sha(font.bytes)}"`);
      assert.equal(font.res.headers.get('content-encoding'), null, 'WOFF is compressed already');
      assert.ok(url.endsWith(`/${sha(font.bytes)}.${face?.ext}`), 'named by its content');
      assert.deepEqual(font.bytes, face?.bytes);
      const again = await get(world.app, url, {
        'If-None-Match': font.res.headers.get('etag') ?? '',
        'Accept-Encoding': 'gzip',
      });
      assert.equal(again.res.status, 304);
      restored = restored.replace(
        `url(${url})`,
        `url(data:${face?.type};base64,${Buffer.from(font.bytes).toString('base64')})`,
      );
    }
    assert.equal(restored, world.html, 'the page with its fonts put back is the stored report');

    const v1 = await get(world.app, `${world.base}/versions/1/report.html`);
    assert.deepEqual(v1.bytes, bytes, 'publication 1 is the same page');
    assert.equal(v1.res.headers.get('cache-control'), 'public, max-age=31536000, immutable');
  });

  it('refers only to fonts that exist; other names and non-fonts are 404', async () => {
    const csvSha = sha(world.csv);
    for (const path of [
      `/assets/fonts/${'0'.repeat(64)}.woff2`,
      `/assets/fonts/${csvSha}.woff2`,
      '/assets/fonts/report.html',
      `/assets/fonts/${csvSha}`,
    ]) {
      assert.equal((await get(world.app, path)).res.status, 404, path);
    }
  });

  it('the download stays self-contained, and the fonts are not listed as downloads', async () => {
    const od = world.base.replace('/disclosures/', '/opendata/');
    const { res, bytes } = await get(world.app, `${od}/report.html`, { 'Accept-Encoding': 'br' });
    assert.equal(text(brotliDecompressSync(bytes)), world.html);
    assert.match(res.headers.get('content-security-policy') ?? '', /font-src data:/);
    const listing = text((await get(world.app, world.base)).bytes);
    assert.doesNotMatch(listing, /fonts\//);
    const index = text((await get(world.app, '/opendata/index.json')).bytes);
    assert.doesNotMatch(index, /fonts\//);
  });
});

describe('compressed responses', () => {
  it('sends brotli or gzip by Accept-Encoding, decoding to the same bytes, with Vary and per-coding ETags', async () => {
    const path = `${world.base}/report.html`;
    const plain = await get(world.app, path);
    assert.equal(plain.res.headers.get('vary'), 'Accept-Encoding');
    assert.equal(plain.res.headers.get('content-encoding'), null);
    const cases: [string, string | null][] = [
      ['gzip', 'gzip'],
      ['br', 'br'],
      ['gzip, deflate, br', 'br'],
      ['br;q=0, gzip', 'gzip'],
      ['gzip;q=0.5, br;q=0.4', 'gzip'],
      ['*', 'br'],
      ['identity', null],
      ['deflate', null],
    ];
    const tags = new Set<string>();
    for (const [accept, coding] of cases) {
      const { res, bytes } = await get(world.app, path, { 'Accept-Encoding': accept });
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('content-encoding'), coding, accept);
      assert.equal(res.headers.get('vary'), 'Accept-Encoding');
      const decoded =
        coding === 'gzip' ? gunzipSync(bytes) : coding === 'br' ? brotliDecompressSync(bytes) : bytes;
      assert.deepEqual(new Uint8Array(decoded), plain.bytes, accept);
      if (coding !== null) assert.ok(bytes.byteLength < plain.bytes.byteLength / 3, accept);
      const etag = res.headers.get('etag') ?? '';
      tags.add(etag);
      assert.equal(etag, coding === null ? `"${sha(plain.bytes)}"` : `"${sha(plain.bytes)}-${coding}"`);
      // Any coding's ETag is a 304, with the Vary that says the response depends on Accept-Encoding.
      const cached = await get(world.app, path, { 'Accept-Encoding': accept, 'If-None-Match': etag });
      assert.equal(cached.res.status, 304, accept);
      assert.equal(cached.bytes.byteLength, 0);
      assert.equal(cached.res.headers.get('vary'), 'Accept-Encoding');
    }
    assert.equal(tags.size, 3, 'identity, gzip and brotli have their own ETags');

    const od = world.base.replace('/disclosures/', '/opendata/');
    const csv = await get(world.app, `${od}/${CSV}`, { 'Accept-Encoding': 'gzip' });
    assert.equal(csv.res.headers.get('content-encoding'), 'gzip');
    assert.equal(text(gunzipSync(csv.bytes)), world.csv);
    assert.equal(csv.res.headers.get('content-type'), 'text/csv; charset=utf-8');
  });
});

describe('across corrections and server processes', () => {
  it('the current URL follows a published correction at once; another process serves the fonts', async () => {
    const before = await get(world.app, `${world.base}/report.html`, { 'Accept-Encoding': 'br' });
    const oldTag = before.res.headers.get('etag') ?? '';
    // The correction changes a figure but no character: its fonts are the same files.
    const corrected = world.html.replaceAll('651.04', '651.05');
    assert.notEqual(corrected, world.html);
    await world.correct(corrected, world.csv.replace('1,2', '1,3'));

    const after = await get(world.app, `${world.base}/report.html`, { 'Accept-Encoding': 'br' });
    const page = text(brotliDecompressSync(after.bytes));
    assert.match(page, /651\.05/);
    assert.doesNotMatch(page, /651\.04/);
    assert.notEqual(after.res.headers.get('etag'), oldTag);
    const stale = await get(world.app, `${world.base}/report.html`, { 'If-None-Match': oldTag });
    assert.equal(stale.res.status, 200, 'the old ETag gets the corrected page');
    assert.deepEqual(
      fontUrls(page),
      fontUrls(text(brotliDecompressSync(before.bytes))),
      'same subsets, same font URLs: cached once',
    );
    const v1 = text((await get(world.app, `${world.base}/versions/1/report.html`)).bytes);
    assert.match(v1, /651\.04/, 'publication 1 stays as it was');
    const od = world.base.replace('/disclosures/', '/opendata/');
    assert.match(text((await get(world.app, `${od}/${CSV}`)).bytes), /^a,b\n1,3\n/);

    // A portal with nothing in memory, as another process on the same database would be.
    const other = portalRoutes({ store: world.store, clock: () => new Date() });
    for (const url of fontUrls(page)) {
      const font = await get(other, url);
      assert.equal(font.res.status, 200, url);
      assert.equal(/\/([0-9a-f]{64})\.woff2?$/.exec(url)?.[1], sha(font.bytes));
    }
    const fresh = await get(other, `${world.base}/report.html`);
    assert.equal(fresh.res.headers.get('etag'), `"${sha(new TextEncoder().encode(page))}"`);
  });
});

describe('a report published before font copies were stored', () => {
  it('is served with its fonts embedded, so that any server process can serve it whole', async () => {
    const d2 = mkdtempSync(join(tmpdir(), 'juesuan-portal-old-'));
    const store = await openSqliteStore({ file: join(d2, 'old.db'), clock: () => new Date().toISOString() });
    try {
      const { orgId, disclosureId, actor } = await seedDisclosure(store, '某县旧单位');
      // As an earlier Juesuan published: report.html alone, no fonts/<sha256> copies beside it.
      await publishVersion(store, disclosureId, actor, (versionId) =>
        store.putFile(
          {
            disclosureId,
            versionId,
            format: 'report.html',
            contentType: 'text/html; charset=utf-8',
            bytes: new TextEncoder().encode(world.html),
          },
          actor,
        ),
      );
      const url = `/disclosures/2022/${orgId}/report.html`;
      for (const portal of [
        portalRoutes({ store, clock: () => new Date() }),
        portalRoutes({ store, clock: () => new Date() }),
      ]) {
        const res = await get(portal, url);
        const page = text(res.bytes);
        assert.deepEqual(fontUrls(page), [], 'no font linked that another process could not serve');
        assert.match(res.res.headers.get('content-security-policy') ?? '', /font-src data:/, 'fonts allowed');
        assert.equal(embeddedFonts(page).length, embeddedFonts(world.html).length, 'every font embedded');
      }
    } finally {
      await store.close();
      rmSync(d2, { recursive: true, force: true });
    }
  });
});

const skip = chromiumSkip;

describe('in Chromium', () => {
  it('loads the page with the four Noto faces from their files, and no CSP violation', { skip }, async () => {
    const server = serve({ fetch: world.app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise<void>((r) => server.once('listening', () => r()));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const requests: string[] = [];
      const problems: string[] = [];
      page.on('request', (r) => requests.push(r.url().replace(origin, '')));
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
      });
      await page.goto(`${origin}${world.base}/report.html`);
      await page.evaluate('document.fonts.ready');
      const faces = (await page.evaluate(
        "[...document.fonts].map((f) => [f.family, f.weight, f.status].join(' '))",
      )) as string[];
      assert.deepEqual(faces.sort(), [
        'Noto Sans SC 400 loaded',
        'Noto Sans SC 700 loaded',
        'Noto Serif SC 400 loaded',
        'Noto Serif SC 700 loaded',
      ]);
      assert.deepEqual(problems, [], 'no CSP violation or failed load');
      const fonts = requests.filter((r) => r.startsWith('/assets/fonts/'));
      assert.equal(fonts.length, 4, requests.join('\n'));
      assert.deepEqual(
        requests.filter((r) => !r.startsWith('/assets/fonts/')),
        [`${world.base}/report.html`],
      );
    } finally {
      await browser.close();
      await new Promise((r) => server.close(r));
    }
  });
});
