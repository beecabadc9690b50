/**
 * @module 机构 (系统管理员): the organisation tree (财政局 → 部门 → 单位), creating organisations with
 * the parent each kind needs, and (organisation-edit.tsx) changing them.
 */
import { Hono } from 'hono';
import { ORGANISATION_KINDS } from '../../storage/types.ts';
import { actorOf } from '../auth/session.ts';
import type { ServerDeps } from '../deps.ts';
import type { AppEnv } from '../env.ts';
import { badRequest } from '../http/errors.tsx';
import { formString } from '../http/form.ts';
import { Notice } from '../views/components.tsx';
import { CsrfField, Page, pageProps, sendPage } from '../views/layout.tsx';
import { adminOnly, flatten, KIND_LABELS, UNIT_TYPES } from './admin-shared.ts';
import { organisationEditRoutes } from './organisation-edit.tsx';

/** /app/admin/orgs. */
export function organisationRoutes(deps: ServerDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const store = deps.store;
  app.use('/orgs', adminOnly);

  app.get('/orgs', async (c) => {
    const orgs = flatten(await store.organisationTree());
    return sendPage(
      c,
      <Page {...pageProps(c, '机构', '/app/admin/orgs')}>
        <Notice code={c.req.query('m')} />
        <ul class="tree">
          {orgs.map(({ node, depth }) => (
            <li class={`depth-${Math.min(depth, 4)}`}>
              {node.name}{' '}
              <span class="muted">
                （{KIND_LABELS[node.kind]}
                {node.code ? `，代码 ${node.code}` : ''}，{node.region}
                {node.unitType ? `，${node.unitType}` : ''}）
              </span>{' '}
              <a href={`/app/admin/orgs/${node.id}`} aria-label={`修改 ${node.name}`}>
                修改
              </a>
            </li>
          ))}
        </ul>
        <form method="post" action="/app/admin/orgs" class="card">
          <h2>新建机构</h2>
          <CsrfField token={c.get('csrfToken')} />
          <label>
            名称
            <input name="name" required maxlength={200} />
          </label>
          <label>
            单位代码（可选）
            <input name="code" maxlength={50} />
          </label>
          <label>
            类型
            <select name="kind">
              {ORGANISATION_KINDS.map((k) => (
                <option value={k}>{KIND_LABELS[k]}</option>
              ))}
            </select>
          </label>
          <label>
            上级机构
            <select name="parentId">
              <option value="">（无，顶级）</option>
              {orgs.map(({ node, depth }) => (
                <option value={node.id}>
                  {'　'.repeat(depth)}
                  {node.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            所在地区
            <input name="region" required maxlength={200} placeholder="如 四川省广元市剑阁县" />
          </label>
          <label>
            单位性质
            <select name="unitType">
              <option value="">（不适用）</option>
              {UNIT_TYPES.map((t) => (
                <option value={t}>{t}</option>
              ))}
            </select>
          </label>
          <button type="submit">创建机构</button>
        </form>
      </Page>,
    );
  });

  app.post('/orgs', async (c) => {
    const body = await c.req.parseBody();
    const name = formString(body, 'name').trim().slice(0, 200);
    const code = formString(body, 'code').trim().slice(0, 50);
    const kind = ORGANISATION_KINDS.find((k) => k === formString(body, 'kind'));
    const region = formString(body, 'region').trim().slice(0, 200);
    const unitType = UNIT_TYPES.find((t) => t === formString(body, 'unitType')) ?? null;
    const parentId = formString(body, 'parentId');
    if (name === '' || region === '') throw badRequest('请填写名称和所在地区');
    if (kind === undefined) throw badRequest('请选择类型');
    const parent = parentId === '' ? null : await store.getOrganisation(parentId);
    if (parentId !== '' && parent === null) throw badRequest('上级机构不存在');
    if (kind !== 'bureau' && parent === null) throw badRequest('部门和单位须有上级机构');
    if (kind === 'department' && parent?.kind !== 'bureau') throw badRequest('部门的上级应为财政局');
    if (kind === 'unit' && parent?.kind === 'unit') throw badRequest('单位的上级应为部门或财政局');
    await store.createOrganisation(
      { name, kind, region, unitType, code: code === '' ? null : code, parentId: parent?.id ?? null },
      actorOf(c),
    );
    return c.redirect('/app/admin/orgs?m=created', 303);
  });

  app.route('/', organisationEditRoutes(deps));
  return app;
}
