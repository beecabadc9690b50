/** @module The append-only audit log: explicit entries (e.g. a failed login) and the listing, newest first. */
import { StorageError } from '../errors.ts';
import type { AuditFilter, AuditInput } from '../port.ts';
import type { Actor, AuditEntry } from '../types.ts';
import { type Ctx, now, readJson, writeJson } from './context.ts';

export async function appendAudit(ctx: Ctx, entry: AuditInput, actor: Actor): Promise<AuditEntry> {
  const row = {
    at: now(ctx),
    user_id: actor.userId,
    action: entry.action,
    target_type: entry.targetType,
    target_id: entry.targetId,
    detail: writeJson(entry.detail, 'detail'),
    ip: actor.ip,
  };
  const { id } = await ctx.db.insertInto('audit_log').values(row).returning('id').executeTakeFirstOrThrow();
  return {
    id: Number(id),
    at: row.at,
    userId: row.user_id,
    action: row.action,
    targetType: row.target_type,
    targetId: row.target_id,
    detail: readJson(row.detail),
    ip: row.ip,
  };
}

export async function listAudit(ctx: Ctx, filter: AuditFilter = {}): Promise<AuditEntry[]> {
  const limit = filter.limit ?? 100;
  if (!Number.isSafeInteger(limit) || limit < 1 || limit > 10_000)
    throw new StorageError('limit must be 1..10000');
  let q = ctx.db.selectFrom('audit_log').selectAll();
  if (filter.targetType !== undefined) q = q.where('target_type', '=', filter.targetType);
  if (filter.targetId !== undefined) q = q.where('target_id', '=', filter.targetId);
  if (filter.userId !== undefined) q = q.where('user_id', '=', filter.userId);
  if (filter.action !== undefined) q = q.where('action', '=', filter.action);
  if (filter.beforeId !== undefined) q = q.where('id', '<', filter.beforeId);
  const rows = await q.orderBy('id', 'desc').limit(limit).execute();
  return rows.map((r) => ({
    id: Number(r.id),
    at: r.at,
    userId: r.user_id,
    action: r.action,
    targetType: r.target_type,
    targetId: r.target_id,
    detail: readJson(r.detail),
    ip: r.ip,
  }));
}
