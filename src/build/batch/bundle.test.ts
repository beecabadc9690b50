/** The batch worker bundled by the real esbuild: JavaScript beside the packages it imports, removed after use. */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleWorker } from './bundle.ts';

test('the worker bundles to one ES module under node_modules/.cache that imports its packages in place', async () => {
  const bundle = await bundleWorker(new URL('./worker.ts', import.meta.url));
  const file = fileURLToPath(bundle.url);
  try {
    assert.match(file, /node_modules[/\\]\.cache[/\\]juesuan[/\\]batch-worker-\d+-[0-9a-f-]+\.mjs$/);
    const code = readFileSync(file, 'utf8');
    assert.match(code, /from "docx"/, 'docx stays a package import');
    assert.match(code, /from "pdfmake"/, 'pdfmake stays a package import');
    assert.doesNotMatch(
      code,
      /from "\.{1,2}\//,
      'no relative import is left: the project modules are inside',
    );
    assert.match(code, /function buildOne\b|buildOne/, 'the build is in it');
  } finally {
    bundle.remove();
  }
  assert.ok(!existsSync(file), 'removed');
});

test('an entry that does not compile is refused and leaves no file behind', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'juesuan-bundle-'));
  const cache = join(
    dirname(dirname(fileURLToPath(import.meta.resolve('esbuild/package.json')))),
    '.cache',
    'juesuan',
  );
  // Other test files may bundle at the same time: only this process's files are looked at.
  const mine = () =>
    (existsSync(cache) ? readdirSync(cache) : []).filter((f) => f.includes(`-${process.pid}-`));
  try {
    const entry = join(dir, 'broken.ts');
    writeFileSync(entry, 'export const x = ;\n');
    await assert.rejects(bundleWorker(pathToFileURL(entry)));
    assert.deepEqual(mine(), []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
