/** @module Organisations (财政局, 部门, 单位) and their tree. */
import { type Selectable, sql } from 'kysely';
import type { UnitType } from '../../model/types.ts';
import { ConflictError, NotFoundError } from '../errors.ts';
import type { NewOrganisation, OrganisationPatch } from '../port.ts';
import type { Actor, Organisation, OrganisationKind, OrganisationNode } from '../types.ts';
import { atomic, audit, byText, type Ctx, now } from './context.ts';
import type { OrganisationsTable } from './db-schema.ts';

/** Maps a row to the record. */
export function toOrganisation(r: Selectable<OrganisationsTable>): Organisation {
  return {
    id: r.id,
    name: r.name,
    code: r.code,
    kind: r.kind as OrganisationKind,
    parentId: r.parent_id,
    region: r.region,
    unitType: r.unit_type as UnitType | null,
    createdAt: r.created_at,
  };
}

export async function createOrganisation(
  ctx: Ctx,
  input: NewOrganisation,
  actor: Actor,
): Promise<Organisation> {
  return atomic(ctx, async (tx) => {
    const row = {
      id: tx.newId(),
      name: input.name,
      code: input.code ?? null,
      kind: input.kind,
      parent_id: input.parentId ?? null,
      region: input.region,
      unit_type: input.unitType ?? null,
      created_at: now(tx),
    };
    if (row.parent_id !== null && (await getOrganisation(tx, row.parent_id)) === null) {
      throw new NotFoundError('organisation', row.parent_id);
    }
    await tx.db.insertInto('organisations').values(row).execute();
    const org = toOrganisation(row);
    await audit(tx, actor, 'organisation.create', 'organisation', org.id, org);
    return org;
  });
}

export async function getOrganisation(ctx: Ctx, id: string): Promise<Organisation | null> {
  const r = await ctx.db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
  return r === undefined ? null : toOrganisation(r);
}

export async function updateOrganisation(
  ctx: Ctx,
  id: string,
  patch: OrganisationPatch,
  actor: Actor,
): Promise<Organisation> {
  return atomic(ctx, async (tx) => {
    const before = await getOrganisation(tx, id);
    if (before === null) throw new NotFoundError('organisation', id);
    if (patch.parentId !== undefined && patch.parentId !== null) {
      // A new parent must not be the organisation itself or one of its descendants.
      const subtree = await listOrganisationSubtree(tx, id);
      if (subtree.some((o) => o.id === patch.parentId)) {
        throw new ConflictError('reference', 'an organisation cannot be moved under itself', {
          parentId: patch.parentId,
        });
      }
      if ((await getOrganisation(tx, patch.parentId)) === null) {
        throw new NotFoundError('organisation', patch.parentId);
      }
    }
    const set = {
      ...(patch.name !== undefined && { name: patch.name }),
      ...(patch.code !== undefined && { code: patch.code }),
      ...(patch.parentId !== undefined && { parent_id: patch.parentId }),
      ...(patch.region !== undefined && { region: patch.region }),
      ...(patch.unitType !== undefined && { unit_type: patch.unitType }),
    };
    if (Object.keys(set).length > 0) {
      await tx.db.updateTable('organisations').set(set).where('id', '=', id).execute();
    }
    const after = (await getOrganisation(tx, id)) as Organisation;
    // The audit entry names what changed, before and after; a patch that changes nothing is not logged.
    const changed = (Object.keys(after) as (keyof Organisation)[]).filter((k) => after[k] !== before[k]);
    if (changed.length === 0) return after;
    const pick = (o: Organisation) => Object.fromEntries(changed.map((k) => [k, o[k]]));
    await audit(tx, actor, 'organisation.update', 'organisation', id, {
      name: after.name,
      before: pick(before),
      after: pick(after),
    });
    return after;
  });
}

export async function listOrganisations(
  ctx: Ctx,
  filter: { parentId?: string | null; kind?: OrganisationKind; region?: string } = {},
): Promise<Organisation[]> {
  let q = ctx.db.selectFrom('organisations').selectAll();
  if (filter.parentId === null) q = q.where('parent_id', 'is', null);
  else if (filter.parentId !== undefined) q = q.where('parent_id', '=', filter.parentId);
  if (filter.kind !== undefined) q = q.where('kind', '=', filter.kind);
  if (filter.region !== undefined) q = q.where('region', '=', filter.region);
  const rows = await q
    .orderBy(byText(ctx, 'code'), (o) => o.asc().nullsLast())
    .orderBy(byText(ctx, 'name'))
    .orderBy('id')
    .execute();
  return rows.map(toOrganisation);
}

/** The organisation and its descendants, by a recursive query; parents before children. */
export async function listOrganisationSubtree(ctx: Ctx, rootId: string): Promise<Organisation[]> {
  const rows = await ctx.db
    .withRecursive('tree(id, depth)', (db) =>
      db
        .selectFrom('organisations')
        .select(['id', sql<number>`0`.as('depth')])
        .where('id', '=', rootId)
        .unionAll((db2) =>
          db2
            .selectFrom('organisations as o')
            .innerJoin('tree', 'tree.id', 'o.parent_id')
            .select(['o.id', sql<number>`tree.depth + 1`.as('depth')]),
        ),
    )
    .selectFrom('organisations')
    .innerJoin('tree', 'tree.id', 'organisations.id')
    .selectAll('organisations')
    .orderBy('tree.depth')
    .orderBy(byText(ctx, 'organisations.code'), (o) => o.asc().nullsLast())
    .orderBy(byText(ctx, 'organisations.name'))
    .orderBy('organisations.id')
    .execute();
  return rows.map(toOrganisation);
}

/** Every organisation as a forest, children ordered like listOrganisations. */
export async function organisationTree(ctx: Ctx): Promise<OrganisationNode[]> {
  const all = await listOrganisations(ctx);
  const children = new Map<string | null, Organisation[]>();
  for (const o of all) {
    const list = children.get(o.parentId) ?? [];
    list.push(o);
    children.set(o.parentId, list);
  }
  const build = (o: Organisation): OrganisationNode => ({
    ...o,
    children: (children.get(o.id) ?? []).map(build),
  });
  return (children.get(null) ?? []).map(build);
}
