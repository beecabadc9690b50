/**
 * @module The batch worker as one JavaScript file. esbuild bundles worker.ts with the project modules it
 * imports (packages stay imports) into node_modules/.cache/juesuan/, beside the packages they import, so a
 * worker thread loads plain JavaScript instead of registering the TypeScript loader itself: that loader is a
 * thread and a transform cache of its own per worker, ~70 MB each. One file per batch, removed after it;
 * files left by a batch process that was killed (no chance to remove its own) go when the next batch starts.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** A bundled worker: its file URL, and how to remove it once the batch is done. */
export type BundledWorker = { readonly url: URL; readonly remove: () => void };

/** The node_modules folder the project's packages are resolved from. */
function nodeModules(): string {
  const esbuildPackage = createRequire(import.meta.url).resolve('esbuild/package.json');
  return dirname(dirname(esbuildPackage));
}

/** Whether a process of this id is running (EPERM: it is, under another user). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes the bundles of batch processes that are no longer running. */
function removeOrphans(dir: string): void {
  for (const name of readdirSync(dir)) {
    const pid = /^batch-worker-(\d+)-[0-9a-f-]+\.mjs$/.exec(name)?.[1];
    if (pid !== undefined && Number(pid) !== process.pid && !running(Number(pid)))
      rmSync(join(dir, name), { force: true });
  }
}

/** Bundles a TypeScript worker module (a file URL) into a JavaScript file that imports the packages in place. */
export async function bundleWorker(entry: URL): Promise<BundledWorker> {
  const { build } = await import('esbuild');
  const dir = join(nodeModules(), '.cache', 'juesuan');
  mkdirSync(dir, { recursive: true });
  removeOrphans(dir);
  const file = join(dir, `batch-worker-${process.pid}-${randomUUID()}.mjs`);
  try {
    await build({
      entryPoints: [fileURLToPath(entry)],
      outfile: file,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      logLevel: 'silent',
    });
  } catch (e) {
    rmSync(file, { force: true });
    throw e;
  }
  return { url: pathToFileURL(file), remove: () => rmSync(file, { force: true }) };
}
