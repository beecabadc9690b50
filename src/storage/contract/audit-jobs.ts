/** @module Contract: the audit log, jobs, transactions and migrations. */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { ConflictError, NotFoundError, StorageError } from '../errors.ts';
import type { StoreTx } from '../port.ts';
import { disclosureWithVersions, type OpenSubject, rejectsWith, SYSTEM, world } from './fixtures.ts';

/** Registers the audit log, job, transaction and migration tests. */
export function auditJobsTransactionsContract(open: OpenSubject): void {
  it('appends audit entries with who, when, what and from where; lists them newest first', async (t) => {
    const w = await world(open, t);
    w.clock.advance(5000);
    const actor = { userId: w.clerk.id, ip: '2001:db8::1' };
    const e1 = await w.store.appendAudit(
      { action: 'login.failed', targetType: 'user', targetId: 'clerk', detail: { reason: 'password' } },
      actor,
    );
    const e2 = await w.store.appendAudit(
      { action: 'login.ok', targetType: 'user', targetId: 'clerk', detail: null },
      actor,
    );
    assert.equal(e1.at, w.clock.now());
    assert.equal(e1.ip, '2001:db8::1');
    assert.ok(e2.id > e1.id);
    assert.deepEqual(await w.store.listAudit({ targetType: 'user', targetId: 'clerk' }), [e2, e1]);
    assert.deepEqual(await w.store.listAudit({ targetId: 'clerk', beforeId: e2.id }), [e1]);
    assert.deepEqual(await w.store.listAudit({ action: 'login.failed' }), [e1]);
    assert.equal((await w.store.listAudit({ limit: 1 })).length, 1);
    const creations = await w.store.listAudit({ action: 'organisation.create', limit: 100 });
    assert.equal(creations.length, 4, 'every change of the seeding was logged');
    await rejectsWith(w.store.listAudit({ limit: 0 }), StorageError);
  });

  it('queues jobs, hands each to exactly one worker, and records progress and outcome', async (t) => {
    const w = await world(open, t);
    const j1 = await w.store.createJob({ kind: 'build', payload: { year: 2024 }, total: 3 }, w.reviewerActor);
    w.clock.advance(1);
    const j2 = await w.store.createJob({ kind: 'build', payload: { year: 2023 } }, w.reviewerActor);
    await w.store.createJob({ kind: 'other', payload: null }, w.reviewerActor);
    assert.equal(j1.status, 'queued');
    const claims = await Promise.all([1, 2, 3, 4].map(() => w.store.claimNextJob('build')));
    const claimed = claims.filter((c) => c !== null).map((c) => c?.id);
    assert.deepEqual(claimed.sort(), [j1.id, j2.id].sort(), 'each queued job is claimed once');
    const p = await w.store.updateJobProgress(j1.id, { done: 2, message: '生成 2/3' });
    assert.deepEqual([p.status, p.progressDone, p.progressTotal, p.message], ['running', 2, 3, '生成 2/3']);
    const done = await w.store.finishJob(j1.id, { status: 'succeeded', result: { files: 7 } });
    assert.deepEqual([done.status, done.result, done.error], ['succeeded', { files: 7 }, null]);
    const failed = await w.store.finishJob(j2.id, { status: 'failed', error: '模板缺失' });
    assert.deepEqual([failed.status, failed.error], ['failed', '模板缺失']);
    await rejectsWith(w.store.updateJobProgress(j1.id, { done: 3 }), ConflictError, 'job-state');
    await rejectsWith(w.store.finishJob('nope', { status: 'failed', error: 'x' }), NotFoundError);
    assert.equal(await w.store.claimNextJob('build'), null);
    assert.equal((await w.store.claimNextJob())?.kind, 'other');
    assert.deepEqual(
      (await w.store.listJobs({ status: 'succeeded' })).map((j) => j.id),
      [j1.id],
    );
    assert.deepEqual(await w.store.getJob(j1.id), done);
  });

  it('claims a job by id once, and puts a running job back in the queue for a retry', async (t) => {
    const w = await world(open, t);
    const job = await w.store.createJob({ kind: 'build', payload: { year: 2024 } }, w.reviewerActor);
    const claims = await Promise.all([1, 2, 3].map(() => w.store.claimJob(job.id)));
    assert.equal(claims.filter((c) => c !== null).length, 1, 'one of concurrent claims wins');
    assert.equal(claims.find((c) => c !== null)?.status, 'running');
    assert.equal(await w.store.claimJob('nope'), null);
    await w.store.updateJobProgress(job.id, { done: 1, total: 4 });
    w.clock.advance(1000);
    const requeued = await w.store.requeueJob(job.id, '第1次执行失败，稍后自动重试');
    assert.deepEqual(
      [requeued.status, requeued.message, requeued.progressDone, requeued.updatedAt],
      ['queued', '第1次执行失败，稍后自动重试', 1, w.clock.now()],
    );
    await rejectsWith(w.store.requeueJob(job.id, 'x'), ConflictError, 'job-state');
    await rejectsWith(w.store.requeueJob('nope', 'x'), NotFoundError);
    assert.equal((await w.store.claimJob(job.id))?.status, 'running', 'a requeued job is claimed again');
    await w.store.finishJob(job.id, { status: 'failed', error: '失败' });
    assert.equal(await w.store.claimJob(job.id), null, 'a finished job is never claimed');
    await rejectsWith(w.store.requeueJob(job.id, 'x'), ConflictError, 'job-state');
  });

  it('keeps any JSON value in payloads, results and audit details, a bare string too', async (t) => {
    const w = await world(open, t);
    for (const value of ['ok', '"引号"', 42, true, null, [1, 'a'], { a: { b: '乙' } }]) {
      const job = await w.store.createJob({ kind: 'json', payload: value }, w.reviewerActor);
      assert.deepEqual((await w.store.getJob(job.id))?.payload, value);
      await w.store.claimJob(job.id);
      assert.deepEqual(
        (await w.store.finishJob(job.id, { status: 'succeeded', result: value })).result,
        value,
      );
      assert.deepEqual((await w.store.getJob(job.id))?.result, value);
      const entry = await w.store.appendAudit(
        { action: 'x', targetType: 't', targetId: null, detail: value },
        SYSTEM,
      );
      assert.deepEqual((await w.store.listAudit({ beforeId: entry.id + 1, limit: 1 }))[0]?.detail, value);
    }
  });

  it('commits a transaction as a whole and rolls everything back when it throws', async (t) => {
    const w = await world(open, t);
    const auditBefore = (await w.store.listAudit({ limit: 1000 })).length;
    const made = await w.store.transaction(async (tx) => {
      const org = await tx.createOrganisation(
        { name: '新单位', kind: 'unit', region: 'r', parentId: w.dept.id },
        SYSTEM,
      );
      const nested = await tx.transaction(async (inner: StoreTx) => inner.getOrganisation(org.id));
      assert.deepEqual(nested, org, 'a nested transaction joins the outer one');
      return org;
    });
    assert.deepEqual(await w.store.getOrganisation(made.id), made);

    const boom = new Error('boom');
    let doomed = '';
    await assert.rejects(
      w.store.transaction(async (tx) => {
        const org = await tx.createOrganisation({ name: '回滚单位', kind: 'unit', region: 'r' }, SYSTEM);
        doomed = org.id;
        await tx.createUser(
          { username: 'rolled', displayName: 'x', passwordHash: 'h', role: 'clerk', organisationId: org.id },
          SYSTEM,
        );
        const d = await tx.createDisclosure({ organisationId: org.id, year: 2024, profile: 'p' }, SYSTEM);
        await tx.saveVersion(
          { disclosureId: d.id, dataset: {}, findings: { errors: 0, warnings: 0, notices: 0 } },
          w.clerkActor,
        );
        throw boom;
      }),
      (e) => e === boom,
      'the caller’s own error comes back unchanged',
    );
    assert.equal(await w.store.getOrganisation(doomed), null);
    assert.equal(await w.store.getUserByUsername('rolled'), null);
    assert.equal(
      (await w.store.listAudit({ limit: 1000 })).length,
      auditBefore + 1,
      'only the committed change was logged',
    );

    await rejectsWith(
      w.store.transaction(async (tx) => {
        await tx.createOrganisation({ name: '也回滚', kind: 'unit', region: 'r', code: 'tx-1' }, SYSTEM);
        await tx.createUser(
          {
            username: 'clerk',
            displayName: 'dup',
            passwordHash: 'h',
            role: 'clerk',
            organisationId: w.unit.id,
          },
          SYSTEM,
        );
      }),
      ConflictError,
      'duplicate',
    );
    assert.equal(
      (await w.store.listOrganisations({ kind: 'unit' })).filter((o) => o.code === 'tx-1').length,
      0,
    );
  });

  it('rolls back a version save inside a failing transaction; deletes a draft with its versions', async (t) => {
    const w = await world(open, t);
    const d = await disclosureWithVersions(w, 1);
    await assert.rejects(
      w.store.transaction(async (tx) => {
        await tx.saveVersion(
          { disclosureId: d.id, dataset: { x: '1' }, findings: { errors: 0, warnings: 0, notices: 0 } },
          w.clerkActor,
        );
        throw new Error('abort');
      }),
    );
    assert.deepEqual(await w.store.getDisclosure(d.id), d);
    assert.equal((await w.store.listVersions(d.id)).length, 1);
    await w.store.transition({ disclosureId: d.id, from: 'draft', to: 'submitted' }, w.clerkActor);
    await rejectsWith(w.store.deleteDisclosure(d.id, SYSTEM), ConflictError, 'status-mismatch');
    await w.store.transition({ disclosureId: d.id, from: 'submitted', to: 'returned' }, w.reviewerActor);
    await rejectsWith(w.store.deleteDisclosure(d.id, SYSTEM), ConflictError, 'status-mismatch');
    const fresh = await disclosureWithVersions(w, 2, 2025);
    await w.store.deleteDisclosure(fresh.id, SYSTEM);
    assert.equal(await w.store.getDisclosure(fresh.id), null);
    assert.deepEqual(await w.store.listVersions(fresh.id), []);
    assert.equal((await w.store.listAudit({ targetId: fresh.id, action: 'disclosure.delete' })).length, 1);
    await rejectsWith(w.store.deleteDisclosure(fresh.id, SYSTEM), NotFoundError);
  });

  it('migrates once: running the migrations again applies nothing', async (t) => {
    const w = await world(open, t);
    assert.deepEqual(await w.store.migrate(), []);
    assert.ok(['sqlite', 'postgres'].includes(w.store.dialect));
  });
}
