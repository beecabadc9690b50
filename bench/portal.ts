/**
 * portal.report_rps, portal.report_p99_ms, portal.vs_nginx_ratio — the published example's report page
 * (/disclosures/2022/<org>/report.html) served by the portal (the app and HTTP server of `juesuan serve`
 * on a SQLite store, in a child process) against nginx serving the same page as a static
 * file (one worker, sendfile, gzip_static with the portal's own gzip bytes, no access log). The load is wrk
 * (C, one thread, so it takes less of the machine than the server it measures) with `--latency`, 50
 * connections, the same duration and settings for both, alternating rounds, every request with
 * `Accept-Encoding: gzip` as a browser sends it. Also both p99s at one connection (service time without the
 * queue: at 50 connections the p99 is mostly 50 ÷ throughput). Run alone: `node --import tsx bench/portal.ts`.
 * Needs nginx and wrk (`apt-get install -y nginx wrk`). `BENCH_CPU_PROF=<dir>` profiles the portal child (--cpu-prof).
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { buildOutputs } from '../src/build/outputs.ts';
import { loadDatasetFolder } from '../src/ingest/dataset-folder.ts';
import { runRules, summarise } from '../src/rules/engine.ts';
import { createApp } from '../src/server/app.ts';
import { figuresOf } from '../src/server/data/save.ts';
import { defaultDeps } from '../src/server/deps.ts';
import { createAppServer } from '../src/server/http/server.ts';
import { putOutputFiles } from '../src/server/portal/index.ts';
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

/** A SQLite store with the example published; returns the report's path and bytes. */
async function publishExample(file: string): Promise<{ path: string; html: Uint8Array }> {
  const loaded = loadDatasetFolder(join(ROOT, 'examples', 'jiange-2022'), ROOT);
  if (!loaded.ok) throw new Error('example does not load');
  const ds = loaded.dataset;
  const findings = runRules(ds);
  const { files } = await buildOutputs(ds, findings, { draft: false });
  const store = await openSqliteStore({ file, clock });
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

/** The child process: the portal on the store file, on an ephemeral port printed to stdout. */
async function servePortal(file: string): Promise<void> {
  const store = await openSqliteStore({ file, clock });
  // Exit on SIGTERM through process.exit, so that --cpu-prof writes its profile.
  process.once('SIGTERM', () => process.exit(0));
  // The app and server of `juesuan serve` (its settings by default; no job queue or render thread, which
  // a published page does not use).
  const server = createAppServer(createApp(defaultDeps(store)), store);
  server.listen(0, '127.0.0.1', () =>
    console.log(JSON.stringify({ port: (server.address() as AddressInfo).port })),
  );
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

async function startPortal(file: string): Promise<{ child: ChildProcess; port: number }> {
  // BENCH_CPU_PROF=<dir>: the portal child writes a CPU profile there when it stops (see servePortal).
  const prof = process.env.BENCH_CPU_PROF;
  const flags = prof === undefined ? [] : ['--cpu-prof', `--cpu-prof-dir=${prof}`];
  const child = spawn(
    process.execPath,
    [...flags, '--import', 'tsx', fileURLToPath(import.meta.url), 'serve', file],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`portal exited (${code})`)));
    child.stdout?.once('data', (b: Buffer) => resolve((JSON.parse(b.toString()) as { port: number }).port));
  });
  return { child, port };
}

async function startNginx(dir: string, page: Page): Promise<{ child: ChildProcess; port: number }> {
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
    `daemon off; worker_processes 1; pid ${dir}/nginx.pid; error_log ${dir}/error.log;
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
  const nginxDir = mkdtempSync(join(tmpdir(), 'juesuan-bench-nginx-'));
  const children: ChildProcess[] = [];
  try {
    const file = join(dir, 'portal.db');
    const { path, html } = await publishExample(file);
    const portal = await startPortal(file);
    children.push(portal.child);
    const ours = `http://127.0.0.1:${portal.port}${path}`;
    const page = await pageOf(ours);
    const nginx = await startNginx(nginxDir, page);
    children.push(nginx.child);
    const theirs = `http://127.0.0.1:${nginx.port}/report.html`;
    await same(ours, theirs);
    await load(ours, 1);
    await load(theirs, 1);
    const a: Load[] = [];
    const b: Load[] = [];
    for (let i = 0; i < ROUNDS; i += 1) {
      a.push(await load(ours, ROUND_SECONDS));
      b.push(await load(theirs, ROUND_SECONDS));
    }
    // Saturated, latency is mostly the generator's queue (connections ÷ throughput); one connection shows service time.
    const single = [await load(ours, ROUND_SECONDS, SINGLE), await load(theirs, ROUND_SECONDS, SINGLE)];
    const rps = mean(a.map((x) => x.rps));
    const nginxRps = mean(b.map((x) => x.rps));
    console.error(
      `portal: stored report.html ${html.byteLength} bytes; the page ${page.identity.byteLength} bytes, ${page.gzip?.byteLength ?? 'no'} gzip; ` +
        `wrk 1 thread, ${CONNECTIONS} connections, Accept-Encoding: ${ACCEPT_ENCODING}, ${ROUNDS}×${ROUND_SECONDS} s each; nginx 1 worker, sendfile, gzip_static`,
    );
    report('portal.report_rps', rps, 'req/s');
    report('portal.report_p99_ms', Math.max(...a.map((x) => x.p99)), 'ms');
    report('portal.vs_nginx_ratio', rps / nginxRps, 'x', 2);
    report('portal.nginx_rps', nginxRps, 'req/s');
    report('portal.nginx_p99_ms', Math.max(...b.map((x) => x.p99)), 'ms');
    report('portal.report_p99_1conn_ms', single[0]?.p99 ?? Number.NaN, 'ms');
    report('portal.nginx_p99_1conn_ms', single[1]?.p99 ?? Number.NaN, 'ms');
  } finally {
    for (const c of children) await stop(c);
    rmSync(dir, { recursive: true, force: true });
    rmSync(nginxDir, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.argv[2] === 'serve') await servePortal(process.argv[3] ?? '');
  else await benchPortal();
}
