/**
 * @module ASCII names for the open data: the package name (a stable slug from region, entity code and
 * year, e.g. `jiange-108-2022-bumen-juesuan`) and the file slugs of the tables. Chinese is transliterated
 * to toneless pinyin with pinyin-pro (the lockfile pins its readings, so a name does not drift).
 */
import { pinyin } from 'pinyin-pro';
import type { TableId } from '../../catalog/tables/types.ts';
import type { Dataset } from '../../model/types.ts';

/** Suffixes of administrative divisions, longest first. */
const DIVISION_SUFFIX = /(特别行政区|自治区|自治州|自治县|自治旗|林区|特区|地区|新区|省|市|州|盟|县|区|旗)$/u;
const DIVISION_CHAR = /[省市州盟县区旗]/gu;

/** Lower-case ASCII slug: pinyin for hanzi, other letters and digits kept, everything else a hyphen. */
export function asciiSlug(text: string, opts?: { initials?: boolean }): string {
  const syllables = pinyin(text, {
    toneType: 'none',
    type: 'array',
    v: true,
    nonZh: 'consecutive',
    ...(opts?.initials ? { pattern: 'first' as const } : {}),
  });
  return syllables
    .join('')
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The innermost division of a region without its suffix: 四川省广元市剑阁县 → 剑阁. */
export function innermostDivision(region: string): string {
  const trimmed = region.trim().replace(DIVISION_SUFFIX, '');
  let start = 0;
  for (const m of trimmed.matchAll(DIVISION_CHAR)) {
    // A suffix character after a name of its own, and followed by more text, ends an outer division
    // (so the first 市 of 乐山市市中 ends 乐山市, and the second begins 市中).
    if (m.index > start && m.index + 1 < trimmed.length) start = m.index + 1;
  }
  return trimmed.slice(start) || trimmed;
}

/** The package name: `<division>-<entity code or initials>-<year>-<bumen|danwei>-juesuan`. */
export function packageName(ds: Dataset): string {
  const e = ds.entity;
  const place = asciiSlug(innermostDivision(e.region)) || 'cn';
  const code = e.code === undefined ? '' : asciiSlug(e.code);
  const who = code || asciiSlug(e.shortName || e.name, { initials: true }) || 'entity';
  const kind = e.kind === 'department' ? 'bumen' : 'danwei';
  return `${place}-${who}-${e.year}-${kind}-juesuan`;
}

/** English file slugs of the tables (stable: they name files and resources). */
export const TABLE_SLUGS: Readonly<Record<TableId, string>> = {
  T01: 'income-expenditure-summary',
  T02: 'income',
  T03: 'expenditure',
  T04: 'fiscal-appropriation-summary',
  T05: 'fiscal-appropriation-expenditure',
  T06: 'general-budget-expenditure',
  T07: 'general-budget-expenditure-economic',
  T08: 'general-budget-basic-expenditure',
  T09: 'general-budget-project-expenditure',
  T10: 'government-fund',
  T11: 'state-capital-income-expenditure',
  T12: 'state-capital-expenditure',
  T13: 'sangong',
};

/** The resource name of a table, e.g. `t03-expenditure`. */
export function resourceName(id: TableId): string {
  return `${id.toLowerCase()}-${TABLE_SLUGS[id]}`;
}

/** The CSV path of a table inside the package, e.g. `data/T03-expenditure.csv`. */
export function resourcePath(id: TableId): string {
  return `data/${id}-${TABLE_SLUGS[id]}.csv`;
}
