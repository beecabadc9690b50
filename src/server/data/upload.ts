/**
 * @module An uploaded file to a dataset: a finance-system workbook (.xlsx, .xls, .csv; through the
 * importer), a dataset folder as .zip (disclosure.yaml + tables/*.csv) or our open data (.zip with
 * dataset.json, or dataset.json alone), or a disclosure.yaml. A workbook updates the tables of the current
 * version (its texts are kept) or starts from the import skeleton. Never throws for bad input: every problem
 * is a Chinese message naming the file and the place.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import { unzipSync } from 'fflate';
import { parse as parseYaml } from 'yaml';
import { loadDatasetFolder } from '../../ingest/dataset-folder.ts';
import { datasetFiles } from '../../ingest/workbook/dataset-files.ts';
import { type Imported, importWorkbookBytes } from '../../ingest/workbook/import.ts';
import { formatInputErrors } from '../../model/errors.ts';
import { parseDisclosure } from '../../model/parse.ts';
import type { Dataset } from '../../model/types.ts';
import { formatYuan } from '../../money/index.ts';
import type { JsonValue, Organisation } from '../../storage/types.ts';
import { setAt } from './json-path.ts';
import {
  type JsonObject,
  MAIN_FILE,
  parseDatasetFiles,
  type StoredDataset,
  toStored,
} from './stored-dataset.ts';

export type UploadOutcome =
  | { readonly ok: true; readonly dataset: Dataset; readonly notes: readonly string[] }
  | { readonly ok: false; readonly errors: readonly string[] };

export type UploadContext = {
  readonly year: number;
  readonly organisation: Organisation;
  /** The current version's dataset, if any (a workbook then replaces its tables only). */
  readonly current: StoredDataset | null;
};

const MAX_ZIP_ENTRIES = 2000;
const MAX_ZIP_BYTES = 200 * 1024 * 1024;
const decoder = new TextDecoder('utf-8', { fatal: true });

const fail = (...errors: string[]): UploadOutcome => ({ ok: false, errors });

function extensionOf(name: string): string {
  return /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
}

/**
 * Sets the entity to the organisation the disclosure belongs to (name, kind, region, 单位性质); when the
 * data cannot be that organisation's (e.g. a department's roll-up of units under a unit), says why
 * instead of publishing it under the name in the file.
 */
function withOrganisation(ds: Dataset, org: Organisation): Dataset | string[] {
  const stored = toStored(ds);
  let main: JsonValue = stored.files[MAIN_FILE]!;
  main = setAt(main, 'entity.name', org.name);
  main = setAt(main, 'entity.kind', org.kind === 'unit' ? 'unit' : 'department');
  if (org.region !== '') main = setAt(main, 'entity.region', org.region);
  if (org.unitType !== null) main = setAt(main, 'entity.unitType', org.unitType);
  if (org.code !== null) main = setAt(main, 'entity.code', org.code);
  const r = parseDatasetFiles({ ...stored.files, [MAIN_FILE]: main }, stored.entryUnits);
  if (r.ok) return r.dataset;
  return [`导入的数据不能作为“${org.name}”的决算：`, ...r.errors.map((e) => `${e.where}：${e.message}`)];
}

/** The imported tables written into the current dataset's JSON (元 strings), replacing those tables. */
function replaceTables(current: StoredDataset, im: Imported): UploadOutcome {
  let main: JsonValue = current.files[MAIN_FILE]!;
  for (const [table, data] of Object.entries(im.tables)) {
    const rows: JsonValue[] = (data?.rows ?? []).map((r) => ({
      code: r.code,
      name: r.name,
      cells: Object.fromEntries(
        Object.entries(r.cells).map(([k, v]) => [k, v === null ? null : formatYuan(v)]),
      ),
    }));
    main = setAt(main, ['tables', table], rows);
    main = setAt(main, ['emptyTables', table], undefined);
  }
  const entryUnits = { ...current.entryUnits, [MAIN_FILE]: im.unit };
  const r = parseDatasetFiles({ ...current.files, [MAIN_FILE]: main as JsonObject }, entryUnits);
  if (!r.ok) return fail(...r.errors.map((e) => `${e.where}：${e.message}`));
  return {
    ok: true,
    dataset: r.dataset,
    notes: [
      `已用“${im.file}”中的 ${Object.keys(im.tables).length} 张表替换原有表格，文字内容保留不变`,
      ...im.warnings,
    ],
  };
}

async function withTempDir<T>(run: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'juesuan-upload-'));
  try {
    return await run(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function writeFiles(dir: string, files: Readonly<Record<string, string | Uint8Array>>): Promise<void> {
  for (const [rel, content] of Object.entries(files)) {
    const path = join(dir, rel);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, content);
  }
}

async function fromWorkbook(bytes: Uint8Array, name: string, ctx: UploadContext): Promise<UploadOutcome> {
  const result = await importWorkbookBytes(bytes, name, { year: ctx.year });
  if (!result.ok) return fail(...result.errors.map((e) => e.message));
  const im = result.imported;
  if (ctx.current !== null) return replaceTables(ctx.current, im);
  const files = datasetFiles(im, ctx.year, im.profile);
  return withTempDir(async (dir) => {
    await writeFiles(dir, files);
    const loaded = loadDatasetFolder(dir, dir);
    if (!loaded.ok) return fail(...loaded.errors.map((e) => `${e.where}：${e.message}`));
    return {
      ok: true,
      dataset: loaded.dataset,
      notes: [
        `已从“${name}”导入 ${Object.keys(im.tables).length} 张表；请在“填写内容”中补全标有“待填写”的文字`,
        ...im.warnings,
      ],
    };
  });
}

/** The entries of a zip, with safe relative paths; refuses traversal, too many entries or too many bytes. */
function unzipSafely(bytes: Uint8Array, name: string): Record<string, Uint8Array> | string {
  let count = 0;
  let total = 0;
  let problem: string | undefined;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter: (f) => {
        count += 1;
        total += f.originalSize;
        if (count > MAX_ZIP_ENTRIES) problem = `压缩包“${name}”中的文件过多（最多 ${MAX_ZIP_ENTRIES} 个）`;
        else if (total > MAX_ZIP_BYTES) problem = `压缩包“${name}”解压后过大（最多 200 MB）`;
        return problem === undefined && !f.name.endsWith('/');
      },
    });
  } catch {
    return `压缩包“${name}”已损坏或不是 ZIP 文件`;
  }
  if (problem !== undefined) return problem;
  const out: Record<string, Uint8Array> = {};
  for (const [path, data] of Object.entries(entries)) {
    const clean = posix.normalize(path.replaceAll('\\', '/'));
    if (clean.startsWith('/') || clean.startsWith('../') || clean === '..' || /^[A-Za-z]:/.test(clean)) {
      return `压缩包“${name}”中的路径“${path}”不安全，已拒绝`;
    }
    if (clean.startsWith('__MACOSX/')) continue;
    out[clean] = data;
  }
  return out;
}

/** The folder prefix holding `file` at the top or one folder down. */
function rootOf(paths: readonly string[], file: string): string | undefined {
  if (paths.includes(file)) return '';
  const nested = paths.filter((p) => p.endsWith(`/${file}`) && p.split('/').length === 2);
  return nested.length === 1 ? nested[0]!.slice(0, -file.length) : undefined;
}

function jsonFiles(
  entries: Record<string, Uint8Array>,
  root: string,
  name: string,
): Record<string, unknown> | string {
  const files: Record<string, unknown> = {};
  for (const [path, data] of Object.entries(entries)) {
    if (!path.startsWith(root) || !path.endsWith('.json')) continue;
    try {
      files[path.slice(root.length)] = JSON.parse(decoder.decode(data).replace(/^\uFEFF/, ''));
    } catch {
      return `“${name}”中的“${path}”不是有效的 UTF-8 JSON 文件`;
    }
  }
  return files;
}

async function fromZip(bytes: Uint8Array, name: string): Promise<UploadOutcome> {
  const entries = unzipSafely(bytes, name);
  if (typeof entries === 'string') return fail(entries);
  const paths = Object.keys(entries);
  const yamlRoot = rootOf(paths, 'disclosure.yaml');
  if (yamlRoot !== undefined) {
    return withTempDir(async (dir) => {
      await writeFiles(dir, entries);
      const loaded = loadDatasetFolder(join(dir, yamlRoot), dir);
      if (!loaded.ok) return fail(...loaded.errors.map((e) => `${name}：${e.where}：${e.message}`));
      return { ok: true, dataset: loaded.dataset, notes: [`已读取“${name}”中的数据集（disclosure.yaml）`] };
    });
  }
  const jsonRoot = rootOf(paths, 'dataset.json');
  if (jsonRoot !== undefined) {
    const files = jsonFiles(entries, jsonRoot, name);
    if (typeof files === 'string') return fail(files);
    const r = parseDatasetFiles(files);
    if (!r.ok) return fail(...r.errors.map((e) => `${name}：${e.where}：${e.message}`));
    return { ok: true, dataset: r.dataset, notes: [`已读取“${name}”中的开放数据（dataset.json）`] };
  }
  return fail(`压缩包“${name}”中没有 disclosure.yaml 或 dataset.json（可放在压缩包根目录或一个文件夹内）`);
}

function fromText(bytes: Uint8Array, name: string, kind: 'json' | 'yaml'): UploadOutcome {
  let text: string;
  try {
    text = decoder.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return fail(`文件“${name}”不是有效的 UTF-8 编码（请另存为 UTF-8）`);
  }
  let raw: unknown;
  try {
    raw = kind === 'json' ? JSON.parse(text) : parseYaml(text, { schema: 'failsafe', uniqueKeys: true });
  } catch {
    return fail(`文件“${name}”不是有效的 ${kind === 'json' ? 'JSON' : 'YAML'}`);
  }
  const r =
    kind === 'json'
      ? parseDatasetFiles({ [MAIN_FILE]: raw })
      : parseDisclosure(raw, { file: name, csvTables: {}, unitDatasets: {} });
  if (!r.ok)
    return fail(
      ...formatInputErrors(r.errors)
        .split('\n')
        .map((l) => (kind === 'json' ? `${name}：${l}` : l)),
    );
  return { ok: true, dataset: r.dataset, notes: [`已读取“${name}”`] };
}

/** Reads an upload into a dataset for the disclosure's year. */
export async function datasetFromUpload(
  bytes: Uint8Array,
  name: string,
  ctx: UploadContext,
): Promise<UploadOutcome> {
  const ext = extensionOf(name);
  let outcome: UploadOutcome;
  if (ext === 'xlsx' || ext === 'xls' || ext === 'csv') outcome = await fromWorkbook(bytes, name, ctx);
  else if (ext === 'zip') outcome = await fromZip(bytes, name);
  else if (ext === 'json') outcome = fromText(bytes, name, 'json');
  else if (ext === 'yaml' || ext === 'yml') outcome = fromText(bytes, name, 'yaml');
  else
    return fail(
      `不支持的文件类型“${name}”：请上传 .xlsx、.xls、.csv 工作簿，数据集 .zip，dataset.json 或 disclosure.yaml`,
    );
  if (outcome.ok && outcome.dataset.entity.year !== ctx.year) {
    return fail(`“${name}”的年度（${outcome.dataset.entity.year}年）与本公开的年度（${ctx.year}年）不一致`);
  }
  return asOrganisation(outcome, ctx.organisation, name);
}

/**
 * An upload becomes the disclosure's organisation's data: its entity is the organisation's (a dataset
 * prepared elsewhere may name another body, and would otherwise be published under that name; the note
 * says what was replaced).
 */
function asOrganisation(outcome: UploadOutcome, org: Organisation, name: string): UploadOutcome {
  if (!outcome.ok) return outcome;
  const ds = outcome.dataset;
  const dataset = withOrganisation(ds, org);
  if (Array.isArray(dataset)) return fail(...dataset);
  const renamed =
    ds.entity.name === org.name
      ? []
      : [`“${name}”中的编制单位为“${ds.entity.name}”，已按本机构改为“${org.name}”`];
  return { ok: true, dataset, notes: [...outcome.notes, ...renamed] };
}
