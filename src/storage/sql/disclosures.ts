/** @module Disclosures: one per organisation and year, with their workflow status. */
import type { Selectable } from 'kysely';
import { ConflictError, ImmutableError, NotFoundError } from '../errors.ts';
import type { DisclosureFilter, DisclosureListItem, NewDisclosure } from '../port.ts';
import type { Actor, Disclosure, DisclosureStatus, OrganisationKind } from '../types.ts';
import { atomic, audit, byText, type Ctx, checkInt, now } from './context.ts';
import type { DisclosuresTable } from './db-schema.ts';

/** Maps a row to the record. */
export function toDisclosure(r: Selectable<DisclosuresTable>): Disclosure {
  return {
    id: r.id,
    organisationId: r.organisation_id,
    year: r.year,
    profile: r.profile,
    status: r.status as DisclosureStatus,
    currentVersionId: r.current_version_id,
    publishedVersionId: r.published_version_id,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export async function createDisclosure(ctx: Ctx, input: NewDisclosure, actor: Actor): Promise<Disclosure> {
  return atomic(ctx, async (tx) => {
    const t = now(tx);
    const row = {
      id: tx.newId(),
      organisation_id: input.organisationId,
      year: checkInt(input.year, 'year', 1990),
      profile: input.profile,
      status: 'draft',
      current_version_id: null,
      published_version_id: null,
      created_at: t,
      updated_at: t,
    };
    await tx.db.insertInto('disclosures').values(row).execute();
    const d = toDisclosure(row);
    await audit(tx, actor, 'disclosure.create', 'disclosure', d.id, {
      organisationId: d.organisationId,
      year: d.year,
      profile: d.profile,
    });
    return d;
  });
}

export async function getDisclosure(ctx: Ctx, id: string): Promise<Disclosure | null> {
  const r = await ctx.db.selectFrom('disclosures').selectAll().where('id', '=', id).executeTakeFirst();
  return r === undefined ? null : toDisclosure(r);
}

/** The disclosure or NotFoundError. */
export async function requireDisclosure(ctx: Ctx, id: string): Promise<Disclosure> {
  const d = await getDisclosure(ctx, id);
  if (d === null) throw new NotFoundError('disclosure', id);
  return d;
}

export async function findDisclosure(
  ctx: Ctx,
  organisationId: string,
  year: number,
): Promise<Disclosure | null> {
  const r = await ctx.db
    .selectFrom('disclosures')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('year', '=', year)
    .executeTakeFirst();
  return r === undefined ? null : toDisclosure(r);
}

export async function listDisclosures(
  ctx: Ctx,
  filter: DisclosureFilter = {},
): Promise<DisclosureListItem[]> {
  if (filter.organisationIds !== undefined && filter.organisationIds.length === 0) return [];
  let q = ctx.db
    .selectFrom('disclosures as d')
    .innerJoin('organisations as o', 'o.id', 'd.organisation_id')
    .leftJoin('disclosure_versions as v', 'v.id', 'd.current_version_id')
    .selectAll('d')
    .select([
      'o.name as organisation_name',
      'o.kind as organisation_kind',
      'o.region',
      'v.number as version_number',
      'v.findings_errors',
      'v.findings_warnings',
      'v.findings_notices',
    ]);
  if (filter.organisationIds !== undefined)
    q = q.where('d.organisation_id', 'in', [...filter.organisationIds]);
  if (filter.year !== undefined) q = q.where('d.year', '=', filter.year);
  if (filter.status !== undefined) {
    const statuses: DisclosureStatus[] =
      typeof filter.status === 'string' ? [filter.status] : [...filter.status];
    if (statuses.length === 0) return [];
    q = q.where('d.status', 'in', statuses);
  }
  const rows = await q
    .orderBy('d.year', 'desc')
    .orderBy(byText(ctx, 'o.code'), (o) => o.asc().nullsLast())
    .orderBy(byText(ctx, 'o.name'))
    .orderBy('d.id')
    .execute();
  return rows.map((r) => ({
    ...toDisclosure(r),
    organisationName: r.organisation_name,
    organisationKind: r.organisation_kind as OrganisationKind,
    region: r.region,
    currentVersionNumber: r.version_number,
    findings:
      r.findings_errors === null || r.findings_warnings === null || r.findings_notices === null
        ? null
        : { errors: r.findings_errors, warnings: r.findings_warnings, notices: r.findings_notices },
  }));
}

/** Deletes a draft that was never published, with everything hanging off it; the audit log keeps the record. */
export async function deleteDisclosure(ctx: Ctx, id: string, actor: Actor): Promise<void> {
  await atomic(ctx, async (tx) => {
    const d = await requireDisclosure(tx, id);
    const published = await tx.db
      .selectFrom('disclosure_versions')
      .select('id')
      .where('disclosure_id', '=', id)
      .where('published', '=', tx.dialect.bool(true))
      .executeTakeFirst();
    if (published !== undefined || d.publishedVersionId !== null) {
      throw new ImmutableError(`disclosure ${id} has a published version and cannot be deleted`);
    }
    if (d.status !== 'draft') {
      throw new ConflictError('status-mismatch', `only a draft can be deleted (status: ${d.status})`, {
        expected: 'draft',
        actual: d.status,
      });
    }
    await tx.db.updateTable('disclosures').set({ current_version_id: null }).where('id', '=', id).execute();
    await tx.db.deleteFrom('justifications').where('disclosure_id', '=', id).execute();
    await tx.db.deleteFrom('review_events').where('disclosure_id', '=', id).execute();
    await tx.db.deleteFrom('published_files').where('disclosure_id', '=', id).execute();
    const versions = await tx.db.deleteFrom('disclosure_versions').where('disclosure_id', '=', id).execute();
    await tx.db.deleteFrom('disclosures').where('id', '=', id).execute();
    await audit(tx, actor, 'disclosure.delete', 'disclosure', id, {
      organisationId: d.organisationId,
      year: d.year,
      versions: Number(versions[0]?.numDeletedRows ?? 0n),
    });
  });
}
