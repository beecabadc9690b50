/**
 * @module Embedded fonts for the HTML report (I/O at the edge): Noto Serif SC (body) and Noto Sans SC
 * (headings, tables) at 400 and 700, each subset with HarfBuzz to exactly the characters of a text, as WOFF
 * data-URL @font-face rules (WOFF's zlib is made in milliseconds; WOFF2's Brotli took ~0.3 s per face). The
 * last few subsets are kept in memory per (face, character set).
 */
import { FACE_MODULES, type FaceName } from '../fonts/faces.ts';
import { subsetFace } from '../fonts/service.ts';
import { sfntToWoff } from '../fonts/woff.ts';
import { SANS_FAMILY, SERIF_FAMILY } from './font-stacks.ts';
import { distinctCharacters } from './font-text.ts';

/** A font face to embed: its CSS family and weight, its PostScript name and the TTF in node_modules. */
export type EmbeddedFace = {
  readonly family: string;
  readonly weight: 400 | 700;
  readonly name: FaceName;
  readonly module: string;
};

function face(family: string, weight: 400 | 700, name: FaceName): EmbeddedFace {
  return { family, weight, name, module: FACE_MODULES[name] };
}

/** The faces buildFontCss embeds. */
export const EMBEDDED_FACES: readonly EmbeddedFace[] = [
  face(SERIF_FAMILY, 400, 'NotoSerifSC-Regular'),
  face(SERIF_FAMILY, 700, 'NotoSerifSC-Bold'),
  face(SANS_FAMILY, 400, 'NotoSansSC-Regular'),
  face(SANS_FAMILY, 700, 'NotoSansSC-Bold'),
];

/**
 * Subsets kept in memory (4 faces × 2 texts: a document and its draft, say). Small, as a batch build makes a
 * new character set for every department and would otherwise hold dead subsets of ~0.5 MB each.
 */
const CACHE_LIMIT = 8;
const cache = new Map<string, Promise<string>>();

/** The base64 WOFF subset of a face to a set of characters, from the cache when there. */
function subsetBase64(face: EmbeddedFace, chars: string): Promise<string> {
  const key = `${face.name}\u0000${chars}`;
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key); // re-insert: most recently used last
    cache.set(key, hit);
    return hit;
  }
  const made = subsetFace(face.name, chars, { layoutClosure: false }).then((ttf) =>
    sfntToWoff(ttf).toString('base64'),
  );
  made.catch(() => cache.delete(key));
  cache.set(key, made);
  while (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  return made;
}

/** One @font-face rule with a WOFF data URL. */
function fontFaceRule(face: EmbeddedFace, base64: string): string {
  return (
    `@font-face { font-family: "${face.family}"; font-style: normal; font-weight: ${face.weight}; ` +
    `font-display: swap; src: url(data:font/woff;base64,${base64}) format("woff"); }`
  );
}

/** @font-face CSS embedding the four faces subset to exactly the characters of text ('' for no text). */
export async function buildFontCss(text: string): Promise<string> {
  const chars = distinctCharacters(text);
  if (chars.trim() === '') return '';
  const rules = await Promise.all(
    EMBEDDED_FACES.map(async (f) => fontFaceRule(f, await subsetBase64(f, chars))),
  );
  return `${rules.join('\n')}\n`;
}

/** Drops the cached subsets (for tests and long-running processes). */
export function clearFontCache(): void {
  cache.clear();
}
