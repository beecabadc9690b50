/**
 * @module From PDF lines to the report's text: page furniture (running headers and footers, page
 * numbers), the table of contents and chart labels are removed; lines that wrap are joined into
 * paragraphs (also across a page break) by their geometry — a full line followed by an unindented line
 * of the same size continues the paragraph.
 */
import { lineMarker } from '../facts/markers.ts';
import { normaliseCell } from '../normalise.ts';
import { joinWrapped } from './layout.ts';
import type { Line } from './pdf-lines.ts';

/** A page's lines with its vertical extent (PDF user space, y upwards). */
export type PageLines = {
  readonly page: number;
  readonly bottom: number;
  readonly top: number;
  lines: Line[];
};

const BAND = 0.08;
const PAGE_NUMBER =
  /^[-—–\s]*\d{1,4}[-—–\s]*$|^第\s*\d+\s*页(\s*[，,/]?\s*共\s*\d+\s*页)?$|^\d+\s*\/\s*\d+$|^page\s*\d+(\s*of\s*\d+)?$/i;
const TOC_ENTRY = /(?:[.·…．\-_]{3,}|\s)\s*\d{1,4}$/;
const CAPTION = /^(图|图表|figure)\s*\d+/i;

const norm = (l: Line) => normaliseCell(l.text);

/** Running headers/footers (the same text, digits aside, in the top or bottom band of several pages) and page numbers. */
export function removeFurniture(pages: readonly PageLines[]): void {
  const inBand = (p: PageLines, l: Line) => {
    const h = p.top - p.bottom;
    return l.y > p.top - BAND * h || l.y < p.bottom + BAND * h;
  };
  const seen = new Map<string, Set<number>>();
  const keyOf = (l: Line) => `${Math.round(l.y / 4)}|${norm(l).replace(/\d+/g, '#').replace(/\s+/g, '')}`;
  for (const p of pages)
    for (const l of p.lines)
      if (inBand(p, l)) seen.set(keyOf(l), (seen.get(keyOf(l)) ?? new Set()).add(p.page));
  // On every page of a short document, or on at least three and a third of the pages of a long one.
  const repeated = Math.min(pages.length, Math.max(3, Math.ceil(pages.length * 0.3)));
  for (const p of pages)
    p.lines = p.lines.filter(
      (l) =>
        !inBand(p, l) ||
        !(PAGE_NUMBER.test(norm(l)) || (pages.length > 1 && (seen.get(keyOf(l))?.size ?? 0) >= repeated)),
    );
}

/** Whether a line is a table-of-contents entry: a title, then dot leaders or a gap, then a page number. */
function tocEntry(l: Line, pages: number): boolean {
  const last = l.segments[l.segments.length - 1]!;
  const n = Number(last.text);
  if (l.segments.length >= 2 && /^\d{1,4}$/.test(last.text)) return n <= pages + 10;
  return TOC_ENTRY.test(l.text) && /[.·…．]{3,}/.test(l.text);
}

/** Drops the table of contents: pages where most lines are entries lose them and their "目录" title. */
export function removeToc(pages: readonly PageLines[]): void {
  for (const p of pages) {
    const entries = p.lines.filter((l) => tocEntry(l, pages.length));
    if (entries.length < 3 || entries.length * 2 < p.lines.length) continue;
    p.lines = p.lines.filter((l) => !entries.includes(l) && !/^目\s*录$|^contents$/i.test(norm(l)));
  }
}

/** The font size most text is set in. */
export function bodySizeOf(pages: readonly PageLines[]): number {
  const chars = new Map<number, number>();
  for (const p of pages)
    for (const l of p.lines)
      chars.set(Math.round(l.size * 2) / 2, (chars.get(Math.round(l.size * 2) / 2) ?? 0) + l.text.length);
  let best: [number, number] = [12, 0];
  for (const [s, n] of chars) if (n > best[1]) best = [s, n];
  return best[0];
}

/** Drops chart labels: smaller-than-body lines right above (or below) a figure caption ("图1：…"). */
export function removeChartLabels(p: PageLines, body: number): void {
  const drop = new Set<Line>();
  const small = (l: Line) => l.size < body * 0.92 && !CAPTION.test(norm(l));
  p.lines.forEach((l, i) => {
    if (!CAPTION.test(norm(l))) return;
    for (let k = i - 1; k >= 0 && small(p.lines[k]!); k -= 1) drop.add(p.lines[k]!);
    if (i === 0 || !small(p.lines[i - 1]!))
      for (let k = i + 1; k < p.lines.length && small(p.lines[k]!); k += 1) drop.add(p.lines[k]!);
  });
  if (drop.size > 0) p.lines = p.lines.filter((l) => !drop.has(l));
}

/** A paragraph: its text and the page where it starts. */
export type Paragraph = { text: string; page: number; y: number; last: Line; contX?: number; first: Line };

/** The text column of a page: its left edge and its right edge (where full lines end). */
export type Margins = { left: number; right: number };

const HANGING = /[，。、；：！？）」』”’,.;:!?)]$/;

/**
 * The text column from the body-size lines: the left edge is where lines start; the right edge is where the
 * longest lines end (a "。" hanging past the edge counted back). `fallback` serves a page without a full
 * line; without full lines anywhere the column is taken as centred on the page (`page`: its x extent).
 */
export function marginsOf(
  lines: readonly Line[],
  body: number,
  opts: { fallback?: Margins; page?: [number, number] } = {},
): Margins {
  const bodyLines = lines.filter((l) => Math.abs(l.size - body) <= body * 0.1);
  if (bodyLines.length === 0) return opts.fallback ?? { left: 0, right: Number.POSITIVE_INFINITY };
  const left = Math.min(...bodyLines.map((l) => l.x0));
  const right = Math.max(...bodyLines.map((l) => (HANGING.test(l.text) ? l.x1 - l.size : l.x1)));
  if (opts.fallback)
    return right < opts.fallback.right - 2 * body ? { left, right: opts.fallback.right } : { left, right };
  const centred = opts.page ? opts.page[1] - (left - opts.page[0]) : right;
  return { left, right: right < centred - 3 * body ? centred : right };
}

/** Width of the first unbreakable piece of a line (a number, a word, or one character with its punctuation). */
function leadWidth(l: Line): number {
  const lead = /^[\d.,%A-Za-z]+|^.[，。、；：！？）」』”’]?/u.exec(l.text)?.[0] ?? '';
  let w = 0;
  for (const ch of lead) w += /[\x20-\x7e]/.test(ch) ? 0.55 * l.size : l.size;
  return w;
}

const MARKER_START = (l: Line) => lineMarker(normaliseCell(l.text)) !== undefined;

/** Whether line `b` continues paragraph `p` (whose last line is on the same page unless `nextPage`). */
export function continues(p: Paragraph, b: Line, m: Margins, mb: Margins, nextPage: boolean): boolean {
  const a = p.last;
  if (Math.abs(a.size - b.size) > 0.1 * a.size) return false;
  // A is full when B's first word would not have fitted after it.
  if (a.x1 + leadWidth(b) < m.right - 0.5 * a.size) return false;
  if (!nextPage && (a.y - b.y <= 0 || a.y - b.y > 2.2 * a.size)) return false;
  const flush = b.x0 <= mb.left + 0.8 * b.size;
  const aligned = p.contX !== undefined && Math.abs(b.x0 - p.contX) <= 1;
  const hanging =
    p.contX === undefined && p.first === a && MARKER_START(a) && b.x0 > a.x0 && b.x0 <= a.x0 + 6 * a.size;
  if (!flush && !aligned && !hanging) return false;
  return !(MARKER_START(b) && /[。；：!?！？.;:]$/.test(a.text));
}

/** Appends line `b` to paragraph `p`. */
export function extend(p: Paragraph, b: Line): void {
  p.text = joinWrapped(p.text, b.text);
  p.contX ??= b.x0;
  p.last = b;
}
