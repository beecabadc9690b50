/**
 * @module 系统管理员: users (create with a role and an organisation, disable, reset password); the
 * organisation tree and the audit log are mounted from their own modules.
 */
import { Hono } from 'hono';
import { type OrganisationKind, ROLE_LABELS, ROLES, type Role } from '../../storage/types.ts';
import { hashPassword, passwordProblem } from '../auth/password.ts';
import { actorOf } from '../auth/session.ts';
import type { ServerDeps } from '../deps.ts';
import type { AppEnv } from '../env.ts';
import { badRequest, notFound } from '../http/errors.tsx';
import { formString } from '../http/form.ts';
import { Notice } from '../views/components.tsx';
import { CsrfField, Page, pageProps, sendPage } from '../views/layout.tsx';
import { adminOnly, flatten, KIND_LABELS } from './admin-shared.ts';
import { auditRoutes } from './audit.tsx';
import { organisationRoutes } from './organisations.tsx';

/** The organisation kind each role belongs to. */
export const ROLE_KINDS: Readonly<Record<Role, readonly OrganisationKind[]>> = {
  clerk: ['unit', 'department'],
  dept_admin: ['department'],
  reviewer: ['bureau'],
  admin: ['bureau'],
};
const USERNAME = /^[\p{L}\p{N}_.@-]{2,64}$/u;

/** /app/admin/… */
export function adminRoutes(deps: ServerDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const store = deps.store;

  app.use('/users/*', adminOnly);
  app.use('/users', adminOnly);

  app.get('/users', async (c) => {
    const [users, tree] = await Promise.all([store.listUsers(), store.organisationTree()]);
    const orgs = flatten(tree);
    const orgName = new Map(orgs.map((o) => [o.node.id, o.node.name]));
    const csrf = c.get('csrfToken');
    return sendPage(
      c,
      <Page {...pageProps(c, '用户', '/app/admin/users')}>
        <Notice code={c.req.query('m')} />
        <table class="list">
          <thead>
            <tr>
              <th scope="col">用户名</th>
              <th scope="col">姓名</th>
              <th scope="col">角色</th>
              <th scope="col">所属机构</th>
              <th scope="col">状态</th>
              <th scope="col">操作</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr>
                <td>{u.username}</td>
                <td>{u.displayName}</td>
                <td>{ROLE_LABELS[u.role]}</td>
                <td>{orgName.get(u.organisationId) ?? '—'}</td>
                <td>{u.disabled ? '已停用' : '正常'}</td>
                <td>
                  <form method="post" action={`/app/admin/users/${u.id}/disabled`} class="inline">
                    <CsrfField token={csrf} />
                    <input type="hidden" name="disabled" value={u.disabled ? '0' : '1'} />
                    <button type="submit" class="link">
                      {u.disabled ? '启用' : '停用'}
                    </button>
                  </form>
                  <form method="post" action={`/app/admin/users/${u.id}/password`} class="inline">
                    <CsrfField token={csrf} />
                    <input
                      name="password"
                      type="password"
                      aria-label={`${u.username} 的新密码`}
                      placeholder="新密码"
                      autocomplete="new-password"
                    />
                    <button type="submit" class="link">
                      重设密码
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <form method="post" action="/app/admin/users" class="card">
          <h2>新建用户</h2>
          <CsrfField token={csrf} />
          <label>
            用户名
            <input name="username" required maxlength={64} autocomplete="off" />
          </label>
          <label>
            姓名
            <input name="displayName" required maxlength={100} />
          </label>
          <label>
            角色
            <select name="role">
              {ROLES.map((r) => (
                <option value={r}>{ROLE_LABELS[r]}</option>
              ))}
            </select>
          </label>
          <label>
            所属机构
            <select name="organisationId">
              {orgs.map(({ node, depth }) => (
                <option value={node.id}>
                  {'　'.repeat(depth)}
                  {node.name}（{KIND_LABELS[node.kind]}）
                </option>
              ))}
            </select>
          </label>
          <label>
            初始密码（至少 10 个字符）
            <input name="password" type="password" required minlength={10} autocomplete="new-password" />
          </label>
          <button type="submit">创建用户</button>
        </form>
      </Page>,
    );
  });

  app.post('/users', async (c) => {
    const body = await c.req.parseBody();
    const username = formString(body, 'username').trim();
    const displayName = formString(body, 'displayName').trim().slice(0, 100);
    const role = ROLES.find((r) => r === formString(body, 'role'));
    const password = formString(body, 'password');
    if (!USERNAME.test(username)) throw badRequest('用户名应为 2–64 个字母、数字或 _ . @ -');
    if (displayName === '') throw badRequest('请填写姓名');
    if (role === undefined) throw badRequest('请选择角色');
    const problem = passwordProblem(password);
    if (problem !== null) throw badRequest(problem);
    const org = await store.getOrganisation(formString(body, 'organisationId'));
    if (org === null) throw badRequest('请选择所属机构');
    if (!ROLE_KINDS[role].includes(org.kind)) {
      throw badRequest(`${ROLE_LABELS[role]}应属于${ROLE_KINDS[role].map((k) => KIND_LABELS[k]).join('或')}`);
    }
    await store.createUser(
      { username, displayName, role, organisationId: org.id, passwordHash: await hashPassword(password) },
      actorOf(c),
    );
    return c.redirect('/app/admin/users?m=created', 303);
  });

  app.post('/users/:id/disabled', async (c) => {
    const body = await c.req.parseBody();
    const target = await store.getUser(c.req.param('id'));
    if (target === null) throw notFound();
    const disabled = formString(body, 'disabled') === '1';
    if (disabled && target.id === c.get('user')?.id) throw badRequest('不能停用自己的账号');
    await store.updateUser(target.id, { disabled }, actorOf(c));
    if (disabled) await store.deleteUserSessions(target.id, actorOf(c));
    return c.redirect('/app/admin/users', 303);
  });

  app.post('/users/:id/password', async (c) => {
    const body = await c.req.parseBody();
    const target = await store.getUser(c.req.param('id'));
    if (target === null) throw notFound();
    const password = formString(body, 'password');
    const problem = passwordProblem(password);
    if (problem !== null) throw badRequest(problem);
    await store.updateUser(target.id, { passwordHash: await hashPassword(password) }, actorOf(c));
    await store.deleteUserSessions(target.id, actorOf(c));
    return c.redirect('/app/admin/users', 303);
  });

  app.route('/', organisationRoutes(deps));
  app.route('/', auditRoutes(deps));
  return app;
}
