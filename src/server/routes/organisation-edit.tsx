/**
 * @module 修改机构 (系统管理员): name, 单位代码, 所在地区, 单位性质 and, for a 单位, its 上级部门. The store
 * records the change (before and after) in the audit log. Published reports keep the name they were
 * published under: their files are stored bytes, never rendered again.
 */
import { Hono } from 'hono';
import { ConflictError } from '../../storage/errors.ts';
import type { Organisation } from '../../storage/types.ts';
import { actorOf } from '../auth/session.ts';
import type { ServerDeps } from '../deps.ts';
import type { AppEnv } from '../env.ts';
import { badRequest, notFound } from '../http/errors.tsx';
import { Notice } from '../views/components.tsx';
import { CsrfField, Page, pageProps, sendPage } from '../views/layout.tsx';
import { adminOnly, flatten, KIND_LABELS, UNIT_TYPES } from './admin-shared.ts';
import { CODE_MAX, NAME_MAX, organisationPatch, REGION_MAX } from './organisation-form.ts';

/** /app/admin/orgs/:id. */
export function organisationEditRoutes(deps: ServerDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const store = deps.store;
  app.use('/orgs/*', adminOnly);

  const load = async (id: string): Promise<Organisation> => {
    const org = await store.getOrganisation(id);
    if (org === null) throw notFound('没有这个机构');
    return org;
  };

  app.get('/orgs/:id', async (c) => {
    const org = await load(c.req.param('id'));
    // A unit may move under any 部门 or the 财政局.
    const parents = flatten(await store.organisationTree()).filter(({ node }) => node.kind !== 'unit');
    const parent = org.parentId === null ? null : await store.getOrganisation(org.parentId);
    return sendPage(
      c,
      <Page {...pageProps(c, `修改机构：${org.name}`, '/app/admin/orgs')}>
        <Notice code={c.req.query('m')} />
        <p>
          <a href="/app/admin/orgs">← 全部机构</a>
        </p>
        <form method="post" action={`/app/admin/orgs/${org.id}`} class="card">
          <CsrfField token={c.get('csrfToken')} />
          <p>
            类型：{KIND_LABELS[org.kind]}
            {org.kind === 'unit' ? null : <>；上级机构：{parent?.name ?? '（无，顶级）'}</>}
          </p>
          <label>
            名称
            <input name="name" required maxlength={NAME_MAX} value={org.name} />
          </label>
          <label>
            单位代码（可选）
            <input name="code" maxlength={CODE_MAX} value={org.code ?? ''} />
          </label>
          {org.kind === 'unit' ? (
            <label>
              上级部门
              <select name="parentId">
                {parents.map(({ node, depth }) => (
                  <option value={node.id} selected={node.id === org.parentId}>
                    {'　'.repeat(depth)}
                    {node.name}（{KIND_LABELS[node.kind]}）
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          <label>
            所在地区
            <input name="region" required maxlength={REGION_MAX} value={org.region} />
          </label>
          <label>
            单位性质
            <select name="unitType">
              <option value="">（不适用）</option>
              {UNIT_TYPES.map((t) => (
                <option value={t} selected={t === org.unitType}>
                  {t}
                </option>
              ))}
            </select>
          </label>
          <p class="muted">
            已公开的决算保持公开时的名称：其报告和数据文件在公开时已固定保存，修改机构不会改变它们。
            正在填报的数据中的“部门（单位）全称”和“所在地区”也不会自动改变，请填报人在“基本情况”中修改。
          </p>
          <button type="submit">保存修改</button>
        </form>
      </Page>,
    );
  });

  app.post('/orgs/:id', async (c) => {
    const org = await load(c.req.param('id'));
    const body = await c.req.parseBody();
    const result = organisationPatch(body, org, await store.listOrganisations());
    if (!result.ok) throw badRequest(result.message);
    if (Object.keys(result.patch).length === 0)
      return c.redirect(`/app/admin/orgs/${org.id}?m=nochange`, 303);
    try {
      await store.updateOrganisation(org.id, result.patch, actorOf(c));
    } catch (e) {
      // Another administrator took the code (or changed the tree) meanwhile.
      if (e instanceof ConflictError && e.code === 'duplicate') throw badRequest('单位代码已被其他机构使用');
      throw e;
    }
    return c.redirect('/app/admin/orgs?m=updated', 303);
  });

  return app;
}
