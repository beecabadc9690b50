/**
 * @module What the web system is built from: the store, the clock, randomness and settings. Everything
 * with an effect is injected here so tests can fix the time, the ids and the tokens.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { Store } from '../storage/port.ts';
import type { LoginLimits } from './auth/login-limits.ts';
import type { Renderer } from './data/renderer.ts';
import type { JobQueue } from './jobs/queue.ts';

/** Settings of one server process. */
export type ServerConfig = {
  /** Mark cookies Secure (behind HTTPS). */
  readonly secureCookies: boolean;
  /** Absolute lifetime of a login session, in minutes. */
  readonly sessionTtlMinutes: number;
  /** A session unused for this long ends, in minutes. */
  readonly idleTimeoutMinutes: number;
  /** Largest accepted upload (workbook, dataset zip, dataset.json), in bytes. */
  readonly uploadLimitBytes: number;
  /** Largest accepted ordinary form body, in bytes. */
  readonly formLimitBytes: number;
  /** Failed logins allowed per username within the window before 429. */
  readonly loginMaxPerUser: number;
  /** Failed logins allowed per client address within the window before 429. */
  readonly loginMaxPerIp: number;
  /** The sliding window of the login limits, in minutes. */
  readonly loginWindowMinutes: number;
  /** The origin(s) browsers use to reach the server (e.g. `https://juesuan.example.gov.cn`); empty: the Host header's. */
  readonly publicOrigins: readonly string[];
  /** Take the client address from X-Forwarded-For (only behind a trusted proxy). */
  readonly trustProxy: boolean;
};

/** Everything the app needs; one value per process, passed down, never a module singleton. */
export type ServerDeps = {
  readonly store: Store;
  /** The current time (tests inject a movable clock). */
  readonly clock: () => Date;
  /** A new opaque id (UUID by default). */
  readonly newId: () => string;
  /** A new random token of `bytes` bytes, base64url (session tokens, CSRF secrets). */
  readonly randomToken: (bytes?: number) => string;
  readonly config: ServerConfig;
  /** Renders report files (default: in the request's thread; `juesuan serve` uses a worker thread). */
  readonly renderer?: Renderer;
  /** The failed-login limits (default: counted in this process; `juesuan serve --workers`: in the primary). */
  readonly loginLimits?: LoginLimits;
  /** Where batch jobs go (default: only the store's jobs table, for a worker run separately, as in tests). */
  readonly jobs?: Pick<JobQueue, 'enqueue'>;
};

/** The default settings: 8-hour sessions, 30-minute idle timeout, 20 MB uploads, 5 failed logins per user per 15 minutes. */
export const DEFAULT_CONFIG: ServerConfig = {
  secureCookies: false,
  sessionTtlMinutes: 8 * 60,
  idleTimeoutMinutes: 30,
  uploadLimitBytes: 20 * 1024 * 1024,
  formLimitBytes: 1024 * 1024,
  loginMaxPerUser: 5,
  loginMaxPerIp: 30,
  loginWindowMinutes: 15,
  publicOrigins: [],
  trustProxy: false,
};

/** Cryptographically random base64url token. */
export function cryptoToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** Deps with the real clock and randomness and the default settings, over a store. */
export function defaultDeps(store: Store, config: Partial<ServerConfig> = {}): ServerDeps {
  return {
    store,
    clock: () => new Date(),
    newId: randomUUID,
    randomToken: cryptoToken,
    config: { ...DEFAULT_CONFIG, ...config },
  };
}
