/**
 * @module Comparisons (/compare): per metric a table and a bar chart (an <img> of /compare/chart.svg, drawn on
 * the server with ECharts and cached) across the departments of a year, or across the years of one organisation.
 */
import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import { changeBetween, formatPercent, formatWan } from '../../../money/index.ts';
import { renderChartSvgFile } from '../../../render/charts/index.ts';
import type { PublishedListItem } from '../../../storage/port.ts';
import {
  CHART_MAX_BARS,
  type ComparePoint,
  type CompareQuery,
  chartWidth,
  compareFigure,
  comparePoints,
  compareRows,
  METRIC_IDS,
  METRICS,
  type MetricId,
  SCOPE_LABELS,
  SCOPES,
} from '../compare-data.ts';
import type { Portal } from '../deps.ts';
import { wanText } from '../format.ts';
import { badRequest, type Html, h, layout, notFound, sendPage } from '../layout.ts';
import { queryChoice, queryId, queryText, queryYear } from '../params.ts';
import { notModified, sendBytes } from '../send.ts';
import { urls } from '../urls.ts';
import { yearOptions } from './list.ts';

type Parsed = {
  query: CompareQuery;
  metrics: MetricId[];
  params: Record<string, string | number | undefined>;
};

async function parse(c: Context, portal: Portal): Promise<Parsed | string> {
  const org = queryId(c.req.query('org'), '部门或单位');
  const year = queryYear(c.req.query('year'));
  const region = queryText(c.req.query('region'), '地区', 60);
  const scope = queryChoice(c.req.query('scope'), SCOPES, '范围');
  const metric = queryChoice(c.req.query('metric'), METRIC_IDS, '指标');
  if (!org.ok) return org.message;
  if (!year.ok) return year.message;
  if (!region.ok) return region.message;
  if (!scope.ok) return scope.message;
  if (!metric.ok) return metric.message;
  const metrics = metric.value === undefined ? [...METRIC_IDS] : [metric.value];
  if (org.value !== undefined) {
    return { query: { mode: 'org', orgId: org.value }, metrics, params: { org: org.value } };
  }
  const latest = (await portal.store.listPublished({ limit: 1 }))[0]?.year;
  const y = year.value ?? latest ?? portal.clock().getUTCFullYear() - 1;
  const s = scope.value ?? 'department';
  return {
    query: { mode: 'year', year: y, region: region.value, scope: s },
    metrics,
    params: { year: y, region: region.value, scope: s },
  };
}

function title(q: CompareQuery, rows: readonly PublishedListItem[], metric: MetricId): string {
  const label = METRICS[metric].label;
  if (q.mode === 'org') return `${rows[0]?.organisation.name ?? ''}历年${label}`;
  return `${q.region ?? ''}${q.year}年度各${SCOPE_LABELS[q.scope]}${label}`;
}

function yearTable(points: readonly ComparePoint[], caption: string): Html {
  const rows = points.map((p, i) => {
    const prior = points[i - 1]?.value ?? null;
    const change = p.value === null || prior === null ? null : changeBetween(p.value, prior);
    const sign =
      change === null
        ? ''
        : change.direction === 'decrease'
          ? '-'
          : change.direction === 'increase'
            ? '+'
            : '';
    return h`<tr><th scope="row"><a href="${urls.disclosure(p.year, p.orgId)}">${p.label}</a></th><td class="num">${wanText(p.value)}</td>
<td class="num">${change === null ? '—' : `${sign}${formatWan(change.amount, { thousands: true })}`}</td>
<td class="num">${change === null || change.rate === null ? '—' : `${sign}${formatPercent(change.rate)}%`}</td></tr>`;
  });
  return h`<div class="table-wrap"><table class="narrow"><caption>${caption}（单位：万元）</caption>
<thead><tr><th scope="col">年度</th><th scope="col" class="num">金额</th><th scope="col" class="num">比上年增减</th><th scope="col" class="num">增减率</th></tr></thead>
<tbody>${rows}</tbody></table></div>`;
}

function orgTable(points: readonly ComparePoint[], caption: string): Html {
  const rows = points.map(
    (
      p,
      i,
    ) => h`<tr><td class="num">${p.value === null ? '—' : i + 1}</td><th scope="row"><a href="${urls.disclosure(p.year, p.orgId)}">${p.label}</a></th>
<td class="num">${wanText(p.value)}</td><td><a href="${urls.compare({ org: p.orgId })}">历年</a></td></tr>`,
  );
  return h`<div class="table-wrap"><table class="narrow"><caption>${caption}（单位：万元）</caption>
<thead><tr><th scope="col" class="num">排序</th><th scope="col">部门或单位</th><th scope="col" class="num">金额</th><th scope="col">对比</th></tr></thead>
<tbody>${rows}</tbody></table></div>`;
}

function section(p: Parsed, rows: readonly PublishedListItem[], metric: MetricId): Html {
  const caption = title(p.query, rows, metric);
  const points = comparePoints(rows, p.query, metric);
  const figure = compareFigure(points, p.query, metric, caption);
  const note =
    p.query.mode === 'year' && points.filter((x) => x.value !== null).length > CHART_MAX_BARS
      ? h`<p class="muted">图中为金额最大的${CHART_MAX_BARS}个，表中列出全部。</p>`
      : '';
  const chart =
    figure === null
      ? h`<p>没有可绘制的数据（未填报的金额不绘入图中）。</p>`
      : h`<figure class="chart"><figcaption>${caption}</figcaption>
<img src="${urls.chart({ ...p.params, metric })}" width="${chartWidth(figure)}" height="360" alt="${caption}柱状图，数据见下表。">${note}</figure>`;
  return h`<section aria-labelledby="m-${metric}"><h2 id="m-${metric}">${METRICS[metric].label}</h2>
${chart}${p.query.mode === 'org' ? yearTable(points, caption) : orgTable(points, caption)}</section>`;
}

function form(p: Parsed, now: Date): Html {
  const q = p.query;
  const year = q.mode === 'year' ? q.year : undefined;
  const scope = q.mode === 'year' ? q.scope : 'department';
  const metric = p.metrics.length === 1 ? p.metrics[0] : undefined;
  return h`<form class="filters" method="get" action="/compare">
<label>年度<select name="year">${yearOptions(now, year)}</select></label>
<label>地区（行政区划）<input name="region" value="${q.mode === 'year' ? (q.region ?? '') : ''}" maxlength="60"></label>
<label>范围<select name="scope">${Object.entries(SCOPE_LABELS).map(([k, v]) => h`<option value="${k}"${k === scope ? h` selected` : ''}>${v}</option>`)}</select></label>
<label>指标<select name="metric"><option value="">全部三项</option>${METRIC_IDS.map((m) => h`<option value="${m}"${m === metric ? h` selected` : ''}>${METRICS[m].label}</option>`)}</select></label>
<button type="submit">对比</button>
</form>`;
}

/** GET /compare. */
export async function compareRoute(c: Context, portal: Portal): Promise<Response> {
  const p = await parse(c, portal);
  if (typeof p === 'string') return badRequest(c, p);
  const rows = await compareRows(portal.store, p.query);
  if (p.query.mode === 'org' && rows.length === 0) return notFound(c);
  const heading = p.query.mode === 'org' ? `${rows[0]?.organisation.name ?? ''}历年决算对比` : '部门决算对比';
  const body = h`<h1>${heading}</h1>
<p class="lead">按已公开决算的主要数据对比：收支总计、“三公”经费支出和机关运行经费。金额单位为万元；未填报的金额显示为“—”。</p>
${p.query.mode === 'year' ? form(p, portal.clock()) : h`<p><a href="${urls.compare()}">按年度对比各部门</a></p>`}
${rows.length === 0 ? h`<p>没有符合条件的已公开决算。</p>` : p.metrics.map((m) => section(p, rows, m))}`;
  return sendPage(c, layout(heading, 'compare', body));
}

type Chart = { readonly bytes: Uint8Array; readonly sha256: string };
const CHART_CACHE_ENTRIES = 200;
const charts = new Map<string, Promise<Chart>>();

/** Renders (once per distinct figure) the chart's SVG with its embedded font subset. */
function chart(figure: NonNullable<ReturnType<typeof compareFigure>>): Promise<Chart> {
  const key = JSON.stringify(figure);
  const hit = charts.get(key);
  if (hit !== undefined) return hit;
  const p = renderChartSvgFile(figure, { width: chartWidth(figure) }).then((svg) => {
    const bytes = new TextEncoder().encode(svg);
    return { bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
  });
  p.catch(() => charts.delete(key));
  charts.set(key, p);
  if (charts.size > CHART_CACHE_ENTRIES) charts.delete(charts.keys().next().value as string);
  return p;
}

/** GET /compare/chart.svg (the same parameters as /compare, one metric). */
export async function chartRoute(c: Context, portal: Portal): Promise<Response> {
  const p = await parse(c, portal);
  if (typeof p === 'string' || p.metrics.length !== 1) return notFound(c);
  const metric = p.metrics[0] as MetricId;
  const rows = await compareRows(portal.store, p.query);
  const figure = compareFigure(
    comparePoints(rows, p.query, metric),
    p.query,
    metric,
    title(p.query, rows, metric),
  );
  if (figure === null) return notFound(c);
  const svg = await chart(figure);
  const options = { sha256: svg.sha256, path: 'chart.svg', cache: 'revalidate' as const };
  return notModified(c.req.header('if-none-match'), options) ?? sendBytes(svg.bytes, options);
}
