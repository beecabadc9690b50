/**
 * @module A response cache in front of the Hono app for the public's plain GETs of published pages (the
 * report page and its fonts): a hit is written straight to the socket, without building a Request, routing
 * or middleware. An entry is the app's own complete response (status, every header, the body), so a hit
 * sends exactly what the app would send; it is valid only under the store change stamp it was made under,
 * and all entries are dropped when the stamp changes. This process's commits change the stamp at once;
 * another process's commits within STAMP_MAX_AGE_MS (SQLite: the stamp reads data_version at most that
 * often, not on every request; PostgreSQL: as soon as the commit's notification arrives), so a publication
 * made by another server process on the same database is served from here at most about that long after
 * it committed. Not cached: requests with cookies, credentials, conditions or ranges, query strings, other
 * methods, responses that are not 200, set a cookie or say no-store/private, and everything while the
 * store has no change stamp (PostgreSQL while its listening connection is down: every request goes to the
 * app).
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { getRequestListener } from '@hono/node-server';

type Fetch = (
  request: Request,
  env: { incoming: IncomingMessage; outgoing: ServerResponse },
) => Response | Promise<Response>;

/** How late another process's commit may show in the stamp the cache goes by, in milliseconds. */
export const STAMP_MAX_AGE_MS = 50;

export type ResponseCacheOptions = {
  readonly fetch: Fetch;
  /**
   * The store's change stamp (null: nothing may be cached now), seeing other processes' commits made more
   * than `maxAgeMs` ago (store.changeStamp(maxAgeMs)).
   */
  readonly stamp: (maxAgeMs: number) => string | null;
  /** Whether responses of this path may be cached (paths of published, public content only). */
  readonly cacheable: (path: string) => boolean;
  /** Most bytes held (default 64 MB). */
  readonly maxBytes?: number;
};

/** A kept response; headers as a flat [name, value, …] list with Content-Length, written without re-validation. */
type Entry = {
  readonly status: number;
  readonly headers: readonly string[];
  readonly body: Buffer;
  /** When it was last sent (a count of hits), for dropping the least recently used. */
  used: number;
};

/** Request headers that make a response personal or partial: such requests always go to the app. */
const BYPASS = ['cookie', 'authorization', 'if-none-match', 'if-modified-since', 'if-match', 'range'];

/** Bytes counted for an entry besides its body. */
const ENTRY_OVERHEAD = 512;

/** Whether a request may be answered from the cache. */
function plainGet(req: IncomingMessage): boolean {
  if (req.method !== 'GET' || req.url === undefined || req.url.includes('?')) return false;
  const h = req.headers;
  for (const name of BYPASS) if (h[name] !== undefined) return false;
  return true;
}

/** Whether the app's response may be kept for others. */
function keepable(res: Response): boolean {
  if (res.status !== 200 || res.headers.has('set-cookie')) return false;
  const cc = res.headers.get('cache-control') ?? '';
  return !/no-store|private/i.test(cc);
}

function requestOf(req: IncomingMessage): Request {
  const headers = new Headers();
  for (const [k, v] of Object.entries(req.headers)) {
    if (typeof v === 'string') headers.set(k, v);
    else if (Array.isArray(v)) for (const x of v) headers.append(k, x);
  }
  return new Request(`http://${req.headers.host ?? 'localhost'}${req.url}`, { headers });
}

function send(res: ServerResponse, e: Entry): void {
  res.writeHead(e.status, e.headers as string[]);
  res.end(e.body);
}

/** Entries by path, then by the request's Accept-Encoding (no key string to build on a hit). */
class Entries {
  readonly #byPath = new Map<string, Map<string, Entry>>();
  readonly #maxBytes: number;
  #held = 0;
  #uses = 0;
  constructor(maxBytes: number) {
    this.#maxBytes = maxBytes;
  }
  get(path: string, encoding: string): Entry | undefined {
    const e = this.#byPath.get(path)?.get(encoding);
    if (e !== undefined) e.used = ++this.#uses;
    return e;
  }
  put(path: string, encoding: string, e: Entry): void {
    const size = e.body.byteLength + ENTRY_OVERHEAD;
    if (size > this.#maxBytes / 4) return;
    let byEncoding = this.#byPath.get(path);
    if (byEncoding === undefined) {
      byEncoding = new Map();
      this.#byPath.set(path, byEncoding);
    }
    const old = byEncoding.get(encoding);
    if (old !== undefined) this.#held -= old.body.byteLength + ENTRY_OVERHEAD;
    e.used = ++this.#uses;
    byEncoding.set(encoding, e);
    this.#held += size;
    if (this.#held > this.#maxBytes) this.#evict();
  }
  clear(): void {
    this.#byPath.clear();
    this.#held = 0;
  }
  /**
   * Drops the least recently used entries down to three quarters of the budget (a miss's work, never a
   * hit's; the sort is paid once per quarter of the budget, not on every miss once full).
   */
  #evict(): void {
    const all = [...this.#byPath].flatMap(([path, m]) => [...m].map(([enc, e]) => ({ path, enc, e })));
    all.sort((a, b) => a.e.used - b.e.used);
    for (const { path, enc, e } of all) {
      if (this.#held <= (this.#maxBytes * 3) / 4) break;
      const m = this.#byPath.get(path);
      m?.delete(enc);
      if (m?.size === 0) this.#byPath.delete(path);
      this.#held -= e.body.byteLength + ENTRY_OVERHEAD;
    }
  }
}

/** A node:http listener: cached responses for plain public GETs, the app for everything else. */
export function responseCacheListener(options: ResponseCacheOptions): RequestListener {
  const app = getRequestListener(options.fetch as never);
  const cache = new Entries(options.maxBytes ?? 64 * 1024 * 1024);
  /** The stamp the entries were made under. */
  let current: string | null = null;
  return (req, res) => {
    const stamp = plainGet(req) ? options.stamp(STAMP_MAX_AGE_MS) : null;
    if (stamp === null) {
      void app(req, res);
      return;
    }
    if (stamp !== current) {
      cache.clear();
      current = stamp;
    }
    const path = req.url as string;
    const encoding = req.headers['accept-encoding'] ?? '';
    // Only cacheable paths are ever kept, so a hit needs no check of the path.
    const hit = cache.get(path, encoding);
    if (hit !== undefined) {
      send(res, hit);
      return;
    }
    if (!options.cacheable(path)) {
      void app(req, res);
      return;
    }
    void (async () => {
      try {
        const response = await options.fetch(requestOf(req), { incoming: req, outgoing: res });
        const body = Buffer.from(await response.arrayBuffer());
        const headers = [...response.headers].filter(
          ([k]) => k !== 'content-length' && k !== 'transfer-encoding',
        );
        const entry: Entry = {
          status: response.status,
          headers: [...headers.flat(), 'content-length', String(body.byteLength)],
          body,
          used: 0,
        };
        // Kept only if nothing was committed meanwhile (the response may predate a newer publication).
        if (keepable(response) && options.stamp(STAMP_MAX_AGE_MS) === stamp && current === stamp)
          cache.put(path, encoding, entry);
        send(res, entry);
      } catch (e) {
        console.error('[juesuan] response cache:', e);
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('服务器内部错误');
      }
    })();
  };
}

/** The portal's URLs whose responses depend only on published content: report pages and their fonts. */
export function publicPageCacheable(path: string): boolean {
  return (
    /^\/disclosures\/\d{4}\/[A-Za-z0-9_-]+(?:\/versions\/\d+)?\/report\.html$/.test(path) ||
    /^\/assets\/fonts\/[0-9a-f]{64}\.(?:woff2?|ttf|otf)$/.test(path)
  );
}
