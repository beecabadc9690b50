/**
 * @module A response cache in front of the Hono app for the public's plain GETs of published pages (the
 * report page and its fonts): a hit is written straight to the socket, without building a Request, routing
 * or middleware. An entry is the app's own complete response (status, every header, the body), so a hit
 * sends exactly what the app would send; it is valid only under the store change stamp it was made under
 * (any commit, by any process, makes it stale). Not cached: requests with cookies, credentials, conditions
 * or ranges, query strings, other methods, responses that are not 200, set a cookie or say no-store/private,
 * and everything when the store has no change stamp (PostgreSQL: every request goes to the app).
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { lru } from '../portal/lru.ts';

type Fetch = (
  request: Request,
  env: { incoming: IncomingMessage; outgoing: ServerResponse },
) => Response | Promise<Response>;

export type ResponseCacheOptions = {
  readonly fetch: Fetch;
  /** The store's change stamp (null: nothing may be cached now). */
  readonly stamp: () => string | null;
  /** Whether responses of this path may be cached (paths of published, public content only). */
  readonly cacheable: (path: string) => boolean;
  /** Most bytes held (default 64 MB). */
  readonly maxBytes?: number;
};

/** A kept response; headers as a flat [name, value, …] list with Content-Length, written without re-validation. */
type Entry = { readonly status: number; readonly headers: readonly string[]; readonly body: Buffer };

/** Request headers that make a response personal or partial: such requests always go to the app. */
const BYPASS = ['cookie', 'authorization', 'if-none-match', 'if-modified-since', 'if-match', 'range'];

/** Whether a request may be answered from the cache. */
function plainGet(req: IncomingMessage): boolean {
  if (req.method !== 'GET' || req.url === undefined || req.url.includes('?')) return false;
  return !BYPASS.some((h) => req.headers[h] !== undefined);
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

/** A node:http listener: cached responses for plain public GETs, the app for everything else. */
export function responseCacheListener(options: ResponseCacheOptions): RequestListener {
  const app = getRequestListener(options.fetch as never);
  const cache = lru<Entry>((e) => e.body.byteLength + 512, options.maxBytes ?? 64 * 1024 * 1024);
  return (req, res) => {
    const stamp = plainGet(req) ? options.stamp() : null;
    const path = req.url ?? '';
    if (stamp === null || !options.cacheable(path)) {
      void app(req, res);
      return;
    }
    const key = `${stamp}\u0000${path}\u0000${req.headers['accept-encoding'] ?? ''}`;
    const hit = cache.peek(key);
    if (hit !== undefined) {
      send(res, hit);
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
        };
        // Kept only if nothing was committed meanwhile (the response may predate a newer publication).
        if (keepable(response) && options.stamp() === stamp) cache.put(key, entry);
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
