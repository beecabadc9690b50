/**
 * portal.report_rps, portal.report_p99_ms, portal.vs_nginx_ratio — the published example's report page
 * (/disclosures/2022/<org>/report.html) served by `juesuan serve` itself (the launcher, on a SQLite store
 * with the example published) against nginx serving the same page as a static file (sendfile, gzip_static
 * with the portal's own gzip bytes, no access log). Both run as deployed on a multi-core machine, with as
 * many processes as cores (`juesuan serve --workers N`, nginx `worker_processes N`, N = the cores): that is
 * portal.vs_nginx_ratio. Also measured in the same run: both with one process (portal.vs_nginx_1worker_ratio)
 * and each server's better configuration against the other's (portal.vs_nginx_best_ratio; on a machine whose
 * cores the load generator shares, one nginx worker can beat N). portal.pg_report_rps and
 * portal.pg_vs_nginx_ratio: the same with N processes on PostgreSQL (JUESUAN_TEST_PG or this machine's
 * `test` database, a schema of its own; left out when none is reachable). The load is wrk (C, one thread) with
 * `--latency`, 50 connections, the same duration and settings for all, alternating rounds, every request
 * with `Accept-Encoding: gzip` as a browser sends it. Also both p99s at one connection (service time
 * without the queue: at 50 connections the p99 is mostly 50 ÷ throughput). Run alone: `node --import tsx
 * bench/portal.ts`. Needs nginx and wrk (`apt-get install -y nginx wrk`). `BENCH_CPU_PROF=<dir>` profiles
 * the portal's processes (--cpu-prof).
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';
import { buildOutputs } from '../src/build/outputs.ts';
import { loadDatasetFolder } from '../src/ingest/dataset-folder.ts';
import { runRules, summarise } from '../src/rules/engine.ts';
import { figuresOf } from '../src/server/data/save.ts';
import { putOutputFiles } from '../src/server/portal/index.ts';
import { openStore } from '../src/storage/open.ts';
import type { Store } from '../src/storage/port.ts';
import { openSqliteStore } from '../src/storage/sqlite/open.ts';
import type { Actor, JsonValue } from '../src/storage/types.ts';
import { report } from './util.ts';

const ROOT = join(import.meta.dirname, '..');
const CONNECTIONS = 50;
/** What every request asks for, as browsers do. */
const ACCEPT_ENCODING = 'gzip';
const ROUND_SECONDS = 5;
const ROUNDS = 2;
/** One connection: the latency of a request without the generator's queue in front of it. */
const SINGLE = 1;
const SYSTEM: Actor = { userId: null, ip: null };
const clock = () => new Date().toISOString();

/** Publishes the example in the store (closed afterwards); returns the report's path and bytes. */
async function publishExample(store: Store): Promise<{ path: string; html: Uint8Array }> {
  const loaded = loadDatasetFolder(join(ROOT, 'examples', 'jiange-2022'), ROOT);
  if (!loaded.ok) throw new Error('example does not load');
  const ds = loaded.dataset;
  const findings = runRules(ds);
  const { files } = await buildOutputs(ds, findings, { draft: false });
  try {
    const org = await store.createOrganisation(
      {
        name: ds.entity.name,
        kind: 'department',
        region: ds.entity.region ?? '',
        code: ds.entity.code ?? null,
      },
      SYSTEM,
    );
    const user = await store.createUser(
      { username: 'bench', displayName: '基准', passwordHash: 'x', role: 'admin', organisationId: org.id },
      SYSTEM,
    );
    const actor: Actor = { userId: user.id, ip: null };
    const d = await store.createDisclosure(
      { organisationId: org.id, year: ds.entity.year, profile: ds.entity.profile },
      actor,
    );
    const s = summarise(findings);
    const v = await store.saveVersion(
      {
        disclosureId: d.id,
        dataset: JSON.parse(String(files.get('dataset.json'))) as JsonValue,
        findings: { errors: s.errors, warnings: s.warnings, notices: s.notices },
        figures: figuresOf(ds),
      },
      actor,
    );
    await putOutputFiles(store, { disclosureId: d.id, versionId: v.id, files }, actor);
    await store.transition({ disclosureId: d.id, from: 'draft', to: 'submitted' }, actor);
    await store.transition({ disclosureId: d.id, from: 'submitted', to: 'approved' }, actor);
    await store.publish({ disclosureId: d.id }, actor);
    const html = files.get('report.html');
    if (typeof html !== 'string') throw new Error('no report.html');
    return {
      path: `/disclosures/${ds.entity.year}/${org.id}/report.html`,
      html: new TextEncoder().encode(html),
    };
  } finally {
    await store.close();
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** `juesuan serve --workers <workers> --db <db>`; resolves with the port once it listens. */
async function startPortal(db: string, workers: number): Promise<{ child: ChildProcess; port: number }> {
  // BENCH_CPU_PROF=<dir>: every server process writes a CPU profile there when it stops (on SIGTERM).
  const prof = process.env.BENCH_CPU_PROF;
  const flags = prof === undefined ? [] : ['--cpu-prof', `--cpu-prof-dir=${prof}`];
  const child = spawn(
    process.execPath,
    [
      ...flags,
      join(ROOT, 'bin', 'juesuan.js'),
      'serve',
      '--port',
      '0',
      '--db',
      db,
      '--workers',
      String(workers),
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.once('exit', (code) => reject(new Error(`juesuan serve exited (${code}): ${out}`)));
    child.stdout?.on('data', (b: Buffer) => {
      out += b.toString();
      const m = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
      if (m !== null) resolve(Number(m[1]));
    });
  });
  child.stdout?.resume();
  return { child, port };
}

async function startNginx(
  dir: string,
  page: Page,
  workers: number,
): Promise<{ child: ChildProcess; port: number }> {
  const port = await freePort();
  // nginx's workers drop root for an unprivileged user: the document root must be world-readable.
  mkdirSync(join(dir, 'www'), { recursive: true, mode: 0o755 });
  mkdirSync(join(dir, 'tmp'), { recursive: true });
  chmodSync(dir, 0o755);
  writeFileSync(join(dir, 'www', 'report.html'), page.identity, { mode: 0o644 });
  if (page.gzip !== null) writeFileSync(join(dir, 'www', 'report.html.gz'), page.gzip, { mode: 0o644 });
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((k) => `${k}_temp_path ${dir}/tmp;`)
    .join(' ');
  writeFileSync(
    join(dir, 'nginx.conf'),
    `daemon off; worker_processes ${workers}; pid ${dir}/nginx.pid; error_log ${dir}/error.log;
events { worker_connections 1024; }
http { access_log off; sendfile on; tcp_nopush on; gzip_static on; gzip_vary on; ${temp}
  types { text/html html; }
  server { listen 127.0.0.1:${port}; root ${dir}/www; etag on; } }\n`,
  );
  const child = spawn('nginx', ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: 'inherit' });
  let failed: Error | null = null;
  child.once('error', (e) => {
    failed = new Error(`cannot run nginx (apt-get install -y nginx): ${e.message}`);
  });
  for (let i = 0; i < 100 && failed === null; i += 1) {
    if ((await fetch(`http://127.0.0.1:${port}/report.html`).catch(() => null))?.ok) return { child, port };
    await new Promise((r) => setTimeout(r, 50));
  }
  child.kill('SIGTERM');
  throw failed ?? new Error('nginx did not start');
}

/** The page as the portal serves it: the identity bytes and, when it sends one, its gzip form. */
type Page = { readonly identity: Uint8Array; readonly gzip: Uint8Array | null };

/** GETs a URL as it is on the wire (no decoding): status, Content-Encoding and body. */
function raw(
  url: string,
  headers: Record<string, string>,
): Promise<{ status: number; encoding: string; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          encoding: String(res.headers['content-encoding'] ?? ''),
          body: Buffer.concat(chunks),
        }),
      );
      res.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

/** The portal's page, plain and gzip. */
async function pageOf(url: string): Promise<Page> {
  const plain = await raw(url, {});
  const gz = await raw(url, { 'Accept-Encoding': ACCEPT_ENCODING });
  if (plain.status !== 200 || gz.status !== 200) throw new Error(`${url}: ${plain.status}, ${gz.status}`);
  return { identity: plain.body, gzip: gz.encoding === 'gzip' ? gz.body : null };
}

/** Both servers send the same bytes for the same request. */
async function same(ours: string, theirs: string): Promise<void> {
  for (const headers of [{}, { 'Accept-Encoding': ACCEPT_ENCODING }]) {
    const [a, b] = [await raw(ours, headers), await raw(theirs, headers)];
    if (a.status !== 200 || b.status !== 200 || a.encoding !== b.encoding || !a.body.equals(b.body))
      throw new Error(`${ours} and ${theirs} differ (${JSON.stringify(headers)})`);
  }
}

const run = promisify(execFile);
type Load = { rps: number; p99: number };

/** A wrk duration like 12.34ms, 1.2s or 850.00us in milliseconds. */
function ms(text: string): number {
  const m = /^([\d.]+)(us|ms|s|m)$/.exec(text);
  if (m === null) throw new Error(`wrk latency ${text}`);
  const scale = { us: 0.001, ms: 1, s: 1000, m: 60_000 }[m[2] as 'us' | 'ms' | 's' | 'm'];
  return Number(m[1]) * scale;
}

/** Loads a URL with wrk: `connections` connections on one thread, each sending its next request when the last is answered. */
async function load(url: string, seconds: number, connections = CONNECTIONS): Promise<Load> {
  const args = [
    '-t1',
    `-c${connections}`,
    `-d${seconds}s`,
    '--timeout',
    '10s',
    '--latency',
    '-H',
    `Accept-Encoding: ${ACCEPT_ENCODING}`,
    url,
  ];
  const { stdout } = await run('wrk', args).catch((e: Error) => {
    throw new Error(`cannot run wrk (apt-get install -y wrk): ${e.message}`);
  });
  // A slow response counts in the latency (10 s timeout), not as an error; anything else fails the run.
  if (/Non-2xx|Socket errors/.test(stdout)) throw new Error(`${url}: errors\n${stdout}`);
  const rps = /Requests\/sec:\s+([\d.]+)/.exec(stdout)?.[1];
  const p99 = /^\s+99%\s+(\S+)\s*$/m.exec(stdout)?.[1];
  if (rps === undefined || p99 === undefined) throw new Error(`cannot read wrk's output:\n${stdout}`);
  return { rps: Number(rps), p99: ms(p99) };
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Runs the benchmark and prints its figures. */
export async function benchPortal(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'juesuan-bench-portal-'));
  const dirs = [dir];
  const cleanups: (() => Promise<void>)[] = [];
  const children: ChildProcess[] = [];
  const cores = availableParallelism();
  try {
    const file = join(dir, 'portal.db');
    const { path, html } = await publishExample(await openSqliteStore({ file, clock }));
    // The same on PostgreSQL, in a schema of its own, when a server is reachable.
    const pg = await postgresSchema();
    if (pg !== null) cleanups.push(pg.drop);
    const pgPath = pg === null ? null : (await publishExample(await openStore(pg.url, { clock }))).path;
    const started = async (s: Promise<{ child: ChildProcess; port: number }>) => {
      const { child, port } = await s;
      children.push(child);
      return port;
    };
    const oursN = `http://127.0.0.1:${await started(startPortal(`sqlite:${file}`, cores))}${path}`;
    const ours1 = `http://127.0.0.1:${await started(startPortal(`sqlite:${file}`, 1))}${path}`;
    const oursPg =
      pg === null || pgPath === null
        ? null
        : `http://127.0.0.1:${await started(startPortal(pg.url, cores))}${pgPath}`;
    const page = await pageOf(oursN);
    // Beside the store's folder, not in it: nginx's workers drop root and must reach their document root.
    const nginxDir = (workers: number) => {
      const d = mkdtempSync(join(tmpdir(), `juesuan-bench-nginx-${workers}-`));
      dirs.push(d);
      return d;
    };
    const theirsN = `http://127.0.0.1:${await started(startNginx(nginxDir(cores), page, cores))}/report.html`;
    const theirs1 = `http://127.0.0.1:${await started(startNginx(nginxDir(1), page, 1))}/report.html`;
    for (const [a, b] of [
      [oursN, theirsN],
      [ours1, theirs1],
    ] as const)
      await same(a, b);
    if (oursPg !== null) await same(oursPg, theirsN);
    const urls = [oursN, theirsN, ours1, theirs1, ...(oursPg === null ? [] : [oursPg])];
    for (const url of urls) await load(url, 1);
    const loads = new Map<string, Load[]>(urls.map((u) => [u, []]));
    for (let i = 0; i < ROUNDS; i += 1)
      for (const url of urls) loads.get(url)?.push(await load(url, ROUND_SECONDS));
    const rpsOf = (url: string) => mean((loads.get(url) ?? []).map((x) => x.rps));
    const p99Of = (url: string) => Math.max(...(loads.get(url) ?? []).map((x) => x.p99));
    // Saturated, latency is mostly the generator's queue (connections ÷ throughput); one connection shows service time.
    const single = [await load(oursN, ROUND_SECONDS, SINGLE), await load(theirsN, ROUND_SECONDS, SINGLE)];
    console.error(
      `portal: stored report.html ${html.byteLength} bytes; the page ${page.identity.byteLength} bytes, ${page.gzip?.byteLength ?? 'no'} gzip; ` +
        `wrk 1 thread, ${CONNECTIONS} connections, Accept-Encoding: ${ACCEPT_ENCODING}, ${ROUNDS}×${ROUND_SECONDS} s each; ` +
        `juesuan serve --workers ${cores} and --workers 1; nginx (sendfile, gzip_static) worker_processes ${cores} and 1`,
    );
    const best = Math.max(rpsOf(oursN), rpsOf(ours1)) / Math.max(rpsOf(theirsN), rpsOf(theirs1));
    report('portal.report_rps', rpsOf(oursN), 'req/s');
    report('portal.report_p99_ms', p99Of(oursN), 'ms');
    report('portal.vs_nginx_ratio', rpsOf(oursN) / rpsOf(theirsN), 'x', 2);
    report('portal.nginx_rps', rpsOf(theirsN), 'req/s');
    report('portal.nginx_p99_ms', p99Of(theirsN), 'ms');
    report('portal.report_1worker_rps', rpsOf(ours1), 'req/s');
    report('portal.nginx_1worker_rps', rpsOf(theirs1), 'req/s');
    report('portal.vs_nginx_1worker_ratio', rpsOf(ours1) / rpsOf(theirs1), 'x', 2);
    report('portal.vs_nginx_best_ratio', best, 'x', 2);
    if (oursPg !== null) {
      report('portal.pg_report_rps', rpsOf(oursPg), 'req/s');
      report('portal.pg_report_p99_ms', p99Of(oursPg), 'ms');
      report('portal.pg_vs_nginx_ratio', rpsOf(oursPg) / rpsOf(theirsN), 'x', 2);
    } else console.error('portal: no PostgreSQL reachable, its figures are left out');
    report('portal.report_p99_1conn_ms', single[0]?.p99 ?? Number.NaN, 'ms');
    report('portal.nginx_p99_1conn_ms', single[1]?.p99 ?? Number.NaN, 'ms');
  } finally {
    for (const c of children) await stop(c);
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
    for (const c of cleanups) await c();
  }
}

/** A fresh schema on the PostgreSQL of JUESUAN_TEST_PG (default: this machine's `test`), or null. */
async function postgresSchema(): Promise<{ url: string; drop: () => Promise<void> } | null> {
  const base = process.env['JUESUAN_TEST_PG'] ?? 'postgres://postgres@127.0.0.1:5432/test';
  const admin = new pg.Client({ connectionString: base, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
  } catch {
    return null;
  }
  const schema = `juesuan_bench_${process.pid}`;
  await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE; CREATE SCHEMA ${schema}`);
  const url = new URL(base);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    url: url.toString(),
    drop: async () => {
      await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await admin.end();
    },
  };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href)
  await benchPortal();
