/** Portal: comparisons with server-side charts, what a correction changed, the open-data index, a real socket. */
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { describe, it } from 'node:test';
import { serve } from '@hono/node-server';
import { XMLValidator } from 'fast-xml-parser';
import { get, portalWorld, T03 } from './portal-fixture.ts';

/** The rows of the first table after a heading id, as cell texts. */
function tableAfter(html: string, id: string): string[][] {
  const from = html.indexOf(`id="${id}"`);
  assert.ok(from >= 0, `no section ${id}`);
  const table = html.slice(from, html.indexOf('</table>', from));
  const body = table.slice(table.indexOf('<tbody>'));
  return [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) =>
    [...(r[1] ?? '').matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) =>
      (c[1] ?? '').replace(/<[^>]+>/g, '').trim(),
    ),
  );
}

describe('portal comparisons', () => {
  it('compares the departments of a year, per metric, with a table and an SVG chart', async (t) => {
    const w = await portalWorld(t);
    const { res, text } = await get(w, '/compare?year=2022');
    assert.equal(res.status, 200);
    assert.deepEqual(tableAfter(text, 'm-grandTotal'), [
      ['1', '广元市教育局&lt;script&gt;alert(1)&lt;/script&gt;', '800.00', '历年'],
      ['2', '剑阁县人民政府办公室', '651.05', '历年'],
    ]);
    assert.deepEqual(
      tableAfter(text, 'm-sangong').map((r) => r[2]),
      ['30.00', '18.07'],
    );
    assert.deepEqual(
      tableAfter(text, 'm-operating').map((r) => r[2]),
      ['70.00', '50.00'],
    );
    const units = await get(w, '/compare?year=2022&scope=unit&metric=operating');
    assert.deepEqual(
      tableAfter(units.text, 'm-operating'),
      [['—', '剑阁县政务服务中心', '—', '历年']],
      'blank stays blank',
    );
    assert.match(units.text, /没有可绘制的数据/);
    assert.doesNotMatch(units.text, /m-grandTotal/, 'one metric asked, one shown');

    const src = /<img src="([^"]+)"/.exec(text)?.[1]?.replaceAll('&amp;', '&');
    assert.equal(src, '/compare/chart.svg?year=2022&scope=department&metric=grandTotal');
    const chart = await w.app.request(src);
    assert.equal(chart.status, 200);
    assert.equal(chart.headers.get('content-type'), 'image/svg+xml');
    const svg = await chart.text();
    assert.equal(XMLValidator.validate(svg), true);
    assert.match(svg, /<title>2022年度各部门收支总计/);
    assert.match(svg, />800\.00</);
    assert.match(svg, />651\.05</);
    assert.ok(!svg.includes('<script'), 'the name is escaped in the SVG too');
    const etag = chart.headers.get('etag') ?? '';
    assert.equal((await w.app.request(src, { headers: { 'If-None-Match': etag } })).status, 304);
    assert.equal(
      (await w.app.request('/compare/chart.svg?year=2022')).status,
      404,
      'a chart needs one metric',
    );
  });

  it('compares one organisation across years with the change from the year before', async (t) => {
    const w = await portalWorld(t);
    const { text } = await get(w, `/compare?org=${w.orgs.office.id}`);
    assert.match(text, /<h1>剑阁县人民政府办公室历年决算对比<\/h1>/);
    assert.deepEqual(tableAfter(text, 'm-grandTotal'), [
      ['2021年', '930.98', '—', '—'],
      ['2022年', '651.05', '-279.93', '-30.07%'],
    ]);
    assert.deepEqual(tableAfter(text, 'm-operating')[1], ['2022年', '50.00', '—', '—']);
    const chart = await w.app.request(`/compare/chart.svg?org=${w.orgs.office.id}&metric=sangong`);
    assert.match(await chart.text(), /<title>剑阁县人民政府办公室历年“三公”经费支出/);
  });
});

describe('portal corrections', () => {
  it('lists the publications and what the correction changed: figures, table cells, files', async (t) => {
    const w = await portalWorld(t);
    const id = w.orgs.office.id;
    const page = (await get(w, `/disclosures/2022/${id}`)).text;
    assert.match(page, /首次公开/);
    assert.match(page, /第1次更正/);
    const { res, text } = await get(w, `/disclosures/2022/${id}/versions/2/changes`);
    assert.equal(res.status, 200);
    assert.match(
      text,
      /<th scope="row">收支总计<\/th><td class="num">651\.04<\/td><td class="num">651\.05<\/td>/,
    );
    assert.doesNotMatch(text, /机关运行经费<\/th>/, 'unchanged figures are not listed');
    assert.match(
      text,
      /<td>T03<\/td><td><code>total<\/code> 合计<\/td>\s*<td>本年支出合计<\/td><td class="num">6510400\.00<\/td><td class="num">6510500\.00<\/td>/,
    );
    assert.match(text, new RegExp(`已更新：<a href="/opendata/2022/${id}/versions/2/${T03}">`));
    assert.match(text, /更正说明：更正T03合计数/);
    assert.equal(
      (await get(w, `/disclosures/2022/${id}/versions/1/changes`)).res.status,
      404,
      'nothing before the first',
    );
    assert.equal(
      (await get(w, `/disclosures/2021/${id}/versions/2/changes`)).res.status,
      404,
      'an unpublished correction',
    );
  });
});

describe('portal open data', () => {
  it('indexes every published disclosure with stable file URLs and documents them', async (t) => {
    const w = await portalWorld(t);
    const { res, text } = await get(w, '/opendata/index.json');
    assert.equal(res.headers.get('content-type'), 'application/json; charset=utf-8');
    const index = JSON.parse(text) as {
      count: number;
      disclosures: {
        year: number;
        organisation: { id: string };
        version: number;
        figuresYuan: Record<string, string | null>;
        files: { path: string; url: string; versionUrl: string; sha256: string }[];
      }[];
    };
    assert.equal(index.count, 4);
    const office = index.disclosures.find((d) => d.year === 2022 && d.organisation.id === w.orgs.office.id);
    assert.equal(office?.version, 2);
    assert.equal(office?.figuresYuan['grandTotal'], '6510500.00');
    assert.equal(office?.figuresYuan['incomeTotal'], null);
    const csv = office?.files.find((f) => f.path === T03);
    assert.equal(csv?.url, `/opendata/2022/${w.orgs.office.id}/${T03}`);
    assert.equal(csv?.versionUrl, `/opendata/2022/${w.orgs.office.id}/versions/2/${T03}`);
    assert.equal((await get(w, csv?.versionUrl ?? '')).res.headers.get('etag'), `"${csv?.sha256}"`);
    assert.deepEqual(
      office?.files.slice(0, 3).map((f) => f.path),
      ['report.html', 'report.pdf', 'datapackage.json'],
    );
    const docs = await get(w, '/opendata/docs');
    assert.equal(docs.res.status, 200);
    assert.match(docs.text, /\/opendata\/\{年度\}\/\{机构ID\}\/datapackage\.json/);
    const home = await get(w, '/opendata/');
    assert.match(home.text, new RegExp(`href="/opendata/2022/${w.orgs.office.id}/datapackage.json"`));
    assert.equal((await w.app.request('/opendata')).status, 301);
  });

  it('serves the report over a real socket with ETag revalidation', async (t) => {
    const w = await portalWorld(t);
    const server = serve({ fetch: w.app.fetch, port: 0, hostname: '127.0.0.1' });
    t.after(() => new Promise<void>((resolve) => server.close(() => resolve())));
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as AddressInfo;
    const url = `http://127.0.0.1:${port}/disclosures/2022/${w.orgs.office.id}/report.html`;
    const first = await fetch(url);
    assert.equal(await first.text(), w.officeReport[1]);
    assert.equal(first.headers.get('content-length'), String(Buffer.byteLength(w.officeReport[1])));
    const second = await fetch(url, { headers: { 'If-None-Match': first.headers.get('etag') ?? '' } });
    assert.equal(second.status, 304);
    const css = await fetch(`http://127.0.0.1:${port}/portal.css`);
    assert.equal(css.headers.get('content-type'), 'text/css; charset=utf-8');
  });
});
