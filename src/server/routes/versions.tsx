/**
 * @module A version's report preview (its own CSP: inline styles, no script), its downloads in every
 * format (published versions from the stored immutable files, others rendered on demand and cached), and
 * the comparison with another version: changed table cells and changed report sentences.
 */
import { type Context, Hono } from 'hono';
import { formatWan } from '../../money/index.ts';
import type { Disclosure, DisclosureVersion, Organisation } from '../../storage/types.ts';
import { loadDisclosure } from '../auth/access.ts';
import { diffSentences, diffTables, reportSentences } from '../data/diff.ts';
import {
  DOWNLOADS,
  type DownloadName,
  isDownload,
  RenderCache,
  type RenderedFile,
  VersionRenderer,
} from '../data/render.ts';
import { IN_PROCESS_RENDERER } from '../data/renderer.ts';
import { checkedVersion } from '../data/workflow.ts';
import type { ServerDeps } from '../deps.ts';
import type { AppEnv } from '../env.ts';
import { notFound } from '../http/errors.tsx';
import { useReportCsp } from '../http/headers.ts';
import { Page, pageProps, sendPage } from '../views/layout.tsx';

type Loaded = { disclosure: Disclosure; organisation: Organisation; version: DisclosureVersion };

async function versionOf(c: Context<AppEnv>, id: string, numberText: string | undefined): Promise<Loaded> {
  const { disclosure, organisation } = await loadDisclosure(c, id, 'read');
  if (numberText === undefined || !/^\d{1,6}$/.test(numberText)) throw notFound('没有这个版本');
  const version = await c.get('deps').store.getVersionByNumber(disclosure.id, Number(numberText));
  if (version === null) throw notFound('没有这个版本');
  return { disclosure, organisation, version };
}

/** RFC 6266 Content-Disposition with a UTF-8 file name. */
export function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^A-Za-z0-9._-]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** /app/d/:id/v/:n/… */
export function versionRoutes(deps: ServerDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const store = deps.store;
  const cache = new RenderCache();
  const renderer = deps.renderer ?? IN_PROCESS_RENDERER;

  /** A file of a version: stored when published, else rendered (and cached; versions never change). */
  const fileOf = async (version: DisclosureVersion, name: DownloadName): Promise<RenderedFile> => {
    if (version.published) {
      const stored = await store.getFile(version.id, name);
      if (stored !== null) {
        const bytes = await store.getFileBytes(stored.sha256);
        if (bytes !== null) return { bytes, contentType: stored.contentType };
      }
    }
    return cache.get(`${version.id}:${name}`, async () => {
      const file = (await renderer.render(version.dataset, name)).get(name);
      if (file === undefined) throw notFound('该版本的数据无法读取');
      return file;
    });
  };

  app.get('/:id/v/:n/preview', async (c) => {
    const { disclosure: d, version } = await versionOf(c, c.req.param('id'), c.req.param('n'));
    const file = await fileOf(version, 'report.html');
    const html = new TextDecoder().decode(file.bytes);
    const state = version.published
      ? '已公开版本'
      : version.findings.errors > 0
        ? '草稿，未通过校验'
        : '未公开';
    const banner =
      `<div role="note" style="position:sticky;top:0;z-index:10;background:#fff8e1;border-bottom:1px solid #e0c060;` +
      `padding:6px 12px;font:14px sans-serif">预览：第${version.number}版（${state}） · ` +
      `<a href="/app/d/${d.id}">返回公开概况</a></div>`;
    useReportCsp(c);
    return c.html(html.replace(/<body([^>]*)>/, `<body$1>${banner}`));
  });

  app.get('/:id/v/:n/files/:name', async (c) => {
    const { disclosure: d, organisation, version } = await versionOf(c, c.req.param('id'), c.req.param('n'));
    const name = c.req.param('name');
    if (!isDownload(name)) throw notFound('没有这种格式');
    const file = await fileOf(version, name);
    if (name === 'report.html') useReportCsp(c);
    return c.body(file.bytes as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': file.contentType,
      'Content-Disposition': attachment(`${organisation.name}-${d.year}年度-第${version.number}版-${name}`),
      'Content-Length': String(file.bytes.byteLength),
    });
  });

  app.get('/:id/v/:n/diff', async (c) => {
    const { disclosure: d, organisation, version } = await versionOf(c, c.req.param('id'), c.req.param('n'));
    const withText = c.req.query('with');
    const otherNumber =
      withText !== undefined && /^\d{1,6}$/.test(withText) ? Number(withText) : version.number - 1;
    const other = await store.getVersionByNumber(d.id, otherNumber);
    if (other === null) throw notFound('没有可比较的版本');
    const [a, b] = [await checkedVersion(store, other.id), await checkedVersion(store, version.id)];
    if (a === null || b === null) throw notFound('版本数据无法读取');
    const cells = diffTables(a.dataset, b.dataset);
    const sentences = diffSentences(
      reportSentences(new VersionRenderer(a.dataset, a.findings).report),
      reportSentences(new VersionRenderer(b.dataset, b.findings).report),
    );
    const base = `/app/d/${d.id}`;
    return sendPage(
      c,
      <Page {...pageProps(c, `第${other.number}版 → 第${version.number}版的变化`)}>
        <p>
          <a href={base}>← 返回公开概况</a> · {organisation.name} {d.year}年度 ·{' '}
          {other.published ? `第${other.number}版为已公开版本` : ''}
        </p>
        <h2>表格数字（{cells.length} 处）</h2>
        {cells.length === 0 ? <p class="muted">表格数字没有变化。</p> : null}
        {cells.length > 0 ? (
          <table class="list diff">
            <thead>
              <tr>
                <th scope="col">表</th>
                <th scope="col">行</th>
                <th scope="col">列</th>
                <th scope="col">原数（万元）</th>
                <th scope="col">新数（万元）</th>
              </tr>
            </thead>
            <tbody>
              {cells.map((x) => (
                <tr>
                  <td>
                    {x.unit ? `〔${x.unit}〕` : ''}
                    {x.table} {x.tableTitle}
                  </td>
                  <td>
                    {/^\d+$/.test(x.row) ? `${x.row} ` : ''}
                    {x.rowName}
                  </td>
                  <td>{x.columnLabel}</td>
                  <td class="num">
                    <del>{x.before ?? '（空）'}</del>
                  </td>
                  <td class="num">
                    <ins>{x.after ?? '（空）'}</ins>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        <h2>报告文字（{sentences.length} 句）</h2>
        {sentences.length === 0 ? <p class="muted">报告文字没有变化。</p> : null}
        <ul class="sentence-diff">
          {sentences.map((s) =>
            s.kind === 'removed' ? (
              <li class="removed">
                <span class="tag">删去</span> <del>{s.text}</del>
              </li>
            ) : (
              <li class="added">
                <span class="tag">新增</span> <ins>{s.text}</ins>
              </li>
            ),
          )}
        </ul>
        <p class="muted">
          校验结果：第{other.number}版 {a.findings.filter((f) => f.severity === 'error').length} 个错误；第
          {version.number}版 {b.findings.filter((f) => f.severity === 'error').length} 个错误。收支总计：
          {a.version.figures.grandTotal === null ? '—' : formatWan(a.version.figures.grandTotal)} 万元 →{' '}
          {b.version.figures.grandTotal === null ? '—' : formatWan(b.version.figures.grandTotal)} 万元。
        </p>
        <p class="muted">下载：{DOWNLOADS.map((f) => f.name).join('、')} 见公开概况页的版本列表。</p>
      </Page>,
    );
  });

  return app;
}
