/**
 * @module Write a set of files into a folder all at once: everything goes to a staging folder beside the
 * target, which then replaces the target, so a reader never sees a half-written disclosure.
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Replace `dir` with exactly these files (paths relative to dir). */
export function writeDirAtomically(dir: string, files: ReadonlyMap<string, string | Uint8Array>): void {
  const parent = dirname(dir);
  mkdirSync(parent, { recursive: true });
  const staging = `${dir}.tmp-${process.pid}-${Date.now()}`;
  const old = `${dir}.old-${process.pid}-${Date.now()}`;
  try {
    for (const [rel, content] of files) {
      const path = join(staging, rel);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
    }
    if (existsSync(dir)) renameSync(dir, old);
    renameSync(staging, dir);
    rmSync(old, { recursive: true, force: true });
  } catch (e) {
    rmSync(staging, { recursive: true, force: true });
    if (existsSync(old) && !existsSync(dir)) renameSync(old, dir);
    throw e;
  }
}
