/**
 * @module How a dataset is kept in a version: the files of the open data's dataset.json (the dataset in
 * the shape of disclosure.yaml, amounts as decimal strings in 元, units' own datasets as separate files)
 * plus the unit each dataset was entered in (元 is exact; 万元 figures are each rounded to 0.01万元, which
 * the rules need to know). Reading it back goes through the project's validating parser.
 */
import type { InputError } from '../../model/errors.ts';
import { parseDisclosure } from '../../model/parse.ts';
import type { Dataset } from '../../model/types.ts';
import type { Unit } from '../../money/index.ts';
import { datasetJsonFiles } from '../../render/opendata/dataset-json.ts';
import type { JsonValue } from '../../storage/types.ts';

/** The stored form of a dataset. */
export type StoredDataset = {
  readonly format: 'juesuan.dataset/1';
  /** dataset.json and units/*.json, parsed. */
  readonly files: Readonly<Record<string, JsonObject>>;
  /** The unit of entry of each file's dataset. */
  readonly entryUnits: Readonly<Record<string, Unit>>;
};

/** A JSON object. */
export type JsonObject = { [key: string]: JsonValue };

export const MAIN_FILE = 'dataset.json';

type UnitsJson = { entity?: { units?: { dataset?: string }[] } };

function dirOf(path: string): string {
  return path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : '';
}

/** The stored form of a dataset. */
export function toStored(ds: Dataset): StoredDataset {
  const files: Record<string, JsonObject> = {};
  for (const [path, text] of datasetJsonFiles(ds)) files[path] = JSON.parse(text) as JsonObject;
  const entryUnits: Record<string, Unit> = {};
  const walk = (d: Dataset, path: string) => {
    entryUnits[path] = d.entity.amountUnit;
    const json = files[path] as UnitsJson | undefined;
    (json?.entity?.units ?? []).forEach((u, i) => {
      const sub = d.entity.units[i]?.dataset;
      if (u.dataset !== undefined && sub !== undefined) walk(sub, dirOf(path) + u.dataset);
    });
  };
  walk(ds, MAIN_FILE);
  return { format: 'juesuan.dataset/1', files, entryUnits };
}

/** The stored form as the JSON value the store keeps. */
export function storedJson(stored: StoredDataset): JsonValue {
  return stored as unknown as JsonValue;
}

/** Whether a stored JSON value has the stored-dataset shape. */
export function isStored(value: JsonValue): value is JsonValue & StoredDataset {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    value['format'] === 'juesuan.dataset/1' &&
    typeof value['files'] === 'object' &&
    value['files'] !== null &&
    typeof value['entryUnits'] === 'object'
  );
}

export type ParsedDataset = { ok: true; dataset: Dataset } | { ok: false; errors: InputError[] };

/** Parses dataset.json files (and their units' files) with the project's validating parser. */
export function parseDatasetFiles(
  files: Readonly<Record<string, unknown>>,
  entryUnits: Readonly<Record<string, Unit>> = {},
  path = MAIN_FILE,
  depth = 0,
): ParsedDataset {
  const raw = files[path];
  if (raw === undefined) return { ok: false, errors: [{ where: path, message: '缺少该文件' }] };
  if (depth > 3) return { ok: false, errors: [{ where: path, message: '单位数据集嵌套过深' }] };
  const errors: InputError[] = [];
  const unitDatasets: Record<string, Dataset> = {};
  const units = (raw as UnitsJson | null)?.entity?.units;
  for (const u of Array.isArray(units) ? units : []) {
    if (typeof u?.dataset !== 'string') continue;
    const sub = parseDatasetFiles(files, entryUnits, dirOf(path) + u.dataset, depth + 1);
    if (sub.ok) unitDatasets[u.dataset] = sub.dataset;
    else errors.push(...sub.errors);
  }
  if (errors.length > 0) return { ok: false, errors };
  const r = parseDisclosure(raw, { file: path, csvTables: {}, unitDatasets });
  if (!r.ok) return r;
  const unit = entryUnits[path];
  if (unit === undefined || unit === r.dataset.entity.amountUnit) return r;
  return { ok: true, dataset: { ...r.dataset, entity: { ...r.dataset.entity, amountUnit: unit } } };
}

/** The dataset of a stored version. */
export function fromStored(value: JsonValue): ParsedDataset {
  if (!isStored(value))
    return { ok: false, errors: [{ where: '版本数据', message: '不是可识别的数据集格式' }] };
  return parseDatasetFiles(value.files, value.entryUnits);
}

/** A copy of the stored dataset with its main file replaced (for edits of the main dataset). */
export function withMainFile(stored: StoredDataset, main: JsonObject): StoredDataset {
  return { ...stored, files: { ...stored.files, [MAIN_FILE]: main } };
}
