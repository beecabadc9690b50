/** @module Display helpers for portal pages: amounts in 万元 (blank stays blank), dates, sizes, labels. */
import { type Fen, formatWan } from '../../money/index.ts';
import type { OrganisationKind } from '../../storage/types.ts';

/** An amount in 万元 with thousands separators; a blank figure is '—'. */
export function wanText(amount: Fen | null): string {
  return amount === null ? '—' : formatWan(amount, { thousands: true });
}

/** The calendar date (Beijing time) of an ISO timestamp, e.g. 2026-03-01. */
export function dateText(iso: string | null): string {
  if (iso === null) return '—';
  const t = Date.parse(iso);
  return Number.isNaN(t) ? '—' : new Date(t + 8 * 3600_000).toISOString().slice(0, 10);
}

/** A file size in KB or MB. */
export function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} 字节`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** 部门决算 or 单位决算. */
export function kindText(kind: OrganisationKind): string {
  return kind === 'unit' ? '单位决算' : '部门决算';
}

/** The title of a disclosure, e.g. 剑阁县人民政府办公室2022年度部门决算. */
export function disclosureTitle(name: string, year: number, kind: OrganisationKind): string {
  return `${name}${year}年度${kindText(kind)}`;
}
