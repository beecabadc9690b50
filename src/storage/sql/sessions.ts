/**
 * @module Server-side login sessions. A session is live while now < expires_at and its user is not
 * disabled; expired ones are invisible to getSession/touchSession and removed by deleteExpiredSessions.
 */
import type { NewSession, SessionWithUser } from '../port.ts';
import type { Actor, IsoTime, Session } from '../types.ts';
import { atomic, audit, type Ctx, checkTime, now } from './context.ts';
import { toUser } from './users.ts';

export async function createSession(ctx: Ctx, input: NewSession, actor: Actor): Promise<Session> {
  return atomic(ctx, async (tx) => {
    const t = now(tx);
    const session: Session = {
      id: input.id,
      userId: input.userId,
      createdAt: t,
      expiresAt: checkTime(input.expiresAt, 'expiresAt'),
      lastSeen: t,
      csrfSecret: input.csrfSecret,
      ip: input.ip,
    };
    await tx.db
      .insertInto('sessions')
      .values({
        id: session.id,
        user_id: session.userId,
        created_at: session.createdAt,
        expires_at: session.expiresAt,
        last_seen: session.lastSeen,
        csrf_secret: session.csrfSecret,
        ip: session.ip,
      })
      .execute();
    // The session id is a token hash: the log names the user, not the session.
    await audit(tx, actor, 'session.create', 'user', session.userId, { expiresAt: session.expiresAt });
    return session;
  });
}

export async function getSession(ctx: Ctx, id: string): Promise<SessionWithUser | null> {
  const r = await ctx.db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select([
      's.id as s_id',
      's.created_at as s_created_at',
      's.expires_at',
      's.last_seen',
      's.csrf_secret',
      's.ip',
      'u.id',
      'u.username',
      'u.display_name',
      'u.password_hash',
      'u.role',
      'u.organisation_id',
      'u.disabled',
      'u.created_at',
    ])
    .where('s.id', '=', id)
    .where('s.expires_at', '>', now(ctx))
    .where('u.disabled', '=', ctx.dialect.bool(false))
    .executeTakeFirst();
  if (r === undefined) return null;
  return {
    session: {
      id: r.s_id,
      userId: r.id,
      createdAt: r.s_created_at,
      expiresAt: r.expires_at,
      lastSeen: r.last_seen,
      csrfSecret: r.csrf_secret,
      ip: r.ip,
    },
    user: toUser(r),
  };
}

export async function touchSession(
  ctx: Ctx,
  id: string,
  change: { expiresAt?: IsoTime; ip?: string | null } = {},
): Promise<boolean> {
  const t = now(ctx);
  const res = await ctx.db
    .updateTable('sessions')
    .set({
      last_seen: t,
      ...(change.expiresAt !== undefined && { expires_at: checkTime(change.expiresAt, 'expiresAt') }),
      ...(change.ip !== undefined && { ip: change.ip }),
    })
    .where('id', '=', id)
    .where('expires_at', '>', t)
    .executeTakeFirst();
  return res.numUpdatedRows > 0n;
}

export async function deleteSession(ctx: Ctx, id: string, actor: Actor): Promise<boolean> {
  return atomic(ctx, async (tx) => {
    const gone = await tx.db.deleteFrom('sessions').where('id', '=', id).returning('user_id').execute();
    const userId = gone[0]?.user_id;
    if (userId === undefined) return false;
    await audit(tx, actor, 'session.delete', 'user', userId, {});
    return true;
  });
}

export async function deleteUserSessions(ctx: Ctx, userId: string, actor: Actor): Promise<number> {
  return atomic(ctx, async (tx) => {
    const res = await tx.db.deleteFrom('sessions').where('user_id', '=', userId).executeTakeFirst();
    const count = Number(res.numDeletedRows);
    await audit(tx, actor, 'session.delete-all', 'user', userId, { count });
    return count;
  });
}

export async function deleteExpiredSessions(ctx: Ctx): Promise<number> {
  const res = await ctx.db.deleteFrom('sessions').where('expires_at', '<=', now(ctx)).executeTakeFirst();
  return Number(res.numDeletedRows);
}
