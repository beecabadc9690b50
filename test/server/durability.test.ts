/**
 * Kills the real server process (SIGKILL) in the middle of a burst of saves from three clerks at once:
 * every save the server acknowledged (303) is in the database afterwards with exactly the text that was
 * sent, versions are numbered without gaps, and every stored version reads back as a whole dataset.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { hashPassword } from '../../src/server/auth/password.ts';
import { saveDataset } from '../../src/server/data/save.ts';
import { fromStored } from '../../src/server/data/stored-dataset.ts';
import { openSqliteStore } from '../../src/storage/sqlite/open.ts';
import { example } from '../helpers.ts';
import { startServer } from './process.ts';

const PASSWORD = 'Durable-saves-2023';
const clock = () => new Date().toISOString();

/** A minimal cookie-keeping HTTP client for the real server. */
class HttpClient {
  cookies = new Map<string, string>();
  constructor(readonly base: string) {}
  async send(path: string, init: RequestInit = {}): Promise<{ status: number; text: string }> {
    const headers = new Headers(init.headers);
    headers.set('cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    headers.set('origin', this.base);
    const res = await fetch(`${this.base}${path}`, { ...init, headers, redirect: 'manual' });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair!.indexOf('=');
      this.cookies.set(pair!.slice(0, eq), pair!.slice(eq + 1));
    }
    return { status: res.status, text: await res.text() };
  }
  form(path: string, fields: Record<string, string>) {
    return this.send(path, {
      method: 'POST',
      body: new URLSearchParams(fields),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
  }
}

const field = (html: string, name: string) =>
  new RegExp(`name="${name}" value="([^"]+)"`).exec(html)?.[1] ?? '';

describe('durability of the web system', () => {
  it('keeps every acknowledged save when the server is killed mid-burst', async (t) => {
    const dir = mkdtempSync(join(tmpdir(), 'juesuan-kill-'));
    try {
      const file = join(dir, 'juesuan.db');
      const seed = await openSqliteStore({ file, clock });
      const system = { userId: null, ip: null };
      const bureau = await seed.createOrganisation(
        { name: '财政局', kind: 'bureau', region: '某县' },
        system,
      );
      const passwordHash = await hashPassword(PASSWORD);
      const ids: string[] = [];
      for (let k = 0; k < 3; k += 1) {
        const org = await seed.createOrganisation(
          { name: `单位${k}`, kind: 'unit', region: '某县', parentId: bureau.id },
          system,
        );
        const user = await seed.createUser(
          {
            username: `clerk${k}`,
            displayName: `填报人${k}`,
            passwordHash,
            role: 'clerk',
            organisationId: org.id,
          },
          system,
        );
        const d = await seed.createDisclosure(
          { organisationId: org.id, year: 2022, profile: 'sichuan-13' },
          system,
        );
        await saveDataset(
          seed,
          { disclosureId: d.id, dataset: example(), comment: 'seed' },
          { userId: user.id, ip: null },
        );
        ids.push(d.id);
      }
      await seed.close();

      const server = await startServer(`sqlite:${file}`);
      const acknowledged: string[][] = [[], [], []];
      let killed = false;
      const burst = async (k: number) => {
        const c = new HttpClient(server.url);
        const login = await c.send('/app/login');
        await c.form('/app/login', {
          _csrf: field(login.text, '_csrf'),
          username: `clerk${k}`,
          password: PASSWORD,
        });
        for (let i = 0; !killed; i += 1) {
          try {
            const page = await c.send(`/app/d/${ids[k]}/edit?s=duties`);
            const text = `第${k}个单位第${i}次保存：机构设置情况`;
            const res = await c.form(`/app/d/${ids[k]}/edit`, {
              _csrf: field(page.text, '_csrf'),
              versionId: field(page.text, 'versionId'),
              section: 'duties',
              'v:organization': text,
            });
            if (res.status === 303) acknowledged[k]!.push(text);
          } catch {
            return; // the connection died with the server
          }
        }
      };
      const running = [0, 1, 2].map(burst);
      await new Promise((r) => setTimeout(r, 4000));
      killed = true;
      const exited = new Promise((r) => server.child.once('exit', r));
      server.child.kill('SIGKILL');
      await Promise.all(running);
      await exited;
      assert.equal(server.child.signalCode, 'SIGKILL');
      t.diagnostic(`acknowledged saves: ${acknowledged.map((a) => a.length).join(', ')}`);
      assert.ok(
        acknowledged.every((a) => a.length >= 2),
        `saves were acknowledged before the kill: ${acknowledged.map((a) => a.length)}`,
      );

      const store = await openSqliteStore({ file, clock });
      try {
        for (let k = 0; k < 3; k += 1) {
          const versions = await store.listVersions(ids[k]!);
          assert.deepEqual(
            versions.map((v) => v.number),
            versions.map((_, i) => i + 1),
            'numbered without gaps',
          );
          const texts: string[] = [];
          for (const v of versions) {
            const full = await store.getVersion(v.id);
            const parsed = fromStored(full!.dataset);
            assert.ok(parsed.ok, `version ${v.number} reads back whole`);
            texts.push(parsed.dataset.organization);
          }
          for (const text of acknowledged[k]!)
            assert.ok(texts.includes(text), `acknowledged save kept: ${text}`);
          // At most the one save in flight at the kill may be there without its acknowledgement.
          assert.ok(versions.length - 1 - acknowledged[k]!.length <= 1);
          const d = await store.getDisclosure(ids[k]!);
          assert.equal(d!.currentVersionId, versions.at(-1)!.id);
        }
      } finally {
        await store.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
