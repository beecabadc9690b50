/**
 * @module An in-memory LRU of file bytes keyed by sha256, bounded by total size. Content-addressed bytes
 * never change, so entries need no invalidation; concurrent misses for one hash share one store read.
 */
import { lru } from './lru.ts';

/** Reads bytes by sha256 (the store's getFileBytes). */
export type ReadBlob = (sha256: string) => Promise<Uint8Array | null>;

/** The LRU: `get` returns cached bytes or reads them through. */
export type BlobCache = {
  get(sha256: string): Promise<Uint8Array | null>;
  /** Bytes held and entries, for tests and metrics. */
  stats(): { readonly bytes: number; readonly entries: number };
};

/** Default budget: 64 MiB. Files larger than a quarter of the budget are served but not kept. */
export const DEFAULT_CACHE_BYTES = 64 * 1024 * 1024;

/** A cache over `read` holding at most `maxBytes`. */
export function blobCache(read: ReadBlob, maxBytes = DEFAULT_CACHE_BYTES): BlobCache {
  const cache = lru<Uint8Array>((b) => b.byteLength, maxBytes);
  return { get: (sha256) => cache.get(sha256, () => read(sha256)), stats: cache.stats };
}
