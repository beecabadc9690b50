/**
 * @module Server-side sessions in a cookie: the cookie holds a random token, the store keeps its sha256
 * (so a leaked database gives no usable session). A session ends at its absolute expiry, after the idle
 * timeout, when its user is disabled, or at logout. The CSRF token of a session is derived from its secret.
 */
import { createHash, createHmac } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Actor, User } from '../../storage/types.ts';
import type { ServerDeps } from '../deps.ts';
import type { AppEnv } from '../env.ts';

const TOKEN = /^[A-Za-z0-9_-]{20,128}$/;
/** Touch the session at most once a minute (each touch is a write). */
const TOUCH_EVERY_MS = 60_000;

/** The session cookie's name (`__Host-` prefixed when cookies are Secure). */
export function sessionCookieName(deps: ServerDeps): string {
  return deps.config.secureCookies ? '__Host-juesuan_session' : 'juesuan_session';
}

/** The pre-login CSRF cookie's name. */
export function preCookieName(deps: ServerDeps): string {
  return deps.config.secureCookies ? '__Host-juesuan_csrf' : 'juesuan_csrf';
}

/** The store id of a session token. */
export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The CSRF token of a session: an HMAC of a fixed label under the session's secret. */
export function csrfTokenOf(csrfSecret: string): string {
  return createHmac('sha256', csrfSecret).update('juesuan-csrf-v1').digest('base64url');
}

/** The actor of the request, for the audit log. */
export function actorOf(c: Context<AppEnv>): Actor {
  return { userId: c.get('user')?.id ?? null, ip: c.get('ip') ?? null };
}

function cookieOptions(deps: ServerDeps, maxAgeSeconds?: number) {
  return {
    httpOnly: true,
    secure: deps.config.secureCookies,
    sameSite: 'Lax' as const,
    path: '/',
    ...(maxAgeSeconds === undefined ? {} : { maxAge: maxAgeSeconds }),
  };
}

/** Loads the session of the request's cookie; sets user, session and csrfToken (anonymous: the pre-login token). */
export function sessionMiddleware(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const deps = c.get('deps');
    c.set('user', null);
    c.set('session', null);
    c.set('csrfToken', '');
    const token = getCookie(c, sessionCookieName(deps));
    if (token !== undefined && TOKEN.test(token)) {
      const id = sessionIdOf(token);
      const found = await deps.store.getSession(id);
      const now = deps.clock().getTime();
      if (found !== null) {
        const { session, user } = found;
        const idleEnd = Date.parse(session.lastSeen) + deps.config.idleTimeoutMinutes * 60_000;
        if (user.disabled || Date.parse(session.expiresAt) <= now || idleEnd <= now) {
          await deps.store.deleteSession(id, { userId: user.id, ip: c.get('ip') });
          deleteCookie(c, sessionCookieName(deps), cookieOptions(deps));
        } else {
          c.set('user', user);
          c.set('session', session);
          c.set('csrfToken', csrfTokenOf(session.csrfSecret));
          if (now - Date.parse(session.lastSeen) >= TOUCH_EVERY_MS) await deps.store.touchSession(id);
        }
      } else {
        deleteCookie(c, sessionCookieName(deps), cookieOptions(deps));
      }
    }
    if (c.get('user') === null) {
      const pre = getCookie(c, preCookieName(deps));
      if (pre !== undefined && TOKEN.test(pre)) c.set('csrfToken', pre);
    }
    await next();
  };
}

/** Makes sure an anonymous visitor has a pre-login CSRF token (for the login form). */
export function ensurePreToken(c: Context<AppEnv>): string {
  const existing = c.get('csrfToken');
  if (existing) return existing;
  const deps = c.get('deps');
  const token = deps.randomToken(32);
  setCookie(c, preCookieName(deps), token, { ...cookieOptions(deps), sameSite: 'Strict' });
  c.set('csrfToken', token);
  return token;
}

/** Starts a session for the user: a fresh token in the cookie (no fixation), the hash in the store. */
export async function startSession(c: Context<AppEnv>, user: User): Promise<void> {
  const deps = c.get('deps');
  const token = deps.randomToken(32);
  const ttlMs = deps.config.sessionTtlMinutes * 60_000;
  const expiresAt = new Date(deps.clock().getTime() + ttlMs).toISOString();
  await deps.store.createSession(
    { id: sessionIdOf(token), userId: user.id, expiresAt, csrfSecret: deps.randomToken(32), ip: c.get('ip') },
    { userId: user.id, ip: c.get('ip') },
  );
  setCookie(c, sessionCookieName(deps), token, cookieOptions(deps, Math.floor(ttlMs / 1000)));
  deleteCookie(c, preCookieName(deps), cookieOptions(deps));
}

/** Ends the request's session (store and cookie). */
export async function endSession(c: Context<AppEnv>): Promise<void> {
  const deps = c.get('deps');
  const session = c.get('session');
  if (session !== null) await deps.store.deleteSession(session.id, actorOf(c));
  deleteCookie(c, sessionCookieName(deps), cookieOptions(deps));
}
