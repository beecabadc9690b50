/**
 * @module The HTTP server of `juesuan serve` (and of bench/portal.ts, so the benchmark measures what users
 * get): node:http with the response cache in front of the app.
 */
import { createServer, type Server } from 'node:http';
import type { Store } from '../../storage/port.ts';
import { publicPageCacheable, type ResponseCacheOptions, responseCacheListener } from './response-cache.ts';

/** A server (not yet listening) for the app on the store: published report pages and fonts from memory. */
export function createAppServer(
  app: { readonly fetch: ResponseCacheOptions['fetch'] },
  store: Store,
): Server {
  return createServer(
    responseCacheListener({
      fetch: app.fetch,
      stamp: (maxAgeMs) => store.changeStamp(maxAgeMs),
      cacheable: publicPageCacheable,
    }),
  );
}
