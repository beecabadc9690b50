/**
 * @module Login, logout and the account page (change one's own password). Failed logins are limited per
 * username and per client address in a sliding window (429 with a Chinese message); each is logged.
 */
import { Hono } from 'hono';
import { currentUser } from '../auth/access.ts';
import { localLoginLimits } from '../auth/login-limits.ts';
import { DUMMY_HASH_PROMISE, hashPassword, passwordProblem, verifyPassword } from '../auth/password.ts';
import { actorOf, endSession, ensurePreToken, startSession } from '../auth/session.ts';
import type { ServerDeps } from '../deps.ts';
import type { AppEnv } from '../env.ts';
import { errorResponse } from '../http/errors.tsx';
import { formString } from '../http/form.ts';
import { CsrfField, Page, pageProps, sendPage } from '../views/layout.tsx';

/** A safe place to go after login: a path of the internal system, never another site. */
export function safeNext(next: string | undefined): string {
  if (next === undefined || !/^\/app(\/[A-Za-z0-9/_\-.?=&%]*)?$/.test(next) || next.startsWith('//'))
    return '/app';
  return next;
}

function LoginForm(props: { csrf: string; next: string; username?: string; error?: string }) {
  return (
    <form method="post" action="/app/login" class="card narrow">
      <CsrfField token={props.csrf} />
      <input type="hidden" name="next" value={props.next} />
      {props.error ? (
        <p class="error-message" role="alert">
          {props.error}
        </p>
      ) : null}
      <label for="username">用户名</label>
      <input
        id="username"
        name="username"
        autocomplete="username"
        required
        maxlength={100}
        value={props.username ?? ''}
      />
      <label for="password">密码</label>
      <input
        id="password"
        name="password"
        type="password"
        autocomplete="current-password"
        required
        maxlength={200}
      />
      <button type="submit">登录</button>
    </form>
  );
}

/** /app/login, /app/logout, /app/account. */
export function authRoutes(deps: ServerDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const limits = deps.loginLimits ?? localLoginLimits(deps.config, () => deps.clock().getTime());

  app.get('/login', async (c) => {
    if (c.get('user')) return c.redirect(safeNext(c.req.query('next')));
    const csrf = ensurePreToken(c);
    return sendPage(
      c,
      <Page {...pageProps(c, '登录')} csrf={csrf}>
        <LoginForm csrf={csrf} next={safeNext(c.req.query('next'))} />
      </Page>,
    );
  });

  app.post('/login', async (c) => {
    const body = await c.req.parseBody();
    const username = formString(body, 'username').trim().slice(0, 100);
    const password = formString(body, 'password').slice(0, 200);
    const next = safeNext(formString(body, 'next'));
    const keys = { user: username.toLowerCase(), ip: c.get('ip') ?? 'unknown' };
    const waitMs = await limits.waitMs(keys);
    if (waitMs > 0) {
      const minutes = Math.ceil(waitMs / 60_000);
      c.header('Retry-After', String(minutes * 60));
      return errorResponse(c, 429, `登录失败次数过多，请 ${minutes} 分钟后再试`, 'rate-limited');
    }
    const user = username === '' ? null : await deps.store.getUserByUsername(username);
    const ok = await verifyPassword(password, user?.passwordHash ?? (await DUMMY_HASH_PROMISE()));
    if (user === null || !ok || user.disabled) {
      // Counting must not keep the failure out of the audit log.
      await limits.failed(keys).catch((e: unknown) => console.error('[juesuan] login limits:', e));
      await deps.store.appendAudit(
        {
          action: 'session.login-failed',
          targetType: 'user',
          targetId: user?.id ?? null,
          detail: { username },
        },
        actorOf(c),
      );
      const csrf = ensurePreToken(c);
      return sendPage(
        c,
        <Page {...pageProps(c, '登录')} csrf={csrf}>
          <LoginForm csrf={csrf} next={next} username={username} error="用户名或密码不正确，或账号已停用" />
        </Page>,
        400,
      );
    }
    await limits.succeeded(keys).catch((e: unknown) => console.error('[juesuan] login limits:', e));
    await startSession(c, user);
    return c.redirect(next, 303);
  });

  app.post('/logout', async (c) => {
    await endSession(c);
    return c.redirect('/app/login', 303);
  });

  app.get('/account', (c) => {
    const user = currentUser(c);
    const saved = c.req.query('saved') === '1';
    return sendPage(
      c,
      <Page {...pageProps(c, '我的账号')}>
        <p>
          用户名：{user.username}；姓名：{user.displayName}
        </p>
        {saved ? <p class="ok-message">密码已修改；其他设备上的登录已退出。</p> : null}
        <form method="post" action="/app/account/password" class="card narrow">
          <CsrfField token={c.get('csrfToken')} />
          <h2>修改密码</h2>
          <label for="old">当前密码</label>
          <input id="old" name="old" type="password" autocomplete="current-password" required />
          <label for="new">新密码（至少 10 个字符）</label>
          <input id="new" name="new" type="password" autocomplete="new-password" required minlength={10} />
          <button type="submit">修改密码</button>
        </form>
      </Page>,
    );
  });

  app.post('/account/password', async (c) => {
    const user = currentUser(c);
    const body = await c.req.parseBody();
    const oldPassword = formString(body, 'old');
    const newPassword = formString(body, 'new');
    if (!(await verifyPassword(oldPassword, user.passwordHash)))
      return errorResponse(c, 400, '当前密码不正确', 'bad-password');
    const problem = passwordProblem(newPassword);
    if (problem !== null) return errorResponse(c, 400, problem, 'weak-password');
    await deps.store.updateUser(user.id, { passwordHash: await hashPassword(newPassword) }, actorOf(c));
    await deps.store.deleteUserSessions(user.id, actorOf(c));
    await startSession(c, user);
    return c.redirect('/app/account?saved=1', 303);
  });

  return app;
}
