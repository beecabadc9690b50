/**
 * @module Who may do what. 填报人 reads and edits its own unit's disclosures; 部门管理员 those of its
 * department and the department's units; 审核人 reads all and moves them through review, never edits data;
 * 系统管理员 manages users and organisations and reads no drafts. A disclosure outside the user's scope is
 * a 404 (its existence is not revealed); an action outside the role is a 403.
 */
import type { Context, MiddlewareHandler } from 'hono';
import type { Store } from '../../storage/port.ts';
import type { Disclosure, Organisation, Role, User } from '../../storage/types.ts';
import type { AppEnv } from '../env.ts';
import { forbidden, notFound } from '../http/errors.tsx';

/** The organisations whose disclosures a user may read (`all`: every one). */
export type Scope = { readonly all: boolean; readonly organisationIds: ReadonlySet<string> };

/** What a route needs to do with a disclosure. */
export type Need = 'read' | 'edit' | 'review';

/** Roles that prepare data (upload, edit, justify, submit, correct). */
export const EDITOR_ROLES: readonly Role[] = ['clerk', 'dept_admin'];

/** The read scope of a user. */
export async function scopeOf(store: Store, user: User): Promise<Scope> {
  switch (user.role) {
    case 'reviewer':
      return { all: true, organisationIds: new Set() };
    case 'clerk':
      return { all: false, organisationIds: new Set([user.organisationId]) };
    case 'dept_admin': {
      const subtree = await store.listOrganisationSubtree(user.organisationId);
      return { all: false, organisationIds: new Set(subtree.map((o) => o.id)) };
    }
    case 'admin':
      return { all: false, organisationIds: new Set() };
  }
}

/** Whether the scope covers an organisation. */
export function inScope(scope: Scope, organisationId: string): boolean {
  return scope.all || scope.organisationIds.has(organisationId);
}

/** The logged-in user, or a 403 (the login middleware has already sent anonymous visitors to the login page). */
export function currentUser(c: Context<AppEnv>): User {
  const user = c.get('user');
  if (user === null) throw forbidden('请先登录');
  return user;
}

/** Refuses users without one of the roles. */
export function requireRole(c: Context<AppEnv>, roles: readonly Role[]): User {
  const user = currentUser(c);
  if (!roles.includes(user.role)) throw forbidden();
  return user;
}

/** Middleware form of requireRole. */
export function roles(...allowed: Role[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    requireRole(c, allowed);
    await next();
  };
}

const NEED_MESSAGES: Readonly<Record<Exclude<Need, 'read'>, string>> = {
  edit: '只有本单位的填报人或部门管理员可以修改数据（审核人只能查看和审核）',
  review: '只有审核人可以退回、审核和公开',
};

/** A disclosure the user may access as needed, with its organisation; 404 outside the scope, 403 outside the role. */
export async function loadDisclosure(
  c: Context<AppEnv>,
  id: string,
  need: Need,
): Promise<{ disclosure: Disclosure; organisation: Organisation; user: User }> {
  const user = currentUser(c);
  const store = c.get('deps').store;
  const disclosure = await store.getDisclosure(id);
  if (disclosure === null) throw notFound();
  const scope = await scopeOf(store, user);
  if (!inScope(scope, disclosure.organisationId)) throw notFound();
  if (need === 'edit' && !EDITOR_ROLES.includes(user.role)) throw forbidden(NEED_MESSAGES.edit);
  if (need === 'review' && user.role !== 'reviewer') throw forbidden(NEED_MESSAGES.review);
  const organisation = await store.getOrganisation(disclosure.organisationId);
  if (organisation === null) throw notFound();
  return { disclosure, organisation, user };
}
