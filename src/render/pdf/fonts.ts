/**
 * @module The PDF's fonts: static Noto Serif SC (body) and Noto Sans SC (headings, tables, charts), 400 and
 * 700, read from node_modules, subset with HarfBuzz to the characters the document draws (cached per
 * character set) and handed to pdfmake as in-memory TrueType buffers — no system font, no font path.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { FontDescriptor } from 'pdfmake';
import subsetFont from 'subset-font';
import { type Advance, fontAdvance } from './metrics.ts';

/** pdfmake family of the body text. */
export const SERIF = 'Noto Serif SC';
/** pdfmake family of headings, tables and chart text (the family the chart SVGs ask for). */
export const SANS = 'Noto Sans SC';

/**
 * Font files by PostScript name. The in-memory file names ARE the PostScript names: svg-to-pdfkit opens a
 * chart's font by the file name pdfmake gives it, and pdfkit finds an already-embedded font by that name.
 */
const FILES = {
  'NotoSerifSC-Regular': '@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf',
  'NotoSerifSC-Bold': '@expo-google-fonts/noto-serif-sc/700Bold/NotoSerifSC_700Bold.ttf',
  'NotoSansSC-Regular': '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  'NotoSansSC-Bold': '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
} as const;

type FontName = keyof typeof FILES;
const NAMES = Object.keys(FILES) as FontName[];

/** The families for pdfmake (file names in the font file system). */
export const FONT_FAMILIES: Readonly<Record<string, FontDescriptor>> = {
  [SERIF]: { normal: 'NotoSerifSC-Regular', bold: 'NotoSerifSC-Bold' },
  [SANS]: { normal: 'NotoSansSC-Regular', bold: 'NotoSansSC-Bold' },
};

/** Subset TrueType fonts by file name. */
export type FontFiles = Readonly<Record<string, Buffer>>;

/** Printable ASCII and the page-number dash are always in the subset (page numbers, URLs, codes). */
const ALWAYS = `${Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('')}—`;
const MAX_CACHED_SETS = 8;

const require = createRequire(import.meta.url);
const fullFonts = new Map<FontName, Promise<Buffer>>();
const subsets = new Map<string, Promise<FontFiles>>();

function fullFont(name: FontName): Promise<Buffer> {
  let p = fullFonts.get(name);
  if (!p) {
    p = readFile(require.resolve(FILES[name]));
    p.catch(() => fullFonts.delete(name));
    fullFonts.set(name, p);
  }
  return p;
}

/** The sorted distinct characters of a text plus the always-present ones (the subset's cache key). */
export function characterSet(text: string): string {
  const chars = new Set<string>(ALWAYS);
  for (const ch of text) if (ch >= ' ') chars.add(ch);
  return [...chars].sort().join('');
}

async function makeSubsets(chars: string): Promise<FontFiles> {
  const entries = await Promise.all(
    NAMES.map(async (name) => {
      const ttf = await subsetFont(await fullFont(name), chars, { targetFormat: 'truetype' });
      return [name, ttf] as const;
    }),
  );
  return Object.fromEntries(entries);
}

/** The four fonts subset to the characters of `text`; the last few character sets are cached. */
export function subsetFonts(text: string): Promise<FontFiles> {
  const key = characterSet(text);
  const hit = subsets.get(key);
  if (hit) {
    subsets.delete(key);
    subsets.set(key, hit); // most recently used last
    return hit;
  }
  const p = makeSubsets(key);
  p.catch(() => subsets.delete(key));
  subsets.set(key, p);
  while (subsets.size > MAX_CACHED_SETS) subsets.delete(subsets.keys().next().value!);
  return p;
}

/** Advance widths of the family's regular or bold face. */
export type Metrics = (family: string, bold: boolean) => Advance;

let metrics: Promise<Metrics> | undefined;

/** The metrics of the four fonts, read from the full font files once per process. */
export function fontMetrics(): Promise<Metrics> {
  metrics ??= Promise.all(NAMES.map(async (name) => [name, fontAdvance(await fullFont(name))] as const)).then(
    (entries) => {
      const byName = new Map<string, Advance>(entries);
      return (family, bold) => {
        const descriptor = FONT_FAMILIES[family];
        const advance = byName.get((bold ? descriptor?.bold : descriptor?.normal) ?? '');
        if (!advance) throw new Error(`No metrics for font '${family}'${bold ? ' bold' : ''}`);
        return advance;
      };
    },
  );
  metrics.catch(() => {
    metrics = undefined;
  });
  return metrics;
}
