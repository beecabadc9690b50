/**
 * @module The batch worker as one JavaScript file. esbuild bundles worker.ts with the project modules it
 * imports (packages stay imports) into node_modules/.cache/juesuan/, beside the packages they import, so a
 * worker thread loads plain JavaScript instead of registering the TypeScript loader itself: that loader is a
 * thread and a transform cache of its own per worker, ~70 MB each. One file per batch, removed after it.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
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

/** Bundles a TypeScript worker module (a file URL) into a JavaScript file that imports the packages in place. */
export async function bundleWorker(entry: URL): Promise<BundledWorker> {
  const { build } = await import('esbuild');
  const dir = join(nodeModules(), '.cache', 'juesuan');
  mkdirSync(dir, { recursive: true });
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
