/**
 * @module `juesuan serve [--port 8080] [--host 127.0.0.1] [--db URL] [--secure-cookies] [--origin URL]
 * [--trust-proxy]`: the web system on Node's HTTP server. SQLite ./data/juesuan.db by default (created and
 * migrated on first start), `--db sqlite:PATH`, PostgreSQL with `--db postgres://…` or DATABASE_URL. Works
 * the job queue in the same process (pg-boss on PostgreSQL, the in-process worker on SQLite). Stops cleanly
 * on SIGINT/SIGTERM, after the running job.
 */
import type { AddressInfo } from 'node:net';
import { createApp } from '../server/app.ts';
import { ThreadRenderer } from '../server/data/render-thread.ts';
import { defaultDeps } from '../server/deps.ts';
import { createAppServer } from '../server/http/server.ts';
import type { JobQueue } from '../server/jobs/queue.ts';
import { dbTarget, describeTarget, openJobQueue, openStore } from '../server/open-store.ts';
import { parseCommandArgs, UsageError } from './usage.ts';

const USAGE =
  'juesuan serve [--port 8080] [--host 127.0.0.1] [--db sqlite:文件|postgres://…] [--secure-cookies] [--origin https://域名] [--trust-proxy]';

/** Runs `juesuan serve` until the process is asked to stop; returns the exit code. */
export async function runServe(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      port: { type: 'string' },
      host: { type: 'string' },
      db: { type: 'string' },
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
  const target = dbTarget(values.db);
  let store: Awaited<ReturnType<typeof openStore>>;
  try {
    store = await openStore(target);
  } catch (e) {
    process.stderr.write(
      `无法打开数据库（${describeTarget(target)}）：${e instanceof Error ? e.message : String(e)}\n`,
    );
    return 2;
  }
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
      secureCookies: values['secure-cookies'] === true,
      publicOrigins: values.origin ?? [],
      trustProxy: values['trust-proxy'] === true,
    }),
    renderer,
    jobs,
  };
  const app = createApp(deps);
  const hostname = values.host ?? '127.0.0.1';
  const noAdmin = (await store.listUsers({ role: 'admin' })).length === 0;
  // Published report pages and their fonts are answered from memory until the next commit.
  const server = createAppServer(app, store);
  server.listen(Number(portText), hostname, () => {
    const { port } = server.address() as AddressInfo;
    process.stdout.write(
      `决算公开管理系统已启动：http://${hostname.includes(':') ? `[${hostname}]` : hostname}:${port}/（数据库：${describeTarget(target)}）\n`,
    );
    if (noAdmin) process.stdout.write('尚无系统管理员：请运行 juesuan admin create <用户名> 创建。\n');
  });
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
        resolveExit(0);
      });
      // Idle keep-alive connections would hold close() open.
      (server as { closeIdleConnections?: () => void }).closeIdleConnections?.();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
