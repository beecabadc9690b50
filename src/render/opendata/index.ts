/**
 * @module The open data of a disclosure: `datapackage.json` (Fiscal Data Package), `data/*.csv` (one
 * per table of the profile) and `dataset.json` (the whole dataset, amounts as decimal strings in 元).
 */
import type { TableId } from '../../catalog/tables/types.ts';
import type { Dataset } from '../../model/types.ts';
import { datasetProfile } from '../../report/tables/index.ts';
import { tableCsv } from './csv.ts';
import { datasetJsonFiles } from './dataset-json.ts';
import { type DescriptorOptions, type FindingsSummary, packageDescriptor } from './descriptor.ts';
import { resourcePath } from './slug.ts';

export type { DescriptorOptions, FindingsSummary, License } from './descriptor.ts';
export { packageName, resourceName, resourcePath } from './slug.ts';

/** Every open-data file of a dataset, by relative path (text, UTF-8). */
export function renderOpenData(
  ds: Dataset,
  findingsSummary?: FindingsSummary,
  options?: DescriptorOptions,
): Map<string, string> {
  const files = new Map<string, string>();
  const csv = new Map<TableId, string>();
  for (const { table } of datasetProfile(ds).tables) {
    const text = tableCsv(ds, table);
    csv.set(table, text);
  }
  const descriptor = packageDescriptor(ds, csv, findingsSummary, options);
  files.set('datapackage.json', `${JSON.stringify(descriptor, null, 2)}\n`);
  for (const [table, text] of csv) files.set(resourcePath(table), text);
  for (const [path, text] of datasetJsonFiles(ds)) files.set(path, text);
  return files;
}
