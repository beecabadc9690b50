/**
 * @module Rendered files, content-addressed: the bytes live once in `blobs` under their sha256, and
 * `published_files` links (version, format) to a hash. A published version's files never change.
 */
import { ConflictError, ImmutableError, NotFoundError, StorageError } from '../errors.ts';
import type { PutFileInput } from '../port.ts';
import type { Actor, PublishedFile } from '../types.ts';
import { atomic, audit, type Ctx, now, readBool } from './context.ts';
import { sha256Hex } from './versions.ts';

function fileQuery(ctx: Ctx) {
  return ctx.db
    .selectFrom('published_files as f')
    .innerJoin('blobs as b', 'b.sha256', 'f.sha256')
    .select([
      'f.disclosure_id',
      'f.version_id',
      'f.format',
      'f.sha256',
      'f.content_type',
      'f.created_at',
      'b.size',
    ]);
}

type FileRow = {
  disclosure_id: string;
  version_id: string;
  format: string;
  sha256: string;
  content_type: string;
  created_at: string;
  size: number;
};

function toFile(r: FileRow): PublishedFile {
  return {
    disclosureId: r.disclosure_id,
    versionId: r.version_id,
    format: r.format,
    sha256: r.sha256,
    size: Number(r.size),
    contentType: r.content_type,
    createdAt: r.created_at,
  };
}

export async function getFile(ctx: Ctx, versionId: string, format: string): Promise<PublishedFile | null> {
  const r = await fileQuery(ctx)
    .where('f.version_id', '=', versionId)
    .where('f.format', '=', format)
    .executeTakeFirst();
  return r === undefined ? null : toFile(r);
}

export async function listFiles(ctx: Ctx, versionId: string): Promise<PublishedFile[]> {
  const rows = await fileQuery(ctx).where('f.version_id', '=', versionId).orderBy('f.format').execute();
  return rows.map(toFile);
}

export async function getFileBytes(ctx: Ctx, sha256: string): Promise<Uint8Array | null> {
  const r = await ctx.db.selectFrom('blobs').select('bytes').where('sha256', '=', sha256).executeTakeFirst();
  return r === undefined ? null : new Uint8Array(r.bytes.buffer, r.bytes.byteOffset, r.bytes.byteLength);
}

/** A Buffer view of the bytes (both drivers bind Buffers), without copying. */
function asBuffer(b: Uint8Array): Buffer {
  return Buffer.isBuffer(b) ? b : Buffer.from(b.buffer, b.byteOffset, b.byteLength);
}

export async function putFile(ctx: Ctx, input: PutFileInput, actor: Actor): Promise<PublishedFile> {
  if (!(input.bytes instanceof Uint8Array)) throw new StorageError('bytes must be a Uint8Array');
  const sha = sha256Hex(input.bytes);
  return atomic(ctx, async (tx) => {
    const version = await tx.db
      .selectFrom('disclosure_versions')
      .select(['disclosure_id', 'published'])
      .where('id', '=', input.versionId)
      .executeTakeFirst();
    if (version === undefined) throw new NotFoundError('version', input.versionId);
    if (version.disclosure_id !== input.disclosureId) {
      throw new ConflictError('reference', 'the version belongs to another disclosure', {
        versionId: input.versionId,
      });
    }
    const existing = await getFile(tx, input.versionId, input.format);
    if (existing !== null && existing.sha256 === sha) return existing;
    if (existing !== null && readBool(version.published)) {
      throw new ImmutableError(`the ${input.format} file of published version ${input.versionId} is final`);
    }
    const t = now(tx);
    await tx.db
      .insertInto('blobs')
      .values({ sha256: sha, bytes: asBuffer(input.bytes), size: input.bytes.byteLength, created_at: t })
      .onConflict((oc) => oc.column('sha256').doNothing())
      .execute();
    if (existing === null) {
      await tx.db
        .insertInto('published_files')
        .values({
          version_id: input.versionId,
          format: input.format,
          disclosure_id: input.disclosureId,
          sha256: sha,
          content_type: input.contentType,
          created_at: t,
        })
        .execute();
    } else {
      await tx.db
        .updateTable('published_files')
        .set({ sha256: sha, content_type: input.contentType, created_at: t })
        .where('version_id', '=', input.versionId)
        .where('format', '=', input.format)
        .execute();
    }
    await audit(tx, actor, 'file.put', 'version', input.versionId, {
      format: input.format,
      sha256: sha,
      size: input.bytes.byteLength,
      replaced: existing?.sha256 ?? null,
    });
    return (await getFile(tx, input.versionId, input.format)) as PublishedFile;
  });
}
