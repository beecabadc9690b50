/**
 * @module The public portal's listing: only disclosures with a published version, showing that version
 * (never a later draft), by year, region (prefix: 四川省广元市 matches its counties) and name search.
 */
import { type Expression, type SqlBool, sql } from 'kysely';
import { StorageError } from '../errors.ts';
import type { PublishedListItem, PublishedQuery } from '../port.ts';
import type { OrganisationKind } from '../types.ts';
import { byText, type Ctx } from './context.ts';
import { toOrganisation } from './organisations.ts';
import { toVersionSummary } from './versions.ts';

/** A LIKE pattern matching `text` literally (%, _ and \ escaped); use with `escape '\'`. */
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function like(column: string, pattern: string): Expression<SqlBool> {
  return sql<SqlBool>`lower(${sql.ref(column)}) like lower(${pattern}) escape '\\'`;
}

export async function listPublished(ctx: Ctx, query: PublishedQuery = {}): Promise<PublishedListItem[]> {
  const limit = query.limit ?? 100;
  const offset = query.offset ?? 0;
  if (
    !Number.isSafeInteger(limit) ||
    limit < 1 ||
    limit > 1000 ||
    !Number.isSafeInteger(offset) ||
    offset < 0
  ) {
    throw new StorageError('limit must be 1..1000 and offset ≥ 0');
  }
  let q = ctx.db
    .selectFrom('disclosures as d')
    .innerJoin('organisations as o', 'o.id', 'd.organisation_id')
    .leftJoin('organisations as p', 'p.id', 'o.parent_id')
    .innerJoin('disclosure_versions as v', 'v.id', 'd.published_version_id')
    .select([
      'd.id as disclosure_id_',
      'd.year',
      'd.profile',
      'o.id as o_id',
      'o.name as o_name',
      'o.code as o_code',
      'o.kind as o_kind',
      'o.parent_id as o_parent_id',
      'o.region as o_region',
      'o.unit_type as o_unit_type',
      'o.created_at as o_created_at',
      'p.name as parent_name',
      'v.id',
      'v.disclosure_id',
      'v.number',
      'v.content_hash',
      'v.findings_errors',
      'v.findings_warnings',
      'v.findings_notices',
      'v.grand_total_fen',
      'v.income_total_fen',
      'v.expenditure_total_fen',
      'v.sangong_total_fen',
      'v.operating_expenses_fen',
      'v.author_id',
      'v.created_at',
      'v.comment',
      'v.published',
      'v.published_at',
    ])
    .where('v.published', '=', ctx.dialect.bool(true));
  if (query.year !== undefined) q = q.where('d.year', '=', query.year);
  if (query.region !== undefined && query.region !== '') {
    q = q.where(like('o.region', `${likeLiteral(query.region)}%`));
  }
  const name = query.name?.trim() ?? '';
  if (name !== '') {
    const pattern = `%${likeLiteral(name)}%`;
    q = q.where((eb) => eb.or([like('o.name', pattern), like('p.name', pattern)]));
  }
  const rows = await q
    .orderBy('d.year', 'desc')
    .orderBy('v.published_at', 'desc')
    .orderBy(byText(ctx, 'o.name'))
    .orderBy('d.id')
    .limit(limit)
    .offset(offset)
    .execute();
  return rows.map((r) => ({
    disclosureId: r.disclosure_id_,
    year: r.year,
    profile: r.profile,
    organisation: toOrganisation({
      id: r.o_id,
      name: r.o_name,
      code: r.o_code,
      kind: r.o_kind as OrganisationKind,
      parent_id: r.o_parent_id,
      region: r.o_region,
      unit_type: r.o_unit_type,
      created_at: r.o_created_at,
    }),
    parentName: r.parent_name,
    version: toVersionSummary(r),
  }));
}
