/**
 * @module The columns of every open-data CSV, as Table Schema fields: the same list writes the CSV
 * header and the resource schema, so the two cannot disagree.
 */
import { levelOfCode } from '../../catalog/classification/index.ts';
import { tableDef } from '../../catalog/tables/definitions.ts';
import type { TableDef, TableId } from '../../catalog/tables/types.ts';
import type { TableRow } from '../../model/types.ts';

/** A Table Schema field (the subset this package writes). */
export type Field = {
  readonly name: string;
  readonly title: string;
  readonly type: 'string' | 'number' | 'year';
  readonly description?: string;
  readonly bareNumber?: boolean;
  readonly decimalChar?: string;
  readonly constraints?: { readonly required?: boolean; readonly enum?: readonly string[] };
};

/** The classification level printed in the `level` column. */
export type Level = '类' | '款' | '项';

const LEVEL_LABEL = { lei: '类', kuan: '款', xiang: '项' } as const;

/** Field names of the columns that come before the amount columns. */
export const KEY_FIELDS = [
  'year',
  'entity',
  'entity_code',
  'table_id',
  'row_code',
  'row_name',
  'level',
] as const;

/** Fields that make a row unique, also across packages of other entities and years. */
export const PRIMARY_KEY = ['year', 'entity', 'table_id', 'row_code'] as const;

/** Which classification the codes of a table are in (balance tables list 功能分类 类 rows). */
export function classificationOf(def: TableDef): 'functional' | 'economic' | null {
  if (def.keying === 'economic') return 'economic';
  if (def.keying === 'single') return null;
  return 'functional';
}

/** The 类/款/项 level of a row, or null for the 合计 row and fixed item rows. */
export function levelOf(def: TableDef, code: string): Level | null {
  const kind = classificationOf(def);
  if (kind === null) return null;
  if (def.keying === 'balance' && code.length !== 3) return null;
  const level = levelOfCode(code, kind);
  return level === null ? null : LEVEL_LABEL[level];
}

/** The printed name of a row: its own name, else the fixed row's label, else 合计 for the total row. */
export function rowName(def: TableDef, row: TableRow): string {
  const own = row.name.trim();
  if (own !== '') return own;
  const fixed = def.fixedRows?.find((r) => r.key === row.code)?.label;
  if (fixed !== undefined) return fixed;
  return row.code === 'total' ? '合计' : '';
}

const AMOUNT_DESCRIPTION = '金额，单位：元，保留两位小数；空白表示该栏未填列，不等于 0。';

/** The fields of a table's CSV, in column order. */
export function tableFields(id: TableId): Field[] {
  const def = tableDef(id);
  const keys: Field[] = [
    { name: 'year', title: '年度', type: 'year', constraints: { required: true } },
    { name: 'entity', title: '单位名称', type: 'string', constraints: { required: true } },
    { name: 'entity_code', title: '单位编码', type: 'string' },
    { name: 'table_id', title: '表号', type: 'string', constraints: { required: true, enum: [id] } },
    {
      name: 'row_code',
      title: '科目编码或行项目',
      type: 'string',
      description: '政府收支分类科目编码（字符串，保留前导零），或固定行的键（如 income.total、total）。',
      constraints: { required: true },
    },
    { name: 'row_name', title: '科目名称或项目', type: 'string' },
    {
      name: 'level',
      title: '科目级次',
      type: 'string',
      description: '类、款、项；合计行与固定项目行为空。上级科目编码为本编码的前缀（类3位、款5位、项7位）。',
      constraints: { enum: ['类', '款', '项'] },
    },
  ];
  const amounts: Field[] = def.columns.map((c) => ({
    name: c.id,
    title: [...(c.groups ?? []), c.label].join('/'),
    type: 'number',
    description: AMOUNT_DESCRIPTION,
    bareNumber: true,
    decimalChar: '.',
  }));
  return [...keys, ...amounts];
}
