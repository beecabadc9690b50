/** Portal: listing and search, visibility of published versions only, downloads with ETag/304, XSS, injection. */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { get, OPEN_DATA, PDF, portalWorld, T03, T03_CORRECTED, XSS_NAME } from './portal-fixture.ts';

const sha = (b: string | Uint8Array) => createHash('sha256').update(b).digest('hex');

describe('portal listing', () => {
  it('lists published disclosures only, filtered by year, region, department and name', async (t) => {
    const w = await portalWorld(t);
    const { office, centre, edu } = w.orgs;
    const titles = async (path: string) => {
      const { res, text } = await get(w, path);
      assert.equal(res.status, 200, path);
      assert.match(res.headers.get('content-type') ?? '', /^text\/html; charset=utf-8/i);
      return [...text.matchAll(/<a href="\/disclosures\/\d{4}\/[^"/]+">([^<]+)<\/a>/g)]
        .map((m) => m[1])
        .sort();
    };
    const all = await titles('/');
    assert.deepEqual(all, [
      '剑阁县人民政府办公室2021年度部门决算',
      '剑阁县人民政府办公室2022年度部门决算',
      '剑阁县政务服务中心2022年度单位决算',
      '广元市教育局&lt;script&gt;alert(1)&lt;/script&gt;2022年度部门决算',
    ]);
    assert.deepEqual(await titles('/disclosures'), all);
    assert.deepEqual(await titles('/disclosures?year=2021'), ['剑阁县人民政府办公室2021年度部门决算']);
    assert.equal((await titles('/disclosures?region=四川省广元市剑阁县')).length, 3);
    assert.equal(
      (await titles('/disclosures?region=四川省广元市')).length,
      4,
      'a region matches its counties',
    );
    assert.deepEqual(await titles('/disclosures?q=教育'), [all[3]]);
    assert.deepEqual(await titles(`/disclosures?q=${encodeURIComponent('人民政府办公室')}&year=2022`), [
      all[1],
      all[2],
    ]);
    assert.deepEqual(await titles(`/disclosures?dept=${office.id}&year=2022`), [all[1], all[2]]);
    assert.deepEqual(await titles(`/disclosures?dept=${edu.id}`), [all[3]]);
    assert.deepEqual(await titles(`/disclosures?dept=${centre.id}`), [all[2]], 'a unit alone');
    assert.deepEqual(await titles('/disclosures?page=2'), [], 'one page of 20 holds everything');
    const { text } = await get(w, '/disclosures?q=草稿');
    assert.match(text, /没有符合条件的已公开决算/);
    assert.doesNotMatch((await get(w, '/')).text, /草稿局|待公开局|<script(?![^>]*src)/);
  });
});

describe('portal visibility', () => {
  it('shows nothing of drafts, submitted, approved or unpublished corrections, on any URL', async (t) => {
    const w = await portalWorld(t);
    const { office, draftDept, approvedDept } = w.orgs;
    for (const [org, year] of [
      [draftDept, 2022],
      [approvedDept, 2022],
      [office, 2023],
    ] as const) {
      for (const path of [
        `/disclosures/${year}/${org.id}`,
        `/disclosures/${year}/${org.id}/report.html`,
        `/disclosures/${year}/${org.id}/versions/1/report.html`,
        `/opendata/${year}/${org.id}/report.html`,
        `/opendata/${year}/${org.id}/versions/1/report.html`,
        ...(org === office ? [] : [`/compare?org=${org.id}`]),
      ]) {
        const { res, text } = await get(w, path);
        assert.equal(res.status, 404, path);
        assert.doesNotMatch(text, /草稿局|待公开局|已提交|已审核<\/h1>/, path);
      }
    }
    // 2021: version 1 published, version 2 a draft correction.
    const current = await get(w, `/disclosures/2021/${office.id}/report.html`);
    assert.match(current.text, /办公室2021</);
    assert.equal((await get(w, `/disclosures/2021/${office.id}/versions/1/report.html`)).res.status, 200);
    assert.equal((await get(w, `/disclosures/2021/${office.id}/versions/2/report.html`)).res.status, 404);
    assert.equal((await get(w, `/opendata/2021/${office.id}/versions/2/report.html`)).res.status, 404);
    assert.doesNotMatch((await get(w, `/disclosures/2021/${office.id}`)).text, /第2版|未公开的更正/);
    const history = (await get(w, `/compare?org=${office.id}`)).text;
    assert.match(history, /2021年/);
    assert.doesNotMatch(history, /2023年/, 'the submitted 2023 disclosure is not compared');
    const index = JSON.parse((await get(w, '/opendata/index.json')).text) as {
      disclosures: { title: string }[];
    };
    assert.deepEqual(index.disclosures.map((d) => d.title).sort(), [
      '剑阁县人民政府办公室2021年度部门决算',
      '剑阁县人民政府办公室2022年度部门决算',
      '剑阁县政务服务中心2022年度单位决算',
      `${XSS_NAME}2022年度部门决算`,
    ]);
    for (const bad of [
      '/disclosures/22/x',
      '/disclosures/2022/..%2F..',
      '/opendata/2022/x/../../etc/passwd',
    ]) {
      assert.equal((await get(w, bad)).res.status, 404, bad);
    }
  });
});

describe('portal downloads', () => {
  it('serves the stored bytes with their type, a content-hash ETag, 304 and cache rules', async (t) => {
    const w = await portalWorld(t);
    const base = `/disclosures/2022/${w.orgs.office.id}`;
    const [first, second] = w.officeReport;
    const report = await get(w, `${base}/report.html`);
    assert.equal(report.text, second, 'the current publication is the corrected one');
    assert.equal(report.res.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.equal(report.res.headers.get('etag'), `"${sha(second)}"`);
    assert.equal(report.res.headers.get('cache-control'), 'public, no-cache');
    const csp = report.res.headers.get('content-security-policy') ?? '';
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /style-src 'unsafe-inline'/);
    assert.doesNotMatch(csp, /script-src/);
    assert.match(csp, /frame-ancestors 'self'/);
    const again = await w.app.request(`${base}/report.html`, {
      headers: { 'If-None-Match': `"${sha(second)}"` },
    });
    assert.equal(again.status, 304);
    assert.equal(await again.text(), '');
    assert.equal(again.headers.get('etag'), `"${sha(second)}"`);
    const stale = await get(w, `${base}/report.html`, { 'If-None-Match': `"${sha(first)}"` });
    assert.equal(stale.res.status, 200, 'an old ETag gets the new bytes');
    const v1 = await get(w, `${base}/versions/1/report.html`);
    assert.equal(v1.text, first);
    assert.equal(v1.res.headers.get('cache-control'), 'public, max-age=31536000, immutable');

    const od = `/opendata/2022/${w.orgs.office.id}`;
    const csv = await get(w, `${od}/${T03}`);
    assert.equal(csv.text, T03_CORRECTED);
    assert.equal(csv.res.headers.get('content-type'), 'text/csv; charset=utf-8');
    assert.equal((await get(w, `${od}/versions/1/${T03}`)).text, OPEN_DATA.get(T03));
    for (const path of ['datapackage.json', 'dataset.json']) {
      const r = await get(w, `${od}/${path}`);
      assert.equal(r.text, OPEN_DATA.get(path), path);
      assert.equal(r.res.headers.get('content-type'), 'application/json; charset=utf-8');
      assert.equal(r.res.headers.get('etag'), `"${sha(r.text)}"`);
      assert.equal(r.res.headers.get('x-content-type-options'), 'nosniff');
    }
    const pdf = await w.app.request(`${od}/report.pdf`);
    assert.equal(pdf.headers.get('content-type'), 'application/pdf');
    assert.deepEqual(new Uint8Array(await pdf.arrayBuffer()), PDF);
    assert.match(
      pdf.headers.get('content-disposition') ?? '',
      /^attachment; filename="report\.pdf"; filename\*=UTF-8''/,
    );
    assert.match(
      decodeURIComponent(pdf.headers.get('content-disposition') ?? ''),
      /剑阁县人民政府办公室2022年度决算报告\.pdf$/,
    );
    const head = await w.app.request(`${od}/report.pdf`, { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.equal(head.headers.get('etag'), `"${sha(PDF)}"`);
    assert.equal((await get(w, `${od}/report.docx`)).res.status, 404, 'a format the version lacks');

    const page = (await get(w, base)).text;
    for (const href of ['report.pdf', 'datapackage.json', 'dataset.json', T03]) {
      assert.ok(page.includes(`href="${od}/${href}"`), `the page links ${href}`);
    }
    assert.match(page, /已更正1次/);
    assert.match(page, /更正T03合计数/);
  });
});

describe('portal safety', () => {
  it('escapes a department name with <script> on every page', async (t) => {
    const w = await portalWorld(t);
    const edu = w.orgs.edu.id;
    for (const path of [
      '/',
      `/disclosures/2022/${edu}`,
      '/compare?year=2022',
      `/compare?org=${edu}`,
      '/opendata/',
    ]) {
      const { res, text } = await get(w, path);
      assert.equal(res.status, 200, path);
      assert.ok(!text.includes('<script>'), `${path} has no live script`);
      assert.ok(text.includes('&lt;script&gt;alert(1)&lt;/script&gt;'), `${path} shows the name escaped`);
      assert.match(res.headers.get('content-security-policy') ?? '', /script-src 'none'/);
    }
    const reflected = await get(w, `/disclosures?q=${encodeURIComponent('"><script>alert(2)</script>')}`);
    assert.ok(!reflected.text.includes('<script>'));
    assert.ok(reflected.text.includes('value="&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;"'));
  });

  it('answers SQL injection attempts with 400 or empty results, never 500, and changes nothing', async (t) => {
    const w = await portalWorld(t);
    const attempts = [
      "q=' OR 1=1 --",
      "q=%' OR '1'='1",
      'q=%',
      'q=_',
      "q='; DROP TABLE disclosures; --",
      'year=2022 OR 1=1',
      "year=2022'; DELETE FROM disclosure_versions; --",
      'year=-1',
      'year=99999999999999999999',
      "region=' OR ''='",
      "dept=x' OR '1'='1",
      'page=1;DROP TABLE blobs',
      'page=0',
      `q=${'长'.repeat(51)}`,
    ];
    for (const a of attempts) {
      for (const path of [
        `/disclosures?${a.replace(/[ %'=;]/g, (c) => (c === '=' ? '=' : encodeURIComponent(c)))}`,
      ]) {
        const { res, text } = await get(w, path);
        assert.ok(res.status === 400 || res.status === 200, `${a}: ${res.status}`);
        if (res.status === 200) assert.match(text, /没有符合条件的已公开决算/, a);
      }
    }
    for (const a of ["year=2022' OR '1'='1", "metric=grandTotal'--", "org=' OR 1=1"]) {
      const { res } = await get(w, `/compare?${a.replace(/[ ']/g, encodeURIComponent)}`);
      assert.equal(res.status, 400, a);
    }
    const odd = await get(w, `/disclosures/2022/${encodeURIComponent("x' OR '1'='1")}`);
    assert.equal(odd.res.status, 404);
    assert.equal((await w.store.listPublished()).length, 4, 'nothing was deleted');
  });
});
