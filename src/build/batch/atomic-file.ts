/** @module Writing one file so that a reader sees the old file or the whole new one, never a part. */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Writes `content` to a temporary file beside `path`, then renames it over `path`. */
export function writeFileAtomically(path: string, content: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const staging = `${path}.tmp-${process.pid}-${Date.now()}`;
  try {
    writeFileSync(staging, content);
    renameSync(staging, path);
  } catch (e) {
    rmSync(staging, { force: true });
    throw e;
  }
}
