/**
 * `juesuan serve --workers 2`, the real processes: the primary and two workers on one port. Node's cluster
 * hands new connections to the workers in turn (round-robin), so requests on fresh connections alternate
 * between the two processes. Shown: the failed-login limit holds for the server as a whole (kept by the
 * primary: with a count per process, six failures split three and three would never reach the limit of
 * five); a correction published by another process reaches both workers' response caches; a worker that
 * dies is replaced; SIGTERM stops everything with code 0; workers do not outlive a killed primary.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { STAMP_MAX_AGE_MS } from '../../src/server/http/response-cache.ts';
import { putOutputFiles } from '../../src/server/portal/index.ts';
import { openSqliteStore } from '../../src/storage/sqlite/open.ts';
import { type ServerProcess, startServer } from './process.ts';
import { publishVersion, seedDisclosure } from './publish.ts';

const clock = () => new Date().toISOString();

type Reply = { status: number; headers: Record<string, string | string[] | undefined>; text: string };

/** One request on a new connection (no keep-alive agent), so that the cluster picks the next worker. */
function fresh(url: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<Reply>((resolve, reject) => {
    const req = request(url, { method: init.method ?? 'GET', headers: init.headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          text: Buffer.concat(chunks).toString(),
        }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

/** The worker processes of a primary (its children running `serve`; tsx's esbuild service is not one). */
function workersOf(primary: number): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (new RegExp(`^PPid:\\s+${primary}$`, 'm').test(status) && cmdline.includes('serve'))
        pids.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return pids.sort((a, b) => a - b);
}

/** Whether a process runs (a zombie, exited but not yet reaped by its parent, does not). */
function alive(pid: number): boolean {
  try {
    return !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return false;
  }
}

async function until(what: string, ok: () => boolean, ms = 20_000): Promise<void> {
  for (const end = Date.now() + ms; !ok(); ) {
    if (Date.now() > end) throw new Error(`timed out waiting: ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A published disclosure whose report page says `tag`; publishing again is a correction. */
async function publisher(file: string) {
  const seed = await openSqliteStore({ file, clock });
  const { orgId, disclosureId, actor } = await seedDisclosure(seed, '某县审计局');
  await seed.close();
  return {
    path: `/disclosures/2022/${orgId}/report.html`,
    /** Publishes from this (test) process: for the server, another process's commit. */
    async publish(tag: string) {
      const store = await openSqliteStore({ file, clock });
      try {
        const files = new Map([['report.html', `<!doctype html><title>报告</title><p>${tag}</p>`]]);
        await publishVersion(store, disclosureId, actor, (versionId) =>
          putOutputFiles(store, { disclosureId, versionId, files }, actor),
        );
      } finally {
        await store.close();
      }
    },
  };
}

describe('juesuan serve --workers 2', () => {
  let dir = '';
  let file = '';
  let server: ServerProcess;
  let report: Awaited<ReturnType<typeof publisher>>;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'juesuan-cluster-'));
    file = join(dir, 'juesuan.db');
    report = await publisher(file);
    await report.publish('第一次公开');
    server = await startServer(`sqlite:${file}`, ['--workers', '2']);
    await until('two workers', () => workersOf(server.child.pid ?? 0).length === 2);
  });
  after(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('says how many processes serve, once', () => {
    assert.match(
      server.output(),
      /决算公开管理系统已启动：http:\/\/127\.0\.0\.1:\d+\/（数据库：SQLite .+；2 个服务进程）/,
    );
    assert.equal(server.output().match(/已启动/g)?.length, 1);
  });

  it('limits failed logins for the whole server, whichever worker answers', async () => {
    const page = await fresh(`${server.url}/app/login`);
    const cookie = String(page.headers['set-cookie']?.[0] ?? '').split(';')[0] ?? '';
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page.text)?.[1] ?? '';
    assert.ok(cookie !== '' && csrf !== '', 'a pre-login cookie and token');
    const statuses: number[] = [];
    for (let i = 0; i < 7; i += 1) {
      const res = await fresh(`${server.url}/app/login`, {
        method: 'POST',
        headers: {
          cookie,
          origin: server.url,
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: new URLSearchParams({ _csrf: csrf, username: 'nobody', password: `guess ${i}` }).toString(),
      });
      statuses.push(res.status);
      if (res.status === 429) assert.match(res.text, /登录失败次数过多/);
    }
    // The limit is five failures per username in the window (DEFAULT_CONFIG.loginMaxPerUser).
    assert.deepEqual(statuses, [400, 400, 400, 400, 400, 429, 429]);
  });

  it("follows another process's correction in both workers' caches", async () => {
    const url = `${server.url}${report.path}`;
    const first = await Promise.all([1, 2, 3, 4].map(() => fresh(url)));
    for (const r of first) assert.match(r.text, /第一次公开/);
    // What every visitor gets with the page, through the whole server.
    assert.match(String(first[0]?.headers['content-security-policy']), /frame-ancestors 'self'/);
    assert.equal(first[0]?.headers['x-frame-options'], 'SAMEORIGIN');
    assert.equal(first[0]?.headers['x-content-type-options'], 'nosniff');
    // Asked again: both workers now answer from memory.
    for (const r of await Promise.all([1, 2, 3, 4].map(() => fresh(url)))) assert.match(r.text, /第一次公开/);
    await report.publish('更正后公开');
    await new Promise((r) => setTimeout(r, STAMP_MAX_AGE_MS * 2));
    for (const r of await Promise.all([1, 2, 3, 4].map(() => fresh(url)))) {
      assert.equal(r.status, 200);
      assert.match(r.text, /更正后公开/);
    }
  });

  it('replaces a worker that dies, and keeps serving', async () => {
    const primary = server.child.pid ?? 0;
    const [victim, survivor] = workersOf(primary);
    process.kill(victim ?? 0, 'SIGKILL');
    await until('a new worker', () => {
      const now = workersOf(primary);
      return now.length === 2 && !now.includes(victim ?? 0) && now.includes(survivor ?? 0);
    });
    await until('the message', () => /服务进程 \d+ 意外退出（SIGKILL），已重新启动。/.test(server.output()));
    // Give the new worker time to listen, then every connection is answered.
    for (let tries = 0; ; tries += 1) {
      const replies = await Promise.all([1, 2, 3, 4].map(() => fresh(`${server.url}${report.path}`)));
      if (replies.every((r) => r.status === 200)) break;
      assert.ok(tries < 100, 'the new worker serves');
      await new Promise((r) => setTimeout(r, 100));
    }
  });

  it('stops every process on SIGTERM with code 0', async () => {
    const workers = workersOf(server.child.pid ?? 0);
    assert.equal(workers.length, 2);
    assert.equal(await server.stop(), 0);
    await until('workers gone', () => workers.every((pid) => !alive(pid)), 5_000);
  });
});

describe('juesuan serve --workers 2, killed', () => {
  it('leaves no worker behind when the primary is killed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'juesuan-cluster-kill-'));
    try {
      const server = await startServer(`sqlite:${join(dir, 'juesuan.db')}`, ['--workers', '2']);
      await until('two workers', () => workersOf(server.child.pid ?? 0).length === 2);
      const workers = workersOf(server.child.pid ?? 0);
      const exited = new Promise((r) => server.child.once('exit', r));
      server.child.kill('SIGKILL');
      await exited;
      await until('workers gone', () => workers.every((pid) => !alive(pid)), 10_000);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stops gracefully when the whole process group is signalled (systemd, Ctrl-C)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'juesuan-cluster-group-'));
    try {
      const file = join(dir, 'juesuan.db');
      const server = await startServer(`sqlite:${file}`, ['--workers', '2'], { detached: true });
      await until('two workers', () => workersOf(server.child.pid ?? 0).length === 2);
      assert.equal((await fresh(`${server.url}/`)).status, 200);
      // A request in flight (its body not all sent) keeps one worker stopping for a while.
      const body = 'username=x&password=';
      const slow = request(`${server.url}/app/login`, {
        method: 'POST',
        agent: false,
        headers: {
          origin: server.url,
          'content-type': 'application/x-www-form-urlencoded',
          'content-length': String(body.length),
        },
      });
      const answered = new Promise<number>((resolve, reject) => {
        slow.on('response', (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        slow.on('error', reject);
      });
      slow.write(body.slice(0, 9));
      await new Promise((r) => setTimeout(r, 300));
      const exited = new Promise<number | null>((r) => server.child.once('exit', (code) => r(code)));
      // The primary and both workers get SIGTERM at once; the workers then get the primary's SIGTERM too.
      process.kill(-(server.child.pid ?? 0), 'SIGTERM');
      await new Promise((r) => setTimeout(r, 500));
      slow.end(body.slice(9));
      assert.ok(
        (await answered) >= 400,
        'the request in flight is answered (no token: refused), not cut off',
      );
      // 0: every worker stopped by itself (a serving worker ended by a signal would make it 1).
      assert.equal(await exited, 0, server.output());
      assert.doesNotMatch(server.output(), /再次收到停止信号|未能正常停止/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says in Chinese why it cannot listen, and exits with 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'juesuan-cluster-busy-'));
    try {
      const first = await startServer(`sqlite:${join(dir, 'a.db')}`);
      try {
        const port = new URL(first.url).port;
        for (const extra of [[], ['--workers', '2']]) {
          const second = startServer(`sqlite:${join(dir, 'b.db')}`, ['--port', port, ...extra]);
          await assert.rejects(second, (e: Error) => {
            assert.match(e.message, /server exited with 2/);
            assert.match(e.message, new RegExp(`无法在 127\\.0\\.0\\.1:${port} 上监听：端口已被占用`));
            assert.doesNotMatch(e.message, /at .*\.ts:\d+/, 'no stack trace');
            return true;
          });
        }
      } finally {
        await first.stop();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
