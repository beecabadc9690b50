/** @module Contract: server-side sessions and their expiry. */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { ConflictError, StorageError } from '../errors.ts';
import { type OpenSubject, rejectsWith, SYSTEM, world } from './fixtures.ts';

const HOUR = 3_600_000;

/** Registers the session tests. */
export function sessionsContract(open: OpenSubject): void {
  it('creates a session, returns it with its user, touches and deletes it', async (t) => {
    const w = await world(open, t);
    const expiresAt = new Date(Date.parse(w.clock.now()) + 8 * HOUR).toISOString();
    const s = await w.store.createSession(
      { id: 'sha256-of-token-1', userId: w.clerk.id, expiresAt, csrfSecret: 'csrf-1', ip: '192.0.2.10' },
      w.clerkActor,
    );
    assert.equal(s.createdAt, w.clock.now());
    assert.equal(s.lastSeen, w.clock.now());
    const got = await w.store.getSession('sha256-of-token-1');
    assert.deepEqual(got?.session, s);
    assert.deepEqual(got?.user, w.clerk);
    assert.equal(await w.store.getSession('sha256-of-token-2'), null);

    const later = w.clock.advance(HOUR);
    const extended = w.clock.now().replace(/^2026-03-01/, '2026-03-02');
    assert.equal(await w.store.touchSession(s.id, { expiresAt: extended, ip: '203.0.113.5' }), true);
    const touched = await w.store.getSession(s.id);
    assert.equal(touched?.session.lastSeen, later);
    assert.equal(touched?.session.expiresAt, extended);
    assert.equal(touched?.session.ip, '203.0.113.5');
    assert.equal(await w.store.touchSession('missing'), false);

    assert.equal(await w.store.deleteSession(s.id, w.clerkActor), true);
    assert.equal(await w.store.deleteSession(s.id, w.clerkActor), false);
    assert.equal(await w.store.getSession(s.id), null);
    const actions = (await w.store.listAudit({ targetId: w.clerk.id })).map((e) => e.action);
    assert.deepEqual(actions.slice(0, 2), ['session.delete', 'session.create']);
  });

  it('treats a session as expired from its expiry instant on, and deletes exactly the expired ones', async (t) => {
    const w = await world(open, t);
    const start = Date.parse(w.clock.now());
    const at = (h: number) => new Date(start + h * HOUR).toISOString();
    for (const [id, h] of [
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ] as const) {
      await w.store.createSession(
        { id, userId: w.clerk.id, expiresAt: at(h), csrfSecret: id, ip: null },
        SYSTEM,
      );
    }
    w.clock.set(new Date(start + 2 * HOUR - 1).toISOString());
    assert.notEqual(await w.store.getSession('b'), null, 'one millisecond before expiry: live');
    w.clock.set(at(2));
    assert.equal(await w.store.getSession('b'), null, 'at expiry: gone');
    assert.equal(await w.store.touchSession('b'), false, 'an expired session cannot be revived');
    assert.notEqual(await w.store.getSession('c'), null);
    assert.equal(await w.store.deleteExpiredSessions(), 2);
    assert.equal(await w.store.deleteExpiredSessions(), 0);
    w.clock.set(at(1));
    assert.equal(await w.store.getSession('a'), null, 'deleted, not merely hidden');
    assert.notEqual(await w.store.getSession('c'), null);
  });

  it('ends all sessions of a user, refuses malformed times and duplicate ids', async (t) => {
    const w = await world(open, t);
    const expiresAt = '2026-03-02T08:00:00.000Z';
    await w.store.createSession(
      { id: 's1', userId: w.clerk.id, expiresAt, csrfSecret: 'x', ip: null },
      SYSTEM,
    );
    await w.store.createSession(
      { id: 's2', userId: w.clerk.id, expiresAt, csrfSecret: 'y', ip: null },
      SYSTEM,
    );
    await w.store.createSession(
      { id: 's3', userId: w.reviewer.id, expiresAt, csrfSecret: 'z', ip: null },
      SYSTEM,
    );
    await rejectsWith(
      w.store.createSession({ id: 's1', userId: w.clerk.id, expiresAt, csrfSecret: 'x', ip: null }, SYSTEM),
      ConflictError,
      'duplicate',
    );
    await rejectsWith(
      w.store.createSession(
        { id: 's4', userId: w.clerk.id, expiresAt: '2026-03-02 08:00', csrfSecret: 'x', ip: null },
        SYSTEM,
      ),
      StorageError,
    );
    await rejectsWith(w.store.touchSession('s1', { expiresAt: 'tomorrow' }), StorageError);
    await w.store.updateUser(w.reviewer.id, { disabled: true }, SYSTEM);
    assert.equal(await w.store.getSession('s3'), null, 'a disabled user has no live session');
    await w.store.updateUser(w.reviewer.id, { disabled: false }, SYSTEM);
    assert.equal(await w.store.deleteUserSessions(w.clerk.id, SYSTEM), 2);
    assert.equal(await w.store.getSession('s1'), null);
    assert.notEqual(await w.store.getSession('s3'), null);
  });
}
