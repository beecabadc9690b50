/**
 * @module The public portal (公开平台): anonymous, server-rendered Chinese pages without scripts, and the
 * open data. Only published versions are ever visible. Mounted by the server at '/'; URLs in urls.ts and
 * on /opendata/docs.
 */
import { Hono } from 'hono';
import { blobCache, DEFAULT_CACHE_BYTES } from './blob-cache.ts';
import type { Portal, PortalDeps } from './deps.ts';
import { changesRoute } from './pages/changes.ts';
import { chartRoute, compareRoute } from './pages/compare.ts';
import { disclosureRoute } from './pages/disclosure.ts';
import { docsRoute } from './pages/docs.ts';
import { fontRoute, openDataFileRoute, reportRoute } from './pages/files.ts';
import { listRoute } from './pages/list.ts';
import { openDataIndexRoute, openDataJsonRoute } from './pages/opendata.ts';
import { servedState } from './served.ts';
import { PORTAL_CSS, PORTAL_CSS_ETAG } from './style.ts';
import { urls } from './urls.ts';

export type { PortalDeps } from './deps.ts';
export { putOutputFiles } from './files.ts';
export { urls as portalUrls } from './urls.ts';

/** The portal's routes as a Hono app. */
export function portalRoutes(deps: PortalDeps): Hono {
  const portal: Portal = {
    ...deps,
    blobs: blobCache((sha) => deps.store.getFileBytes(sha), deps.cacheBytes),
    served: servedState(deps.cacheBytes ?? DEFAULT_CACHE_BYTES),
  };
  const app = new Hono();
  app.get('/', (c) => listRoute(c, portal));
  app.get('/disclosures', (c) => listRoute(c, portal));
  app.get('/disclosures/:year/:orgId', (c) => disclosureRoute(c, portal));
  app.get('/disclosures/:year/:orgId/report.html', (c) => reportRoute(c, portal));
  app.get('/disclosures/:year/:orgId/versions/:n/report.html', (c) => reportRoute(c, portal));
  app.get('/disclosures/:year/:orgId/versions/:n/changes', (c) => changesRoute(c, portal));
  app.get('/assets/fonts/:name', (c) => fontRoute(c, portal));
  app.get('/compare', (c) => compareRoute(c, portal));
  app.get('/compare/chart.svg', (c) => chartRoute(c, portal));
  app.get('/opendata', (c) => c.redirect(urls.opendata, 301));
  app.get('/opendata/', (c) => openDataIndexRoute(c, portal));
  app.get('/opendata/index.json', (c) => openDataJsonRoute(c, portal));
  app.get('/opendata/docs', (c) => docsRoute(c));
  app.get('/opendata/:year/:orgId/versions/:n/:path{.+}', (c) => openDataFileRoute(c, portal));
  app.get('/opendata/:year/:orgId/:path{.+}', (c) => openDataFileRoute(c, portal));
  app.get(urls.css, (c) => {
    const headers = { ETag: PORTAL_CSS_ETAG, 'Cache-Control': 'public, max-age=3600' };
    if (c.req.header('if-none-match') === PORTAL_CSS_ETAG) return c.body(null, 304, headers);
    return c.body(PORTAL_CSS, 200, { ...headers, 'Content-Type': 'text/css; charset=utf-8' });
  });
  return app;
}
