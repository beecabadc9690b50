/** @module /opendata/docs: the portal's stable URLs, file formats, caching and versions, in Chinese. */
import type { Context } from 'hono';
import { h, layout, sendPage } from '../layout.ts';
import { urls } from '../urls.ts';

const Y = '{年度}';
const O = '{机构ID}';
const N = '{版本号}';

const URL_ROWS: readonly [string, string][] = [
  [
    '/disclosures?year=&region=&q=&dept=&page=',
    '已公开决算列表：按年度、地区（行政区划前缀）、部门或单位名称（q）、部门（dept，含所属单位）筛选，分页',
  ],
  [`/disclosures/${Y}/${O}`, '一份决算的页面：最新公开版本、主要数据、下载和公开记录'],
  [`/disclosures/${Y}/${O}/report.html`, '最新公开版本的报告网页（无障碍 HTML，自带字体和图表）'],
  [`/disclosures/${Y}/${O}/versions/${N}/report.html`, '某次公开的报告网页（固定不变）'],
  [`/disclosures/${Y}/${O}/versions/${N}/changes`, '某次更正与上次公开相比的变动：主要数据、附表数据、文件'],
  [
    '/compare?year=&region=&scope=&metric=',
    '同一年度各部门（scope=department）、单位（unit）或全部（all）的对比，metric 为 grandTotal（收支总计）、sangong（“三公”经费）、operating（机关运行经费），省略时三项都列出',
  ],
  ['/compare?org={机构ID}&metric=', '同一部门或单位历年的对比'],
  ['/compare/chart.svg?…', '对比图（SVG），参数同上，须指定 metric'],
  [urls.opendataIndex, '全部已公开决算及其文件的地址、大小和 SHA-256（JSON）'],
  [`/opendata/${Y}/${O}/datapackage.json`, '数据包描述（Fiscal Data Package）'],
  [`/opendata/${Y}/${O}/data/{表号}-{名称}.csv`, '每张附表一个 CSV，如 data/T03-expenditure.csv'],
  [`/opendata/${Y}/${O}/dataset.json`, '完整数据（与 disclosure.yaml 同一结构，金额为元的字符串）'],
  [
    `/opendata/${Y}/${O}/report.pdf、report.docx、tables.xlsx、datapackage.zip`,
    '报告和附表的其他格式（有则提供）',
  ],
  [`/opendata/${Y}/${O}/versions/${N}/{文件}`, '某次公开的同一文件（固定不变）'],
];

/** GET /opendata/docs. */
export function docsRoute(c: Context): Response {
  const rows = URL_ROWS.map(([url, what]) => h`<tr><td><code>${url}</code></td><td>${what}</td></tr>`);
  const body = h`<h1>开放数据说明</h1>
<p class="lead">本平台公开的决算数据可免费获取、使用和转载，请注明来源。以下地址长期有效。</p>
<h2>地址</h2>
<p><code>${Y}</code> 为决算年度（四位数字），<code>${O}</code> 为部门或单位在本平台的标识（见列表页链接或 index.json），<code>${N}</code> 为公开时的版本号（见公开记录）。</p>
<div class="table-wrap"><table><caption>地址一览</caption>
<thead><tr><th scope="col">地址</th><th scope="col">内容</th></tr></thead><tbody>${rows}</tbody></table></div>
<h2>格式</h2>
<ul>
<li>CSV：UTF-8（无 BOM），RFC 4180，CRLF 换行；首行为字段名；金额单位为元，两位小数，空白表示未填报，0.00 表示填报为零；Content-Type 为 <code>text/csv; charset=utf-8</code>。</li>
<li>JSON：UTF-8，Content-Type 为 <code>application/json; charset=utf-8</code>；金额为元的十进制字符串，不用浮点数。</li>
<li>datapackage.json 符合 Frictionless Fiscal Data Package，列出各 CSV 的字段、主键和度量。</li>
</ul>
<h2>版本和更正</h2>
<p>决算公开后不再修改；如需更正，财政部门审核后公开一个新版本，并在决算页面的公开记录中列出变动。不带版本号的地址始终指向最新公开的版本；带 <code>versions/${N}/</code> 的地址固定指向某次公开。未公开（草稿、已提交、退回、已审核未公开）的决算在本平台的任何地址都不可见。</p>
<h2>缓存</h2>
<ul>
<li>每个文件的 ETag 是其内容的 SHA-256，可用 If-None-Match 条件请求（未变动时返回 304）。</li>
<li>带版本号的地址内容不变：<code>Cache-Control: public, max-age=31536000, immutable</code>。</li>
<li>不带版本号的地址可能因更正而变化：<code>Cache-Control: public, no-cache</code>（每次使用前验证）。</li>
<li>index.json 最多每 10 秒重新生成一次。</li>
<li>文件允许跨域读取（<code>Access-Control-Allow-Origin: *</code>）。</li>
</ul>`;
  return sendPage(c, layout('开放数据说明', 'opendata', body));
}
