/** @module Contract: organisations (tree, subtree, updates) and users. */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { ConflictError, NotFoundError, StorageError } from '../errors.ts';
import type { Role } from '../types.ts';
import { type OpenSubject, rejectsWith, SYSTEM, world } from './fixtures.ts';

/** Registers the organisation and user tests. */
export function organisationsAndUsersContract(open: OpenSubject): void {
  it('keeps organisations as a tree: roots, children, subtree and forest', async (t) => {
    const w = await world(open, t);
    const unit2 = await w.store.createOrganisation(
      { name: '剑阁县档案馆', kind: 'unit', region: w.dept.region, parentId: w.dept.id, code: '101002' },
      SYSTEM,
    );
    assert.deepEqual(await w.store.getOrganisation(w.unit.id), w.unit);
    assert.equal(await w.store.getOrganisation('missing'), null);
    assert.deepEqual(
      (await w.store.listOrganisations({ parentId: null })).map((o) => o.name),
      ['剑阁县财政局'],
    );
    assert.deepEqual(
      (await w.store.listOrganisations({ parentId: w.dept.id })).map((o) => o.code),
      ['101001', '101002'],
    );
    assert.deepEqual(
      (await w.store.listOrganisations({ kind: 'department' })).map((o) => o.code),
      ['101', '201'],
    );
    assert.deepEqual(
      (await w.store.listOrganisations({ region: '四川省广元市' })).map((o) => o.id),
      [w.otherDept.id],
    );
    const subtree = await w.store.listOrganisationSubtree(w.dept.id);
    assert.deepEqual(
      subtree.map((o) => o.id),
      [w.dept.id, w.unit.id, unit2.id],
    );
    assert.deepEqual(await w.store.listOrganisationSubtree('missing'), []);
    const [root, ...others] = await w.store.organisationTree();
    assert.equal(others.length, 0);
    assert.equal(root?.id, w.bureau.id);
    assert.deepEqual(
      root?.children.map((c) => [c.code, c.children.map((u) => u.code)]),
      [
        ['101', ['101001', '101002']],
        ['201', []],
      ],
    );
    assert.equal(w.unit.unitType, '事业单位');
    assert.equal(w.dept.unitType, null);
  });

  it('updates an organisation, refuses cycles, unknown parents and duplicate codes', async (t) => {
    const w = await world(open, t);
    const moved = await w.store.updateOrganisation(
      w.unit.id,
      { parentId: w.otherDept.id, name: '广元市教育局信息中心', unitType: '参公事业单位' },
      SYSTEM,
    );
    assert.equal(moved.parentId, w.otherDept.id);
    assert.equal(moved.name, '广元市教育局信息中心');
    assert.equal(moved.unitType, '参公事业单位');
    assert.equal(moved.code, w.unit.code);
    await rejectsWith(
      w.store.updateOrganisation(w.bureau.id, { parentId: w.dept.id }, SYSTEM),
      ConflictError,
      'reference',
    );
    await rejectsWith(
      w.store.updateOrganisation(w.dept.id, { parentId: w.dept.id }, SYSTEM),
      ConflictError,
      'reference',
    );
    await rejectsWith(w.store.updateOrganisation(w.dept.id, { parentId: 'nope' }, SYSTEM), NotFoundError);
    await rejectsWith(w.store.updateOrganisation('nope', { name: 'x' }, SYSTEM), NotFoundError);
    await rejectsWith(
      w.store.updateOrganisation(w.dept.id, { code: '201' }, SYSTEM),
      ConflictError,
      'duplicate',
    );
    await rejectsWith(
      w.store.createOrganisation({ name: '重复', kind: 'unit', region: 'r', code: '101' }, SYSTEM),
      ConflictError,
      'duplicate',
    );
    await rejectsWith(
      w.store.createOrganisation({ name: '孤儿', kind: 'unit', region: 'r', parentId: 'nope' }, SYSTEM),
      NotFoundError,
    );
    const [entry] = await w.store.listAudit({ targetId: w.unit.id, action: 'organisation.update' });
    const detail = entry?.detail as { before: { name: string }; after: { name: string } } | undefined;
    assert.equal(detail?.before.name, '剑阁县政务服务中心');
    assert.equal(detail?.after.name, '广元市教育局信息中心');
    assert.equal((await w.store.getOrganisation(w.dept.id))?.code, '101');
  });

  it('logs exactly the fields an organisation update changed, with who and when; no change, no entry', async (t) => {
    const w = await world(open, t);
    const actor = { userId: w.reviewer.id, ip: '192.0.2.7' };
    w.clock.advance(60_000);
    const updated = await w.store.updateOrganisation(
      w.unit.id,
      {
        name: '剑阁县政务服务和大数据中心',
        region: '四川省广元市剑阁县（新）',
        code: '101009',
        parentId: w.dept.id,
      },
      actor,
    );
    assert.deepEqual(updated, {
      ...w.unit,
      name: '剑阁县政务服务和大数据中心',
      region: '四川省广元市剑阁县（新）',
      code: '101009',
    });
    assert.deepEqual(await w.store.getOrganisation(w.unit.id), updated);
    const entries = await w.store.listAudit({ targetType: 'organisation', targetId: w.unit.id });
    const [entry] = entries.filter((e) => e.action === 'organisation.update');
    assert.deepEqual(entry?.detail, {
      name: '剑阁县政务服务和大数据中心',
      before: { name: '剑阁县政务服务中心', code: w.unit.code, region: w.unit.region },
      after: { name: '剑阁县政务服务和大数据中心', code: '101009', region: '四川省广元市剑阁县（新）' },
    });
    assert.deepEqual([entry?.userId, entry?.ip, entry?.at], [w.reviewer.id, '192.0.2.7', w.clock.now()]);
    const count = (await w.store.listAudit({ limit: 1000 })).length;
    assert.deepEqual(await w.store.updateOrganisation(w.unit.id, { name: updated.name }, actor), updated);
    assert.deepEqual(await w.store.updateOrganisation(w.unit.id, {}, actor), updated);
    assert.equal(
      (await w.store.listAudit({ limit: 1000 })).length,
      count,
      'a change of nothing is not logged',
    );
    const cleared = await w.store.updateOrganisation(w.unit.id, { code: null }, actor);
    assert.equal(cleared.code, null);
    assert.equal((await w.store.listOrganisations({ parentId: w.dept.id }))[0]?.id, w.unit.id);
  });

  it('creates, finds and updates users; the audit log never sees the password hash', async (t) => {
    const w = await world(open, t);
    assert.deepEqual(await w.store.getUser(w.clerk.id), w.clerk);
    assert.deepEqual(await w.store.getUserByUsername('clerk'), w.clerk);
    assert.equal(await w.store.getUserByUsername('Clerk'), null);
    assert.equal(await w.store.getUserByUsername('nobody'), null);
    assert.equal(w.clerk.disabled, false);
    assert.equal(w.clerk.role, 'clerk');
    assert.deepEqual(
      (await w.store.listUsers()).map((u) => u.username),
      ['clerk', 'reviewer'],
    );
    assert.deepEqual(
      (await w.store.listUsers({ role: 'reviewer' })).map((u) => u.id),
      [w.reviewer.id],
    );
    assert.deepEqual(
      (await w.store.listUsers({ organisationId: w.unit.id })).map((u) => u.id),
      [w.clerk.id],
    );
    const updated = await w.store.updateUser(
      w.clerk.id,
      {
        disabled: true,
        role: 'dept_admin',
        displayName: '张管理',
        passwordHash: 'scrypt$new',
        organisationId: w.dept.id,
      },
      { userId: w.reviewer.id, ip: '198.51.100.7' },
    );
    assert.equal(updated.disabled, true);
    assert.equal(updated.role, 'dept_admin');
    assert.equal(updated.passwordHash, 'scrypt$new');
    assert.equal(updated.organisationId, w.dept.id);
    assert.equal((await w.store.updateUser(w.clerk.id, { disabled: false }, SYSTEM)).disabled, false);
    await rejectsWith(w.store.updateUser('nope', { disabled: true }, SYSTEM), NotFoundError);
    const log = JSON.stringify(await w.store.listAudit({ targetType: 'user', limit: 1000 }));
    assert.ok(!log.includes('scrypt$'), 'no password hash in the audit log');
    // Newest first: the re-enabling by the system, then the reviewer's change.
    const [, change] = await w.store.listAudit({ targetId: w.clerk.id, action: 'user.update', limit: 2 });
    assert.equal(change?.ip, '198.51.100.7');
    assert.equal(change?.userId, w.reviewer.id);
  });

  it('refuses a taken username, an unknown organisation and an unknown role, writing nothing', async (t) => {
    const w = await world(open, t);
    const before = await w.store.listAudit({ limit: 1000 });
    const base = { displayName: 'x', passwordHash: 'h', role: 'clerk' as Role, organisationId: w.unit.id };
    await rejectsWith(w.store.createUser({ ...base, username: 'clerk' }, SYSTEM), ConflictError, 'duplicate');
    await rejectsWith(
      w.store.createUser({ ...base, username: 'new', organisationId: 'nope' }, SYSTEM),
      ConflictError,
      'reference',
    );
    await rejectsWith(
      w.store.createUser({ ...base, username: 'new2', role: 'root' as Role }, SYSTEM),
      StorageError,
    );
    assert.equal((await w.store.listUsers()).length, 2);
    assert.equal((await w.store.listAudit({ limit: 1000 })).length, before.length);
  });
}
