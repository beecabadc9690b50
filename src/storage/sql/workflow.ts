/**
 * @module The review workflow: status steps checked against the status the caller saw (a conditional
 * UPDATE, so two reviewers cannot both act on the same state), review events, publication, and the
 * written justifications of warnings.
 */
import { ConflictError, NotFoundError } from '../errors.ts';
import type { NewJustification, TransitionInput } from '../port.ts';
import {
  type Actor,
  type Disclosure,
  type DisclosureStatus,
  type Justification,
  type ReviewEvent,
  TRANSITIONS,
} from '../types.ts';
import { atomic, audit, type Ctx, now } from './context.ts';
import { getDisclosure, requireDisclosure } from './disclosures.ts';

export async function transition(ctx: Ctx, input: TransitionInput, actor: Actor): Promise<Disclosure> {
  const { disclosureId: id, from, to } = input;
  if (!(TRANSITIONS[from] ?? []).includes(to)) {
    throw new ConflictError('invalid-transition', `no workflow step from ${from} to ${to}`, { from, to });
  }
  return atomic(ctx, async (tx) => {
    const t = now(tx);
    const moved = await tx.db
      .updateTable('disclosures')
      .set({ status: to, updated_at: t })
      .where('id', '=', id)
      .where('status', '=', from)
      .returning(['current_version_id'])
      .executeTakeFirst();
    if (moved === undefined) {
      const d = await requireDisclosure(tx, id);
      throw new ConflictError('status-mismatch', `expected status ${from}, found ${d.status}`, {
        expected: from,
        actual: d.status,
      });
    }
    const versionId = moved.current_version_id;
    if (versionId === null && (to === 'submitted' || to === 'approved' || to === 'published')) {
      throw new ConflictError('no-version', 'the disclosure has no saved version', { status: from });
    }
    if (to === 'published' && versionId !== null) {
      // The version may already be published (a correction cycle without a new save re-publishes it).
      await tx.db
        .updateTable('disclosure_versions')
        .set({ published: tx.dialect.bool(true), published_at: t })
        .where('id', '=', versionId)
        .where('published', '=', tx.dialect.bool(false))
        .execute();
      await tx.db
        .updateTable('disclosures')
        .set({ published_version_id: versionId })
        .where('id', '=', id)
        .execute();
    }
    const comment = input.comment ?? '';
    await tx.db
      .insertInto('review_events')
      .values({
        disclosure_id: id,
        version_id: versionId,
        from_status: from,
        to_status: to,
        user_id: actor.userId,
        comment,
        created_at: t,
      })
      .execute();
    await audit(
      tx,
      actor,
      to === 'published' ? 'disclosure.publish' : 'disclosure.transition',
      'disclosure',
      id,
      {
        from,
        to,
        versionId,
        comment,
      },
    );
    return (await getDisclosure(tx, id)) as Disclosure;
  });
}

export async function publish(
  ctx: Ctx,
  input: { disclosureId: string; comment?: string },
  actor: Actor,
): Promise<Disclosure> {
  return transition(ctx, { ...input, from: 'approved', to: 'published' }, actor);
}

export async function listReviewEvents(ctx: Ctx, disclosureId: string): Promise<ReviewEvent[]> {
  const rows = await ctx.db
    .selectFrom('review_events')
    .selectAll()
    .where('disclosure_id', '=', disclosureId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    disclosureId: r.disclosure_id,
    versionId: r.version_id,
    fromStatus: r.from_status as DisclosureStatus,
    toStatus: r.to_status as DisclosureStatus,
    userId: r.user_id,
    comment: r.comment,
    createdAt: r.created_at,
  }));
}

export async function addJustification(
  ctx: Ctx,
  input: NewJustification,
  actor: Actor,
): Promise<Justification> {
  const userId = actor.userId;
  if (userId === null) throw new ConflictError('reference', 'a justification needs a user');
  return atomic(ctx, async (tx) => {
    const version = await tx.db
      .selectFrom('disclosure_versions')
      .select('disclosure_id')
      .where('id', '=', input.versionId)
      .executeTakeFirst();
    if (version === undefined) throw new NotFoundError('version', input.versionId);
    if (version.disclosure_id !== input.disclosureId) {
      throw new ConflictError('reference', 'the version belongs to another disclosure', {
        versionId: input.versionId,
      });
    }
    const t = now(tx);
    const inserted = await tx.db
      .insertInto('justifications')
      .values({
        disclosure_id: input.disclosureId,
        version_id: input.versionId,
        rule_id: input.ruleId,
        location_key: input.locationKey,
        text: input.text,
        user_id: userId,
        created_at: t,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const j: Justification = { id: Number(inserted.id), ...input, userId, createdAt: t };
    await audit(tx, actor, 'justification.add', 'disclosure', input.disclosureId, j);
    return j;
  });
}

export async function listJustifications(
  ctx: Ctx,
  disclosureId: string,
  filter: { versionId?: string } = {},
): Promise<Justification[]> {
  let q = ctx.db.selectFrom('justifications').selectAll().where('disclosure_id', '=', disclosureId);
  if (filter.versionId !== undefined) q = q.where('version_id', '=', filter.versionId);
  const rows = await q.orderBy('id').execute();
  return rows.map((r) => ({
    id: Number(r.id),
    disclosureId: r.disclosure_id,
    versionId: r.version_id,
    ruleId: r.rule_id,
    locationKey: r.location_key,
    text: r.text,
    userId: r.user_id,
    createdAt: r.created_at,
  }));
}
