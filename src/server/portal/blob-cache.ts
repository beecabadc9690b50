/**
 * @module An in-memory LRU of file bytes keyed by sha256, bounded by total size. Content-addressed bytes
 * never change, so entries need no invalidation; concurrent misses for one hash share one store read.
 */

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
  const entries = new Map<string, Uint8Array>();
  const pending = new Map<string, Promise<Uint8Array | null>>();
  let held = 0;

  function keep(sha: string, bytes: Uint8Array): void {
    if (bytes.byteLength > maxBytes / 4 || entries.has(sha)) return;
    entries.set(sha, bytes);
    held += bytes.byteLength;
    for (const [oldest, b] of entries) {
      if (held <= maxBytes) break;
      entries.delete(oldest);
      held -= b.byteLength;
    }
  }

  return {
    get(sha256) {
      const hit = entries.get(sha256);
      if (hit !== undefined) {
        // Move to the young end: a Map iterates in insertion order.
        entries.delete(sha256);
        entries.set(sha256, hit);
        return Promise.resolve(hit);
      }
      const inFlight = pending.get(sha256);
      if (inFlight !== undefined) return inFlight;
      const p = read(sha256)
        .then((bytes) => {
          if (bytes !== null) keep(sha256, bytes);
          return bytes;
        })
        .finally(() => pending.delete(sha256));
      pending.set(sha256, p);
      return p;
    },
    stats: () => ({ bytes: held, entries: entries.size }),
  };
}
