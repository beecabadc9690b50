/**
 * @module 部门汇总 (部门管理员: its department; 审核人: any department): the units' disclosures and their
 * status for a year, and the department = Σ units check on the current versions. Also the reviewer's queue.
 */
import { Hono } from 'hono';
import { describeLocation, formatFinding } from '../../rules/format.ts';
import type { Organisation } from '../../storage/types.ts';
import { currentUser, requireRole } from '../auth/access.ts';
import { departmentCheck } from '../data/department.ts';
import type { ServerDeps } from '../deps.ts';
import type { AppEnv } from '../env.ts';
import { notFound } from '../http/errors.tsx';
import { Counts, StatusBadge } from '../views/components.tsx';
import { Page, pageProps, sendPage } from '../views/layout.tsx';
import { parseYear } from './workspace.tsx';

/** /app/dept and /app/review. */
export function departmentRoutes(deps: ServerDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const store = deps.store;

  app.get('/dept', async (c) => {
    const user = requireRole(c, ['dept_admin', 'reviewer']);
    let department: Organisation | null;
    let choices: Organisation[] = [];
    if (user.role === 'dept_admin') {
      department = await store.getOrganisation(user.organisationId);
    } else {
      choices = await store.listOrganisations({ kind: 'department' });
      const wanted = c.req.query('org');
      department = choices.find((o) => o.id === wanted) ?? choices[0] ?? null;
    }
    if (department === null || department.kind !== 'department') throw notFound('没有可汇总的部门');
    // Default: the latest year the department or its units have a disclosure for.
    const subtree = await store.listOrganisationSubtree(department.id);
    const latest = (await store.listDisclosures({ organisationIds: subtree.map((o) => o.id) }))[0]?.year;
    const year = parseYear(c.req.query('year')) ?? latest ?? deps.clock().getUTCFullYear() - 1;
    const check = await departmentCheck(store, department, year);
    const errors = (check.findings ?? []).filter((f) => f.severity === 'error');
    return sendPage(
      c,
      <Page {...pageProps(c, `部门汇总：${department.name} ${year}年度`, '/app/dept')}>
        <form method="get" action="/app/dept" class="filters">
          {choices.length > 0 ? (
            <label>
              部门
              <select name="org">
                {choices.map((o) => (
                  <option value={o.id} selected={o.id === department.id}>
                    {o.name}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          <label>
            年度
            <input name="year" inputmode="numeric" size={6} value={String(year)} />
          </label>
          <button type="submit">查看</button>
        </form>
        <table class="list">
          <thead>
            <tr>
              <th scope="col">部门（单位）</th>
              <th scope="col">状态</th>
              <th scope="col">当前版本</th>
              <th scope="col">校验结果</th>
            </tr>
          </thead>
          <tbody>
            {[{ organisation: department, disclosure: check.own }, ...check.units].map((u) => (
              <tr>
                <td>
                  {u.organisation.id === department.id ? (
                    <strong>{u.organisation.name}（部门汇总）</strong>
                  ) : (
                    u.organisation.name
                  )}
                </td>
                <td>
                  {u.disclosure ? (
                    <StatusBadge status={u.disclosure.status} />
                  ) : (
                    <span class="muted">未开始</span>
                  )}
                </td>
                <td>
                  {u.disclosure ? (
                    <a href={`/app/d/${u.disclosure.id}`}>
                      {u.disclosure.currentVersionNumber === null
                        ? '未上传'
                        : `第${u.disclosure.currentVersionNumber}版`}
                    </a>
                  ) : (
                    '—'
                  )}
                </td>
                <td>{u.disclosure ? <Counts counts={u.disclosure.findings} /> : null}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <h2>部门数 = 所属单位之和</h2>
        {check.findings === null ? (
          <p class="muted">
            {check.units.length === 0 ? '该部门没有登记所属单位。' : '部门汇总数据尚未上传，暂不能核对。'}
          </p>
        ) : check.findings.length === 0 ? (
          <p class="ok-message">部门各表与所属单位之和一致。</p>
        ) : (
          <>
            <p class={errors.length > 0 ? 'sev-error' : 'sev-warning'}>
              {errors.length} 个错误，{check.findings.length - errors.length} 个警告或提示：
            </p>
            <ol class="finding-list">
              {check.findings.map((f) => (
                <li class={`finding sev-${f.severity}`}>
                  {formatFinding(f, 'zh-CN')}
                  <span class="rule">（{f.rule}）</span>
                  <ul class="places">
                    {f.locations.map((l) => (
                      <li>{describeLocation(l, 'zh-CN')}</li>
                    ))}
                  </ul>
                </li>
              ))}
            </ol>
          </>
        )}
      </Page>,
    );
  });

  app.get('/review', async (c) => {
    requireRole(c, ['reviewer']);
    currentUser(c);
    const waiting = await store.listDisclosures({ status: 'submitted' });
    const approved = await store.listDisclosures({ status: 'approved' });
    const section = (title: string, items: typeof waiting) => (
      <section>
        <h2>
          {title}（{items.length}）
        </h2>
        {items.length === 0 ? <p class="muted">无。</p> : null}
        <ul>
          {items.map((d) => (
            <li>
              <a href={`/app/d/${d.id}`}>
                {d.organisationName} {d.year}年度
              </a>{' '}
              第{d.currentVersionNumber}版 <Counts counts={d.findings} />
            </li>
          ))}
        </ul>
      </section>
    );
    return sendPage(
      c,
      <Page {...pageProps(c, '审核', '/app/review')}>
        {section('待审核', waiting)}
        {section('已审核、待公开', approved)}
      </Page>,
    );
  });

  return app;
}
