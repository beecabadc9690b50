/**
 * @module 第五部分 附表: every table of the dataset's profile, in profile order, as report-tree tables
 * with their number (公开01表 / 表1), title, 编制单位 and 单位 lines, merged header, 栏次 row, body and
 * notes (the 注 line and, for a table without data, the empty-table statement).
 */
import { tableDef } from '../../catalog/tables/definitions.ts';
import { DEFAULT_PROFILE, profileDef } from '../../catalog/tables/profiles.ts';
import type { ProfileDef, TableDef, TableId } from '../../catalog/tables/types.ts';
import type { Dataset } from '../../model/types.ts';
import { isTableEmpty } from '../../model/views.ts';
import { tableAnchor } from '../anchors.ts';
import type { BodyRow, HeaderCell, ReportTable } from '../types.ts';
import { balanceLayout } from './balance.ts';
import { type AmountFormat, amountCell, labelCell } from './cells.ts';
import { codedBody } from './coded.ts';
import { columnNumbers, groupedHeader } from './header.ts';
import { hasRoundingGap, ROUNDING_NOTE } from './rounding-note.ts';
import { t08Layout } from './t08.ts';

type Layout = { header: HeaderCell[][]; columnNumbers: string[]; body: BodyRow[] };

/** The profile of a dataset (the default profile when its id is unknown). */
export function datasetProfile(ds: Dataset): ProfileDef {
  return profileDef(ds.entity.profile) ?? profileDef(DEFAULT_PROFILE)!;
}

/** The display number of the n-th table of a profile: 公开01表 … or 表1 …. */
export function tableNumber(profile: ProfileDef, n: number): string {
  const digits = profile.tableNumber === '公开{n}表' ? String(n).padStart(2, '0') : String(n);
  return profile.tableNumber.replace('{n}', digits);
}

function singleRowLayout(ds: Dataset, def: TableDef, format: AmountFormat): Layout {
  const fixed = def.fixedRows?.[0] ?? { key: 'amount', label: '金额' };
  const row = ds.tables[def.id]?.rows.find((r) => r.code === fixed.key);
  return {
    header: groupedHeader({ labels: ['项目'] }, def.columns),
    columnNumbers: columnNumbers(1, def.columns.length),
    body: [
      {
        kind: 'data',
        cells: [
          labelCell(fixed.label),
          ...def.columns.map((c) => amountCell(def.id, row, fixed.key, c.id, format)),
        ],
      },
    ],
  };
}

function layoutOf(ds: Dataset, def: TableDef, format: AmountFormat): Layout {
  if (def.keying === 'balance') return balanceLayout(ds, def, format);
  if (def.keying === 'single') return singleRowLayout(ds, def, format);
  if (def.id === 'T08') return t08Layout(ds, def, format);
  return {
    header: groupedHeader({ labels: ['科目编码', '科目名称'], group: '项目' }, def.columns),
    columnNumbers: columnNumbers(2, def.columns.length),
    body: codedBody(ds, def, format),
  };
}

/** '部门' in the standard wording becomes '单位' in a 单位 report. */
function forEntity(ds: Dataset, text: string): string {
  return ds.entity.kind === 'unit' ? text.replaceAll('反映部门本年度', '反映单位本年度') : text;
}

/** What a table without data prints under it: the dataset's statement, the definition's, or a generic one. */
export function emptyStatement(ds: Dataset, def: TableDef): string {
  const given = ds.emptyTables[def.id];
  const text =
    given !== undefined && given.trim() !== ''
      ? given.trim()
      : (
          def.emptyStatement ??
          `{entity}本年度无${def.title.replace(/决算(明细|总)?表$/, '')}，故本表为空表。`
        ).replaceAll('{entity}', ds.entity.name);
  return /^(注|说明)[:：]/.test(text) ? text : `说明：${text}`;
}

/** One 附表 as a report-tree table. */
export function buildTable(ds: Dataset, id: TableId, number: string, title?: string): ReportTable {
  const def = tableDef(id);
  const format: AmountFormat = { thousands: datasetProfile(ds).thousandsSeparator };
  const layout = layoutOf(ds, def, format);
  const empty = isTableEmpty(ds.tables[id]);
  return {
    kind: 'table',
    id: tableAnchor(id),
    table: id,
    number,
    title: title ?? def.title,
    entityLine: `编制单位：${ds.entity.name}`,
    unitLine: '单位：万元',
    header: layout.header,
    columnNumbers: layout.columnNumbers,
    body: layout.body,
    notes: [
      `注：${forEntity(ds, def.note)}`,
      ...(ds.entity.amountUnit === 'wanYuan' && hasRoundingGap(ds.tables[id])
        ? [`　　${ROUNDING_NOTE}`]
        : []),
      ...(empty ? [emptyStatement(ds, def)] : []),
    ],
    empty,
  };
}

/** 第五部分 附表: every table of the dataset's profile, in profile order, with the profile's numbers and titles. */
export function buildTables(ds: Dataset): ReportTable[] {
  const profile = datasetProfile(ds);
  return profile.tables.map((t, i) => buildTable(ds, t.table, tableNumber(profile, i + 1), t.title));
}
