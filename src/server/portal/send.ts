/**
 * @module Sending stored bytes: the coding the client accepts (precompressed brotli or gzip, `Vary:
 * Accept-Encoding`), a strong ETag from the sha256 (with the coding), 304 on a matching If-None-Match,
 * Cache-Control by how stable the URL is, the Content-Type by the file's path, and a CSP that lets no script run.
 */
import { bytesOf, type Coding, chooseCoding, etagOf, matchesAny, type Representation } from './encoding.ts';
import { contentTypeOf } from './files.ts';

/** `immutable`: the URL names one publication (its bytes never change); `revalidate`: it follows corrections. */
export type CachePolicy = 'immutable' | 'revalidate';

const CACHE_CONTROL: Readonly<Record<CachePolicy, string>> = {
  immutable: 'public, max-age=31536000, immutable',
  revalidate: 'public, no-cache',
};

/** The self-contained report.html's inline styles, embedded fonts and inline SVG charts; no scripts, no requests. */
export const REPORT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";
/** The report page: as REPORT_CSP, its fonts from this site's /assets/fonts/ instead of embedded. */
export const PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; font-src 'self'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";
/** Any other file: nothing runs, nothing loads (an SVG may style itself and use its embedded font). */
export const FILE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:; sandbox";

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
  readonly path: string;
  readonly storedType?: string;
  readonly cache: CachePolicy;
  readonly disposition?: string | undefined;
  /** The Content-Security-Policy; by default REPORT_CSP for HTML, FILE_CSP for anything else. */
  readonly csp?: string;
};

/** The headers of a response with one coding of a representation (also sent with a 304). */
export function fileHeaders(o: SendOptions, r: Representation, coding: Coding): Record<string, string> {
  const type = contentTypeOf(o.path, o.storedType);
  const headers: Record<string, string> = {
    'Content-Type': type,
    ETag: etagOf(r, coding),
    'Cache-Control': CACHE_CONTROL[o.cache],
    'Content-Security-Policy': o.csp ?? (o.path.endsWith('.html') ? REPORT_CSP : FILE_CSP),
    'X-Content-Type-Options': 'nosniff',
    'Access-Control-Allow-Origin': '*',
    'Cross-Origin-Resource-Policy': 'cross-origin',
  };
  // Bytes kept compressed vary with Accept-Encoding, whichever coding a response has.
  if (r.gzip !== null || r.br !== null) headers.Vary = 'Accept-Encoding';
  if (coding !== 'identity') headers['Content-Encoding'] = coding;
  if (o.disposition !== undefined) headers['Content-Disposition'] = o.disposition;
  return headers;
}

/** What a request says about the representation it wants. */
export type Conditional = {
  readonly ifNoneMatch: string | undefined;
  readonly acceptEncoding: string | undefined;
};

/**
 * The response for a representation: a 304 when the client holds it in any coding, else a 200 with the
 * coding the client prefers among those made (brotli, gzip, identity).
 */
export function send(req: Conditional, r: Representation, o: SendOptions): Response {
  const coding = chooseCoding(req.acceptEncoding, r);
  const headers = fileHeaders(o, r, coding);
  if (matchesAny(req.ifNoneMatch, r)) return new Response(null, { status: 304, headers });
  return new Response(bytesOf(r, coding), { status: 200, headers });
}

/** Bytes sent as they are (no compressed forms), with their sha256. */
export type BytesOptions = SendOptions & { readonly sha256: string };

const plain = (o: BytesOptions, bytes: Uint8Array = new Uint8Array(0)): Representation => ({
  sha256: o.sha256,
  identity: bytes,
  gzip: null,
  br: null,
});

/** A 304 when the client holds these bytes; otherwise null (the caller then reads and sends them). */
export function notModified(ifNoneMatch: string | undefined, o: BytesOptions): Response | null {
  return matchesAny(ifNoneMatch, plain(o))
    ? new Response(null, { status: 304, headers: fileHeaders(o, plain(o), 'identity') })
    : null;
}

/** A 200 with the bytes, uncompressed. */
export function sendBytes(bytes: Uint8Array, o: BytesOptions): Response {
  const r = plain(o, bytes);
  return new Response(bytes, { status: 200, headers: fileHeaders(o, r, 'identity') });
}
