/** @module Finding the datasets of a batch: the sub-folders of a folder that hold a disclosure.yaml. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The dataset folders directly inside `dir`, sorted by name — or null when `dir` is itself a dataset (it has a
 * disclosure.yaml), is not a folder, or holds no dataset folder.
 */
export function datasetFoldersIn(dir: string): string[] | null {
  if (!existsSync(dir) || !statSync(dir).isDirectory() || existsSync(join(dir, 'disclosure.yaml')))
    return null;
  const found = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
    .map((e) => e.name)
    .filter((name) => existsSync(join(dir, name, 'disclosure.yaml')))
    .sort()
    .map((name) => join(dir, name));
  return found.length > 0 ? found : null;
}
