/**
 * @module Server test helpers: a real store (SQLite in a temp file, or a fresh PostgreSQL schema) with a
 * movable clock shared by the store and the app, a seeded organisation tree with one user per role, and a
 * browser-like client over `app.request()` (cookie jar, CSRF token taken from the last page).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import { zipSync } from 'fflate';
import type { Hono } from 'hono';
import { createApp } from '../../src/server/app.ts';
import { hashPassword } from '../../src/server/auth/password.ts';
import { cryptoToken, DEFAULT_CONFIG, type ServerConfig, type ServerDeps } from '../../src/server/deps.ts';
import type { AppEnv } from '../../src/server/env.ts';
import type { Store } from '../../src/storage/port.ts';
import { openSqliteStore } from '../../src/storage/sqlite/open.ts';
import type { Actor, Organisation, Role, User } from '../../src/storage/types.ts';
import { EXAMPLE_DIR } from '../helpers.ts';

export const SYSTEM: Actor = { userId: null, ip: null };
/** Every seeded user's password. */
export const PASSWORD = 'correct horse 2023';

/** A clock that stands still until moved. */
export class MovableClock {
  #t: number;
  constructor(start = '2023-06-01T02:00:00.000Z') {
    this.#t = Date.parse(start);
  }
  now = (): Date => new Date(this.#t);
  iso = (): string => new Date(this.#t).toISOString();
  advanceMinutes(m: number): void {
    this.#t += m * 60_000;
  }
}

export type World = {
  readonly store: Store;
  readonly clock: MovableClock;
  readonly deps: ServerDeps;
  readonly app: Hono<AppEnv>;
  readonly orgs: {
    bureau: Organisation;
    dept: Organisation;
    unitA: Organisation;
    unitB: Organisation;
    otherDept: Organisation;
  };
  /** Users by name: clerkDept (of dept), clerkA, clerkB, deptAdmin (dept), otherAdmin (otherDept), reviewer, admin. */
  readonly users: Record<string, User>;
};

/** Opens a SQLite store in a temp file (removed after the test). */
export async function sqliteStore(t: TestContext, clock: MovableClock): Promise<Store> {
  const dir = mkdtempSync(join(tmpdir(), 'juesuan-server-'));
  const store = await openSqliteStore({ file: join(dir, 'test.db'), clock: clock.iso });
  t.after(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return store;
}

let cachedHash: Promise<string> | undefined;

/** Seeds 财政局 → 县政府办 (with 单位A, 单位B) and 另一部门, one user per role. */
export async function seedWorld(
  store: Store,
  clock: MovableClock,
  config: Partial<ServerConfig> = {},
): Promise<World> {
  const region = '四川省广元市剑阁县';
  const bureau = await store.createOrganisation(
    { name: '剑阁县财政局', kind: 'bureau', region, code: '001' },
    SYSTEM,
  );
  const dept = await store.createOrganisation(
    {
      name: '剑阁县人民政府办公室',
      kind: 'department',
      region,
      parentId: bureau.id,
      code: '108',
      unitType: '行政单位',
    },
    SYSTEM,
  );
  const unitA = await store.createOrganisation(
    {
      name: '剑阁县民营经济服务中心',
      kind: 'unit',
      region,
      parentId: dept.id,
      code: '108001',
      unitType: '参公事业单位',
    },
    SYSTEM,
  );
  const unitB = await store.createOrganisation(
    {
      name: '剑阁县政府信息中心',
      kind: 'unit',
      region,
      parentId: dept.id,
      code: '108002',
      unitType: '事业单位',
    },
    SYSTEM,
  );
  const otherDept = await store.createOrganisation(
    {
      name: '剑阁县教育局',
      kind: 'department',
      region,
      parentId: bureau.id,
      code: '201',
      unitType: '行政单位',
    },
    SYSTEM,
  );
  cachedHash ??= hashPassword(PASSWORD);
  const passwordHash = await cachedHash;
  const specs: [string, Role, Organisation][] = [
    ['clerkDept', 'clerk', dept],
    ['clerkA', 'clerk', unitA],
    ['clerkB', 'clerk', unitB],
    ['deptAdmin', 'dept_admin', dept],
    ['otherAdmin', 'dept_admin', otherDept],
    ['reviewer', 'reviewer', bureau],
    ['admin', 'admin', bureau],
  ];
  const users: Record<string, User> = {};
  for (const [name, role, org] of specs) {
    users[name] = await store.createUser(
      { username: name, displayName: `${name}姓名`, passwordHash, role, organisationId: org.id },
      SYSTEM,
    );
  }
  const deps: ServerDeps = {
    store,
    clock: clock.now,
    newId: () => crypto.randomUUID(),
    randomToken: cryptoToken,
    config: { ...DEFAULT_CONFIG, trustProxy: true, ...config },
  };
  return { store, clock, deps, app: createApp(deps), orgs: { bureau, dept, unitA, unitB, otherDept }, users };
}

/** A fresh SQLite world for one test. */
export async function sqliteWorld(t: TestContext, config: Partial<ServerConfig> = {}): Promise<World> {
  const clock = new MovableClock();
  return seedWorld(await sqliteStore(t, clock), clock, config);
}

export type Sent = {
  status: number;
  headers: Headers;
  text: string;
  bytes: Uint8Array;
  location: string | null;
};

/** A browser-like client: keeps cookies, remembers the CSRF token of the last HTML page. */
export class Client {
  readonly #app: Hono<AppEnv>;
  readonly cookies = new Map<string, string>();
  csrf = '';
  origin: string | null = 'http://localhost';
  ip = '10.0.0.1';

  constructor(app: Hono<AppEnv>) {
    this.#app = app;
  }

  #cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async request(path: string, init: RequestInit = {}): Promise<Sent> {
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0) headers.set('cookie', this.#cookieHeader());
    if (this.origin !== null && init.method !== undefined && init.method !== 'GET')
      headers.set('origin', this.origin);
    headers.set('x-forwarded-for', this.ip);
    const res = await this.#app.request(`http://localhost${path}`, { ...init, headers });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq);
      const value = pair!.slice(eq + 1);
      if (value === '' || /max-age=0/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const bytes = new Uint8Array(await res.arrayBuffer());
    const text = new TextDecoder().decode(bytes);
    if ((res.headers.get('content-type') ?? '').startsWith('text/html')) {
      const m = /name="_csrf" value="([^"]+)"/.exec(text);
      if (m) this.csrf = m[1]!;
    }
    return { status: res.status, headers: res.headers, text, bytes, location: res.headers.get('location') };
  }

  get(path: string): Promise<Sent> {
    return this.request(path);
  }

  /** POSTs a urlencoded form with the current CSRF token (unless `_csrf` is given). */
  post(path: string, form: Record<string, string> = {}): Promise<Sent> {
    const body = new URLSearchParams({ _csrf: this.csrf, ...form });
    return this.request(path, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
  }

  /** POSTs a multipart form with one file. */
  upload(path: string, name: string, bytes: Uint8Array, fields: Record<string, string> = {}): Promise<Sent> {
    const form = new FormData();
    form.set('_csrf', this.csrf);
    for (const [k, v] of Object.entries(fields)) form.set(k, v);
    form.set('file', new File([bytes as Uint8Array<ArrayBuffer>], name));
    return this.request(path, { method: 'POST', body: form });
  }

  /** Logs in (loads the login page for its CSRF token first); returns the POST's response. */
  async login(username: string, password = PASSWORD): Promise<Sent> {
    await this.get('/app/login');
    const res = await this.post('/app/login', { username, password });
    if (res.status === 303) await this.get('/app');
    return res;
  }
}

/** A logged-in client. */
export async function loggedIn(w: World, username: string): Promise<Client> {
  const c = new Client(w.app);
  const res = await c.login(username);
  if (res.status !== 303) throw new Error(`login of ${username} failed: ${res.status}`);
  return c;
}

/** The example dataset folder (disclosure.yaml + tables/*.csv) as a zip. */
export function exampleZip(edit?: (yaml: string) => string): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const yaml = readFileSync(join(EXAMPLE_DIR, 'disclosure.yaml'), 'utf8');
  files['jiange-2022/disclosure.yaml'] = new TextEncoder().encode(edit ? edit(yaml) : yaml);
  for (let i = 1; i <= 13; i += 1) {
    const id = `T${String(i).padStart(2, '0')}`;
    files[`jiange-2022/tables/${id}.csv`] = readFileSync(join(EXAMPLE_DIR, 'tables', `${id}.csv`));
  }
  return zipSync(files);
}

/** The id of the first disclosure link on a page. */
export function disclosureIdIn(html: string): string | undefined {
  return /href="\/app\/d\/([0-9a-f-]{36})"/.exec(html)?.[1];
}
