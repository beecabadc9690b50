/** The batch worker bundled by the real esbuild: JavaScript beside the packages it imports, removed after use. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
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

test("a killed batch's bundle goes when the next batch starts; a running process's stays", async () => {
  const cache = join(
    dirname(dirname(fileURLToPath(import.meta.resolve('esbuild/package.json')))),
    '.cache',
    'juesuan',
  );
  // A process that has ended: its id is free (not reused this soon on a machine with a large pid space).
  const ended = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
  const deadPid = Number(ended.stdout.trim());
  const orphan = join(cache, `batch-worker-${deadPid}-00000000-0000-4000-8000-000000000000.mjs`);
  const living = join(cache, `batch-worker-${process.ppid}-00000000-0000-4000-8000-000000000001.mjs`);
  const other = join(cache, 'someone-elses.mjs');
  const bundle = await bundleWorker(new URL('./worker.ts', import.meta.url)).then(async (b) => {
    b.remove();
    for (const f of [orphan, living, other]) writeFileSync(f, '// test\n');
    return bundleWorker(new URL('./worker.ts', import.meta.url));
  });
  try {
    assert.ok(!existsSync(orphan), "the ended process's bundle is removed");
    assert.ok(existsSync(living), "a running process's bundle is kept");
    assert.ok(existsSync(other), 'files that are not batch bundles are left alone');
  } finally {
    bundle.remove();
    rmSync(living, { force: true });
    rmSync(other, { force: true });
    rmSync(orphan, { force: true });
  }
});
