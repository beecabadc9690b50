/**
 * @module The disclosure page (/disclosures/:year/:orgId): the current publication with its headline
 * figures, the report link, the downloads, and every publication (a correction is a later one). The page is
 * titled with the organisation's present name; when the documents were published under another (it was
 * renamed since), that name is given as 公开时名称.
 */
import type { Context } from 'hono';
import type { JsonValue, VersionFigures, VersionSummary } from '../../../storage/types.ts';
import { isStored, MAIN_FILE } from '../../data/stored-dataset.ts';
import type { Portal } from '../deps.ts';
import { type FileGroup, type PublicFile, publicFiles } from '../files.ts';
import { dateText, disclosureTitle, sizeText, wanText } from '../format.ts';
import { type Html, h, layout, notFound, sendPage } from '../layout.ts';
import { pathId, pathYear } from '../params.ts';
import { findPublished, organisationOf, publications } from '../resolve.ts';
import { urls } from '../urls.ts';

/** The headline figures shown and compared, with their Chinese names. */
export const FIGURE_LABELS: readonly [keyof VersionFigures, string][] = [
  ['grandTotal', '收支总计'],
  ['incomeTotal', '本年收入合计'],
  ['expenditureTotal', '本年支出合计'],
  ['sangongTotal', '“三公”经费支出'],
  ['operatingExpenses', '机关运行经费'],
];

const GROUPS: readonly [FileGroup, string][] = [
  ['report', '报告和附表'],
  ['data', '开放数据'],
  ['other', '其他文件'],
];

function fileItems(files: readonly PublicFile[], href: (path: string) => string): Html[] {
  return files.map(
    (f) =>
      h`<li><a href="${href(f.path)}">${f.label}</a> <span class="muted">${sizeText(f.size)}</span></li>`,
  );
}

function fileList(files: readonly PublicFile[], href: (path: string) => string): Html {
  return h`${GROUPS.map(([group, title]) => {
    const inGroup = files.filter((f) => f.group === group);
    if (inGroup.length === 0) return '';
    const csv = inGroup.filter((f) => f.path.startsWith('data/') && f.path.endsWith('.csv'));
    const rest = inGroup.filter((f) => !csv.includes(f));
    const tables =
      csv.length === 0
        ? ''
        : h`<details><summary>各附表数据（CSV，${csv.length}个文件）</summary><ul class="files">${fileItems(csv, href)}</ul></details>`;
    return h`<h3>${title}</h3><ul class="files">${fileItems(rest, href)}</ul>${tables}`;
  })}`;
}

function figuresTable(figures: VersionFigures): Html {
  const rows = FIGURE_LABELS.map(
    ([key, label]) => h`<tr><th scope="row">${label}</th><td class="num">${wanText(figures[key])}</td></tr>`,
  );
  return h`<table class="narrow"><caption>主要数据（单位：万元）</caption>
<thead><tr><th scope="col">项目</th><th scope="col" class="num">金额</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function history(year: number, orgId: string, pubs: readonly VersionSummary[]): Html {
  const rows = [...pubs].reverse().map((v) => {
    const i = pubs.indexOf(v);
    const kind = i === 0 ? '首次公开' : `第${i}次更正`;
    return h`<tr>
<td>${kind}</td><td>第${v.number}版</td><td>${dateText(v.publishedAt)}</td><td>${v.comment === '' ? '—' : v.comment}</td>
<td><a href="${urls.versionReport(year, orgId, v.number)}">报告</a>${
      i === 0 ? '' : h` · <a href="${urls.changes(year, orgId, v.number)}">与上次公开相比的变动</a>`
    }</td></tr>`;
  });
  return h`<div class="table-wrap"><table><caption>公开记录</caption>
<thead><tr><th scope="col">公开</th><th scope="col">版本</th><th scope="col">公开日期</th><th scope="col">说明</th><th scope="col">查看</th></tr></thead>
<tbody>${rows}</tbody></table></div>`;
}

/** The name a version's documents carry (its stored dataset's entity.name), or null. */
function publishedName(dataset: JsonValue): string | null {
  if (!isStored(dataset)) return null;
  const entity = dataset.files[MAIN_FILE]?.['entity'];
  const name =
    typeof entity === 'object' && entity !== null && !Array.isArray(entity) ? entity['name'] : null;
  return typeof name === 'string' && name.trim() !== '' ? name.trim() : null;
}

/** GET /disclosures/:year/:orgId. */
export async function disclosureRoute(c: Context, portal: Portal): Promise<Response> {
  const year = pathYear(c.req.param('year') ?? '');
  const orgId = pathId(c.req.param('orgId') ?? '');
  if (year === null || orgId === null) return notFound(c);
  const d = await findPublished(portal.store, year, orgId);
  const org = d === null ? null : await organisationOf(portal.store, orgId);
  if (d === null || org === null) return notFound(c);
  const pubs = await publications(portal.store, d.id);
  const current = pubs.find((v) => v.id === d.publishedVersionId);
  if (current === undefined) return notFound(c);
  const files = publicFiles(await portal.store.listFiles(current.id));
  const { organisation: o, parentName } = org;
  const title = disclosureTitle(o.name, year, o.kind);
  const version = await portal.store.getVersion(current.id);
  const asPublished = version === null ? null : publishedName(version.dataset);
  const corrected = pubs.length > 1;
  const body = h`<h1>${title}</h1>
<dl class="facts">
${asPublished !== null && asPublished !== o.name ? h`<dt>公开时名称</dt><dd>${asPublished}</dd>` : ''}
<dt>地区</dt><dd><a href="${urls.list({ region: o.region })}">${o.region}</a></dd>
${o.kind === 'unit' && parentName !== null && o.parentId !== null ? h`<dt>所属部门</dt><dd><a href="${urls.list({ dept: o.parentId })}">${parentName}</a></dd>` : ''}
<dt>公开日期</dt><dd>${dateText(current.publishedAt)}</dd>
<dt>版本</dt><dd>第${current.number}版${corrected ? h`（已更正${pubs.length - 1}次）` : ''}</dd>
</dl>
${corrected ? h`<p class="notice">本决算公开后有更正，以下为最新公开的版本；<a href="${urls.changes(year, o.id, current.number)}">查看本次更正的变动</a>，历次公开见下方公开记录。</p>` : ''}
<div class="actions">
${files.some((f) => f.path === 'report.html') ? h`<a class="button" href="${urls.report(year, o.id)}">阅读决算报告</a>` : ''}
<a href="${urls.compare({ org: o.id })}">历年对比</a>
${o.kind === 'department' ? h`<a href="${urls.list({ dept: o.id })}">本部门及所属单位的决算</a>` : ''}
</div>
${figuresTable(current.figures)}
<h2>下载</h2>
${files.length === 0 ? h`<p>暂无可下载的文件。</p>` : fileList(files, (path) => urls.file(year, o.id, path))}
<p class="muted">以上链接始终指向最新公开的版本；固定版本的地址见<a href="${urls.opendataDocs}">开放数据说明</a>。</p>
<h2>公开记录</h2>
${history(year, o.id, pubs)}`;
  return sendPage(c, layout(title, 'list', body));
}
