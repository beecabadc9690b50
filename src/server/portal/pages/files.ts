/**
 * @module Serving a published version's files: the report page (/disclosures/…/report.html) and the open
 * data (/opendata/:year/:orgId/<path>, /opendata/:year/:orgId/versions/:n/<path>). Only published versions;
 * the bytes come from the LRU by sha256, with ETag/304 and no per-request rendering.
 */
import type { Context } from 'hono';
import type { Portal } from '../deps.ts';
import { findFile, safePath } from '../files.ts';
import { notFound } from '../layout.ts';
import { pathId, pathNumber, pathYear } from '../params.ts';
import { findPublished, organisationOf, publication } from '../resolve.ts';
import { disposition, isAttachment, notModified, type SendOptions, sendBytes } from '../send.ts';

/** Serves `path` of the current publication (n undefined) or of publication n. */
export async function serveFile(
  c: Context,
  portal: Portal,
  at: { year: string; orgId: string; n?: string | undefined; path: string },
): Promise<Response> {
  const year = pathYear(at.year);
  const orgId = pathId(at.orgId);
  const n = at.n === undefined ? undefined : pathNumber(at.n);
  const path = safePath(at.path);
  if (year === null || orgId === null || n === null || path === null) return notFound(c);
  const d = await findPublished(portal.store, year, orgId);
  if (d === null) return notFound(c);
  let versionId = d.publishedVersionId;
  if (n !== undefined) {
    const v = await publication(portal.store, d.id, n);
    if (v === null) return notFound(c);
    versionId = v.id;
  }
  const file = await findFile(portal.store, versionId, path);
  if (file === null) return notFound(c);
  const options: SendOptions = {
    sha256: file.sha256,
    path,
    storedType: file.contentType,
    cache: n === undefined ? 'revalidate' : 'immutable',
  };
  const cached = notModified(c.req.header('if-none-match'), options);
  if (cached !== null) return cached;
  const bytes = await portal.blobs.get(file.sha256);
  if (bytes === null) return notFound(c);
  const org = isAttachment(path) ? await organisationOf(portal.store, orgId) : null;
  const save = org === null ? undefined : disposition(path, `${org.organisation.name}${year}年度`);
  return sendBytes(bytes, { ...options, disposition: save });
}

/** GET /disclosures/:year/:orgId/report.html and …/versions/:n/report.html. */
export function reportRoute(c: Context, portal: Portal): Promise<Response> {
  return serveFile(c, portal, {
    year: c.req.param('year') ?? '',
    orgId: c.req.param('orgId') ?? '',
    n: c.req.param('n'),
    path: 'report.html',
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
