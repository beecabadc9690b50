/**
 * @module The changes page (/disclosures/:year/:orgId/versions/:n/changes): what publication n changed
 * against the publication before it — headline figures, files, and every changed table amount.
 */
import type { Context } from 'hono';
import type { Store } from '../../../storage/port.ts';
import { type CellChange, columnLabel, csvChanges, figureChanges, fileChanges } from '../changes.ts';
import type { Portal } from '../deps.ts';
import { type PublicFile, publicFiles } from '../files.ts';
import { dateText, disclosureTitle, wanText } from '../format.ts';
import { type Html, h, layout, notFound, sendPage } from '../layout.ts';
import { pathId, pathNumber, pathYear } from '../params.ts';
import { findPublished, organisationOf, publications } from '../resolve.ts';
import { urls } from '../urls.ts';
import { FIGURE_LABELS } from './disclosure.ts';

/** The most changed cells listed on one page. */
const MAX_CELLS = 500;

const CHANGE_TEXT = { added: '新增', removed: '删除', changed: '已更新' } as const;

async function text(portal: Portal, f: PublicFile): Promise<string> {
  const bytes = await portal.blobs.get(f.sha256);
  return bytes === null ? '' : new TextDecoder().decode(bytes);
}

async function cellChanges(portal: Portal, before: PublicFile[], after: PublicFile[]): Promise<CellChange[]> {
  const out: CellChange[] = [];
  for (const f of after) {
    if (!/^data\/[^/]+\.csv$/.test(f.path)) continue;
    const old = before.find((b) => b.path === f.path);
    if (old === undefined || old.sha256 === f.sha256) continue;
    out.push(...csvChanges(await text(portal, old), await text(portal, f)));
    if (out.length > MAX_CELLS) break;
  }
  return out;
}

function cellTable(cells: readonly CellChange[]): Html {
  if (cells.length === 0) return h`<p>附表数据没有变动。</p>`;
  const rows = cells.slice(0, MAX_CELLS).map(
    (
      c,
    ) => h`<tr><td>${c.table}</td><td>${c.rowCode === '' ? '' : h`<code>${c.rowCode}</code> `}${c.rowName}</td>
<td>${columnLabel(c.table, c.column)}</td><td class="num">${c.before ?? '（无此行）'}</td><td class="num">${c.after ?? '（已删除）'}</td></tr>`,
  );
  return h`<div class="table-wrap"><table><caption>附表数据的变动（单位：元）</caption>
<thead><tr><th scope="col">表</th><th scope="col">行</th><th scope="col">栏</th><th scope="col" class="num">原数</th><th scope="col" class="num">更正后</th></tr></thead>
<tbody>${rows}</tbody></table></div>${cells.length > MAX_CELLS ? h`<p class="muted">只列出前${MAX_CELLS}处变动。</p>` : ''}`;
}

async function filesOf(store: Store, versionId: string): Promise<PublicFile[]> {
  return publicFiles(await store.listFiles(versionId));
}

/** GET /disclosures/:year/:orgId/versions/:n/changes. */
export async function changesRoute(c: Context, portal: Portal): Promise<Response> {
  const year = pathYear(c.req.param('year') ?? '');
  const orgId = pathId(c.req.param('orgId') ?? '');
  const n = pathNumber(c.req.param('n') ?? '');
  if (year === null || orgId === null || n === null) return notFound(c);
  const d = await findPublished(portal.store, year, orgId);
  const org = d === null ? null : await organisationOf(portal.store, orgId);
  if (d === null || org === null) return notFound(c);
  const pubs = await publications(portal.store, d.id);
  const i = pubs.findIndex((v) => v.number === n);
  const now = pubs[i];
  const prev = pubs[i - 1];
  if (now === undefined || prev === undefined) return notFound(c);
  const [before, after] = [await filesOf(portal.store, prev.id), await filesOf(portal.store, now.id)];
  const figures = figureChanges(prev.figures, now.figures);
  const files = fileChanges(before, after);
  const cells = await cellChanges(portal, before, after);
  const o = org.organisation;
  const title = `${disclosureTitle(o.name, year, o.kind)}：第${i}次更正的变动`;
  const label = (k: string) => FIGURE_LABELS.find(([key]) => key === k)?.[1] ?? k;
  const body = h`<h1>${title}</h1>
<p>第${now.number}版（${dateText(now.publishedAt)}公开）与上次公开的第${prev.number}版（${dateText(prev.publishedAt)}公开）相比。${now.comment === '' ? '' : h`更正说明：${now.comment}`}</p>
<p><a href="${urls.disclosure(year, o.id)}">返回${disclosureTitle(o.name, year, o.kind)}</a> · <a href="${urls.versionReport(year, o.id, prev.number)}">第${prev.number}版报告</a> · <a href="${urls.versionReport(year, o.id, now.number)}">第${now.number}版报告</a></p>
<h2>主要数据</h2>
${
  figures.length === 0
    ? h`<p>主要数据没有变动。</p>`
    : h`<table class="narrow"><caption>主要数据的变动（单位：万元）</caption><thead><tr><th scope="col">项目</th><th scope="col" class="num">原数</th><th scope="col" class="num">更正后</th></tr></thead>
<tbody>${figures.map((f) => h`<tr><th scope="row">${label(f.key)}</th><td class="num">${wanText(f.before)}</td><td class="num">${wanText(f.after)}</td></tr>`)}</tbody></table>`
}
<h2>附表数据</h2>
${cellTable(cells)}
<h2>文件</h2>
${
  files.length === 0
    ? h`<p>文件没有变动。</p>`
    : h`<ul class="files">${files.map(
        (f) =>
          h`<li>${CHANGE_TEXT[f.change]}：${
            f.change === 'removed'
              ? h`<a href="${urls.versionFile(year, o.id, prev.number, f.path)}">${f.path}</a>`
              : h`<a href="${urls.versionFile(year, o.id, now.number, f.path)}">${f.path}</a>`
          }</li>`,
      )}</ul>`
}`;
  return sendPage(c, layout(title, 'list', body));
}
