/**
 * @module Finding what the public may see: a disclosure with a published version, its publications
 * (published versions, oldest first) and one publication by number. Anything unpublished is null (404).
 */
import type { Store } from '../../storage/port.ts';
import type { Disclosure, Organisation, VersionSummary } from '../../storage/types.ts';

/** A disclosure that has been published, with the version the public sees now. */
export type PublishedDisclosure = Disclosure & { readonly publishedVersionId: string };

/** The disclosure of an organisation and year when it has a published version (one indexed read), else null. */
export async function findPublished(
  store: Store,
  year: number,
  orgId: string,
): Promise<PublishedDisclosure | null> {
  const d = await store.findDisclosure(orgId, year);
  return d !== null && d.publishedVersionId !== null ? (d as PublishedDisclosure) : null;
}

/** The published versions of a disclosure, oldest first (a correction is a later one). */
export async function publications(store: Store, disclosureId: string): Promise<VersionSummary[]> {
  return (await store.listVersions(disclosureId)).filter((v) => v.published);
}

/** Publication `n` (a version number) of a disclosure, or null when that version is missing or unpublished. */
export async function publication(
  store: Store,
  disclosureId: string,
  n: number,
): Promise<VersionSummary | null> {
  return (await publications(store, disclosureId)).find((v) => v.number === n) ?? null;
}

/** The organisation and its parent's name (the department of a unit). */
export async function organisationOf(
  store: Store,
  orgId: string,
): Promise<{ organisation: Organisation; parentName: string | null } | null> {
  const organisation = await store.getOrganisation(orgId);
  if (organisation === null) return null;
  const parent = organisation.parentId === null ? null : await store.getOrganisation(organisation.parentId);
  return { organisation, parentName: parent?.name ?? null };
}
