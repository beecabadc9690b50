/**
 * @module The login limits: failed logins counted per username and per client address in a sliding
 * window. `localLoginLimits` counts in this process; with several server processes (`juesuan serve
 * --workers`) the counts live in the cluster's primary process and every worker asks it over the cluster
 * channel (`clusterLoginLimits`, answered by `answerLoginLimits`), so the limits hold for the server as a
 * whole whichever process a request reaches.
 */
import type { ServerConfig } from '../deps.ts';
import { SlidingWindowLimiter } from './rate-limit.ts';

/** Who is trying: the username as typed (lower-cased) and the client address. */
export type LoginKeys = { readonly user: string; readonly ip: string };

export interface LoginLimits {
  /** Milliseconds until these keys may try again; 0 when they may try now. */
  waitMs(keys: LoginKeys): Promise<number>;
  /** Counts a failed login. */
  failed(keys: LoginKeys): Promise<void>;
  /** Forgets the username's failures after a successful login (the address's stay counted). */
  succeeded(keys: LoginKeys): Promise<void>;
}

type LimitsConfig = Pick<ServerConfig, 'loginMaxPerUser' | 'loginMaxPerIp' | 'loginWindowMinutes'>;

/** The limits counted in this process, on the given clock. */
export function localLoginLimits(config: LimitsConfig, now: () => number): LoginLimits {
  const windowMs = config.loginWindowMinutes * 60_000;
  const perUser = new SlidingWindowLimiter({ windowMs, max: config.loginMaxPerUser, now });
  const perIp = new SlidingWindowLimiter({ windowMs, max: config.loginMaxPerIp, now });
  return {
    // retryAfterMs is above 0 exactly while a key is blocked.
    async waitMs({ user, ip }) {
      return Math.max(perUser.retryAfterMs(user), perIp.retryAfterMs(ip));
    },
    async failed({ user, ip }) {
      perUser.hit(user);
      perIp.hit(ip);
    },
    async succeeded({ user }) {
      perUser.reset(user);
    },
  };
}

/** A worker's question to the primary, and the primary's answer, on the cluster channel. */
type Ask = {
  readonly juesuan: 'login-limits';
  readonly id: number;
  readonly op: 'waitMs' | 'failed' | 'succeeded';
  readonly keys: LoginKeys;
};
type Answer = { readonly juesuan: 'login-limits'; readonly id: number; readonly waitMs: number };

const OPS: readonly string[] = ['waitMs', 'failed', 'succeeded'];

function isAsk(m: unknown): m is Ask {
  if (typeof m !== 'object' || m === null) return false;
  const a = m as Partial<Ask>;
  return (
    a.juesuan === 'login-limits' &&
    Number.isSafeInteger(a.id) &&
    OPS.includes(String(a.op)) &&
    typeof a.keys?.user === 'string' &&
    typeof a.keys.ip === 'string'
  );
}

function isAnswer(m: unknown): m is Answer {
  return typeof m === 'object' && m !== null && (m as Answer).juesuan === 'login-limits' && 'waitMs' in m;
}

/** The channel to the primary a worker process has (node:cluster's `process`). */
type ToPrimary = {
  send?: (message: unknown, callback: (error: Error | null) => void) => boolean;
  on(event: 'message', listener: (message: unknown) => void): unknown;
};

/** How long a worker waits for the primary before it refuses the login (the primary is gone or stuck). */
const ANSWER_TIMEOUT_MS = 5_000;

/** The limits kept by the cluster's primary, asked over the worker's channel. */
export function clusterLoginLimits(channel: ToPrimary = process): LoginLimits {
  const pending = new Map<number, (waitMs: number) => void>();
  let next = 0;
  channel.on('message', (m) => {
    if (!isAnswer(m)) return;
    pending.get(m.id)?.(m.waitMs);
    pending.delete(m.id);
  });
  const ask = (op: Ask['op'], keys: LoginKeys) =>
    new Promise<number>((resolve, reject) => {
      const id = ++next;
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new Error('登录限制服务无响应'));
      }, ANSWER_TIMEOUT_MS);
      pending.set(id, (waitMs) => {
        clearTimeout(timer);
        resolve(waitMs);
      });
      const message: Ask = { juesuan: 'login-limits', id, op, keys };
      const failed = () => {
        clearTimeout(timer);
        pending.delete(id);
        reject(new Error('登录限制服务不可用'));
      };
      // send's false only means "queued behind others"; a failure comes to the callback.
      if (channel.send === undefined) failed();
      else channel.send(message, (error) => error && failed());
    });
  return {
    waitMs: (keys) => ask('waitMs', keys),
    failed: async (keys) => void (await ask('failed', keys)),
    succeeded: async (keys) => void (await ask('succeeded', keys)),
  };
}

/** The primary's side: answers a worker's questions from the limits it keeps. */
export function answerLoginLimits(
  limits: LoginLimits,
  worker: {
    send(message: unknown, callback: (error: Error | null) => void): unknown;
    isConnected(): boolean;
    on(event: 'message', l: (m: unknown) => void): unknown;
  },
): void {
  worker.on('message', (m) => {
    if (!isAsk(m)) return;
    const keys: LoginKeys = { user: m.keys.user, ip: m.keys.ip };
    const done = (waitMs: number) => {
      const answer: Answer = { juesuan: 'login-limits', id: m.id, waitMs };
      // A worker that went away meanwhile needs no answer (and must not make the primary fail).
      if (worker.isConnected()) worker.send(answer, () => {});
    };
    if (m.op === 'waitMs') void limits.waitMs(keys).then(done);
    else if (m.op === 'failed') void limits.failed(keys).then(() => done(0));
    else void limits.succeeded(keys).then(() => done(0));
  });
}
