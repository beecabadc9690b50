/**
 * @module Contract: published versions, their files, stored content and the audit log cannot be changed,
 * neither through the store nor by SQL sent straight to the database (the triggers of migration 002).
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { IMMUTABLE_MARKER, ImmutableError } from '../errors.ts';
import {
  disclosureWithVersions,
  type OpenSubject,
  publishDisclosure,
  rejectsWith,
  world,
} from './fixtures.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

async function refusedByDatabase(run: Promise<unknown>, statement: string): Promise<void> {
  await assert.rejects(
    run,
    (e: Error) => e.message.includes(IMMUTABLE_MARKER),
    `the database refused: ${statement}`,
  );
}

/** Registers the immutability tests. */
export function immutabilityContract(open: OpenSubject): void {
  it('refuses, in the store, to delete a published disclosure or replace a published file', async (t) => {
    const w = await world(open, t);
    const d = await disclosureWithVersions(w, 1);
    const v = d.currentVersionId ?? '';
    await w.store.putFile(
      {
        disclosureId: d.id,
        versionId: v,
        format: 'pdf',
        contentType: 'application/pdf',
        bytes: bytes('%PDF-1'),
      },
      w.reviewerActor,
    );
    await w.store.putFile(
      {
        disclosureId: d.id,
        versionId: v,
        format: 'pdf',
        contentType: 'application/pdf',
        bytes: bytes('%PDF-2'),
      },
      w.reviewerActor,
    );
    assert.equal((await w.store.getFile(v, 'pdf'))?.size, 6, 'a draft rendering may be replaced');
    await publishDisclosure(w, d.id);
    await rejectsWith(w.store.deleteDisclosure(d.id, w.reviewerActor), ImmutableError);
    await rejectsWith(
      w.store.putFile(
        {
          disclosureId: d.id,
          versionId: v,
          format: 'pdf',
          contentType: 'application/pdf',
          bytes: bytes('%PDF-3'),
        },
        w.reviewerActor,
      ),
      ImmutableError,
    );
    const same = await w.store.putFile(
      {
        disclosureId: d.id,
        versionId: v,
        format: 'pdf',
        contentType: 'application/pdf',
        bytes: bytes('%PDF-2'),
      },
      w.reviewerActor,
    );
    assert.equal(
      same.sha256,
      (await w.store.getFile(v, 'pdf'))?.sha256,
      'putting the same bytes again is a no-op',
    );
    assert.notEqual(await w.store.getDisclosure(d.id), null);
    assert.equal((await w.store.getVersion(v))?.published, true);
  });

  it('refuses, in the database, any UPDATE or DELETE of a published version and its files', async (t) => {
    const w = await world(open, t);
    const d = await disclosureWithVersions(w, 1);
    const v = d.currentVersionId ?? '';
    await w.store.putFile(
      {
        disclosureId: d.id,
        versionId: v,
        format: 'html',
        contentType: 'text/html',
        bytes: bytes('<p>x</p>'),
      },
      w.reviewerActor,
    );
    await publishDisclosure(w, d.id);
    const before = await w.store.getVersion(v);
    const statements = [
      `UPDATE disclosure_versions SET comment = 'forged' WHERE id = '${v}'`,
      `UPDATE disclosure_versions SET content_hash = 'forged' WHERE id = '${v}'`,
      `UPDATE disclosure_versions SET grand_total_fen = 1 WHERE id = '${v}'`,
      `UPDATE disclosure_versions SET published = NOT published WHERE id = '${v}'`,
      `DELETE FROM disclosure_versions WHERE id = '${v}'`,
      `UPDATE published_files SET format = 'pdf' WHERE version_id = '${v}'`,
      `DELETE FROM published_files WHERE version_id = '${v}'`,
    ];
    for (const s of statements) await refusedByDatabase(w.query(s), s);
    assert.deepEqual(await w.store.getVersion(v), before);
    assert.equal((await w.store.listFiles(v)).length, 1);
  });

  it('refuses, in the database, to change the content of any saved version, published or not', async (t) => {
    const w = await world(open, t);
    const d = await disclosureWithVersions(w, 2);
    const v = d.currentVersionId ?? '';
    const before = await w.store.getVersion(v);
    for (const s of [
      `UPDATE disclosure_versions SET number = 7 WHERE id = '${v}'`,
      `UPDATE disclosure_versions SET author_id = '${w.reviewer.id}' WHERE id = '${v}'`,
      `UPDATE disclosure_versions SET findings_errors = 0, findings_warnings = 0 WHERE id = '${v}'`,
    ]) {
      await refusedByDatabase(w.query(s), s);
    }
    assert.deepEqual(await w.store.getVersion(v), before);
  });

  it('keeps the audit log append-only and stored content unchangeable, in the database', async (t) => {
    const w = await world(open, t);
    const d = await disclosureWithVersions(w, 1);
    await w.store.putFile(
      {
        disclosureId: d.id,
        versionId: d.currentVersionId ?? '',
        format: 'csv',
        contentType: 'text/csv',
        bytes: bytes('a,b'),
      },
      w.clerkActor,
    );
    const log = await w.store.listAudit({ limit: 1000 });
    for (const s of [
      `UPDATE audit_log SET action = 'nothing happened'`,
      `DELETE FROM audit_log`,
      `UPDATE blobs SET size = 0`,
    ]) {
      await refusedByDatabase(w.query(s), s);
    }
    assert.deepEqual(await w.store.listAudit({ limit: 1000 }), log);
    assert.equal((await w.store.listFiles(d.currentVersionId ?? ''))[0]?.size, 3);
  });
}
