/**
 * @module Embedded fonts for the HTML report (I/O at the edge): Noto Serif SC (body) and Noto Sans SC
 * (headings, tables) at 400 and 700, each subset with harfbuzz (subset-font) to exactly the characters of
 * a text, as WOFF2 data-URL @font-face rules. Subsets are cached in memory per (font, character set).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';
import { SANS_FAMILY, SERIF_FAMILY } from './font-stacks.ts';
import { distinctCharacters } from './font-text.ts';

/** A font face to embed: its CSS family and weight, and the TTF in node_modules. */
export type EmbeddedFace = { readonly family: string; readonly weight: 400 | 700; readonly module: string };

/** The faces buildFontCss embeds. */
export const EMBEDDED_FACES: readonly EmbeddedFace[] = [
  {
    family: SERIF_FAMILY,
    weight: 400,
    module: '@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf',
  },
  {
    family: SERIF_FAMILY,
    weight: 700,
    module: '@expo-google-fonts/noto-serif-sc/700Bold/NotoSerifSC_700Bold.ttf',
  },
  {
    family: SANS_FAMILY,
    weight: 400,
    module: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  },
  {
    family: SANS_FAMILY,
    weight: 700,
    module: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
  },
];

/** Subsets kept in memory (4 faces × 16 texts); the oldest is dropped first. */
const CACHE_LIMIT = 64;
const cache = new Map<string, Promise<string>>();
const resolveModule = createRequire(import.meta.url).resolve;

/** The base64 WOFF2 subset of a face to a set of characters, from the cache when there. */
function subsetBase64(face: EmbeddedFace, chars: string): Promise<string> {
  const key = `${face.module}\u0000${chars}`;
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key); // re-insert: most recently used last
    cache.set(key, hit);
    return hit;
  }
  const made = readFile(resolveModule(face.module))
    .then((ttf) => subsetFont(ttf, chars, { targetFormat: 'woff2', noLayoutClosure: true }))
    .then((woff2) => woff2.toString('base64'));
  made.catch(() => cache.delete(key));
  cache.set(key, made);
  while (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  return made;
}

/** One @font-face rule with a WOFF2 data URL. */
function fontFaceRule(face: EmbeddedFace, base64: string): string {
  return (
    `@font-face { font-family: "${face.family}"; font-style: normal; font-weight: ${face.weight}; ` +
    `font-display: swap; src: url(data:font/woff2;base64,${base64}) format("woff2"); }`
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
