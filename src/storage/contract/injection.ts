/**
 * @module Contract: SQL injection attempts in every string parameter are stored and returned literally,
 * and the tables are all still there afterwards.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { type OpenSubject, SYSTEM, world } from './fixtures.ts';

/** Strings that break naive SQL building, plus LIKE wildcards and markup. */
export const HOSTILE = [
  "x'); DROP TABLE users;--",
  "' OR '1'='1",
  '"; DELETE FROM audit_log; --',
  "Robert'); DROP TABLE disclosures; --",
  "\\'; SELECT 1; --",
  '%_\\',
  '<script>alert("决算")</script>',
  "单位'; UPDATE disclosure_versions SET published = 0; --",
];

const TABLES = [
  'organisations',
  'users',
  'sessions',
  'disclosures',
  'disclosure_versions',
  'audit_log',
  'blobs',
];

/** Registers the injection test. */
export function injectionContract(open: OpenSubject): void {
  it('stores SQL injection attempts in every string parameter literally', async (t) => {
    const w = await world(open, t);
    const s = w.store;
    for (const [i, bad] of HOSTILE.entries()) {
      const org = await s.createOrganisation(
        { name: bad, code: `${bad}#${i}`, kind: 'department', region: bad, parentId: w.bureau.id },
        { userId: null, ip: bad },
      );
      assert.deepEqual(await s.getOrganisation(org.id), org);
      assert.equal(org.name, bad);
      assert.equal((await s.updateOrganisation(org.id, { name: `${bad}!` }, SYSTEM)).name, `${bad}!`);
      const user = await s.createUser(
        {
          username: `${bad}#${i}`,
          displayName: bad,
          passwordHash: bad,
          role: 'clerk',
          organisationId: org.id,
        },
        SYSTEM,
      );
      assert.deepEqual(await s.getUserByUsername(`${bad}#${i}`), user);
      assert.equal(await s.getUserByUsername(bad), null);
      assert.equal(await s.getUser(bad), null);
      const actor = { userId: user.id, ip: bad };
      await s.createSession(
        {
          id: `${bad}#${i}`,
          userId: user.id,
          expiresAt: '2027-01-01T00:00:00.000Z',
          csrfSecret: bad,
          ip: bad,
        },
        actor,
      );
      const sess = await s.getSession(`${bad}#${i}`);
      assert.equal(sess?.session.csrfSecret, bad);
      assert.equal(await s.getSession(bad), null);
      assert.equal(await s.touchSession(`${bad}#${i}`, { ip: bad }), true);

      const d = await s.createDisclosure({ organisationId: org.id, year: 2024, profile: bad }, actor);
      const dataset = { [bad]: bad, nested: [bad, { [bad]: `${bad}` }] };
      const v = await s.saveVersion(
        { disclosureId: d.id, dataset, findings: { errors: 0, warnings: 0, notices: 0 }, comment: bad },
        actor,
      );
      assert.deepEqual((await s.getVersion(v.id))?.dataset, dataset);
      assert.equal((await s.getVersion(v.id))?.comment, bad);
      await s.addJustification(
        { disclosureId: d.id, versionId: v.id, ruleId: bad, locationKey: bad, text: bad },
        actor,
      );
      assert.deepEqual(
        (await s.listJustifications(d.id)).map((j) => [j.ruleId, j.locationKey, j.text]),
        [[bad, bad, bad]],
      );
      await s.transition({ disclosureId: d.id, from: 'draft', to: 'submitted', comment: bad }, actor);
      assert.equal((await s.listReviewEvents(d.id))[0]?.comment, bad);
      const file = await s.putFile(
        {
          disclosureId: d.id,
          versionId: v.id,
          format: bad,
          contentType: bad,
          bytes: new TextEncoder().encode(bad),
        },
        actor,
      );
      assert.equal((await s.getFile(v.id, bad))?.contentType, bad);
      assert.equal(new TextDecoder().decode((await s.getFileBytes(file.sha256)) ?? new Uint8Array()), bad);
      const entry = await s.appendAudit(
        { action: bad, targetType: bad, targetId: bad, detail: { [bad]: bad } },
        actor,
      );
      assert.deepEqual(
        (await s.listAudit({ action: bad, targetType: bad, targetId: bad, userId: user.id }))[0],
        entry,
      );
      const job = await s.createJob({ kind: bad, payload: { bad } }, actor);
      assert.deepEqual((await s.getJob(job.id))?.payload, { bad });
      assert.equal((await s.listJobs({ kind: bad }))[0]?.id, job.id);
      assert.equal(await s.findDisclosure(bad, 2024), null);
      assert.deepEqual(await s.listDisclosures({ organisationIds: [bad] }), []);
      assert.deepEqual(await s.listPublished({ name: bad, region: bad }), []);
      assert.deepEqual(await s.listOrganisationSubtree(bad), []);
    }
    for (const table of TABLES) {
      const [row] = await w.query(`SELECT COUNT(*) AS n FROM ${table}`);
      assert.ok(Number(row?.['n']) > 0, `${table} still exists and has rows`);
    }
    assert.equal((await s.listUsers()).length, 2 + HOSTILE.length);
    assert.equal((await s.listOrganisations({ kind: 'department' })).length, 2 + HOSTILE.length);
  });
}
