/**
 * @module 批量生成: start a job over a whole year (审核人: batch publication and batch checks;
 * 系统管理员: batch checks) and follow its progress (the page reloads itself while it runs; no script).
 */
import { Hono } from 'hono';
import type { Job, JsonValue } from '../../storage/types.ts';
import { requireRole } from '../auth/access.ts';
import { actorOf } from '../auth/session.ts';
import type { ServerDeps } from '../deps.ts';
import type { AppEnv } from '../env.ts';
import { badRequest, forbidden, notFound } from '../http/errors.tsx';
import { formString } from '../http/form.ts';
import { JOB_LABELS } from '../jobs/handlers.ts';
import { Notice } from '../views/components.tsx';
import { CsrfField, Page, pageProps, sendPage } from '../views/layout.tsx';
import { parseYear } from './workspace.tsx';

const STATUS_TEXT: Readonly<Record<Job['status'], string>> = {
  queued: '排队中',
  running: '进行中',
  succeeded: '已完成',
  failed: '失败',
};

function percent(job: Job): number {
  if (job.status === 'succeeded') return 100;
  return job.progressTotal > 0 ? Math.floor((job.progressDone * 100) / job.progressTotal) : 0;
}

type ResultRow = { organisation: string; ok: boolean; message: string };

function resultRows(result: JsonValue): ResultRow[] {
  if (!Array.isArray(result)) return [];
  return result.flatMap((r) =>
    r !== null && typeof r === 'object' && !Array.isArray(r)
      ? [
          {
            organisation: String(r['organisation'] ?? ''),
            ok: r['ok'] === true,
            message: String(r['message'] ?? ''),
          },
        ]
      : [],
  );
}

/** /app/jobs. */
export function jobRoutes(deps: ServerDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const store = deps.store;

  app.get('/', async (c) => {
    const user = requireRole(c, ['reviewer', 'admin']);
    const jobs = await store.listJobs({ limit: 50 });
    const kinds = Object.keys(JOB_LABELS).filter((k) => k !== 'publish-approved' || user.role === 'reviewer');
    return sendPage(
      c,
      <Page {...pageProps(c, '批量生成', '/app/jobs')}>
        <Notice code={c.req.query('m')} />
        <form method="post" action="/app/jobs" class="card">
          <h2>发起批量任务</h2>
          <CsrfField token={c.get('csrfToken')} />
          <label>
            任务
            <select name="kind">
              {kinds.map((k) => (
                <option value={k}>{JOB_LABELS[k]}</option>
              ))}
            </select>
          </label>
          <label>
            年度
            <input
              name="year"
              inputmode="numeric"
              size={6}
              required
              value={String(deps.clock().getUTCFullYear() - 1)}
            />
          </label>
          <button type="submit">开始</button>
        </form>
        {jobs.length === 0 ? <p class="muted">还没有任务。</p> : null}
        <table class="list" hidden={jobs.length === 0}>
          <thead>
            <tr>
              <th scope="col">任务</th>
              <th scope="col">状态</th>
              <th scope="col">进度</th>
              <th scope="col">发起时间</th>
            </tr>
          </thead>
          <tbody>
            {jobs.map((j) => (
              <tr>
                <td>
                  <a href={`/app/jobs/${j.id}`}>
                    {JOB_LABELS[j.kind] ?? j.kind}（
                    {String((j.payload as { year?: number } | null)?.year ?? '')}年度）
                  </a>
                </td>
                <td>{STATUS_TEXT[j.status]}</td>
                <td>
                  <progress max={100} value={percent(j)}>
                    {percent(j)}%
                  </progress>{' '}
                  {j.progressDone}/{j.progressTotal}
                </td>
                <td>{j.createdAt.slice(0, 16).replace('T', ' ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Page>,
    );
  });

  app.post('/', async (c) => {
    const user = requireRole(c, ['reviewer', 'admin']);
    const body = await c.req.parseBody();
    const kind = formString(body, 'kind');
    const year = parseYear(formString(body, 'year'));
    if (!Object.hasOwn(JOB_LABELS, kind)) throw badRequest('未知的任务类型');
    if (kind === 'publish-approved' && user.role !== 'reviewer') throw forbidden('只有审核人可以批量公开');
    if (year === undefined) throw badRequest('年度应为 2000 至 2100 之间的四位数字');
    const input = { kind, payload: { year } };
    const job = await (deps.jobs?.enqueue(input, actorOf(c)) ?? store.createJob(input, actorOf(c)));
    return c.redirect(`/app/jobs/${job.id}?m=job`, 303);
  });

  app.get('/:id', async (c) => {
    requireRole(c, ['reviewer', 'admin']);
    const job = await store.getJob(c.req.param('id'));
    if (job === null) throw notFound('没有这个任务');
    const active = job.status === 'queued' || job.status === 'running';
    const rows = resultRows(job.result);
    return sendPage(
      c,
      <Page {...pageProps(c, JOB_LABELS[job.kind] ?? job.kind)} {...(active ? { refreshSeconds: 2 } : {})}>
        {active ? <Notice code={c.req.query('m')} /> : null}
        <p>
          <a href="/app/jobs">← 全部任务</a>
        </p>
        <p>
          状态：<strong>{STATUS_TEXT[job.status]}</strong> ·{' '}
          <progress max={100} value={percent(job)}>
            {percent(job)}%
          </progress>{' '}
          {job.progressDone}/{job.progressTotal} {job.message}
        </p>
        {job.error ? <p class="error-message">{job.error}</p> : null}
        {rows.length > 0 ? (
          <table class="list">
            <thead>
              <tr>
                <th scope="col">部门（单位）</th>
                <th scope="col">结果</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr>
                  <td>{r.organisation}</td>
                  <td class={r.ok ? '' : 'sev-error'}>{r.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </Page>,
    );
  });

  return app;
}
