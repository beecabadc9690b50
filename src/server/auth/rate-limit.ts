/**
 * @module An in-memory sliding-window counter for failed logins, per key (username or client address).
 * One process only: behind a load balancer each process counts its own share, which still bounds guessing.
 */

/** Counts events per key within a sliding window; the clock is injected. */
export class SlidingWindowLimiter {
  readonly #events = new Map<string, number[]>();
  readonly #windowMs: number;
  readonly #max: number;
  readonly #now: () => number;

  constructor(options: { windowMs: number; max: number; now: () => number }) {
    this.#windowMs = options.windowMs;
    this.#max = options.max;
    this.#now = options.now;
  }

  #recent(key: string): number[] {
    const since = this.#now() - this.#windowMs;
    const kept = (this.#events.get(key) ?? []).filter((t) => t > since);
    if (kept.length === 0) this.#events.delete(key);
    else this.#events.set(key, kept);
    return kept;
  }

  /** Whether the key has used up its allowance within the window. */
  isBlocked(key: string): boolean {
    return this.#recent(key).length >= this.#max;
  }

  /** Records one event for the key. */
  hit(key: string): void {
    const kept = this.#recent(key);
    kept.push(this.#now());
    this.#events.set(key, kept);
    if (this.#events.size > 100_000) this.#sweep();
  }

  /** Forgets the key (after a successful login). */
  reset(key: string): void {
    this.#events.delete(key);
  }

  /** Milliseconds until the key may try again (0 when not blocked). */
  retryAfterMs(key: string): number {
    const kept = this.#recent(key);
    if (kept.length < this.#max) return 0;
    return Math.max(0, kept[kept.length - this.#max]! + this.#windowMs - this.#now());
  }

  #sweep(): void {
    for (const key of [...this.#events.keys()]) this.#recent(key);
  }
}
