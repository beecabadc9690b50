/**
 * @module Open data: /opendata/ (the index page), /opendata/index.json (every published disclosure with the
 * URLs of its files) and /opendata/docs (the URL documentation, see docs.ts).
 */
import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import { formatYuan } from '../../../money/index.ts';
import type { PublishedListItem } from '../../../storage/port.ts';
import type { VersionFigures } from '../../../storage/types.ts';
import type { Portal } from '../deps.ts';
import { publicFiles } from '../files.ts';
import { dateText, disclosureTitle } from '../format.ts';
import { badRequest, h, layout, sendPage } from '../layout.ts';
import { queryPage } from '../params.ts';
import { listAllPublished, listingPage } from '../queries.ts';
import { notModified, sendBytes } from '../send.ts';
import { urls } from '../urls.ts';
import { pager } from './list.ts';

/** GET /opendata/. */
export async function openDataIndexRoute(c: Context, portal: Portal): Promise<Response> {
  const page = queryPage(c.req.query('page'));
  if (!page.ok) return badRequest(c, page.message);
  const { items, hasNext } = await listingPage(portal.store, {}, page.value);
  const rows = items.map((r) => {
    const o = r.organisation;
    return h`<tr><td>${r.year}</td><td><a href="${urls.disclosure(r.year, o.id)}">${disclosureTitle(o.name, r.year, o.kind)}</a></td>
<td>${dateText(r.version.publishedAt)}</td>
<td><a href="${urls.file(r.year, o.id, 'datapackage.json')}">datapackage.json</a> · <a href="${urls.file(r.year, o.id, 'dataset.json')}">dataset.json</a></td></tr>`;
  });
  const body = h`<h1>开放数据</h1>
<p class="lead">每一份已公开的决算都以开放格式提供：数据包描述（Fiscal Data Package 格式的 datapackage.json）、每张附表一个 CSV 文件（UTF-8，金额单位为元）、完整数据 dataset.json，以及报告的网页、PDF、Word 和 Excel 文件。</p>
<ul>
<li><a href="${urls.opendataDocs}">开放数据说明</a>：地址规则、文件格式、缓存和版本</li>
<li><a href="${urls.opendataIndex}">index.json</a>：全部已公开决算及其文件地址（机器可读）</li>
</ul>
<h2>已公开的决算</h2>
${
  rows.length === 0
    ? h`<p>暂无已公开的决算。</p>`
    : h`<div class="table-wrap"><table><caption>已公开的决算及其数据</caption>
<thead><tr><th scope="col">年度</th><th scope="col">部门或单位</th><th scope="col">公开日期</th><th scope="col">数据</th></tr></thead>
<tbody>${rows}</tbody></table></div>`
}
${pager((n) => `${urls.opendata}?page=${n}`, page.value, hasNext)}`;
  return sendPage(c, layout('开放数据', 'opendata', body));
}

function yuan(figures: VersionFigures): Record<string, string | null> {
  return Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, v === null ? null : formatYuan(v)]));
}

async function entry(portal: Portal, r: PublishedListItem): Promise<unknown> {
  const o = r.organisation;
  const files = publicFiles(await portal.store.listFiles(r.version.id));
  return {
    year: r.year,
    organisation: {
      id: o.id,
      name: o.name,
      code: o.code,
      kind: o.kind,
      region: o.region,
      parentName: r.parentName,
    },
    title: disclosureTitle(o.name, r.year, o.kind),
    profile: r.profile,
    version: r.version.number,
    publishedAt: r.version.publishedAt,
    figuresYuan: yuan(r.version.figures),
    page: urls.disclosure(r.year, o.id),
    files: files.map((f) => ({
      path: f.path,
      url: urls.file(r.year, o.id, f.path),
      versionUrl: urls.versionFile(r.year, o.id, r.version.number, f.path),
      sha256: f.sha256,
      size: f.size,
      contentType: f.contentType,
    })),
  };
}

type Index = { bytes: Uint8Array; sha256: string };
/** index.json per store, rebuilt at most every INDEX_TTL_MS (it reads every disclosure's file list). */
const INDEX_TTL_MS = 10_000;
const indexes = new WeakMap<object, { at: number; body: Promise<Index> }>();

async function buildIndex(portal: Portal): Promise<Index> {
  const rows = await listAllPublished(portal.store, {});
  const disclosures = [];
  for (const r of rows) disclosures.push(await entry(portal, r));
  const doc = {
    name: '部门决算公开平台开放数据索引',
    documentation: urls.opendataDocs,
    urlsNote: '地址均相对于本站（以 / 开头）',
    amountsNote: 'figuresYuan 中金额单位为元（两位小数的字符串），null 表示未填报',
    count: disclosures.length,
    disclosures,
  };
  const bytes = new TextEncoder().encode(`${JSON.stringify(doc, null, 2)}\n`);
  return { bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** GET /opendata/index.json. */
export async function openDataJsonRoute(c: Context, portal: Portal): Promise<Response> {
  const now = portal.clock().getTime();
  let cached = indexes.get(portal.store);
  if (cached === undefined || now - cached.at > INDEX_TTL_MS || now < cached.at) {
    cached = { at: now, body: buildIndex(portal) };
    cached.body.catch(() => indexes.delete(portal.store));
    indexes.set(portal.store, cached);
  }
  const index = await cached.body;
  const options = { sha256: index.sha256, path: 'index.json', cache: 'revalidate' as const };
  return notModified(c.req.header('if-none-match'), options) ?? sendBytes(index.bytes, options);
}
