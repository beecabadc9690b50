/** @module User accounts. The password hash is stored as given and never written to the audit log. */
import type { Selectable } from 'kysely';
import { NotFoundError } from '../errors.ts';
import type { NewUser, UserPatch } from '../port.ts';
import type { Actor, JsonValue, Role, User } from '../types.ts';
import { atomic, audit, byText, type Ctx, now, readBool } from './context.ts';
import type { UsersTable } from './db-schema.ts';

/** Maps a row to the record. */
export function toUser(r: Selectable<UsersTable>): User {
  return {
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    passwordHash: r.password_hash,
    role: r.role as Role,
    organisationId: r.organisation_id,
    disabled: readBool(r.disabled),
    createdAt: r.created_at,
  };
}

/** What the audit log may say about a user: everything but the hash. */
function publicView(u: User): JsonValue {
  const { passwordHash: _omit, ...rest } = u;
  return rest;
}

export async function createUser(ctx: Ctx, input: NewUser, actor: Actor): Promise<User> {
  return atomic(ctx, async (tx) => {
    const row = {
      id: tx.newId(),
      username: input.username,
      display_name: input.displayName,
      password_hash: input.passwordHash,
      role: input.role,
      organisation_id: input.organisationId,
      disabled: tx.dialect.bool(false),
      created_at: now(tx),
    };
    await tx.db.insertInto('users').values(row).execute();
    const user = toUser(row);
    await audit(tx, actor, 'user.create', 'user', user.id, publicView(user));
    return user;
  });
}

export async function getUser(ctx: Ctx, id: string): Promise<User | null> {
  const r = await ctx.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return r === undefined ? null : toUser(r);
}

export async function getUserByUsername(ctx: Ctx, username: string): Promise<User | null> {
  const r = await ctx.db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
  return r === undefined ? null : toUser(r);
}

export async function listUsers(
  ctx: Ctx,
  filter: { organisationId?: string; role?: Role } = {},
): Promise<User[]> {
  let q = ctx.db.selectFrom('users').selectAll();
  if (filter.organisationId !== undefined) q = q.where('organisation_id', '=', filter.organisationId);
  if (filter.role !== undefined) q = q.where('role', '=', filter.role);
  const rows = await q.orderBy(byText(ctx, 'username')).execute();
  return rows.map(toUser);
}

export async function updateUser(ctx: Ctx, id: string, patch: UserPatch, actor: Actor): Promise<User> {
  return atomic(ctx, async (tx) => {
    const before = await getUser(tx, id);
    if (before === null) throw new NotFoundError('user', id);
    const set = {
      ...(patch.displayName !== undefined && { display_name: patch.displayName }),
      ...(patch.passwordHash !== undefined && { password_hash: patch.passwordHash }),
      ...(patch.role !== undefined && { role: patch.role }),
      ...(patch.organisationId !== undefined && { organisation_id: patch.organisationId }),
      ...(patch.disabled !== undefined && { disabled: tx.dialect.bool(patch.disabled) }),
    };
    if (Object.keys(set).length > 0) await tx.db.updateTable('users').set(set).where('id', '=', id).execute();
    const after = (await getUser(tx, id)) as User;
    await audit(tx, actor, 'user.update', 'user', id, {
      before: publicView(before),
      after: publicView(after),
      passwordChanged: patch.passwordHash !== undefined,
    });
    return after;
  });
}
