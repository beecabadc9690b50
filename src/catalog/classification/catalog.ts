/** @module Per-year views of the 政府收支分类科目 catalogue (2021–2025), built from the data files. */
import { checkEntryName } from './check-name.ts';
import { allRenames, allRows } from './data.ts';
import type { Catalog, CatalogEntry, ClassificationKind } from './types.ts';
import { coveredYear } from './years.ts';

const byCode = (a: CatalogEntry, b: CatalogEntry): number => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

// Memo of built catalogues; the data is immutable, so sharing them is safe.
const BUILT = new Map<string, Catalog>();

function buildCatalog(kind: ClassificationKind, year: number): Catalog {
  const entries = allRows(kind)
    .filter((row) => row.years.includes(year))
    .sort(byCode);
  const byCodeMap = new Map(entries.map((e) => [e.code, e]));
  const renames = allRenames().filter((r) => r.kind === kind);
  const get = (code: string): CatalogEntry | undefined => byCodeMap.get(code);
  return Object.freeze({
    kind,
    year,
    get,
    children: (code: string) => entries.filter((e) => e.parent === code),
    lei: () => entries.filter((e) => e.level === 'lei'),
    checkName: (code: string, name: string) => checkEntryName(get(code), name, year, renames),
  });
}

/**
 * The catalogue of one kind for one year (memoised); years outside 2021–2025 use the nearest covered year.
 * @example catalogFor('functional', 2022).get('2010301')?.name // '行政运行'
 */
export function catalogFor(kind: ClassificationKind, year: number): Catalog {
  const covered = coveredYear(year);
  const key = `${kind}:${covered}`;
  let catalog = BUILT.get(key);
  if (catalog === undefined) {
    catalog = buildCatalog(kind, covered);
    BUILT.set(key, catalog);
  }
  return catalog;
}
