/** @module Contract: the review workflow, publication, corrections and justifications. */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { ConflictError, NotFoundError } from '../errors.ts';
import {
  disclosureWithVersions,
  type OpenSubject,
  publishDisclosure,
  rejectsWith,
  sampleDataset,
  world,
} from './fixtures.ts';

/** Registers the workflow tests. */
export function workflowContract(open: OpenSubject): void {
  it('walks 草稿 → 已提交 → 退回 → 已提交 → 已审核 → 已公开 with review events and audit entries', async (t) => {
    const w = await world(open, t);
    const d = await disclosureWithVersions(w, 1);
    const id = d.id;
    const steps = [
      [w.clerkActor, 'draft', 'submitted', ''],
      [w.reviewerActor, 'submitted', 'returned', '三公经费增减原因未说明'],
      [w.clerkActor, 'returned', 'submitted', '已补充'],
      [w.reviewerActor, 'submitted', 'approved', '同意'],
    ] as const;
    for (const [actor, from, to, comment] of steps) {
      w.clock.advance(1000);
      const after = await w.store.transition({ disclosureId: id, from, to, comment }, actor);
      assert.equal(after.status, to);
      assert.equal(after.updatedAt, w.clock.now());
    }
    const published = await w.store.publish({ disclosureId: id, comment: '公开' }, w.reviewerActor);
    assert.equal(published.status, 'published');
    assert.equal(published.publishedVersionId, d.currentVersionId);
    const version = await w.store.getVersion(d.currentVersionId ?? '');
    assert.equal(version?.published, true);
    assert.equal(version?.publishedAt, w.clock.now());
    const events = await w.store.listReviewEvents(id);
    assert.deepEqual(
      events.map((e) => [e.fromStatus, e.toStatus, e.comment, e.userId]),
      [
        ['draft', 'submitted', '', w.clerk.id],
        ['submitted', 'returned', '三公经费增减原因未说明', w.reviewer.id],
        ['returned', 'submitted', '已补充', w.clerk.id],
        ['submitted', 'approved', '同意', w.reviewer.id],
        ['approved', 'published', '公开', w.reviewer.id],
      ],
    );
    assert.ok(events.every((e) => e.versionId === d.currentVersionId));
    const actions = (await w.store.listAudit({ targetId: id })).map((e) => e.action);
    assert.deepEqual(actions.slice(0, 2), ['disclosure.publish', 'disclosure.transition']);
  });

  it('refuses a step from a status the disclosure is not in, and steps the workflow does not have', async (t) => {
    const w = await world(open, t);
    const d = await disclosureWithVersions(w, 1);
    const e = await rejectsWith(
      w.store.transition({ disclosureId: d.id, from: 'submitted', to: 'approved' }, w.reviewerActor),
      ConflictError,
      'status-mismatch',
    );
    assert.deepEqual((e as ConflictError).details, { expected: 'submitted', actual: 'draft' });
    await rejectsWith(
      w.store.transition({ disclosureId: d.id, from: 'draft', to: 'approved' }, w.reviewerActor),
      ConflictError,
      'invalid-transition',
    );
    await rejectsWith(
      w.store.publish({ disclosureId: d.id }, w.reviewerActor),
      ConflictError,
      'status-mismatch',
    );
    await rejectsWith(
      w.store.transition({ disclosureId: 'nope', from: 'draft', to: 'submitted' }, w.clerkActor),
      NotFoundError,
    );
    assert.equal((await w.store.getDisclosure(d.id))?.status, 'draft');
    assert.deepEqual(await w.store.listReviewEvents(d.id), []);
  });

  it('rolls back a step that fails after its update: submitting with no version leaves a draft', async (t) => {
    const w = await world(open, t);
    const d = await disclosureWithVersions(w, 0);
    await rejectsWith(
      w.store.transition({ disclosureId: d.id, from: 'draft', to: 'submitted' }, w.clerkActor),
      ConflictError,
      'no-version',
    );
    assert.deepEqual(await w.store.getDisclosure(d.id), d);
    assert.deepEqual(await w.store.listReviewEvents(d.id), []);
    assert.equal((await w.store.listAudit({ targetId: d.id, action: 'disclosure.transition' })).length, 0);
  });

  it('lets exactly one of two simultaneous reviewer decisions win', async (t) => {
    const w = await world(open, t);
    const d = await disclosureWithVersions(w, 1);
    await w.store.transition({ disclosureId: d.id, from: 'draft', to: 'submitted' }, w.clerkActor);
    const outcomes = await Promise.allSettled([
      w.store.transition({ disclosureId: d.id, from: 'submitted', to: 'approved' }, w.reviewerActor),
      w.store.transition({ disclosureId: d.id, from: 'submitted', to: 'returned' }, w.reviewerActor),
      w.store.transition({ disclosureId: d.id, from: 'submitted', to: 'approved' }, w.reviewerActor),
    ]);
    const won = outcomes.filter((o) => o.status === 'fulfilled');
    assert.equal(won.length, 1);
    for (const o of outcomes) {
      if (o.status === 'rejected')
        assert.ok(o.reason instanceof ConflictError && o.reason.code === 'status-mismatch');
    }
    assert.equal((await w.store.listReviewEvents(d.id)).length, 2);
  });

  it('publishes a correction as a new version; the portal shows the old one until then', async (t) => {
    const w = await world(open, t);
    const d = await disclosureWithVersions(w, 1);
    await publishDisclosure(w, d.id);
    const v1 = d.currentVersionId;
    await w.store.transition(
      { disclosureId: d.id, from: 'published', to: 'draft', comment: '更正' },
      w.clerkActor,
    );
    const v2 = await w.store.saveVersion(
      {
        disclosureId: d.id,
        dataset: sampleDataset('corrected'),
        findings: { errors: 0, warnings: 0, notices: 0 },
      },
      w.clerkActor,
    );
    let listed = await w.store.listPublished();
    assert.equal(listed[0]?.version.id, v1, 'the draft correction is not public');
    assert.equal((await w.store.getDisclosure(d.id))?.publishedVersionId, v1);
    await publishDisclosure(w, d.id);
    listed = await w.store.listPublished();
    assert.equal(listed.length, 1);
    assert.equal(listed[0]?.version.id, v2.id);
    assert.equal(listed[0]?.version.number, 2);
    const versions = await w.store.listVersions(d.id);
    assert.deepEqual(
      versions.map((v) => v.published),
      [true, true],
      'both publications stay on record',
    );
  });

  it('keeps written justifications of warnings per version', async (t) => {
    const w = await world(open, t);
    const d = await disclosureWithVersions(w, 2);
    const [v1, v2] = await w.store.listVersions(d.id);
    const j1 = await w.store.addJustification(
      {
        disclosureId: d.id,
        versionId: v1?.id ?? '',
        ruleId: 'n.sangong-explained',
        locationKey: 'narrative:sangong',
        text: '因公出国（境）费为零，无需说明',
      },
      w.clerkActor,
    );
    const j2 = await w.store.addJustification(
      {
        disclosureId: d.id,
        versionId: v2?.id ?? '',
        ruleId: 'n.sangong-explained',
        locationKey: 'narrative:sangong',
        text: '已在第三部分说明',
      },
      w.clerkActor,
    );
    assert.ok(j2.id > j1.id);
    assert.equal(j1.userId, w.clerk.id);
    assert.deepEqual(await w.store.listJustifications(d.id), [j1, j2]);
    assert.deepEqual(await w.store.listJustifications(d.id, { versionId: v2?.id ?? '' }), [j2]);
    const other = await w.store.createDisclosure(
      { organisationId: w.dept.id, year: 2024, profile: 'sichuan-13' },
      w.clerkActor,
    );
    await rejectsWith(
      w.store.addJustification(
        { disclosureId: other.id, versionId: v1?.id ?? '', ruleId: 'r', locationKey: 'k', text: 't' },
        w.clerkActor,
      ),
      ConflictError,
      'reference',
    );
    await rejectsWith(
      w.store.addJustification(
        { disclosureId: d.id, versionId: 'nope', ruleId: 'r', locationKey: 'k', text: 't' },
        w.clerkActor,
      ),
      NotFoundError,
    );
  });
}
