/** @module Shared pieces of the administration pages: organisation kinds, 单位性质, tree flattening, times. */
import type { MiddlewareHandler } from 'hono';
import type { UnitType } from '../../model/types.ts';
import type { OrganisationKind, OrganisationNode } from '../../storage/types.ts';
import { requireRole } from '../auth/access.ts';
import type { AppEnv } from '../env.ts';

/** Lets only the 系统管理员 through. */
export const adminOnly: MiddlewareHandler<AppEnv> = async (c, next) => {
  requireRole(c, ['admin']);
  await next();
};

/** The Chinese names of the organisation kinds. */
export const KIND_LABELS: Readonly<Record<OrganisationKind, string>> = {
  bureau: '财政局',
  department: '部门',
  unit: '单位',
};

/** The 单位性质 choices. */
export const UNIT_TYPES: readonly UnitType[] = ['行政单位', '参公事业单位', '事业单位', '其他'];

/** A tree as a list with depths, parents first. */
export function flatten(
  nodes: readonly OrganisationNode[],
  depth = 0,
): { node: OrganisationNode; depth: number }[] {
  return nodes.flatMap((n) => [{ node: n, depth }, ...flatten(n.children, depth + 1)]);
}

/** An ISO time in Beijing time, to the second. */
export function beijingTime(iso: string): string {
  return new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');
}
