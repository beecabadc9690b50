/**
 * @module 工作台: the disclosures the user may see (filtered by year and status), and starting a new
 * year's disclosure for one's unit (or, for a 部门管理员, the department or one of its units).
 */
import { Hono } from 'hono';
import { DEFAULT_PROFILE, PROFILES } from '../../catalog/tables/profiles.ts';
import { DISCLOSURE_STATUSES, type DisclosureStatus, STATUS_LABELS } from '../../storage/types.ts';
import { currentUser, EDITOR_ROLES, inScope, requireRole, scopeOf } from '../auth/access.ts';
import { actorOf } from '../auth/session.ts';
import type { ServerDeps } from '../deps.ts';
import type { AppEnv } from '../env.ts';
import { badRequest, notFound } from '../http/errors.tsx';
import { formInt, formString } from '../http/form.ts';
import { Counts, Notice, StatusBadge } from '../views/components.tsx';
import { CsrfField, Page, pageProps, sendPage } from '../views/layout.tsx';

/** A year from a query or form value (2000–2100), else undefined. */
export function parseYear(v: string | undefined): number | undefined {
  if (v === undefined || !/^\d{4}$/.test(v)) return undefined;
  const n = Number(v);
  return n >= 2000 && n <= 2100 ? n : undefined;
}

/** A status from a query value, else undefined. */
export function parseStatus(v: string | undefined): DisclosureStatus | undefined {
  return DISCLOSURE_STATUSES.find((s) => s === v);
}

/** /app and /app/disclosures. */
export function workspaceRoutes(deps: ServerDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const store = deps.store;

  app.get('/', async (c) => {
    const user = currentUser(c);
    if (user.role === 'admin') return c.redirect('/app/admin/users');
    const scope = await scopeOf(store, user);
    const year = parseYear(c.req.query('year'));
    const status = parseStatus(c.req.query('status'));
    const items = await store.listDisclosures({
      ...(scope.all ? {} : { organisationIds: [...scope.organisationIds] }),
      ...(year === undefined ? {} : { year }),
      ...(status === undefined ? {} : { status }),
    });
    const orgs = scope.all
      ? []
      : (await store.listOrganisationSubtree(user.organisationId)).filter((o) => o.kind !== 'bureau');
    const thisYear = deps.clock().getUTCFullYear();
    return sendPage(
      c,
      <Page {...pageProps(c, '工作台', '/app')}>
        <Notice code={c.req.query('m')} />
        <form method="get" action="/app" class="filters">
          <label>
            年度
            <input name="year" inputmode="numeric" size={6} value={year === undefined ? '' : String(year)} />
          </label>
          <label>
            状态
            <select name="status">
              <option value="">全部</option>
              {DISCLOSURE_STATUSES.map((s) => (
                <option value={s} selected={s === status}>
                  {STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          </label>
          <button type="submit">筛选</button>
        </form>
        {items.length === 0 ? <p class="muted">没有符合条件的决算公开。</p> : null}
        {items.length > 0 ? (
          <table class="list">
            <thead>
              <tr>
                <th scope="col">年度</th>
                <th scope="col">部门（单位）</th>
                <th scope="col">状态</th>
                <th scope="col">当前版本</th>
                <th scope="col">校验结果</th>
              </tr>
            </thead>
            <tbody>
              {items.map((d) => (
                <tr>
                  <td>{d.year}</td>
                  <td>
                    <a href={`/app/d/${d.id}`}>{d.organisationName}</a>
                  </td>
                  <td>
                    <StatusBadge status={d.status} />
                  </td>
                  <td>{d.currentVersionNumber === null ? '—' : `第${d.currentVersionNumber}版`}</td>
                  <td>
                    <Counts counts={d.findings} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        {EDITOR_ROLES.includes(user.role) ? (
          <form method="post" action="/app/disclosures" class="card">
            <h2>开始填报新年度</h2>
            <CsrfField token={c.get('csrfToken')} />
            <label>
              部门（单位）
              <select name="organisationId">
                {orgs.map((o) => (
                  <option value={o.id}>{o.name}</option>
                ))}
              </select>
            </label>
            <label>
              年度
              <input name="year" inputmode="numeric" size={6} required value={String(thisYear - 1)} />
            </label>
            <label>
              公开模板
              <select name="profile">
                {Object.keys(PROFILES).map((p) => (
                  <option value={p} selected={p === DEFAULT_PROFILE}>
                    {p}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit">创建</button>
          </form>
        ) : null}
      </Page>,
    );
  });

  app.post('/disclosures', async (c) => {
    const user = requireRole(c, EDITOR_ROLES);
    const body = await c.req.parseBody();
    const organisationId = formString(body, 'organisationId');
    const year = parseYear(String(formInt(body, 'year') ?? ''));
    const profile = formString(body, 'profile') || DEFAULT_PROFILE;
    if (year === undefined) throw badRequest('年度应为 2000 至 2100 之间的四位数字');
    if (!Object.hasOwn(PROFILES, profile)) throw badRequest('未知的公开模板');
    const scope = await scopeOf(store, user);
    const org = await store.getOrganisation(organisationId);
    if (org === null || !inScope(scope, org.id) || org.kind === 'bureau') throw notFound();
    const existing = await store.findDisclosure(org.id, year);
    if (existing !== null) return c.redirect(`/app/d/${existing.id}`, 303);
    const d = await store.createDisclosure({ organisationId: org.id, year, profile }, actorOf(c));
    return c.redirect(`/app/d/${d.id}?m=created`, 303);
  });

  return app;
}
