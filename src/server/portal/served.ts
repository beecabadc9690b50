/**
 * @module What the portal keeps in memory to serve published files without rendering or re-reading them:
 * each file's representation (bytes, gzip, brotli), the report page (the stored self-contained report with
 * its fonts moved out to /assets/fonts/<sha256>.<ext>) and those fonts, bounded LRUs keyed by content hash;
 * and the lookups that never change once true (publication n of a disclosure, a published version's file).
 *
 * The current publication is read again whenever the store may have changed: on PostgreSQL that is one
 * indexed read per request (findPublished); on SQLite, only after a commit (store.changeStamp, which sees
 * other processes' commits too). So the current URLs follow a correction as soon as it is published,
 * whichever server process published it.
 */
import { embeddedFonts, linkFonts } from '../../render/html/index.ts';
import type { Store } from '../../storage/port.ts';
import type { PublishedFile } from '../../storage/types.ts';
import { compressible, type Representation, represent, sizeOf } from './encoding.ts';
import { contentTypeOf, findFile } from './files.ts';
import { type Lru, lru } from './lru.ts';
import { findPublished, publication } from './resolve.ts';
import { urls } from './urls.ts';

/** Most keys of the never-changing lookups (versions by number, files by version and path). */
const LOOKUP_LIMIT = 20_000;

/** The portal's in-memory state for serving files. */
export type Served = {
  readonly representations: Lru<Representation>;
  readonly fonts: Lru<Representation>;
  /** A font's file name → the sha256 of the stored report it came from (to derive it again). */
  readonly fontSource: Map<string, string>;
  readonly versions: Map<string, string>;
  readonly files: Map<string, PublishedFile>;
  /** The current publication of (year, orgId) as read under a store change stamp. */
  readonly current: Map<string, { readonly stamp: string; readonly versionId: string | null }>;
};

/** The state, with `maxBytes` for the representations and a quarter of it for fonts. */
export function servedState(maxBytes: number): Served {
  return {
    representations: lru(sizeOf, maxBytes),
    fonts: lru(sizeOf, Math.max(1, Math.floor(maxBytes / 4))),
    fontSource: new Map(),
    versions: new Map(),
    files: new Map(),
    current: new Map(),
  };
}

function remember<V>(map: Map<string, V>, key: string, value: V): void {
  map.set(key, value);
  if (map.size > LOOKUP_LIMIT) map.delete(map.keys().next().value!);
}

/**
 * The version the public sees at (year, orgId): the current publication (n undefined; read again after any
 * commit, see the module comment) or publication n (cached once found: a publication stays published and
 * keeps its number).
 */
export async function publishedVersionId(
  store: Store,
  served: Served,
  at: { readonly year: number; readonly orgId: string; readonly n?: number | undefined },
): Promise<string | null> {
  if (at.n === undefined) {
    // Taken before the read: a commit after it changes the stamp, so the entry is read again.
    const stamp = store.changeStamp();
    const key = `${at.year}/${at.orgId}`;
    const kept = stamp === null ? undefined : served.current.get(key);
    if (kept !== undefined && kept.stamp === stamp) return kept.versionId;
    const versionId = (await findPublished(store, at.year, at.orgId))?.publishedVersionId ?? null;
    if (stamp !== null) remember(served.current, key, { stamp, versionId });
    return versionId;
  }
  const key = `${at.year}/${at.orgId}/${at.n}`;
  const hit = served.versions.get(key);
  if (hit !== undefined) return hit;
  const d = await findPublished(store, at.year, at.orgId);
  const v = d === null ? null : await publication(store, d.id, at.n);
  if (v === null) return null;
  remember(served.versions, key, v.id);
  return v.id;
}

/** The file of a published version at a public path (cached: a published version's files are final). */
export async function publishedFile(
  store: Store,
  served: Served,
  versionId: string,
  path: string,
): Promise<PublishedFile | null> {
  const key = `${versionId}\u0000${path}`;
  const hit = served.files.get(key);
  if (hit !== undefined) return hit;
  const file = await findFile(store, versionId, path);
  if (file !== null) remember(served.files, key, file);
  return file;
}

/** A stored file as sent under /opendata (the stored bytes, precompressed when text). */
export function fileRepresentation(
  store: Store,
  served: Served,
  file: PublishedFile,
  path: string,
): Promise<Representation | null> {
  return served.representations.get(`file:${file.sha256}`, async () => {
    const bytes = await store.getFileBytes(file.sha256);
    if (bytes === null) return null;
    return represent(bytes, compressible(contentTypeOf(path, file.contentType)), file.sha256);
  });
}

/** The file name of a font moved out of a report page. */
export function fontName(sha256: string, ext: string): string {
  return `${sha256}.${ext}`;
}

/**
 * The report page of a stored self-contained report (by its sha256): the same document with its fonts
 * linked (kept in `served.fonts`), precompressed. Without embedded fonts it is the stored file itself; so it
 * is when a font has no stored copy (a report published before the copies were kept): another server
 * process could not serve that font by its name, so the page keeps its fonts embedded.
 */
export function pageRepresentation(
  store: Store,
  served: Served,
  reportSha256: string,
): Promise<Representation | null> {
  return served.representations.get(`page:${reportSha256}`, async () => {
    const bytes = await store.getFileBytes(reportSha256);
    if (bytes === null) return null;
    const html = new TextDecoder().decode(bytes);
    const linked = linkFonts(html, (f) => urls.font(fontName(f.sha256, f.ext)));
    for (const f of linked.fonts)
      if ((await store.getFileBytes(f.sha256)) === null) return represent(bytes, true, reportSha256);
    for (const f of linked.fonts) {
      const name = fontName(f.sha256, f.ext);
      served.fonts.put(name, { sha256: f.sha256, identity: f.bytes, gzip: null, br: null });
      remember(served.fontSource, name, reportSha256);
    }
    if (linked.fonts.length === 0) return represent(bytes, true, reportSha256);
    return represent(new TextEncoder().encode(linked.html), true);
  });
}

/** A font's file name: sha256 and extension. */
const FONT_NAME = /^([0-9a-f]{64})\.(woff2|woff|ttf|otf)$/;
/** The first bytes of each font format. */
const FONT_MAGIC: Readonly<Record<string, readonly string[]>> = {
  woff2: ['wOF2'],
  woff: ['wOFF'],
  ttf: ['\u0000\u0001\u0000\u0000', 'true'],
  otf: ['OTTO'],
};

/** Whether a name is a font file name the portal could have made. */
export function isFontName(name: string): boolean {
  return FONT_NAME.test(name);
}

/**
 * A font of a report page by file name: from memory; else derived again from the report it came from (this
 * process made the page); else the copy stored at publication (fonts/<name>, for pages another process made),
 * served only when its bytes are a font of that format. Null when none.
 */
export function fontRepresentation(
  store: Store,
  served: Served,
  name: string,
): Promise<Representation | null> {
  const m = FONT_NAME.exec(name);
  if (m === null) return Promise.resolve(null);
  const [, sha256 = '', ext = ''] = m;
  return served.fonts.get(name, async () => {
    const source = served.fontSource.get(name);
    if (source !== undefined) {
      // The page may still be cached while the font was dropped: take it from the report again.
      const page = await store.getFileBytes(source);
      if (page !== null) {
        const font = embeddedFonts(new TextDecoder().decode(page)).find((f) => f.sha256 === sha256);
        if (font !== undefined) return { sha256, identity: font.bytes, gzip: null, br: null };
      }
    }
    const bytes = await store.getFileBytes(sha256);
    if (bytes === null) return null;
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4));
    return FONT_MAGIC[ext]?.includes(head) ? { sha256, identity: bytes, gzip: null, br: null } : null;
  });
}
