/** @module The listing page (/ and /disclosures): published disclosures by year, region and department, searchable. */
import type { Context } from 'hono';
import type { PublishedListItem } from '../../../storage/port.ts';
import type { Portal } from '../deps.ts';
import { dateText, disclosureTitle } from '../format.ts';
import { badRequest, type Html, h, layout, sendPage } from '../layout.ts';
import { queryId, queryPage, queryText, queryYear } from '../params.ts';
import { type ListFilter, listingPage } from '../queries.ts';
import { urls } from '../urls.ts';

/** The years offered in filters: last year back to 2015 (any valid year also works in the URL). */
export function yearOptions(now: Date, selected: number | undefined): Html[] {
  const years: number[] = [];
  for (let y = now.getUTCFullYear(); y >= 2015; y -= 1) years.push(y);
  if (selected !== undefined && !years.includes(selected)) years.push(selected);
  return years.map((y) => h`<option value="${y}"${y === selected ? h` selected` : ''}>${y}年度</option>`);
}

/** The filter form's query parameters, parsed; a string is the message for a 400. */
export function parseFilter(c: Context): (ListFilter & { page: number }) | string {
  const year = queryYear(c.req.query('year'));
  const region = queryText(c.req.query('region'), '地区', 60);
  const q = queryText(c.req.query('q'), '名称', 50);
  const dept = queryId(c.req.query('dept'), '部门');
  const page = queryPage(c.req.query('page'));
  if (!year.ok) return year.message;
  if (!region.ok) return region.message;
  if (!q.ok) return q.message;
  if (!dept.ok) return dept.message;
  if (!page.ok) return page.message;
  return { year: year.value, region: region.value, q: q.value, dept: dept.value, page: page.value };
}

function row(r: PublishedListItem): Html {
  const o = r.organisation;
  const under =
    o.kind === 'unit' && r.parentName !== null && o.parentId !== null
      ? h`<br><span class="muted">所属部门：<a href="${urls.list({ dept: o.parentId })}">${r.parentName}</a></span>`
      : '';
  return h`<tr>
<td>${r.year}</td>
<td><a href="${urls.disclosure(r.year, o.id)}">${disclosureTitle(o.name, r.year, o.kind)}</a>${under}</td>
<td><a href="${urls.list({ region: o.region })}">${o.region}</a></td>
<td>${dateText(r.version.publishedAt)}</td>
<td><a href="${urls.report(r.year, o.id)}">报告</a> · <a href="${urls.compare({ org: o.id })}">历年对比</a></td>
</tr>`;
}

/** The filter form (GET, no script). */
export function filterForm(action: string, f: ListFilter, now: Date): Html {
  return h`<form class="filters" method="get" action="${action}" role="search">
<label>年度<select name="year"><option value="">全部年度</option>${yearOptions(now, f.year)}</select></label>
<label>地区（行政区划）<input name="region" value="${f.region ?? ''}" placeholder="如：四川省广元市" maxlength="60"></label>
<label>部门或单位名称<input type="search" name="q" value="${f.q ?? ''}" placeholder="如：教育局" maxlength="50"></label>
${f.dept === undefined ? '' : h`<input type="hidden" name="dept" value="${f.dept}">`}
<button type="submit">查询</button>
</form>`;
}

/** Previous/next links keeping the filters. */
export function pager(make: (page: number) => string, page: number, hasNext: boolean): Html {
  if (page === 1 && !hasNext) return h``;
  return h`<nav class="pages" aria-label="分页">
${page > 1 ? h`<a href="${make(page - 1)}" rel="prev">上一页</a>` : ''}
<span>第${page}页</span>
${hasNext ? h`<a href="${make(page + 1)}" rel="next">下一页</a>` : ''}
</nav>`;
}

/** The table of disclosures, or a sentence when there are none. */
export function disclosureTable(items: readonly PublishedListItem[]): Html {
  if (items.length === 0) return h`<p>没有符合条件的已公开决算。</p>`;
  return h`<div class="table-wrap"><table>
<caption>已公开的决算</caption>
<thead><tr><th scope="col">年度</th><th scope="col">部门或单位</th><th scope="col">地区</th><th scope="col">公开日期</th><th scope="col">查看</th></tr></thead>
<tbody>${items.map(row)}</tbody>
</table></div>`;
}

/** GET / and /disclosures. */
export async function listRoute(c: Context, portal: Portal): Promise<Response> {
  const f = parseFilter(c);
  if (typeof f === 'string') return badRequest(c, f);
  const { items, hasNext } = await listingPage(portal.store, f, f.page);
  const deptName =
    f.dept === undefined
      ? undefined
      : (items.find((r) => r.organisation.id === f.dept)?.organisation.name ??
        items.find((r) => r.organisation.parentId === f.dept)?.parentName ??
        undefined);
  const params = { year: f.year, region: f.region, q: f.q, dept: f.dept };
  const body = h`<h1>决算公开</h1>
<p class="lead">各部门、单位经财政部门审核后公开的年度决算。可按年度、地区筛选，或按部门、单位名称查找。</p>
${filterForm('/disclosures', f, portal.clock())}
${deptName === undefined ? '' : h`<p>部门：<strong>${deptName}</strong>（含所属单位） · <a href="${urls.list({ year: f.year, region: f.region })}">查看全部部门</a></p>`}
${disclosureTable(items)}
${pager((page) => urls.list({ ...params, page }), f.page, hasNext)}`;
  return sendPage(c, layout('决算公开', 'list', body));
}
