/** @module What the portal needs from the server: the store and a clock; plus its own blob cache. */
import type { Store } from '../../storage/port.ts';
import type { BlobCache } from './blob-cache.ts';
import type { Served } from './served.ts';

/** The portal's dependencies (the contract with src/server/app.ts). */
export type PortalDeps = {
  readonly store: Store;
  readonly clock: () => Date;
  /** Bytes of published files kept in memory, for each of the raw and the served (compressed) forms (default 64 MiB). */
  readonly cacheBytes?: number;
};

/** The dependencies plus the process-wide state the routes share. */
export type Portal = PortalDeps & { readonly blobs: BlobCache; readonly served: Served };
