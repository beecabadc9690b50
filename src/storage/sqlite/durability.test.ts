/**
 * Durability on SQLite: a child process saves versions in a burst and is killed with SIGKILL in the middle
 * of it; every save it acknowledged must be there afterwards, intact, and nothing may be half-written.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { after, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { SYSTEM, testClock } from '../contract/fixtures.ts';
import { canonicalJson } from '../sql/context.ts';
import type { JsonValue } from '../types.ts';
import { openSqliteStore } from './open.ts';

const CHILD = fileURLToPath(new URL('./durability-child.ts', import.meta.url));
const KILL_AFTER_ACKS = 60;

const dir = mkdtempSync(join(tmpdir(), 'juesuan-durability-'));
after(() => rmSync(dir, { recursive: true, force: true }));

type Ack = { id: string; number: number; hash: string };

/** Runs the child until it has acknowledged KILL_AFTER_ACKS saves, then SIGKILLs it; returns every acknowledgement. */
function burstAndKill(
  file: string,
  disclosureId: string,
  userId: string,
): Promise<{ acks: Ack[]; signal: string | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, file, disclosureId, userId], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acks: Ack[] = [];
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => {
      stderr += b.toString();
    });
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      const [tag, id, number, hash] = line.split(' ');
      if (tag !== 'ACK' || id === undefined || hash === undefined) return;
      acks.push({ id, number: Number(number), hash });
      if (acks.length === KILL_AFTER_ACKS) child.kill('SIGKILL');
    });
    child.on('error', reject);
    // 'close' comes after stdout has been read to the end: acknowledgements written before death are all in.
    child.on('close', (code, signal) => {
      if (signal === null) reject(new Error(`child exited by itself (code ${code}): ${stderr}`));
      else resolve({ acks, signal });
    });
  });
}

it('keeps every acknowledged save, intact, after the saving process is killed with SIGKILL', async (t) => {
  const file = join(dir, 'durability.db');
  const clock = testClock();
  const setup = await openSqliteStore({ file, clock: clock.now });
  const org = await setup.createOrganisation(
    { name: '剑阁县政务服务中心', kind: 'unit', region: '四川省' },
    SYSTEM,
  );
  const user = await setup.createUser(
    { username: 'clerk', displayName: '张填报', passwordHash: 'h', role: 'clerk', organisationId: org.id },
    SYSTEM,
  );
  const d = await setup.createDisclosure(
    { organisationId: org.id, year: 2024, profile: 'sichuan-13' },
    SYSTEM,
  );
  await setup.close();

  const { acks, signal } = await burstAndKill(file, d.id, user.id);
  assert.equal(signal, 'SIGKILL');
  assert.ok(acks.length >= KILL_AFTER_ACKS, `${acks.length} acknowledged saves`);

  const store = await openSqliteStore({ file, clock: clock.now });
  try {
    const check = await sql<{ integrity_check: string }>`PRAGMA integrity_check`.execute(store.db);
    assert.deepEqual(check.rows, [{ integrity_check: 'ok' }]);
    for (const ack of acks) {
      const v = await store.getVersion(ack.id);
      assert.ok(v !== null, `acknowledged version ${ack.number} is present`);
      assert.equal(v.number, ack.number);
      assert.equal(v.contentHash, ack.hash);
      const recomputed = createHash('sha256')
        .update(canonicalJson(v.dataset as JsonValue))
        .digest('hex');
      assert.equal(recomputed, ack.hash, `version ${ack.number} is intact`);
      assert.equal((v.dataset as { amount: string }).amount, `${ack.number}.01`);
    }
    // Nothing half-written: versions are 1..n without gaps, the disclosure points at the last one, and each
    // save's audit entry exists exactly when its version does.
    const versions = await store.listVersions(d.id);
    assert.deepEqual(
      versions.map((v) => v.number),
      Array.from({ length: versions.length }, (_, i) => i + 1),
    );
    t.diagnostic(`${acks.length} saves acknowledged before SIGKILL; ${versions.length} versions on disk`);
    assert.ok(versions.length >= acks.length);
    assert.ok(versions.length <= acks.length + 1, 'at most the one save in flight committed unacknowledged');
    assert.equal((await store.getDisclosure(d.id))?.currentVersionId, versions.at(-1)?.id);
    const saves = await store.listAudit({ targetId: d.id, action: 'disclosure.save', limit: 10_000 });
    assert.deepEqual(
      saves.map((e) => (e.detail as { versionId: string }).versionId).sort(),
      versions.map((v) => v.id).sort(),
    );
  } finally {
    await store.close();
  }
});
