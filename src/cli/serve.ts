/**
 * @module `juesuan serve [--port 8080] [--host 127.0.0.1] [--db URL] [--workers N|auto] [--secure-cookies]
 * [--origin URL] [--trust-proxy]`: the web system on Node's HTTP server. SQLite ./data/juesuan.db by default
 * (created and migrated on first start), `--db sqlite:PATH`, PostgreSQL with `--db postgres://…` or
 * DATABASE_URL. Works the job queue in the same process (pg-boss on PostgreSQL, the in-process worker on
 * SQLite). `--workers N` (or `auto`: one per core) runs N such processes on one port (src/server/cluster.ts);
 * the primary migrates the database first. Stops cleanly on SIGINT/SIGTERM, after the running job.
 */
import cluster from 'node:cluster';
import type { AddressInfo } from 'node:net';
import { availableParallelism } from 'node:os';
import { clusterLoginLimits, localLoginLimits } from '../server/auth/login-limits.ts';
import { runCluster } from '../server/cluster.ts';
import { DEFAULT_CONFIG, defaultDeps } from '../server/deps.ts';
import type { JobQueue } from '../server/jobs/queue.ts';
import { type DbTarget, dbTarget, describeTarget, openJobQueue, openStore } from '../server/open-store.ts';
import type { Store } from '../storage/port.ts';
import { parseCommandArgs, UsageError } from './usage.ts';

const USAGE =
  'juesuan serve [--port 8080] [--host 127.0.0.1] [--db sqlite:文件|postgres://…] [--workers 进程数|auto] [--secure-cookies] [--origin https://域名] [--trust-proxy]';

/** The signals that stop the server. */
const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/** Most worker processes `--workers` accepts. */
const MAX_WORKERS = 64;

type ServeOptions = {
  readonly port: number;
  readonly hostname: string;
  readonly target: DbTarget;
  readonly workers: number;
  readonly secureCookies: boolean;
  readonly publicOrigins: readonly string[];
  readonly trustProxy: boolean;
};

function parseWorkers(text: string | undefined): number {
  if (text === undefined) return 1;
  if (text === 'auto') return availableParallelism();
  if (!/^\d{1,2}$/.test(text) || Number(text) < 1 || Number(text) > MAX_WORKERS)
    throw new UsageError(`--workers 应为 1–${MAX_WORKERS} 的进程数或 auto（而不是“${text}”）`);
  return Number(text);
}

function parseServeArgs(args: string[]): ServeOptions {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      port: { type: 'string' },
      host: { type: 'string' },
      db: { type: 'string' },
      workers: { type: 'string' },
      'secure-cookies': { type: 'boolean' },
      origin: { type: 'string', multiple: true },
      'trust-proxy': { type: 'boolean' },
    },
    USAGE,
  );
  if (positionals.length > 0) throw new UsageError(`多余的参数“${positionals[0]}”。\n用法：${USAGE}`);
  const portText = values.port ?? process.env['PORT'] ?? '8080';
  if (!/^\d{1,5}$/.test(portText) || Number(portText) > 65535)
    throw new UsageError(`--port 应为 0–65535 的端口号（而不是“${portText}”）`);
  return {
    port: Number(portText),
    hostname: values.host ?? '127.0.0.1',
    target: dbTarget(values.db),
    workers: parseWorkers(values.workers),
    secureCookies: values['secure-cookies'] === true,
    publicOrigins: values.origin ?? [],
    trustProxy: values['trust-proxy'] === true,
  };
}

/** The address users are told to open. */
function urlOf(hostname: string, port: number): string {
  return `http://${hostname.includes(':') ? `[${hostname}]` : hostname}:${port}/`;
}

/** Runs `juesuan serve` until the process is asked to stop; returns the exit code. */
export async function runServe(args: string[]): Promise<number> {
  const options = parseServeArgs(args);
  if (cluster.isWorker) {
    try {
      return await serveProcess(options, true);
    } finally {
      // A worker's channel to the primary would keep it alive (also when starting failed); closing it ends the process.
      cluster.worker?.disconnect();
    }
  }
  if (options.workers > 1) return servePrimary(options);
  return serveProcess(options, false);
}

/** Opens (creating and migrating) the store, or says why it cannot; null then. */
async function openOrSay(target: DbTarget): Promise<Store | null> {
  try {
    return await openStore(target);
  } catch (e) {
    process.stderr.write(
      `无法打开数据库（${describeTarget(target)}）：${e instanceof Error ? e.message : String(e)}\n`,
    );
    return null;
  }
}

/** The cluster's primary: migrates the database once, then runs the worker processes. */
async function servePrimary(options: ServeOptions): Promise<number> {
  const store = await openOrSay(options.target);
  if (store === null) return 2;
  const noAdmin = (await store.listUsers({ role: 'admin' })).length === 0;
  await store.close();
  return runCluster({
    workers: options.workers,
    // The workers' login settings are the defaults too (serve has no options for them).
    limits: localLoginLimits(DEFAULT_CONFIG, Date.now),
    onListening: ({ port }) => {
      process.stdout.write(
        `决算公开管理系统已启动：${urlOf(options.hostname, port)}（数据库：${describeTarget(options.target)}；${options.workers} 个服务进程）\n`,
      );
      if (noAdmin) process.stdout.write('尚无系统管理员：请运行 juesuan admin create <用户名> 创建。\n');
    },
  });
}

/** One server process: alone, or a worker of the cluster (which then prints nothing on start). */
async function serveProcess(options: ServeOptions, inCluster: boolean): Promise<number> {
  const { target } = options;
  const store = await openOrSay(target);
  if (store === null) return 2;
  // The server's code is loaded here, not by the cluster's primary, which only keeps the workers going.
  const [{ createApp }, { ThreadRenderer }, { createAppServer }] = await Promise.all([
    import('../server/app.ts'),
    import('../server/data/render-thread.ts'),
    import('../server/http/server.ts'),
  ]);
  // Reports are rendered in a worker thread: a PDF or DOCX takes seconds of CPU.
  const renderer = new ThreadRenderer();
  let jobs: JobQueue;
  try {
    jobs = await openJobQueue(target, store, renderer);
    await jobs.start();
  } catch (e) {
    process.stderr.write(`无法启动任务队列：${e instanceof Error ? e.message : String(e)}\n`);
    await renderer.close();
    await store.close();
    return 2;
  }
  const deps = {
    ...defaultDeps(store, {
      secureCookies: options.secureCookies,
      publicOrigins: options.publicOrigins,
      trustProxy: options.trustProxy,
    }),
    renderer,
    jobs,
    // In a cluster the primary keeps the failed-login counts for all processes (alone: the app's own).
    ...(inCluster ? { loginLimits: clusterLoginLimits() } : {}),
  };
  const app = createApp(deps);
  const noAdmin = !inCluster && (await store.listUsers({ role: 'admin' })).length === 0;
  // Published report pages and their fonts are answered from memory until the next commit.
  const server = createAppServer(app, store);
  const listened = await new Promise<boolean>((resolveListen) => {
    const refused = (e: NodeJS.ErrnoException) => {
      const where = `${options.hostname}:${options.port}`;
      const why =
        e.code === 'EADDRINUSE'
          ? '端口已被占用'
          : e.code === 'EACCES'
            ? '没有权限使用该端口'
            : e.code === 'EADDRNOTAVAIL'
              ? '本机没有这个地址'
              : e.message;
      process.stderr.write(`无法在 ${where} 上监听：${why}\n`);
      resolveListen(false);
    };
    server.once('error', refused);
    server.listen(options.port, options.hostname, () => {
      server.off('error', refused);
      resolveListen(true);
    });
  });
  if (!listened) {
    await jobs.stop();
    await renderer.close();
    await store.close();
    return 2;
  }
  if (!inCluster) {
    const { port } = server.address() as AddressInfo;
    process.stdout.write(
      `决算公开管理系统已启动：${urlOf(options.hostname, port)}（数据库：${describeTarget(target)}）\n`,
    );
    if (noAdmin) process.stdout.write('尚无系统管理员：请运行 juesuan admin create <用户名> 创建。\n');
  }
  const sweep = setInterval(() => {
    store.deleteExpiredSessions().catch((e: unknown) => console.error('[juesuan] session sweep:', e));
  }, 3600_000);
  sweep.unref();
  return new Promise<number>((resolveExit) => {
    let stopping = false;
    const stop = () => {
      if (stopping) return;
      stopping = true;
      clearInterval(sweep);
      server.close(async () => {
        await jobs.stop();
        await renderer.close();
        await store.close();
        // A worker keeps ignoring signals until it has ended (the primary's SIGTERM may still come).
        if (!inCluster) for (const signal of SIGNALS) process.off(signal, stop);
        resolveExit(0);
      });
      // Idle keep-alive connections would hold close() open.
      (server as { closeIdleConnections?: () => void }).closeIdleConnections?.();
    };
    // Alone, a second signal stops the process at once (the default action, as `once` leaves it). A
    // worker keeps listening: a signal sent to the whole group (systemd, Ctrl-C) reaches it besides the
    // primary's SIGTERM, and must not cut off the running job; the primary decides when to force.
    for (const signal of SIGNALS) {
      if (inCluster) process.on(signal, stop);
      else process.once(signal, stop);
    }
  });
}
