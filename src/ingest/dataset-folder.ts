/**
 * @module Load a dataset folder: `disclosure.yaml` plus optional `tables/Txx.csv` (UTF-8), and the
 * folders of units that have their own dataset. YAML is read with the failsafe schema so that amounts
 * stay decimal strings (no binary floating point on the way in).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { TABLE_IDS, type TableId } from '../catalog/tables/types.ts';
import type { BuildResult } from '../model/convert.ts';
import type { InputError } from '../model/errors.ts';
import { parseDisclosure } from '../model/parse.ts';
import type { RawRow } from '../model/tables-in.ts';
import type { Dataset } from '../model/types.ts';

const decoder = new TextDecoder('utf-8', { fatal: true });

function readUtf8(path: string, shown: string, errors: InputError[]): string | undefined {
  try {
    return decoder.decode(readFileSync(path)).replace(/^\uFEFF/, '');
  } catch {
    errors.push({ where: shown, message: '文件不是有效的 UTF-8 编码（请另存为 UTF-8）' });
    return undefined;
  }
}

function readCsvTable(path: string, shown: string, errors: InputError[]): RawRow[] | undefined {
  const text = readUtf8(path, shown, errors);
  if (text === undefined) return undefined;
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parseCsv(text, {
      columns: true,
      skip_empty_lines: true,
      trim: true,
      info: true,
    }) as typeof records;
  } catch (e) {
    const line = (e as { lines?: number }).lines;
    errors.push({
      where: `${shown}${line ? ` 第${line}行` : ''}`,
      message: 'CSV 格式错误（列数与表头不一致或引号不配对）',
    });
    return undefined;
  }
  return records.map(({ record, info }) => {
    const { code = '', name, ...cells } = record;
    return { code, ...(name === undefined ? {} : { name }), cells, where: `${shown} 第${info.lines}行` };
  });
}

/** Load and validate a dataset folder (or a disclosure.yaml path). Never throws for bad input. */
export function loadDatasetFolder(path: string, base = process.cwd()): BuildResult {
  const errors: InputError[] = [];
  const shownDir = relative(base, path) || '.';
  if (!existsSync(path))
    return { ok: false, errors: [{ where: shownDir, message: '找不到该数据集文件夹或文件' }] };
  const dir = statSync(path).isDirectory() ? path : join(path, '..');
  const yamlPath = statSync(path).isDirectory() ? join(path, 'disclosure.yaml') : path;
  const shownYaml = relative(base, yamlPath);
  if (!existsSync(yamlPath))
    return { ok: false, errors: [{ where: shownYaml, message: '缺少 disclosure.yaml' }] };
  const text = readUtf8(yamlPath, shownYaml, errors);
  if (text === undefined) return { ok: false, errors };
  let raw: unknown;
  try {
    raw = parseYaml(text, { schema: 'failsafe', prettyErrors: true, uniqueKeys: true });
  } catch (e) {
    const pos = (e as { linePos?: { line: number; col: number }[] }).linePos?.[0];
    return {
      ok: false,
      errors: [
        { where: `${shownYaml}${pos ? ` 第${pos.line}行第${pos.col}列` : ''}`, message: 'YAML 格式错误' },
      ],
    };
  }
  const csvTables: Partial<Record<TableId, RawRow[]>> = {};
  for (const id of TABLE_IDS) {
    const csvPath = join(dir, 'tables', `${id}.csv`);
    if (!existsSync(csvPath)) continue;
    const rows = readCsvTable(csvPath, relative(base, csvPath), errors);
    if (rows) csvTables[id] = rows;
  }
  const unitDatasets: Record<string, Dataset> = {};
  const units = (raw as { entity?: { units?: { dataset?: unknown }[] } } | null)?.entity?.units;
  for (const u of Array.isArray(units) ? units : []) {
    if (typeof u?.dataset !== 'string') continue;
    const sub = loadDatasetFolder(join(dir, u.dataset), base);
    if (sub.ok) unitDatasets[u.dataset] = sub.dataset;
    else errors.push(...sub.errors);
  }
  if (errors.length > 0) return { ok: false, errors };
  return parseDisclosure(raw, { file: shownYaml, csvTables, unitDatasets });
}
