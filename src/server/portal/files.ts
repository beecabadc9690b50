/**
 * @module The files of a published version as the public sees them: each stored format has a public path
 * (`report.html`, `data/T03-expenditure.csv`, …) that is also its URL suffix, a Content-Type and a label.
 * Formats are stored under their output paths (as `buildOutputs` names them); the short keys html, pdf, docx,
 * xlsx, json, datapackage and zip are understood as aliases of the single files.
 */
import type { OutputFiles } from '../../build/outputs.ts';
import { TABLES } from '../../catalog/tables/definitions.ts';
import { embeddedFonts } from '../../render/html/index.ts';
import type { Store } from '../../storage/port.ts';
import type { Actor, PublishedFile } from '../../storage/types.ts';

/** The single files of a disclosure: public path, the short store key that may stand for it, and a label. */
const SINGLE_FILES = [
  { path: 'report.html', alias: 'html', label: '报告（网页）', group: 'report' },
  { path: 'report.pdf', alias: 'pdf', label: '报告（PDF）', group: 'report' },
  { path: 'report.docx', alias: 'docx', label: '报告（Word）', group: 'report' },
  { path: 'tables.xlsx', alias: 'xlsx', label: '附表（Excel）', group: 'report' },
  { path: 'datapackage.zip', alias: 'zip', label: '数据包（ZIP，含全部开放数据）', group: 'data' },
  { path: 'datapackage.json', alias: 'datapackage', label: '数据包描述（datapackage.json）', group: 'data' },
  { path: 'dataset.json', alias: 'json', label: '完整数据（dataset.json）', group: 'data' },
  { path: 'findings.json', alias: 'findings', label: '校验结果（findings.json）', group: 'other' },
] as const;

export type FileGroup = 'report' | 'data' | 'other';

const ALIAS_TO_PATH: ReadonlyMap<string, string> = new Map(SINGLE_FILES.map((f) => [f.alias, f.path]));
const PATH_TO_ALIAS: ReadonlyMap<string, string> = new Map(SINGLE_FILES.map((f) => [f.path, f.alias]));

/** One path segment: letters (any script), digits, '.', '_' and '-', starting with a letter or digit. */
const SEGMENT = /^[\p{L}\p{N}][\p{L}\p{N}._-]{0,150}$/u;

/** The public path of a safe relative path (≤ 4 segments, no '..'), or null. */
export function safePath(path: string): string | null {
  const parts = path.split('/');
  if (parts.length > 4 || !parts.every((p) => SEGMENT.test(p) && !p.includes('..'))) return null;
  return path;
}

/** The public path of a stored format, or null when the format is not one the portal serves. */
export function publicPath(format: string): string | null {
  return ALIAS_TO_PATH.get(format) ?? safePath(format);
}

/** The store keys that may hold a public path: the path itself, then its short alias. */
export function storeKeys(path: string): string[] {
  const alias = PATH_TO_ALIAS.get(path);
  return alias === undefined ? [path] : [path, alias];
}

const TYPES: Readonly<Record<string, string>> = {
  html: 'text/html; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  zip: 'application/zip',
  svg: 'image/svg+xml',
  txt: 'text/plain; charset=utf-8',
  woff2: 'font/woff2',
  woff: 'font/woff',
  ttf: 'font/ttf',
  otf: 'font/otf',
};

/** The Content-Type of a public path by its extension; otherwise the stored one when well-formed. */
export function contentTypeOf(path: string, stored?: string): string {
  const ext = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
  const known = TYPES[ext];
  if (known !== undefined) return known;
  return stored !== undefined && /^[a-z]+\/[a-z0-9.+-]+$/i.test(stored) ? stored : 'application/octet-stream';
}

/** A published file with its public path, label and group, for download lists. */
export type PublicFile = PublishedFile & {
  readonly path: string;
  readonly label: string;
  readonly group: FileGroup;
};

function describe(path: string): { label: string; group: FileGroup; order: number } {
  const i = SINGLE_FILES.findIndex((f) => f.path === path);
  const single = SINGLE_FILES[i];
  if (single !== undefined) return { label: single.label, group: single.group, order: i };
  const csv = /^data\/(T\d{2})[^/]*\.csv$/.exec(path);
  if (csv !== null) {
    const title = (TABLES as Readonly<Record<string, { title: string } | undefined>>)[csv[1] ?? '']?.title;
    return {
      label: `附表${csv[1]}${title === undefined ? '' : ` ${title}`}（CSV）`,
      group: 'data',
      order: 100,
    };
  }
  if (path.startsWith('units/'))
    return { label: `所属单位数据（${path.slice(6)}）`, group: 'data', order: 200 };
  if (path.startsWith('charts/')) return { label: `图表（${path.slice(7)}）`, group: 'other', order: 300 };
  return { label: path, group: 'other', order: 400 };
}

/** The files of a version the public may download, in a stable order; unknown or unsafe formats are left out. */
export function publicFiles(files: readonly PublishedFile[]): PublicFile[] {
  const seen = new Set<string>();
  const out: (PublicFile & { order: number })[] = [];
  // Canonical keys first, so a path stored under both names is listed once, with its canonical file.
  const sorted = [...files].sort(
    (a, b) => Number(ALIAS_TO_PATH.has(a.format)) - Number(ALIAS_TO_PATH.has(b.format)),
  );
  for (const f of sorted) {
    const path = publicPath(f.format);
    if (path === null || seen.has(path) || path.startsWith(FONTS_DIR)) continue;
    seen.add(path);
    out.push({ ...f, path, ...describe(path) });
  }
  out.sort((a, b) => a.order - b.order || a.path.localeCompare(b.path));
  return out.map(({ order: _order, ...f }) => f);
}

/** Where a version keeps the fonts of its report page (not listed: they are the report's own fonts). */
const FONTS_DIR = 'fonts/';

/**
 * The fonts embedded in a self-contained report.html, as files `fonts/<sha256>.<ext>` to store with it: the
 * report page links them as /assets/fonts/<sha256>.<ext>, and a server process that did not make the page
 * finds them in the store by their hash.
 */
export function reportFontFiles(reportHtml: string | Uint8Array): [string, Uint8Array][] {
  const html = typeof reportHtml === 'string' ? reportHtml : new TextDecoder().decode(reportHtml);
  return embeddedFonts(html).map((f) => [`${FONTS_DIR}${f.sha256}.${f.ext}`, f.bytes]);
}

/** The file stored for a public path of a version (canonical key first, then the alias), or null. */
export async function findFile(store: Store, versionId: string, path: string): Promise<PublishedFile | null> {
  for (const key of storeKeys(path)) {
    const f = await store.getFile(versionId, key);
    if (f !== null) return f;
  }
  return null;
}

/**
 * Stores every output file of a version under its output path with its Content-Type, and the fonts of its
 * report page (reportFontFiles), in one transaction.
 */
export async function putOutputFiles(
  store: Store,
  input: { readonly disclosureId: string; readonly versionId: string; readonly files: OutputFiles },
  actor: Actor,
): Promise<PublishedFile[]> {
  const encoder = new TextEncoder();
  return store.transaction(async (tx) => {
    const stored: PublishedFile[] = [];
    const html = input.files.get('report.html') ?? input.files.get('html');
    const fonts = html === undefined ? [] : reportFontFiles(html);
    for (const [path, content] of [...input.files, ...fonts]) {
      if (safePath(path) === null) throw new RangeError(`not a safe file path: ${path}`);
      const bytes = typeof content === 'string' ? encoder.encode(content) : content;
      stored.push(
        await tx.putFile(
          {
            disclosureId: input.disclosureId,
            versionId: input.versionId,
            format: path,
            contentType: contentTypeOf(path),
            bytes,
          },
          actor,
        ),
      );
    }
    return stored;
  });
}
