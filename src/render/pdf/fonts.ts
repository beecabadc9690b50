/**
 * @module The PDF's fonts: static Noto Serif SC (body) and Noto Sans SC (headings, tables, charts), 400 and
 * 700, read from node_modules, subset with HarfBuzz to the characters the document draws (cached per
 * character set) and handed to pdfmake as in-memory TrueType buffers — no system font, no font path.
 */
import type { FontDescriptor } from 'pdfmake';
import { FACE_NAMES, type FaceName } from '../fonts/faces.ts';
import { faceMetrics, subsetFace } from '../fonts/service.ts';
import { type Advance, fontAdvance } from './metrics.ts';

/** pdfmake family of the body text. */
export const SERIF = 'Noto Serif SC';
/** pdfmake family of headings, tables and chart text (the family the chart SVGs ask for). */
export const SANS = 'Noto Sans SC';

/**
 * The families for pdfmake (file names in the font file system). The in-memory file names ARE the PostScript
 * names: svg-to-pdfkit opens a chart's font by the file name pdfmake gives it, and pdfkit finds an
 * already-embedded font by that name.
 */
export const FONT_FAMILIES: Readonly<Record<string, FontDescriptor>> = {
  [SERIF]: { normal: 'NotoSerifSC-Regular', bold: 'NotoSerifSC-Bold' },
  [SANS]: { normal: 'NotoSansSC-Regular', bold: 'NotoSansSC-Bold' },
};

/** Subset TrueType fonts by file name. */
export type FontFiles = Readonly<Record<string, Buffer>>;

/** Printable ASCII and the page-number dash are always in the subset (page numbers, URLs, codes). */
const ALWAYS = `${Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('')}—`;
/** Character sets whose subsets are kept (a batch build makes a new one for every department). */
const MAX_CACHED_SETS = 2;

const subsets = new Map<string, Promise<FontFiles>>();

/** The sorted distinct characters of a text plus the always-present ones (the subset's cache key). */
export function characterSet(text: string): string {
  const chars = new Set<string>(ALWAYS);
  for (const ch of text) if (ch >= ' ') chars.add(ch);
  return [...chars].sort().join('');
}

async function makeSubsets(chars: string): Promise<FontFiles> {
  const entries = await Promise.all(
    FACE_NAMES.map(async (name) => [name, await subsetFace(name, chars, { layout: false })] as const),
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
  metrics ??= Promise.all(
    FACE_NAMES.map(async (name: FaceName) => [name, fontAdvance(await faceMetrics(name))] as const),
  ).then((entries) => {
    const byName = new Map<string, Advance>(entries);
    return (family, bold) => {
      const descriptor = FONT_FAMILIES[family];
      const advance = byName.get((bold ? descriptor?.bold : descriptor?.normal) ?? '');
      if (!advance) throw new Error(`No metrics for font '${family}'${bold ? ' bold' : ''}`);
      return advance;
    };
  });
  metrics.catch(() => {
    metrics = undefined;
  });
  return metrics;
}
