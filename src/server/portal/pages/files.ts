/**
 * @module Serving a published version's files: the report page (/disclosures/…/report.html: the stored
 * report with its fonts linked to /assets/fonts/…), its fonts, and the open data (/opendata/:year/:orgId/<path>,
 * /opendata/:year/:orgId/versions/:n/<path>: the stored bytes). Only published versions; everything comes
 * from memory (served.ts) but the current version's one indexed read, with ETag/304, brotli or gzip.
 */
import type { Context } from 'hono';
import type { Portal } from '../deps.ts';
import { safePath } from '../files.ts';
import { notFound } from '../layout.ts';
import { pathId, pathNumber, pathYear } from '../params.ts';
import { organisationOf } from '../resolve.ts';
import { type Conditional, disposition, isAttachment, PAGE_CSP, send } from '../send.ts';
import {
  fileRepresentation,
  fontRepresentation,
  pageRepresentation,
  publishedFile,
  publishedVersionId,
} from '../served.ts';

function conditional(c: Context): Conditional {
  return { ifNoneMatch: c.req.header('if-none-match'), acceptEncoding: c.req.header('accept-encoding') };
}

/** Serves `path` of the current publication (n undefined) or of publication n; `page` for the report page. */
export async function serveFile(
  c: Context,
  portal: Portal,
  at: { year: string; orgId: string; n?: string | undefined; path: string; page?: boolean },
): Promise<Response> {
  const year = pathYear(at.year);
  const orgId = pathId(at.orgId);
  const n = at.n === undefined ? undefined : pathNumber(at.n);
  const path = safePath(at.path);
  if (year === null || orgId === null || n === null || path === null) return notFound(c);
  const { store, served } = portal;
  const versionId = await publishedVersionId(store, served, { year, orgId, n });
  if (versionId === null) return notFound(c);
  const file = await publishedFile(store, served, versionId, path);
  if (file === null) return notFound(c);
  const r = at.page
    ? await pageRepresentation(store, served, file.sha256)
    : await fileRepresentation(store, served, file, path);
  if (r === null) return notFound(c);
  const org = isAttachment(path) ? await organisationOf(store, orgId) : null;
  return send(conditional(c), r, {
    path,
    storedType: file.contentType,
    cache: n === undefined ? 'revalidate' : 'immutable',
    disposition: org === null ? undefined : disposition(path, `${org.organisation.name}${year}年度`),
    // A page whose fonts stay embedded (no stored copies) is the stored report itself: the report's policy.
    ...(at.page && r.sha256 !== file.sha256 ? { csp: PAGE_CSP } : {}),
  });
}

/** GET /disclosures/:year/:orgId/report.html and …/versions/:n/report.html. */
export function reportRoute(c: Context, portal: Portal): Promise<Response> {
  return serveFile(c, portal, {
    year: c.req.param('year') ?? '',
    orgId: c.req.param('orgId') ?? '',
    n: c.req.param('n'),
    path: 'report.html',
    page: true,
  });
}

/** GET /opendata/:year/:orgId/<path> and /opendata/:year/:orgId/versions/:n/<path>. */
export function openDataFileRoute(c: Context, portal: Portal): Promise<Response> {
  return serveFile(c, portal, {
    year: c.req.param('year') ?? '',
    orgId: c.req.param('orgId') ?? '',
    n: c.req.param('n'),
    path: c.req.param('path') ?? '',
  });
}

/** GET /assets/fonts/<sha256>.<ext>: a font of a report page, named by its content, cached for good. */
export async function fontRoute(c: Context, portal: Portal): Promise<Response> {
  const name = c.req.param('name') ?? '';
  const r = await fontRepresentation(portal.store, portal.served, name);
  if (r === null) return notFound(c);
  return send(conditional(c), r, { path: name, cache: 'immutable' });
}
