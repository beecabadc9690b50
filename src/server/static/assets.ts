/**
 * @module The internal system's static files (stylesheet and the live-findings script), read once at
 * start and served from memory with an ETag.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A static file in memory. */
export type Asset = { readonly body: string; readonly contentType: string; readonly etag: string };

const FILES: Readonly<Record<string, string>> = {
  'app.css': 'text/css; charset=utf-8',
  'findings.js': 'text/javascript; charset=utf-8',
  'favicon.svg': 'image/svg+xml',
};

/** Every static file by name. */
export function loadAssets(): ReadonlyMap<string, Asset> {
  const out = new Map<string, Asset>();
  for (const [name, contentType] of Object.entries(FILES)) {
    const body = readFileSync(join(import.meta.dirname, name), 'utf8');
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 16)}"`;
    out.set(name, { body, contentType, etag });
  }
  return out;
}
