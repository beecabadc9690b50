/**
 * @module The files of a dataset folder made from an import (pure: path → content): `tables/Txx.csv`
 * in the dataset CSV format (`code,name,<column ids>`, amounts exact in the dataset's unit, blanks
 * empty) and a `disclosure.yaml` skeleton whose narrative fields say 待填写 (so rule n.placeholder
 * reports them until they are written).
 */
import { TABLES } from '../../catalog/tables/definitions.ts';
import { TABLE_IDS } from '../../catalog/tables/types.ts';
import { REASON_LABELS } from '../../model/reason-labels.ts';
import { REASON_KEYS, type TableData } from '../../model/types.ts';
import { type Fen, formatWan, formatYuan, type Unit } from '../../money/index.ts';
import type { Imported } from './import.ts';

/** An amount as the shortest exact decimal: 元 with 2 decimals; 万元 with 2 to 6. */
export function exactAmount(value: Fen, unit: Unit): string {
  if (unit === 'yuan') return formatYuan(value);
  return formatWan(value, { decimals: 6 }).replace(/(\.\d\d\d*?)0+$/, '$1');
}

function csvField(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A table as dataset CSV. */
export function tableCsv(table: keyof typeof TABLES, data: TableData, unit: Unit): string {
  const ids = TABLES[table].columns.map((c) => c.id);
  const lines = [['code', 'name', ...ids].join(',')];
  for (const row of data.rows) {
    const cells = ids.map((id) => {
      const v = row.cells[id];
      return v === null || v === undefined ? '' : exactAmount(v, unit);
    });
    lines.push([csvField(row.code), csvField(row.name), ...cells].join(','));
  }
  return `${lines.join('\n')}\n`;
}

const OVERALL_HEADINGS = [
  '部门整体支出绩效目标',
  '部门整体履职绩效分析',
  '结果应用情况',
  '评价结论',
  '存在问题',
  '改进建议',
];

const q = (text: string) => JSON.stringify(text);
const todo = (what: string) => q(`待填写：${what}`);

/** The disclosure.yaml skeleton of an import. */
export function disclosureSkeleton(im: Imported, year: number, profile: string): string {
  const unit = im.unit === 'yuan' ? '元' : '万元';
  const lines = [
    `# 部门决算公开数据集：由 juesuan import 从“${im.file}”导入的表格（tables/*.csv，金额单位：${unit}）。`,
    '# 标有“待填写”的内容须改为实际内容；改好之前，校验规则 n.placeholder 会把它们报为错误。',
    '# 标有“待核对”的字段是按常见情况预填的，请核对。',
    'entity:',
    `  name: ${im.entityName !== undefined ? q(im.entityName) : todo('部门（单位）全称')}`,
    '  kind: department # 待核对：department（部门，含所属单位）或 unit（单位）',
    '  unitType: 行政单位 # 待核对：行政单位、参公事业单位、事业单位或其他',
    `  region: ${todo('所在地区，如“四川省广元市剑阁县”')}`,
    `  year: ${year}`,
    `  profile: ${profile}`,
    `  amountUnit: ${unit}`,
    'duties:',
    `  - ${todo('部门职责（每项一条）')}`,
    `organization: ${todo('机构设置情况')}`,
    `workSummary: ${todo('本年度主要工作完成情况')}`,
    'performance:',
    `  management: ${todo('预算绩效管理情况')}`,
    '  overall:',
    '    report:',
    ...OVERALL_HEADINGS.flatMap((h) => [`      - heading: ${q(h)}`, `        body: ${todo(h)}`]),
    'reasons:',
    '  changes:',
    ...REASON_KEYS.map((k) => `    ${k}: ${todo(REASON_LABELS[k])}`),
    'notes:',
    `  - ${q(`表格数据由 juesuan import 从“${im.file}”导入。`)}`,
  ];
  return `${lines.join('\n')}\n`;
}

/** Every file of the dataset folder, by relative path. */
export function datasetFiles(im: Imported, year: number, profile: string): Record<string, string> {
  const files: Record<string, string> = { 'disclosure.yaml': disclosureSkeleton(im, year, profile) };
  for (const id of TABLE_IDS) {
    const data = im.tables[id];
    if (data !== undefined) files[`tables/${id}.csv`] = tableCsv(id, data, im.unit);
  }
  return files;
}
