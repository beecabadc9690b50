/**
 * XSS (a narrative, a comment, a justification, a display name and a file name carrying markup render inert
 * in pages and exports), SQL injection attempts in form fields and query strings, and the upload and form
 * size limits (413 with a Chinese message, nothing saved).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { unzipSync } from 'fflate';
import { Hono } from 'hono';
import type { AppEnv } from '../../src/server/env.ts';
import { securityHeaders } from '../../src/server/http/headers.ts';
import { pageText } from './flow.ts';
import { exampleZip, loggedIn, SYSTEM, sqliteWorld, type World } from './helpers.ts';

const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(1)>';

async function withExample(w: World, org: 'unitA' | 'dept' = 'unitA', clerkName = 'clerkA') {
  const d = await w.store.createDisclosure(
    { organisationId: w.orgs[org].id, year: 2022, profile: 'sichuan-13' },
    SYSTEM,
  );
  const clerk = await loggedIn(w, clerkName);
  await clerk.get(`/app/d/${d.id}/upload`);
  const res = await clerk.upload(`/app/d/${d.id}/upload`, `${IMG}.zip`, exampleZip(), { versionId: '' });
  assert.equal(res.status, 303);
  return { d, clerk };
}

function assertInert(html: string, where: string): void {
  assert.ok(!html.includes(SCRIPT), `${where}: no live <script>alert`);
  assert.ok(!html.includes(IMG), `${where}: no live <img onerror>`);
  assert.doesNotMatch(html, /<script>alert/, where);
}

describe('XSS', () => {
  it('renders markup typed into narratives, comments, justifications, names and file names as text', async (t) => {
    const w = await sqliteWorld(t);
    const { d, clerk } = await withExample(w);
    const edit = await clerk.get(`/app/d/${d.id}/edit?s=duties`);
    const versionId = /name="versionId" value="([^"]+)"/.exec(edit.text)![1]!;
    let res = await clerk.post(`/app/d/${d.id}/edit`, {
      versionId,
      section: 'duties',
      'v:organization': `机构设置${SCRIPT}${IMG}完毕。`,
      'v:duties': `负责${SCRIPT}。\n第二条${IMG}。`,
      comment: `修改${SCRIPT}`,
    });
    assert.equal(res.status, 303);
    const page = await clerk.get(`/app/d/${d.id}`);
    const form = /<form method="post" action="\/app\/d\/[^"]+\/justify">([\s\S]*?)<\/form>/.exec(
      page.text,
    )![1]!;
    const field = (n: string) => /name="NAME" value="([^"]*)"/.source.replace('NAME', n);
    const rule = new RegExp(field('rule')).exec(form)![1]!;
    const key = new RegExp(field('key')).exec(form)![1]!.replaceAll('&quot;', '"').replaceAll('&amp;', '&');
    const vid = new RegExp(field('versionId')).exec(form)![1]!;
    res = await clerk.post(`/app/d/${d.id}/justify`, { versionId: vid, rule, key, text: `理由${SCRIPT}` });
    assert.equal(res.status, 303);
    const admin = await loggedIn(w, 'admin');
    await admin.get('/app/admin/users');
    await admin.post('/app/admin/users', {
      username: 'xss',
      displayName: IMG,
      role: 'clerk',
      organisationId: w.orgs.unitA.id,
      password: 'a long Passw0rd!',
    });
    const n = (await w.store.listVersions(d.id)).length;
    const pages = [
      ['disclosure', await clerk.get(`/app/d/${d.id}`)],
      ['edit', await clerk.get(`/app/d/${d.id}/edit?s=duties`)],
      ['diff', await clerk.get(`/app/d/${d.id}/v/${n}/diff`)],
      ['preview', await clerk.get(`/app/d/${d.id}/v/${n}/preview`)],
      ['report.html download', await clerk.get(`/app/d/${d.id}/v/${n}/files/report.html`)],
      ['admin users', await admin.get('/app/admin/users')],
      ['audit', await admin.get('/app/admin/audit')],
    ] as const;
    for (const [where, r] of pages) {
      assert.equal(r.status, 200, where);
      assertInert(r.text, where);
    }
    assert.match(pages[0][1].text, /理由&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.match(pages[3][1].text, /机构设置&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.match(
      pageText(pages[2][1].text),
      /新增 机构设置<script>alert\(1\)<\/script>/,
      'the diff shows the text as text',
    );
    // The report pages carry a CSP that forbids every script anyway.
    assert.match(pages[3][1].headers.get('content-security-policy')!, /script-src 'none'/);
    // DOCX: the text is XML-escaped inside a run; findings.json and dataset.json keep it as a JSON string.
    const docx = unzipSync((await clerk.get(`/app/d/${d.id}/v/${n}/files/report.docx`)).bytes);
    const xml = new TextDecoder().decode(docx['word/document.xml']!);
    assert.ok(xml.includes('机构设置&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(!xml.includes(SCRIPT));
    const pkg = unzipSync((await clerk.get(`/app/d/${d.id}/v/${n}/files/datapackage.zip`)).bytes);
    const ds = JSON.parse(new TextDecoder().decode(pkg['dataset.json']!)) as { organization: string };
    assert.equal(ds.organization, `机构设置${SCRIPT}${IMG}完毕。`, 'kept verbatim as data');
    const json = await clerk.get(`/app/d/${d.id}/v/${n}/files/findings.json`);
    assert.match(json.headers.get('content-type')!, /^application\/json/);
    assert.equal(json.headers.get('x-content-type-options'), 'nosniff');
  });
});

describe('SQL injection', () => {
  it('treats SQL in form fields and query strings as plain data', async (t) => {
    const w = await sqliteWorld(t);
    const { d, clerk } = await withExample(w);
    const injections = [
      "' OR '1'='1",
      '2022; DROP TABLE disclosures; --',
      "x') UNION SELECT password_hash FROM users --",
      '1 OR 1=1',
    ];
    for (const q of injections) {
      for (const path of [
        `/app?year=${encodeURIComponent(q)}`,
        `/app?status=${encodeURIComponent(q)}`,
        `/app/d/${encodeURIComponent(q)}`,
        `/app/d/${d.id}/v/${encodeURIComponent(q)}/preview`,
        `/?q=${encodeURIComponent(q)}`,
        `/?name=${encodeURIComponent(q)}`,
        `/app/dept?org=${encodeURIComponent(q)}`,
      ]) {
        const res = await clerk.get(path);
        assert.ok([200, 302, 400, 403, 404].includes(res.status), `${path} → ${res.status}`);
        assert.doesNotMatch(res.text, /scrypt\$|SQLITE|syntax error/i, path);
      }
      const reviewer = await loggedIn(w, 'reviewer');
      const filtered = await reviewer.get(`/app?year=${encodeURIComponent(q)}`);
      assert.equal(filtered.status, 200);
      assert.ok(
        filtered.text.includes(`href="/app/d/${d.id}"`),
        'an invalid filter is ignored, not injected',
      );
      assert.equal((await clerk.post('/app/disclosures', { organisationId: q, year: '2023' })).status, 404);
    }
    // Login with SQL in the username fails like any unknown user.
    const anon = await loggedIn(w, 'clerkB');
    await anon.post('/app/logout');
    await anon.get('/app/login');
    assert.equal(
      (await anon.post('/app/login', { username: "' OR '1'='1' --", password: "' OR '1'='1" })).status,
      400,
    );
    // SQL typed into a narrative is stored and shown verbatim.
    const edit = await clerk.get(`/app/d/${d.id}/edit?s=duties`);
    const versionId = /name="versionId" value="([^"]+)"/.exec(edit.text)![1]!;
    const text = '机构\'); DROP TABLE users; -- 与 " OR 1=1';
    assert.equal(
      (await clerk.post(`/app/d/${d.id}/edit`, { versionId, section: 'duties', 'v:organization': text }))
        .status,
      303,
    );
    const v = (await w.store.listVersions(d.id)).at(-1)!;
    const stored = (await w.store.getVersion(v.id))!.dataset as {
      files: { 'dataset.json': { organization: string } };
    };
    assert.equal(stored.files['dataset.json'].organization, text);
    const admin = await loggedIn(w, 'admin');
    await admin.get('/app/admin/orgs');
    assert.equal(
      (
        await admin.post('/app/admin/orgs', {
          name: "Robert'); DROP TABLE organisations;--",
          kind: 'unit',
          parentId: w.orgs.dept.id,
          region: "x' OR 1=1",
        })
      ).status,
      303,
    );
    // Everything is still there.
    assert.equal((await w.store.listUsers()).length, 7);
    assert.ok(
      (await w.store.listOrganisations()).some((o) => o.name === "Robert'); DROP TABLE organisations;--"),
    );
    assert.equal((await w.store.listDisclosures()).length, 1);
  });
});

describe('size limits', () => {
  it('refuses an upload over the limit with 413 in Chinese, whether or not it declares its length', async (t) => {
    const w = await sqliteWorld(t, { uploadLimitBytes: 64 * 1024 });
    const d = await w.store.createDisclosure(
      { organisationId: w.orgs.unitA.id, year: 2022, profile: 'sichuan-13' },
      SYSTEM,
    );
    const clerk = await loggedIn(w, 'clerkA');
    await clerk.get(`/app/d/${d.id}/upload`);
    const big = new Uint8Array(200 * 1024).fill(65);
    const res = await clerk.upload(`/app/d/${d.id}/upload`, 'big.xlsx', big, { versionId: '' });
    assert.equal(res.status, 413);
    assert.match(pageText(res.text), /提交的内容超过 64 KB 的限制/);
    // A streamed body without Content-Length is cut off as well.
    const form = new FormData();
    form.set('_csrf', clerk.csrf);
    form.set('file', new File([big], 'big.xlsx'));
    const encoded = new Response(form);
    const stream = encoded.body!;
    const streamed = await clerk.request(`/app/d/${d.id}/upload`, {
      method: 'POST',
      body: stream,
      headers: { 'content-type': encoded.headers.get('content-type')! },
      duplex: 'half',
    } as RequestInit);
    assert.equal(streamed.status, 413);
    // Ordinary forms have their own, smaller limit.
    const huge = await clerk.post(`/app/d/${d.id}/edit`, { 'v:organization': 'x'.repeat(2 * 1024 * 1024) });
    assert.equal(huge.status, 413);
    assert.equal((await w.store.listVersions(d.id)).length, 0);
    // Just under the limit is accepted by the limit (and then judged on its content).
    const small = await clerk.upload(`/app/d/${d.id}/upload`, 'jiange.zip', exampleZip(), { versionId: '' });
    assert.equal(small.status, 303);
  });
});

describe('framing', () => {
  it('says the same in X-Frame-Options as in the CSP frame-ancestors, for browsers without CSP', async () => {
    const app = new Hono<AppEnv>();
    app.use(securityHeaders({ hsts: false }));
    app.get('/page', (c) => c.text('页面'));
    app.get('/report', (c) =>
      c.text('报告', 200, { 'Content-Security-Policy': "default-src 'none'; frame-ancestors 'self'" }),
    );
    const page = await app.request('/page');
    assert.match(page.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/);
    assert.equal(page.headers.get('x-frame-options'), 'DENY');
    const report = await app.request('/report');
    assert.equal(report.headers.get('x-frame-options'), 'SAMEORIGIN');
  });
});
