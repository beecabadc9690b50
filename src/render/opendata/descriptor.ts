/**
 * @module datapackage.json: a Fiscal Data Package descriptor (profile `fiscal-data-package`) with one
 * tabular resource per table of the dataset's profile, each with its Table Schema, bytes and sha256.
 */
import { createHash } from 'node:crypto';
import { tableDef } from '../../catalog/tables/definitions.ts';
import type { TableId } from '../../catalog/tables/types.ts';
import type { Dataset } from '../../model/types.ts';
import { isTableEmpty } from '../../model/views.ts';
import { datasetProfile, emptyStatement, tableNumber } from '../../report/tables/index.ts';
import { fdpModel } from './fdp-model.ts';
import { PRIMARY_KEY, tableFields } from './fields.ts';
import { innermostDivision, packageName, resourceName, resourcePath } from './slug.ts';

/** Counts of the findings the dataset had when it was published. */
export type FindingsSummary = {
  readonly errors: number;
  readonly warnings: number;
  readonly notices: number;
};

/** A license entry of the descriptor (Open Definition id in `name`). */
export type License = { readonly name?: string; readonly path?: string; readonly title: string };

export type DescriptorOptions = {
  /** ISO 8601 date-time of publication; omitted when not given (the core has no clock). */
  readonly created?: string;
  readonly licenses?: readonly License[];
};

/** No open licence is declared for 部门决算公开; the descriptor says so rather than invent one. */
export const DEFAULT_LICENSES: readonly License[] = [
  {
    name: 'notspecified',
    title: '未另行声明许可：本数据为依据《中华人民共和国政府信息公开条例》主动公开的政府信息',
  },
];

/** The draft mark of the report, used when the dataset has error findings. */
export const DRAFT_MARK = '草稿 未通过校验';

const DIALECT = {
  delimiter: ',',
  doubleQuote: true,
  lineTerminator: '\r\n',
  quoteChar: '"',
  header: true,
  skipInitialSpace: false,
} as const;

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function resource(ds: Dataset, id: TableId, n: number, csv: string) {
  const def = tableDef(id);
  const profile = datasetProfile(ds);
  const entry = profile.tables.find((t) => t.table === id);
  const title = `${tableNumber(profile, n)} ${entry?.title ?? def.title}`;
  const empty = isTableEmpty(ds.tables[id]);
  return {
    profile: 'tabular-data-resource',
    name: resourceName(id),
    path: resourcePath(id),
    title,
    description: empty ? `${def.note}${emptyStatement(ds, def)}` : def.note,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    bytes: Buffer.byteLength(csv, 'utf8'),
    hash: `sha256:${sha256(csv)}`,
    dialect: DIALECT,
    schema: { fields: tableFields(id), missingValues: [''], primaryKey: [...PRIMARY_KEY] },
  };
}

function describe(ds: Dataset, draft: boolean): string {
  const e = ds.entity;
  const entered =
    e.amountUnit === 'wanYuan'
      ? '原始数据以万元填报，每个数各自四舍五入到0.01万元，故各项之和与合计之间可能有n×0.005万元（n×50元）以内的尾差。'
      : '原始数据以元填报，各项之和与合计应完全相等。';
  return [
    draft ? `【${DRAFT_MARK}】` : '',
    `${e.name.includes(innermostDivision(e.region)) ? '' : e.region}${e.name}${e.year}年度`,
    `${e.kind === 'department' ? '部门' : '单位'}决算公开数据，按“${datasetProfile(ds).name}”模板。`,
    '每张公开表一个CSV文件（UTF-8，无BOM，RFC 4180）；金额单位为元，保留两位小数；空白单元格表示该栏未填列，不等于0。',
    entered,
    '完整数据集（含三公经费、机关运行经费、政府采购、国有资产、绩效等）见 dataset.json，金额为以元为单位的十进制字符串。',
  ].join('');
}

/** The datapackage.json object; `csv` holds the CSV text of every table of the profile, by id. */
export function packageDescriptor(
  ds: Dataset,
  csv: ReadonlyMap<TableId, string>,
  findings: FindingsSummary | undefined,
  opts: DescriptorOptions = {},
) {
  const e = ds.entity;
  const tables = datasetProfile(ds).tables.map((t) => t.table);
  const draft = (findings?.errors ?? 0) > 0;
  const kindName = e.kind === 'department' ? '部门' : '单位';
  return {
    profile: 'fiscal-data-package',
    name: packageName(ds),
    title: `${draft ? `【${DRAFT_MARK}】` : ''}${e.name}${e.year}年度${kindName}决算`,
    description: describe(ds, draft),
    keywords: [`${kindName}决算`, '决算公开', e.region, e.name, String(e.year)],
    countryCode: 'CN',
    granularity: 'aggregated',
    fiscalPeriod: { start: `${e.year}-01-01`, end: `${e.year}-12-31` },
    ...(opts.created === undefined ? {} : { created: opts.created }),
    licenses: opts.licenses ?? DEFAULT_LICENSES,
    sources: [{ title: `${e.name}${e.year}年度${kindName}决算公开` }],
    ...(findings === undefined ? {} : { findings: { ...findings }, draft }),
    resources: tables.map((id, i) => resource(ds, id, i + 1, csv.get(id) ?? '')),
    model: fdpModel(tables),
  };
}
