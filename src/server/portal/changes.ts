/**
 * @module What a publication changed against the previous one: headline figures, files added, removed or
 * replaced, and the table cells whose amounts differ (read from the two versions' open-data CSVs). Pure.
 */
import { parse } from 'csv-parse/sync';
import { TABLES } from '../../catalog/tables/definitions.ts';
import type { TableId } from '../../catalog/tables/types.ts';
import type { Fen } from '../../money/index.ts';
import type { VersionFigures } from '../../storage/types.ts';
import type { PublicFile } from './files.ts';

export type FigureChange = {
  readonly key: keyof VersionFigures;
  readonly before: Fen | null;
  readonly after: Fen | null;
};
export type FileChange = { readonly path: string; readonly change: 'added' | 'removed' | 'changed' };
/** A changed amount: `before`/`after` are the CSV's 元 texts ('' blank; null: the row does not exist). */
export type CellChange = {
  readonly table: string;
  readonly rowCode: string;
  readonly rowName: string;
  readonly column: string;
  readonly before: string | null;
  readonly after: string | null;
};

/** The headline figures that differ. */
export function figureChanges(before: VersionFigures, after: VersionFigures): FigureChange[] {
  const keys = Object.keys(after) as (keyof VersionFigures)[];
  return keys
    .filter((k) => before[k] !== after[k])
    .map((k) => ({ key: k, before: before[k], after: after[k] }));
}

/** Files added, removed or with other bytes, by public path. */
export function fileChanges(before: readonly PublicFile[], after: readonly PublicFile[]): FileChange[] {
  const old = new Map(before.map((f) => [f.path, f.sha256]));
  const now = new Map(after.map((f) => [f.path, f.sha256]));
  const out: FileChange[] = [];
  for (const [path, sha] of now) {
    const was = old.get(path);
    if (was === undefined) out.push({ path, change: 'added' });
    else if (was !== sha) out.push({ path, change: 'changed' });
  }
  for (const path of old.keys()) if (!now.has(path)) out.push({ path, change: 'removed' });
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

/** Fields of the open-data CSVs that identify a row rather than hold an amount. */
const KEY_FIELDS = new Set(['year', 'entity', 'entity_code', 'table_id', 'row_code', 'row_name', 'level']);

type Row = Record<string, string>;

function rowsByCode(text: string): { fields: string[]; rows: Map<string, Row> } {
  const records = parse(text, { columns: true, skip_empty_lines: true, bom: true }) as Row[];
  const fields = records.length > 0 ? Object.keys(records[0] as Row) : [];
  return { fields, rows: new Map(records.map((r) => [r['row_code'] ?? '', r])) };
}

/** The amounts that differ between two versions of one table's CSV (rows matched by row_code). */
export function csvChanges(before: string, after: string): CellChange[] {
  const a = rowsByCode(before);
  const b = rowsByCode(after);
  const fields = [...new Set([...a.fields, ...b.fields])].filter((f) => !KEY_FIELDS.has(f));
  const codes = [...new Set([...a.rows.keys(), ...b.rows.keys()])];
  const out: CellChange[] = [];
  for (const code of codes) {
    const ra = a.rows.get(code);
    const rb = b.rows.get(code);
    const any = rb ?? ra;
    for (const column of fields) {
      const va = ra === undefined ? null : (ra[column] ?? '');
      const vb = rb === undefined ? null : (rb[column] ?? '');
      if (va === vb || (va ?? '') === (vb ?? '')) continue;
      out.push({
        table: any?.['table_id'] ?? '',
        rowCode: code,
        rowName: any?.['row_name'] ?? '',
        column,
        before: va,
        after: vb,
      });
    }
  }
  return out;
}

/** The printed header of a table column (groups joined by '/'), or the id when the catalogue lacks it. */
export function columnLabel(table: string, column: string): string {
  const def = (TABLES as Readonly<Record<string, (typeof TABLES)[TableId] | undefined>>)[table];
  const col = def?.columns.find((c) => c.id === column);
  return col === undefined ? column : [...(col.groups ?? []), col.label].join('/');
}
