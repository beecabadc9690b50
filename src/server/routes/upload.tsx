/**
 * @module 上传文件: a workbook (.xlsx/.xls/.csv), a dataset .zip, dataset.json or disclosure.yaml becomes
 * a new version (a workbook keeps the texts of the current version and replaces its tables). Bodies over
 * the upload limit are refused with 413 before they are read; bad files get a Chinese list of problems.
 */
import { type Context, Hono } from 'hono';
import { EDITABLE_STATUSES } from '../../storage/types.ts';
import { loadDisclosure } from '../auth/access.ts';
import { actorOf } from '../auth/session.ts';
import { saveDataset } from '../data/save.ts';
import { isStored, type StoredDataset } from '../data/stored-dataset.ts';
import { datasetFromUpload } from '../data/upload.ts';
import type { ServerDeps } from '../deps.ts';
import type { AppEnv } from '../env.ts';
import { badRequest, conflict } from '../http/errors.tsx';
import { sizeText } from '../http/size.ts';
import { CsrfField, Page, pageProps, sendPage } from '../views/layout.tsx';

/** The file's name without folders, at most 200 characters. */
export function cleanFileName(name: string): string {
  return (name.split(/[\\/]/).pop() ?? 'upload').replace(/\p{Cc}/gu, '').slice(-200) || 'upload';
}

/** /app/d/:id/upload. */
export function uploadRoutes(deps: ServerDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  const form = async (c: Context<AppEnv>, problems: readonly string[] = [], status: 200 | 422 = 200) => {
    const { disclosure: d, organisation } = await loadDisclosure(c, c.req.param('id') ?? '', 'edit');
    if (!EDITABLE_STATUSES.includes(d.status)) throw conflict('已提交、已审核或已公开的公开不能上传新数据');
    return sendPage(
      c,
      <Page {...pageProps(c, `上传文件：${organisation.name} ${d.year}年度`)}>
        <p>
          <a href={`/app/d/${d.id}`}>← 返回公开概况</a>
        </p>
        {problems.length > 0 ? (
          <div class="error-message" role="alert">
            <p>文件无法使用（未保存）：</p>
            <ul>
              {problems.slice(0, 100).map((p) => (
                <li>{p}</li>
              ))}
            </ul>
          </div>
        ) : null}
        <form method="post" action={`/app/d/${d.id}/upload`} enctype="multipart/form-data" class="card">
          <CsrfField token={c.get('csrfToken')} />
          <input type="hidden" name="versionId" value={d.currentVersionId ?? ''} />
          <label for="file">选择文件（不超过 {sizeText(deps.config.uploadLimitBytes)}）</label>
          <input id="file" name="file" type="file" required accept=".xlsx,.xls,.csv,.zip,.json,.yaml,.yml" />
          <ul class="hint">
            <li>
              财务软件导出的决算工作簿（.xlsx、.xls，或单张表的 .csv）：有当前版本时只替换表格，文字内容保留；
            </li>
            <li>
              数据集压缩包（.zip，含 disclosure.yaml 和 tables/*.csv），或开放数据（含 dataset.json 的
              .zip，或 dataset.json）；
            </li>
            <li>disclosure.yaml（表格写在文件内）。</li>
          </ul>
          <button type="submit">上传并保存为新版本</button>
        </form>
      </Page>,
      status,
    );
  };

  app.get('/:id/upload', (c) => form(c));

  app.post('/:id/upload', async (c) => {
    const { disclosure: d, organisation } = await loadDisclosure(c, c.req.param('id'), 'edit');
    if (!EDITABLE_STATUSES.includes(d.status)) throw conflict('已提交、已审核或已公开的公开不能上传新数据');
    const body = await c.req.parseBody();
    const file = body['file'];
    if (!(file instanceof File) || file.size === 0) throw badRequest('请选择要上传的文件');
    const seen = typeof body['versionId'] === 'string' ? body['versionId'] : '';
    if (seen !== (d.currentVersionId ?? ''))
      throw conflict('在您上传前已有他人保存了新版本，请刷新页面后再上传');
    const name = cleanFileName(file.name);
    const bytes = new Uint8Array(await file.arrayBuffer());
    let current: StoredDataset | null = null;
    if (d.currentVersionId !== null) {
      const v = await deps.store.getVersion(d.currentVersionId);
      if (v !== null && isStored(v.dataset)) current = v.dataset as StoredDataset;
    }
    const outcome = await datasetFromUpload(bytes, name, { year: d.year, organisation, current });
    if (!outcome.ok) return form(c, outcome.errors, 422);
    await saveDataset(
      deps.store,
      {
        disclosureId: d.id,
        dataset: outcome.dataset,
        comment: [`上传“${name}”`, ...outcome.notes].join('；'),
        expectedCurrentVersionId: d.currentVersionId,
      },
      actorOf(c),
    );
    return c.redirect(`/app/d/${d.id}?m=uploaded`, 303);
  });

  return app;
}
