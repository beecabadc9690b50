/**
 * @module Precompressed representations of immutable bytes: gzip and brotli made once (node:zlib, on the
 * thread pool) and kept with the bytes, and the choice among them by a request's Accept-Encoding.
 */
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** A content coding the portal sends. */
export type Coding = 'br' | 'gzip' | 'identity';

/** Bytes with their sha256 and, for compressible types, their gzip and brotli forms (when smaller). */
export type Representation = {
  readonly sha256: string;
  readonly identity: Uint8Array;
  readonly gzip: Uint8Array | null;
  readonly br: Uint8Array | null;
};

/** Brotli at its best quality up to this size; above it a faster level (made once, but not for minutes). */
const BROTLI_MAX_QUALITY_BYTES = 1024 * 1024;

/** Whether bytes of this Content-Type shrink under gzip (text, JSON, SVG; not fonts, PDFs or zips). */
export function compressible(contentType: string): boolean {
  return /^(text\/|application\/(json|xml)|image\/svg\+xml|font\/(ttf|otf))/i.test(contentType);
}

/** The representation of bytes; compressed forms only when `compress` and smaller than the bytes. */
export async function represent(
  bytes: Uint8Array,
  compress: boolean,
  sha256 = createHash('sha256').update(bytes).digest('hex'),
): Promise<Representation> {
  if (!compress || bytes.byteLength < 256) return { sha256, identity: bytes, gzip: null, br: null };
  const quality =
    bytes.byteLength <= BROTLI_MAX_QUALITY_BYTES
      ? constants.BROTLI_MAX_QUALITY
      : constants.BROTLI_DEFAULT_QUALITY;
  const [gz, br] = await Promise.all([
    gzipAsync(bytes, { level: 9 }),
    brotliAsync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: quality,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength,
      },
    }),
  ]);
  const smaller = (b: Buffer) => (b.byteLength < bytes.byteLength ? new Uint8Array(b) : null);
  return { sha256, identity: bytes, gzip: smaller(gz), br: smaller(br) };
}

/** Bytes held by a representation (for the cache's budget). */
export function sizeOf(r: Representation): number {
  return r.identity.byteLength + (r.gzip?.byteLength ?? 0) + (r.br?.byteLength ?? 0);
}

/** Parsed Accept-Encoding headers (browsers send a handful of distinct ones). */
const parsed = new Map<string, ReadonlyMap<string, number>>();
const PARSED_LIMIT = 64;

/** The q-value of each coding an Accept-Encoding header names ('*' included). */
function qualities(header: string): ReadonlyMap<string, number> {
  const hit = parsed.get(header);
  if (hit !== undefined) return hit;
  const q = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (name === undefined || name === '') continue;
    const qp = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = qp === undefined ? 1 : Number(qp.slice(2));
    q.set(name, Number.isFinite(value) ? value : 0);
  }
  if (parsed.size >= PARSED_LIMIT) parsed.clear();
  parsed.set(header, q);
  return q;
}

/**
 * The coding to send: of those the representation has and the client accepts (q > 0), the one with the
 * highest q, brotli before gzip on a tie; otherwise identity.
 */
export function chooseCoding(acceptEncoding: string | undefined, r: Representation): Coding {
  if (acceptEncoding === undefined || (r.gzip === null && r.br === null)) return 'identity';
  const q = qualities(acceptEncoding);
  const star = q.get('*') ?? 0;
  let best: Coding = 'identity';
  let bestQ = 0;
  for (const coding of ['br', 'gzip'] as const) {
    if (r[coding] === null) continue;
    const cq = q.get(coding) ?? (coding === 'gzip' ? (q.get('x-gzip') ?? star) : star);
    if (cq > bestQ) {
      best = coding;
      bestQ = cq;
    }
  }
  return best;
}

/** The bytes of a coding. */
export function bytesOf(r: Representation, coding: Coding): Uint8Array {
  return (coding === 'identity' ? r.identity : r[coding]) ?? r.identity;
}

/** The strong ETag of a coding of the representation: the sha256, with the coding after a dash. */
export function etagOf(r: Representation, coding: Coding): string {
  return coding === 'identity' ? `"${r.sha256}"` : `"${r.sha256}-${coding}"`;
}

/** Whether If-None-Match names any coding of the representation (weak comparison, as GET allows). */
export function matchesAny(ifNoneMatch: string | undefined, r: Representation): boolean {
  if (ifNoneMatch === undefined) return false;
  const ours = new Set((['identity', 'gzip', 'br'] as const).map((c) => etagOf(r, c)));
  return ifNoneMatch.split(',').some((t) => {
    const tag = t.trim();
    return tag === '*' || ours.has(tag.startsWith('W/') ? tag.slice(2) : tag);
  });
}
