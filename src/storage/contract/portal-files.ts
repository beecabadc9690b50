/** @module Contract: the public portal's listing and search, and content-addressed files. */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { fen } from '../../money/index.ts';
import { ConflictError, NotFoundError, StorageError } from '../errors.ts';
import type { World } from './fixtures.ts';
import { type OpenSubject, publishDisclosure, rejectsWith, SYSTEM, world } from './fixtures.ts';

async function published(
  w: World,
  organisationId: string,
  year: number,
  grandTotal: number,
): Promise<string> {
  const d = await w.store.createDisclosure({ organisationId, year, profile: 'sichuan-13' }, w.clerkActor);
  await w.store.saveVersion(
    {
      disclosureId: d.id,
      dataset: { year },
      findings: { errors: 0, warnings: 0, notices: 0 },
      figures: { grandTotal: fen(grandTotal) },
    },
    w.clerkActor,
  );
  await publishDisclosure(w, d.id);
  return d.id;
}

/** Registers the portal and file tests. */
export function portalAndFilesContract(open: OpenSubject): void {
  it('lists only published disclosures, by year, region prefix and department or unit name', async (t) => {
    const w = await world(open, t);
    const school = await w.store.createOrganisation(
      {
        name: 'Guangyuan No.1 Middle School',
        kind: 'unit',
        region: '四川省广元市',
        parentId: w.otherDept.id,
        code: '201001',
      },
      SYSTEM,
    );
    const p1 = await published(w, w.unit.id, 2023, 123_456_78);
    const p2 = await published(w, w.unit.id, 2024, -5);
    const p3 = await published(w, w.otherDept.id, 2024, 9_000_000_000_000_000);
    const p4 = await published(w, school.id, 2024, 1);
    const draft = await w.store.createDisclosure(
      { organisationId: w.dept.id, year: 2024, profile: 'sichuan-13' },
      w.clerkActor,
    );
    await w.store.saveVersion(
      { disclosureId: draft.id, dataset: {}, findings: { errors: 0, warnings: 0, notices: 0 } },
      w.clerkActor,
    );
    await w.store.transition({ disclosureId: draft.id, from: 'draft', to: 'submitted' }, w.clerkActor);
    await w.store.transition({ disclosureId: draft.id, from: 'submitted', to: 'approved' }, w.reviewerActor);

    const ids = async (q: Parameters<typeof w.store.listPublished>[0]) =>
      (await w.store.listPublished(q)).map((x) => x.disclosureId).sort();
    assert.deepEqual(await ids({}), [p1, p2, p3, p4].sort(), 'approved but unpublished is not listed');
    assert.deepEqual(await ids({ year: 2023 }), [p1]);
    assert.deepEqual(await ids({ region: '四川省广元市剑阁县' }), [p1, p2].sort());
    assert.deepEqual(
      await ids({ region: '四川省广元市' }),
      [p1, p2, p3, p4].sort(),
      'a region matches its sub-regions',
    );
    assert.deepEqual(await ids({ region: '广元市' }), [], 'region is a prefix, not a substring');
    assert.deepEqual(await ids({ name: '政务服务' }), [p1, p2].sort());
    assert.deepEqual(
      await ids({ name: '人民政府办公室' }),
      [p1, p2].sort(),
      "a unit is found by its department's name",
    );
    assert.deepEqual(await ids({ name: '教育局' }), [p3, p4].sort());
    assert.deepEqual(await ids({ name: 'middle SCHOOL' }), [p4], 'ASCII search ignores case');
    assert.deepEqual(await ids({ name: '  教育局  ', year: 2023 }), []);
    assert.deepEqual(await ids({ name: '%' }), [], 'a % is a literal, not a wildcard');
    assert.deepEqual(await ids({ name: '_' }), []);

    const all = await w.store.listPublished();
    assert.deepEqual(
      all.map((x) => x.year),
      [2024, 2024, 2024, 2023],
    );
    const edu = all.find((x) => x.disclosureId === p3);
    assert.equal(edu?.organisation.name, '广元市教育局');
    assert.equal(edu?.parentName, '剑阁县财政局');
    assert.equal(edu?.version.figures.grandTotal, 9_000_000_000_000_000);
    assert.equal(all.find((x) => x.disclosureId === p2)?.version.figures.grandTotal, -5);
    assert.equal(edu?.version.published, true);
    const page = await w.store.listPublished({ limit: 2, offset: 1 });
    assert.deepEqual(
      page.map((x) => x.disclosureId),
      all.slice(1, 3).map((x) => x.disclosureId),
    );
    await rejectsWith(w.store.listPublished({ limit: 0 }), StorageError);
  });

  it('stores file bytes once per content hash and returns them exactly', async (t) => {
    const w = await world(open, t);
    const d = await w.store.createDisclosure(
      { organisationId: w.unit.id, year: 2024, profile: 'sichuan-13' },
      w.clerkActor,
    );
    const findings = { errors: 0, warnings: 0, notices: 0 };
    const v1 = await w.store.saveVersion({ disclosureId: d.id, dataset: { n: 1 }, findings }, w.clerkActor);
    const v2 = await w.store.saveVersion({ disclosureId: d.id, dataset: { n: 2 }, findings }, w.clerkActor);
    const all256 = Uint8Array.from({ length: 256 }, (_, i) => i);
    const put = (versionId: string, format: string, bytes: Uint8Array) =>
      w.store.putFile(
        { disclosureId: d.id, versionId, format, contentType: 'application/octet-stream', bytes },
        w.clerkActor,
      );
    const a = await put(v1.id, 'pdf', all256);
    const b = await put(v2.id, 'pdf', all256);
    await put(v2.id, 'json', new Uint8Array(0));
    assert.equal(a.sha256, '40aff2e9d2d8922e47afd4648e6967497158785fbd1da870e7110266bf944880');
    assert.equal(a.sha256, b.sha256);
    assert.equal(a.size, 256);
    const [count] = await w.query('SELECT COUNT(*) AS n FROM blobs');
    assert.equal(Number(count?.['n']), 2, 'identical content is stored once');
    assert.deepEqual(await w.store.getFileBytes(a.sha256), all256);
    const empty = await w.store.getFile(v2.id, 'json');
    assert.deepEqual(await w.store.getFileBytes(empty?.sha256 ?? ''), new Uint8Array(0));
    assert.equal(await w.store.getFileBytes('0'.repeat(64)), null);
    assert.equal(await w.store.getFile(v1.id, 'docx'), null);
    assert.deepEqual(
      (await w.store.listFiles(v2.id)).map((f) => [f.format, f.size, f.disclosureId]),
      [
        ['json', 0, d.id],
        ['pdf', 256, d.id],
      ],
    );
    await rejectsWith(put('nope', 'pdf', all256), NotFoundError);
    const other = await w.store.createDisclosure(
      { organisationId: w.dept.id, year: 2024, profile: 'sichuan-13' },
      w.clerkActor,
    );
    await rejectsWith(
      w.store.putFile(
        { disclosureId: other.id, versionId: v1.id, format: 'pdf', contentType: 'x', bytes: all256 },
        w.clerkActor,
      ),
      ConflictError,
      'reference',
    );
  });
}
