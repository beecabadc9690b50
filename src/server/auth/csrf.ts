/**
 * @module CSRF protection on every state-changing request (POST, PUT, PATCH, DELETE): the Origin (and
 * Sec-Fetch-Site) must be this site's, and the synchroniser token of the session (or, before login, of the
 * pre-login cookie) must come back in the `_csrf` form field or the `X-CSRF-Token` header.
 */
import { timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env.ts';
import { forbidden } from '../http/errors.tsx';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && x.length > 0 && timingSafeEqual(x, y);
}

function allowedOrigins(c: Context<AppEnv>): string[] {
  const configured = c.get('deps').config.publicOrigins;
  return configured.length > 0 ? [...configured] : [new URL(c.req.url).origin];
}

async function submittedToken(c: Context<AppEnv>): Promise<string> {
  const header = c.req.header('x-csrf-token');
  if (header !== undefined) return header;
  const type = c.req.header('content-type') ?? '';
  if (type.startsWith('application/x-www-form-urlencoded') || type.startsWith('multipart/form-data')) {
    const body = await c.req.parseBody();
    const field = body['_csrf'];
    return typeof field === 'string' ? field : '';
  }
  return '';
}

/** Refuses a state-changing request from another origin or without the right token (403). */
export function csrfProtection(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    const origin = c.req.header('origin');
    if (origin !== undefined && !allowedOrigins(c).includes(origin)) {
      throw forbidden('请求来源不被允许（跨站请求已拒绝）');
    }
    if (c.req.header('sec-fetch-site') === 'cross-site')
      throw forbidden('请求来源不被允许（跨站请求已拒绝）');
    const expected = c.get('csrfToken');
    const got = await submittedToken(c);
    if (!expected || !sameToken(got, expected)) {
      throw forbidden('表单已过期或来源无法验证（CSRF 校验失败），请刷新页面后重试');
    }
    await next();
  };
}
