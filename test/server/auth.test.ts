/**
 * Login, logout, wrong passwords, the login rate limit, session expiry and idle timeout (movable clock),
 * CSRF refusals, and the security headers on every kind of response — in-process against a real SQLite store.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sessionIdOf } from '../../src/server/auth/session.ts';
import { Client, loggedIn, PASSWORD, sqliteWorld } from './helpers.ts';

describe('login and sessions', () => {
  it('logs in with the right password, keeps an HttpOnly SameSite session cookie, and logs out', async (t) => {
    const w = await sqliteWorld(t);
    const c = new Client(w.app);
    const page = await c.get('/app/login');
    assert.equal(page.status, 200);
    assert.match(page.text, /name="_csrf"/);
    const res = await c.post('/app/login', { username: 'clerkA', password: PASSWORD });
    assert.equal(res.status, 303);
    assert.equal(res.location, '/app');
    const cookie = res.headers.getSetCookie().find((l) => l.startsWith('juesuan_session='));
    assert.ok(cookie, 'session cookie set');
    assert.match(cookie, /HttpOnly/i);
    assert.match(cookie, /SameSite=Lax/i);
    assert.match(cookie, /Path=\//);
    assert.doesNotMatch(cookie, /Secure/, 'not Secure unless configured');
    // The store keeps the token's hash, never the token.
    const token = c.cookies.get('juesuan_session')!;
    assert.ok(await w.store.getSession(sessionIdOf(token)));
    assert.equal(await w.store.getSession(token), null);
    const home = await c.get('/app');
    assert.equal(home.status, 200);
    assert.match(home.text, /clerkA姓名/);
    const out = await c.post('/app/logout');
    assert.equal(out.status, 303);
    assert.equal(await w.store.getSession(sessionIdOf(token)), null, 'session deleted in the store');
    const after = await c.get('/app');
    assert.equal(after.status, 302);
    assert.match(after.location ?? '', /^\/app\/login/);
  });

  it('marks the cookie Secure (with the __Host- prefix) when configured', async (t) => {
    const w = await sqliteWorld(t, { secureCookies: true });
    const c = new Client(w.app);
    await c.get('/app/login');
    const res = await c.post('/app/login', { username: 'clerkA', password: PASSWORD });
    const cookie = res.headers.getSetCookie().find((l) => l.startsWith('__Host-juesuan_session='));
    assert.ok(cookie);
    assert.match(cookie, /Secure/);
    assert.match(res.headers.get('strict-transport-security') ?? '', /max-age/);
  });

  it('refuses a wrong password or an unknown user with the same Chinese message, and logs the attempt', async (t) => {
    const w = await sqliteWorld(t);
    const c = new Client(w.app);
    const wrong = await c.login('clerkA', 'not the password');
    assert.equal(wrong.status, 400);
    assert.match(wrong.text, /用户名或密码不正确/);
    const unknown = await c.login('nobody', PASSWORD);
    assert.equal(unknown.status, 400);
    assert.match(unknown.text, /用户名或密码不正确/);
    assert.equal(c.cookies.has('juesuan_session'), false);
    const log = await w.store.listAudit({ action: 'session.login-failed' });
    assert.equal(log.length, 2);
    assert.equal(log[1]!.ip, '10.0.0.1', 'the client address is recorded');
  });

  it('refuses a disabled user', async (t) => {
    const w = await sqliteWorld(t);
    await w.store.updateUser(w.users['clerkA']!.id, { disabled: true }, { userId: null, ip: null });
    const res = await new Client(w.app).login('clerkA');
    assert.equal(res.status, 400);
  });

  it('answers 429 in Chinese after too many failures for one user, and lets the user in again after the window', async (t) => {
    const w = await sqliteWorld(t, { loginMaxPerUser: 3, loginMaxPerIp: 100, loginWindowMinutes: 10 });
    const c = new Client(w.app);
    for (let i = 0; i < 3; i += 1) assert.equal((await c.login('clerkA', 'wrong')).status, 400);
    const limited = await c.login('clerkA', PASSWORD);
    assert.equal(limited.status, 429, 'even the right password is refused while limited');
    assert.match(limited.text, /登录失败次数过多，请 \d+ 分钟后再试/);
    assert.ok(Number(limited.headers.get('retry-after')) > 0);
    // Another user from another address is not affected.
    const other = new Client(w.app);
    other.ip = '10.0.0.2';
    assert.equal((await other.login('clerkB')).status, 303);
    w.clock.advanceMinutes(11);
    assert.equal((await c.login('clerkA')).status, 303);
  });

  it('limits failed logins per client address across usernames', async (t) => {
    const w = await sqliteWorld(t, { loginMaxPerUser: 100, loginMaxPerIp: 4, trustProxy: true });
    const c = new Client(w.app);
    for (const u of ['a1', 'a2', 'a3', 'a4']) assert.equal((await c.login(u, 'x')).status, 400);
    assert.equal((await c.login('clerkB')).status, 429);
    const elsewhere = new Client(w.app);
    elsewhere.ip = '10.9.9.9';
    assert.equal((await elsewhere.login('clerkB')).status, 303);
  });

  it('ends a session at its absolute expiry', async (t) => {
    const w = await sqliteWorld(t, { sessionTtlMinutes: 60, idleTimeoutMinutes: 1000 });
    const c = await loggedIn(w, 'clerkA');
    w.clock.advanceMinutes(59);
    assert.equal((await c.get('/app')).status, 200);
    w.clock.advanceMinutes(2);
    const res = await c.get('/app');
    assert.equal(res.status, 302);
    assert.match(res.location ?? '', /^\/app\/login\?next=/);
  });

  it('ends a session after the idle timeout, and keeps it alive while used', async (t) => {
    const w = await sqliteWorld(t, { sessionTtlMinutes: 600, idleTimeoutMinutes: 30 });
    const c = await loggedIn(w, 'clerkA');
    for (let i = 0; i < 4; i += 1) {
      w.clock.advanceMinutes(20);
      assert.equal((await c.get('/app')).status, 200, `request ${i} within the idle timeout`);
    }
    w.clock.advanceMinutes(31);
    assert.equal((await c.get('/app')).status, 302);
  });

  it('gives a new session token at every login (no fixation) and ends other sessions on password change', async (t) => {
    const w = await sqliteWorld(t);
    const a = await loggedIn(w, 'clerkA');
    const b = await loggedIn(w, 'clerkA');
    assert.notEqual(a.cookies.get('juesuan_session'), b.cookies.get('juesuan_session'));
    await a.get('/app/account');
    const res = await a.post('/app/account/password', { old: PASSWORD, new: 'a new Passw0rd!' });
    assert.equal(res.status, 303);
    assert.equal((await a.get('/app')).status, 200, 'the changing session continues');
    assert.equal((await b.get('/app')).status, 302, 'the other session ended');
    assert.equal((await new Client(w.app).login('clerkA', 'a new Passw0rd!')).status, 303);
  });

  it('never redirects after login to another site', async (t) => {
    const w = await sqliteWorld(t);
    const c = new Client(w.app);
    await c.get('/app/login');
    for (const next of [
      'https://evil.example/',
      '//evil.example/',
      '/\\evil.example',
      'javascript:alert(1)',
    ]) {
      const res = await c.post('/app/login', { username: 'clerkA', password: PASSWORD, next });
      assert.equal(res.location, '/app', next);
      await c.post('/app/logout');
      await c.get('/app/login');
    }
  });
});

describe('CSRF', () => {
  it('refuses a state-changing request without the token, with a wrong token, or from another origin', async (t) => {
    const w = await sqliteWorld(t);
    const c = await loggedIn(w, 'clerkA');
    const form = { organisationId: w.orgs.unitA.id, year: '2022', profile: 'sichuan-13' };
    const noToken = await c.request('/app/disclosures', {
      method: 'POST',
      body: new URLSearchParams(form),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    assert.equal(noToken.status, 403);
    assert.match(noToken.text, /CSRF/);
    assert.equal(
      (await c.post('/app/disclosures', { ...form, _csrf: 'forged-token-forged-token' })).status,
      403,
    );
    c.origin = 'https://evil.example';
    const cross = await c.post('/app/disclosures', form);
    assert.equal(cross.status, 403);
    assert.match(cross.text, /请求来源不被允许/);
    c.origin = 'http://localhost';
    const crossSite = await c.request('/app/disclosures', {
      method: 'POST',
      body: new URLSearchParams({ ...form, _csrf: c.csrf }),
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'cross-site' },
    });
    assert.equal(crossSite.status, 403);
    assert.equal((await w.store.listDisclosures()).length, 0, 'nothing was created');
    const ok = await c.post('/app/disclosures', form);
    assert.equal(ok.status, 303, 'the same request with the token and our origin passes');
    assert.equal((await w.store.listDisclosures()).length, 1);
  });

  it("does not accept one session's token in another session, and protects logout and login too", async (t) => {
    const w = await sqliteWorld(t);
    const a = await loggedIn(w, 'clerkA');
    const b = await loggedIn(w, 'clerkB');
    const res = await b.post('/app/logout', { _csrf: a.csrf });
    assert.equal(res.status, 403);
    assert.equal((await b.get('/app')).status, 200, 'still logged in');
    const anon = new Client(w.app);
    const login = await anon.post('/app/login', { username: 'clerkA', password: PASSWORD });
    assert.equal(login.status, 403, 'a login form posted without the pre-login token is refused');
  });

  it('accepts the token in the X-CSRF-Token header (live findings)', async (t) => {
    const w = await sqliteWorld(t);
    const c = await loggedIn(w, 'clerkA');
    const res = await c.request('/app/disclosures', {
      method: 'POST',
      body: new URLSearchParams({ organisationId: w.orgs.unitA.id, year: '2022' }),
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-csrf-token': c.csrf },
    });
    assert.equal(res.status, 303);
  });
});

describe('security headers', () => {
  const EXPECTED_CSP = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ];

  it('sets CSP without inline script, nosniff, no framing and a referrer policy on every response', async (t) => {
    const w = await sqliteWorld(t);
    const anon = new Client(w.app);
    const clerk = await loggedIn(w, 'clerkA');
    const responses = [
      ['login page', await anon.get('/app/login')],
      ['redirect to login', await anon.get('/app/d/x')],
      ['not found', await anon.get('/nothing-here')],
      ['static css', await anon.get('/app/static/app.css')],
      ['static script', await anon.get('/app/static/findings.js')],
      ['portal', await anon.get('/')],
      ['workspace', await clerk.get('/app')],
      ['csrf refusal', await clerk.request('/app/logout', { method: 'POST' })],
      ['forbidden', await clerk.get('/app/admin/users')],
      ['404 page', await clerk.get('/app/d/00000000-0000-0000-0000-000000000000')],
    ] as const;
    for (const [what, res] of responses) {
      const csp = res.headers.get('content-security-policy') ?? '';
      assert.ok(csp !== '', `${what}: CSP present`);
      assert.doesNotMatch(csp, /script-src[^;]*'unsafe-inline'/, `${what}: no inline script`);
      assert.match(csp, /frame-ancestors 'none'/, what);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff', what);
      assert.equal(res.headers.get('x-frame-options'), 'DENY', what);
      assert.ok(res.headers.get('referrer-policy'), what);
    }
    const pageCsp = responses[6][1].headers.get('content-security-policy')!;
    for (const part of EXPECTED_CSP) assert.ok(pageCsp.includes(part), `workspace CSP has ${part}`);
    // No inline <script> anywhere in our pages: only external ones from /app/static.
    for (const [what, res] of responses) {
      if (!(res.headers.get('content-type') ?? '').startsWith('text/html')) continue;
      for (const m of res.text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
        assert.match(m[1]!, /src="\/app\/static\//, `${what}: script has a src`);
        assert.equal(m[2]!.trim(), '', `${what}: script has no inline body`);
      }
      assert.doesNotMatch(res.text, /\son[a-z]+="/i, `${what}: no inline event handlers`);
    }
  });

  it('shows errors as Chinese pages without stack traces', async (t) => {
    const w = await sqliteWorld(t);
    const c = await loggedIn(w, 'clerkA');
    const res = await c.get('/app/d/does-not-exist');
    assert.equal(res.status, 404);
    assert.match(res.text, /找不到/);
    assert.doesNotMatch(res.text, /at .*\.ts:\d+|Error:|stack/i);
    const json = await c.request('/app/d/does-not-exist', { headers: { accept: 'application/json' } });
    assert.equal(json.status, 404);
    assert.deepEqual(Object.keys(JSON.parse(json.text)).sort(), ['code', 'message']);
  });
});
