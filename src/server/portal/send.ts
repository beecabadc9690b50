/**
 * @module Sending stored bytes: strong ETag from the sha256, 304 on a matching If-None-Match, Cache-Control
 * by how stable the URL is, the Content-Type by the file's path, and a CSP that lets no script run.
 */
import { contentTypeOf } from './files.ts';

/** `immutable`: the URL names one publication (its bytes never change); `revalidate`: it follows corrections. */
export type CachePolicy = 'immutable' | 'revalidate';

const CACHE_CONTROL: Readonly<Record<CachePolicy, string>> = {
  immutable: 'public, max-age=31536000, immutable',
  revalidate: 'public, no-cache',
};

/** The report page's inline styles, embedded fonts and inline SVG charts; no scripts, no requests. */
export const REPORT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";
/** Any other file: nothing runs, nothing loads (an SVG may style itself and use its embedded font). */
export const FILE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:; sandbox";

/** Whether an If-None-Match header matches the ETag (weak comparison, as GET allows). */
export function etagMatches(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  return header.split(',').some((t) => {
    const tag = t.trim();
    return tag === '*' || tag === etag || tag === `W/${etag}`;
  });
}

/** Save-as names for the office formats; other files download under their own names. */
const SAVE_AS: Readonly<Record<string, string>> = {
  'report.pdf': '决算报告.pdf',
  'report.docx': '决算报告.docx',
  'tables.xlsx': '决算附表.xlsx',
  'datapackage.zip': '开放数据包.zip',
};

/** Whether a path downloads as an attachment (the office formats, read in their own programs). */
export function isAttachment(path: string): boolean {
  return SAVE_AS[path] !== undefined;
}

/** A Content-Disposition for the office formats, named after `title`; else undefined (shown inline). */
export function disposition(path: string, title: string): string | undefined {
  const name = SAVE_AS[path];
  if (name === undefined) return undefined;
  const ascii = path.replace(/[^A-Za-z0-9._-]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(`${title}${name}`)}`;
}

export type SendOptions = {
  readonly sha256: string;
  readonly path: string;
  readonly storedType?: string;
  readonly cache: CachePolicy;
  readonly disposition?: string | undefined;
};

/** The headers of a file response (also sent with a 304). */
export function fileHeaders(o: SendOptions): Record<string, string> {
  const headers: Record<string, string> = {
    'Content-Type': contentTypeOf(o.path, o.storedType),
    ETag: `"${o.sha256}"`,
    'Cache-Control': CACHE_CONTROL[o.cache],
    'Content-Security-Policy': o.path.endsWith('.html') ? REPORT_CSP : FILE_CSP,
    'X-Content-Type-Options': 'nosniff',
    'Access-Control-Allow-Origin': '*',
    'Cross-Origin-Resource-Policy': 'cross-origin',
  };
  if (o.disposition !== undefined) headers['Content-Disposition'] = o.disposition;
  return headers;
}

/** A 304 when the client holds these bytes; otherwise null (the caller then reads and sends them). */
export function notModified(ifNoneMatch: string | undefined, o: SendOptions): Response | null {
  return etagMatches(ifNoneMatch, `"${o.sha256}"`)
    ? new Response(null, { status: 304, headers: fileHeaders(o) })
    : null;
}

/** A 200 with the bytes. */
export function sendBytes(bytes: Uint8Array, o: SendOptions): Response {
  return new Response(bytes, { status: 200, headers: fileHeaders(o) });
}
