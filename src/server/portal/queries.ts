/**
 * @module Portal listings over store.listPublished: one page of a filtered list, every match of a query
 * (paged through the store), and a department's own disclosures with its units'.
 */
import type { PublishedListItem, PublishedQuery, Store } from '../../storage/port.ts';

/** Rows per listing page. */
export const PAGE_SIZE = 20;
/** The most rows a full listing reads (index.json, comparisons). */
export const MAX_ROWS = 20_000;
const BATCH = 1000;

/** Filters of the public listing (all optional). */
export type ListFilter = {
  readonly year?: number | undefined;
  readonly region?: string | undefined;
  readonly q?: string | undefined;
  /** A department: its own disclosures and its units'. */
  readonly dept?: string | undefined;
};

/** Every published disclosure matching the query, newest first, up to MAX_ROWS. */
export async function listAllPublished(
  store: Store,
  query: Omit<PublishedQuery, 'limit' | 'offset'>,
): Promise<PublishedListItem[]> {
  const out: PublishedListItem[] = [];
  for (let offset = 0; offset < MAX_ROWS; offset += BATCH) {
    const batch = await store.listPublished({ ...query, limit: BATCH, offset });
    out.push(...batch);
    if (batch.length < BATCH) break;
  }
  return out;
}

function storeQuery(f: ListFilter, name: string | undefined): Omit<PublishedQuery, 'limit' | 'offset'> {
  return {
    ...(f.year === undefined ? {} : { year: f.year }),
    ...(f.region === undefined ? {} : { region: f.region }),
    ...(name === undefined ? {} : { name }),
  };
}

/** The published disclosures of a department and its units (none when it has none published). */
export async function departmentPublished(
  store: Store,
  f: ListFilter & { dept: string },
): Promise<PublishedListItem[]> {
  const dept = await store.getOrganisation(f.dept);
  if (dept === null) return [];
  // The store's name search matches an organisation's or its parent's name; keep exactly this department's.
  const rows = await listAllPublished(store, storeQuery(f, dept.name));
  const q = f.q?.toLowerCase();
  return rows.filter(
    (r) =>
      (r.organisation.id === dept.id || r.organisation.parentId === dept.id) &&
      (q === undefined || `${r.organisation.name} ${r.parentName ?? ''}`.toLowerCase().includes(q)),
  );
}

/** One page (1-based) of the listing and whether another follows. */
export async function listingPage(
  store: Store,
  f: ListFilter,
  page: number,
): Promise<{ items: PublishedListItem[]; hasNext: boolean }> {
  const offset = (page - 1) * PAGE_SIZE;
  if (f.dept !== undefined) {
    const all = await departmentPublished(store, { ...f, dept: f.dept });
    return { items: all.slice(offset, offset + PAGE_SIZE), hasNext: all.length > offset + PAGE_SIZE };
  }
  const rows = await store.listPublished({ ...storeQuery(f, f.q), limit: PAGE_SIZE + 1, offset });
  return { items: rows.slice(0, PAGE_SIZE), hasNext: rows.length > PAGE_SIZE };
}
