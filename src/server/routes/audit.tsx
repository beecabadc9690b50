/**
 * @module 审计日志 (系统管理员 and 审核人): every change with who, when, what and from where, newest first,
 * 100 per page.
 */
import { Hono } from 'hono';
import { requireRole } from '../auth/access.ts';
import type { ServerDeps } from '../deps.ts';
import type { AppEnv } from '../env.ts';
import { formInt } from '../http/form.ts';
import { Page, pageProps, sendPage } from '../views/layout.tsx';
import { beijingTime } from './admin-shared.ts';

/** /app/admin/audit. */
export function auditRoutes(deps: ServerDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const store = deps.store;

  app.get('/audit', async (c) => {
    requireRole(c, ['admin', 'reviewer']);
    const before = formInt({ b: c.req.query('before') ?? '' }, 'b');
    const entries = await store.listAudit({ limit: 100, ...(before === null ? {} : { beforeId: before }) });
    const users = new Map((await store.listUsers()).map((u) => [u.id, u.username]));
    const last = entries.at(-1);
    return sendPage(
      c,
      <Page {...pageProps(c, '审计日志', '/app/admin/audit')}>
        <table class="list audit">
          <thead>
            <tr>
              <th scope="col">时间（北京时间）</th>
              <th scope="col">用户</th>
              <th scope="col">操作</th>
              <th scope="col">对象</th>
              <th scope="col">来源地址</th>
              <th scope="col">详情</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr>
                <td>{beijingTime(e.at)}</td>
                <td>{e.userId === null ? '—' : (users.get(e.userId) ?? e.userId)}</td>
                <td>{e.action}</td>
                <td>
                  {e.targetType} {e.targetId ?? ''}
                </td>
                <td>{e.ip ?? '—'}</td>
                <td class="detail">{JSON.stringify(e.detail).slice(0, 300)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {last !== undefined && entries.length === 100 ? (
          <a href={`/app/admin/audit?before=${last.id}`}>更早的记录 →</a>
        ) : null}
      </Page>,
    );
  });

  return app;
}
