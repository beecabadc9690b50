/** @module Contract: disclosures and versions (numbering, atomic saves, concurrency, exact amounts). */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { it } from 'node:test';
import { fen } from '../../money/index.ts';
import { ConflictError, NotFoundError, StorageError } from '../errors.ts';
import type { JsonValue } from '../types.ts';
import {
  disclosureWithVersions,
  type OpenSubject,
  rejectsWith,
  SYSTEM,
  sampleDataset,
  world,
} from './fixtures.ts';

const NO_FINDINGS = { errors: 0, warnings: 0, notices: 0 };

/** Registers the disclosure and version tests. */
export function versionsContract(open: OpenSubject): void {
  it('creates one disclosure per organisation and year, finds and lists it', async (t) => {
    const w = await world(open, t);
    const d = await w.store.createDisclosure(
      { organisationId: w.unit.id, year: 2024, profile: 'sichuan-13' },
      w.clerkActor,
    );
    assert.equal(d.status, 'draft');
    assert.equal(d.currentVersionId, null);
    assert.deepEqual(await w.store.getDisclosure(d.id), d);
    assert.deepEqual(await w.store.findDisclosure(w.unit.id, 2024), d);
    assert.equal(await w.store.findDisclosure(w.unit.id, 2023), null);
    await rejectsWith(
      w.store.createDisclosure({ organisationId: w.unit.id, year: 2024, profile: 'central-9' }, SYSTEM),
      ConflictError,
      'duplicate',
    );
    await rejectsWith(
      w.store.createDisclosure({ organisationId: 'nope', year: 2024, profile: 'x' }, SYSTEM),
      ConflictError,
      'reference',
    );
    const other = await w.store.createDisclosure(
      { organisationId: w.otherDept.id, year: 2023, profile: 'sichuan-13' },
      SYSTEM,
    );
    await w.store.saveVersion(
      { disclosureId: d.id, dataset: sampleDataset(), findings: { errors: 2, warnings: 3, notices: 4 } },
      w.clerkActor,
    );
    const all = await w.store.listDisclosures();
    assert.deepEqual(
      all.map((x) => x.id),
      [d.id, other.id],
      'newest year first',
    );
    assert.equal(all[0]?.organisationName, '剑阁县政务服务中心');
    assert.equal(all[0]?.organisationKind, 'unit');
    assert.equal(all[0]?.currentVersionNumber, 1);
    assert.deepEqual(all[0]?.findings, { errors: 2, warnings: 3, notices: 4 });
    assert.equal(all[1]?.findings, null);
    const ids = (await w.store.listOrganisationSubtree(w.dept.id)).map((o) => o.id);
    assert.deepEqual(
      (await w.store.listDisclosures({ organisationIds: ids })).map((x) => x.id),
      [d.id],
    );
    assert.deepEqual(await w.store.listDisclosures({ organisationIds: [] }), []);
    assert.deepEqual(
      (await w.store.listDisclosures({ year: 2023 })).map((x) => x.id),
      [other.id],
    );
    assert.equal((await w.store.listDisclosures({ status: ['draft', 'submitted'] })).length, 2);
    assert.equal((await w.store.listDisclosures({ status: 'submitted' })).length, 0);
  });

  it('saves every version as a new numbered row and keeps each dataset exactly', async (t) => {
    const w = await world(open, t);
    const d = await disclosureWithVersions(w, 0);
    const datasets: JsonValue[] = [
      sampleDataset('a'),
      { z: '0.01', a: ['-12345678901234.56', null, true], 中文: '“引号”\n' },
      {},
    ];
    const saved = [];
    for (const [i, dataset] of datasets.entries()) {
      w.clock.advance(60_000);
      saved.push(
        await w.store.saveVersion(
          {
            disclosureId: d.id,
            dataset,
            findings: { errors: i, warnings: 0, notices: 1 },
            comment: `第${i + 1}次保存`,
          },
          w.clerkActor,
        ),
      );
    }
    assert.deepEqual(
      saved.map((v) => v.number),
      [1, 2, 3],
    );
    for (const [i, v] of saved.entries()) {
      const back = await w.store.getVersion(v.id);
      assert.deepEqual(back, v);
      assert.deepEqual(back?.dataset, datasets[i]);
      assert.equal(back?.authorId, w.clerk.id);
      assert.equal(back?.comment, `第${i + 1}次保存`);
      assert.equal(back?.published, false);
    }
    assert.equal((await w.store.getDisclosure(d.id))?.currentVersionId, saved[2]?.id);
    assert.deepEqual(await w.store.getVersionByNumber(d.id, 2), saved[1]);
    assert.equal(await w.store.getVersionByNumber(d.id, 4), null);
    assert.equal(await w.store.getVersion('nope'), null);
    const list = await w.store.listVersions(d.id);
    assert.deepEqual(
      list.map((v) => [v.number, v.findings.errors, 'dataset' in v]),
      [
        [1, 0, false],
        [2, 1, false],
        [3, 2, false],
      ],
    );
    const log = await w.store.listAudit({ targetId: d.id, action: 'disclosure.save' });
    assert.deepEqual(
      log.map((e) => (e.detail as { number: number }).number),
      [3, 2, 1],
    );
  });

  it('hashes the canonical JSON: the same content in any key order has one hash', async (t) => {
    const w = await world(open, t);
    const d = await disclosureWithVersions(w, 0);
    const a = await w.store.saveVersion(
      { disclosureId: d.id, dataset: { b: '1', a: { y: 2, x: 1 } }, findings: NO_FINDINGS },
      w.clerkActor,
    );
    const b = await w.store.saveVersion(
      { disclosureId: d.id, dataset: { a: { x: 1, y: 2 }, b: '1' }, findings: NO_FINDINGS },
      w.clerkActor,
    );
    const c = await w.store.saveVersion(
      { disclosureId: d.id, dataset: { a: { x: 1, y: 2 }, b: '1.0' }, findings: NO_FINDINGS },
      w.clerkActor,
    );
    const expected = createHash('sha256').update('{"a":{"x":1,"y":2},"b":"1"}').digest('hex');
    assert.equal(a.contentHash, expected);
    assert.equal(b.contentHash, expected);
    assert.notEqual(c.contentHash, expected);
    await rejectsWith(
      w.store.saveVersion(
        { disclosureId: d.id, dataset: { x: Number.NaN }, findings: NO_FINDINGS },
        w.clerkActor,
      ),
      StorageError,
    );
  });

  it('round-trips large and negative fen amounts exactly (±9×10^15)', async (t) => {
    const w = await world(open, t);
    const d = await disclosureWithVersions(w, 0);
    const figures = {
      grandTotal: fen(9_000_000_000_000_000),
      incomeTotal: fen(-9_000_000_000_000_000),
      expenditureTotal: fen(Number.MAX_SAFE_INTEGER),
      sangongTotal: fen(-1),
      operatingExpenses: fen(0),
    };
    const v = await w.store.saveVersion(
      { disclosureId: d.id, dataset: {}, findings: NO_FINDINGS, figures },
      w.clerkActor,
    );
    assert.deepEqual(v.figures, figures);
    const back = await w.store.getVersion(v.id);
    assert.deepEqual(back?.figures, figures);
    for (const value of Object.values(back?.figures ?? {})) assert.equal(typeof value, 'number');
    const blank = await w.store.saveVersion(
      { disclosureId: d.id, dataset: {}, findings: NO_FINDINGS },
      w.clerkActor,
    );
    assert.deepEqual(
      Object.values(blank.figures),
      [null, null, null, null, null],
      'blank stays blank, not 0',
    );
    await rejectsWith(
      w.store.saveVersion(
        {
          disclosureId: d.id,
          dataset: {},
          findings: NO_FINDINGS,
          figures: { grandTotal: (2 ** 53) as never },
        },
        w.clerkActor,
      ),
      StorageError,
    );
    await rejectsWith(
      w.store.saveVersion(
        { disclosureId: d.id, dataset: {}, findings: NO_FINDINGS, figures: { grandTotal: 0.5 as never } },
        w.clerkActor,
      ),
      StorageError,
    );
    assert.equal((await w.store.listVersions(d.id)).length, 2);
  });

  it('refuses saves when not editable, from a stale editor, without an author or disclosure', async (t) => {
    const w = await world(open, t);
    const d = await disclosureWithVersions(w, 1);
    const input = { disclosureId: d.id, dataset: {}, findings: NO_FINDINGS };
    await rejectsWith(
      w.store.saveVersion({ ...input, expectedCurrentVersionId: 'someone-else' }, w.clerkActor),
      ConflictError,
      'stale-version',
    );
    const v2 = await w.store.saveVersion(
      { ...input, expectedCurrentVersionId: d.currentVersionId },
      w.clerkActor,
    );
    assert.equal(v2.number, 2);
    await rejectsWith(w.store.saveVersion(input, SYSTEM), StorageError);
    await rejectsWith(w.store.saveVersion({ ...input, disclosureId: 'nope' }, w.clerkActor), NotFoundError);
    await w.store.transition({ disclosureId: d.id, from: 'draft', to: 'submitted' }, w.clerkActor);
    const e = await rejectsWith(w.store.saveVersion(input, w.clerkActor), ConflictError, 'not-editable');
    assert.equal((e as ConflictError).details['status'], 'submitted');
    await w.store.transition(
      { disclosureId: d.id, from: 'submitted', to: 'returned', comment: '请补充说明' },
      w.reviewerActor,
    );
    assert.equal(
      (await w.store.saveVersion(input, w.clerkActor)).number,
      3,
      'a returned disclosure is editable',
    );
    assert.equal((await w.store.listVersions(d.id)).length, 3);
  });

  it('numbers concurrent saves of one disclosure consecutively, with no duplicates or gaps', async (t) => {
    const w = await world(open, t);
    const d = await disclosureWithVersions(w, 0);
    const n = 24;
    const results = await Promise.all(
      Array.from({ length: n }, (_, i) =>
        w.store.saveVersion(
          { disclosureId: d.id, dataset: sampleDataset(i), findings: NO_FINDINGS },
          w.clerkActor,
        ),
      ),
    );
    const numbers = results.map((v) => v.number).sort((a, b) => a - b);
    assert.deepEqual(
      numbers,
      Array.from({ length: n }, (_, i) => i + 1),
    );
    for (const [i, v] of results.entries()) assert.deepEqual(v.dataset, sampleDataset(i));
    const last = results.find((v) => v.number === n);
    assert.equal((await w.store.getDisclosure(d.id))?.currentVersionId, last?.id);
    assert.equal((await w.store.listVersions(d.id)).length, n);
  });
}
