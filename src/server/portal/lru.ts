/**
 * @module An in-memory LRU bounded by total size, for values that never change under their key (content
 * addressed bytes and what is derived from them), so entries need no invalidation. Concurrent misses for
 * one key share one load; a load that finds nothing (null) is not remembered.
 */

/** The LRU: `get` returns the cached value or loads it through `load`. */
export type Lru<T> = {
  get(key: string, load: () => Promise<T | null>): Promise<T | null>;
  /** The cached value, without loading. */
  peek(key: string): T | undefined;
  /** Keeps a value made elsewhere. */
  put(key: string, value: T): void;
  /** Size held and entries, for tests and metrics. */
  stats(): { readonly bytes: number; readonly entries: number };
};

/** An LRU of values whose size is `sizeOf`, holding at most `maxBytes`; larger than a quarter is not kept. */
export function lru<T>(sizeOf: (value: T) => number, maxBytes: number): Lru<T> {
  const entries = new Map<string, { value: T; size: number }>();
  const pending = new Map<string, Promise<T | null>>();
  let held = 0;

  function put(key: string, value: T): void {
    const size = sizeOf(value);
    if (size > maxBytes / 4 || entries.has(key)) return;
    entries.set(key, { value, size });
    held += size;
    for (const [oldest, e] of entries) {
      if (held <= maxBytes) break;
      entries.delete(oldest);
      held -= e.size;
    }
  }

  function peek(key: string): T | undefined {
    const hit = entries.get(key);
    if (hit === undefined) return undefined;
    // Move to the young end: a Map iterates in insertion order.
    entries.delete(key);
    entries.set(key, hit);
    return hit.value;
  }

  return {
    get(key, load) {
      const hit = peek(key);
      if (hit !== undefined) return Promise.resolve(hit);
      const inFlight = pending.get(key);
      if (inFlight !== undefined) return inFlight;
      const p = load()
        .then((value) => {
          if (value !== null) put(key, value);
          return value;
        })
        .finally(() => pending.delete(key));
      pending.set(key, p);
      return p;
    },
    peek,
    put,
    stats: () => ({ bytes: held, entries: entries.size }),
  };
}
