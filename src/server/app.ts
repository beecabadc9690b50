/**
 * @module The web system as one Hono app: security headers, body limits, sessions and CSRF on every
 * request; the internal system under /app (login required) and the public portal at '/'. One onError maps
 * every fault to a Chinese page.
 */
import { getConnInfo } from '@hono/node-server/conninfo';
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { csrfProtection } from './auth/csrf.ts';
import { sessionMiddleware } from './auth/session.ts';
import type { ServerDeps } from './deps.ts';
import type { AppEnv } from './env.ts';
import { errorResponse, onError, onNotFound } from './http/errors.tsx';
import { securityHeaders } from './http/headers.ts';
import { sizeText } from './http/size.ts';
import { portalRoutes } from './portal/index.ts';
import { adminRoutes } from './routes/admin.tsx';
import { authRoutes } from './routes/auth.tsx';
import { departmentRoutes } from './routes/department.tsx';
import { disclosureRoutes } from './routes/disclosure.tsx';
import { editRoutes } from './routes/edit.tsx';
import { jobRoutes } from './routes/jobs.tsx';
import { tableRoutes } from './routes/tables.tsx';
import { uploadRoutes } from './routes/upload.tsx';
import { versionRoutes } from './routes/versions.tsx';
import { workspaceRoutes } from './routes/workspace.tsx';
import { loadAssets } from './static/assets.ts';

export type { ServerConfig, ServerDeps } from './deps.ts';
export { DEFAULT_CONFIG, defaultDeps } from './deps.ts';

/** The client address: the socket's, or the first X-Forwarded-For hop behind a trusted proxy. */
function clientIp(c: Context<AppEnv>, trustProxy: boolean): string | null {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded.slice(0, 64);
  }
  try {
    return getConnInfo(c).remote.address ?? null;
  } catch {
    return null; // in-process requests (tests) have no socket
  }
}

const UPLOAD_PATH = /^\/app\/d\/[^/]+\/upload$/;
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The whole web system. */
export function createApp(deps: ServerDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const assets = loadAssets();
  const tooLarge = (limit: number) => (c: Context<AppEnv>) =>
    errorResponse(c, 413, `提交的内容超过 ${sizeText(limit)} 的限制，请压缩或拆分后再上传`, 'too-large');
  const uploadLimit = bodyLimit({
    maxSize: deps.config.uploadLimitBytes,
    onError: tooLarge(deps.config.uploadLimitBytes),
  });
  const formLimit = bodyLimit({
    maxSize: deps.config.formLimitBytes,
    onError: tooLarge(deps.config.formLimitBytes),
  });

  app.use('*', async (c, next) => {
    c.set('deps', deps);
    c.set('ip', clientIp(c, deps.config.trustProxy));
    await next();
  });
  app.use('*', securityHeaders({ hsts: deps.config.secureCookies }));
  app.use('*', (c, next) => {
    if (!UNSAFE.has(c.req.method)) return next();
    return UPLOAD_PATH.test(c.req.path) ? uploadLimit(c, next) : formLimit(c, next);
  });
  app.use('*', sessionMiddleware());
  app.use('*', csrfProtection());

  const serveAsset = (c: Context<AppEnv>, name: string) => {
    const asset = assets.get(name);
    if (asset === undefined) return onNotFound(c);
    const headers = { ETag: asset.etag, 'Cache-Control': 'public, max-age=3600' };
    if (c.req.header('if-none-match') === asset.etag) return c.body(null, 304, headers);
    return c.body(asset.body, 200, { ...headers, 'Content-Type': asset.contentType });
  };
  app.get('/app/static/:name', (c) => serveAsset(c, c.req.param('name')));
  app.get('/favicon.ico', (c) => serveAsset(c, 'favicon.svg'));
  app.get('/healthz', (c) => c.text('ok'));

  // Everything else under /app needs a login; anonymous visitors are sent to the login page.
  app.use('/app/*', async (c, next) => {
    const path = c.req.path;
    if (c.get('user') !== null || path === '/app/login' || path.startsWith('/app/static/')) return next();
    if (c.req.method === 'GET' || c.req.method === 'HEAD') {
      return c.redirect(`/app/login?next=${encodeURIComponent(path)}`, 302);
    }
    return errorResponse(c, 403, '请先登录', 'login-required');
  });
  app.use('/app', async (c, next) => {
    if (c.get('user') === null) return c.redirect('/app/login', 302);
    await next();
  });

  app.route('/app', authRoutes(deps));
  app.route('/app', workspaceRoutes(deps));
  app.route('/app', departmentRoutes(deps));
  app.route('/app/d', editRoutes(deps));
  app.route('/app/d', tableRoutes(deps));
  app.route('/app/d', uploadRoutes(deps));
  app.route('/app/d', versionRoutes(deps));
  app.route('/app/d', disclosureRoutes(deps));
  app.route('/app/jobs', jobRoutes(deps));
  app.route('/app/admin', adminRoutes(deps));
  app.route('/', portalRoutes(deps));

  app.onError(onError);
  app.notFound(onNotFound);
  return app;
}
