/**
 * @module PDF text geometry: text items (position, width, font size, in PDF user space with y upwards)
 * grouped into lines by baseline, each line split into segments where the gap between items is wide
 * (a column gap or a tab stop); segments are joined with a space where the gap is wide or between
 * figures and words, directly between Chinese characters.
 */
import { joinWrapped, tidy } from './layout.ts';

/** One run of text as pdf.js reports it: baseline start (x, y), advance width, font size. */
export type Item = {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly size: number;
};

/** Text between two wide gaps of a line. */
export type Segment = { readonly text: string; readonly x0: number; readonly x1: number };

export type Line = {
  readonly page: number;
  readonly y: number;
  readonly x0: number;
  readonly x1: number;
  readonly size: number;
  readonly text: string;
  readonly segments: readonly Segment[];
  readonly items: readonly Item[];
};

/** A gap wider than this many font sizes separates segments (cells of an unruled table, tab stops). */
export const SEGMENT_GAP = 0.6;
/** A gap wider than this many font sizes is shown as a space between Chinese text too. */
const WIDE_GAP = 1.5;

/** A pdf.js text item: string, transform matrix, width. */
type RawItem = { readonly str: string; readonly transform: readonly number[]; readonly width: number };

/** Horizontal text items with their geometry; rotated text (watermarks, vertical labels) is left out. */
export function itemsOf(raw: readonly unknown[]): Item[] {
  const out: Item[] = [];
  for (const r of raw) {
    if (typeof r !== 'object' || r === null || !('str' in r)) continue;
    const { str, transform, width } = r as RawItem;
    if (str.trim() === '') continue;
    const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = transform;
    if (Math.abs(b) > 0.05 * Math.abs(a) || Math.abs(c) > 0.05 * Math.abs(d) || a === 0) continue;
    const size = Math.abs(d);
    if (size < 1) continue;
    out.push({ text: str, x: e, y: f, w: Math.abs(width), size });
  }
  return out;
}

/** Items of one visual line joined: wrapped-text rules within a segment, a space across a wide gap. */
function segmentsOf(items: readonly Item[]): Segment[] {
  const sorted = [...items].sort((p, q) => p.x - q.x);
  const segs: { text: string; x0: number; x1: number }[] = [];
  for (const it of sorted) {
    const last = segs[segs.length - 1];
    const gap = last ? it.x - last.x1 : Number.POSITIVE_INFINITY;
    if (last && gap <= SEGMENT_GAP * it.size) {
      const spaced = gap > 0.2 * it.size && /[A-Za-z0-9]$/.test(last.text) && /^[A-Za-z0-9]/.test(it.text);
      last.text = spaced ? `${last.text} ${tidy(it.text)}` : joinWrapped(last.text, tidy(it.text));
      last.x1 = Math.max(last.x1, it.x + it.w);
    } else segs.push({ text: tidy(it.text), x0: it.x, x1: it.x + it.w });
  }
  return segs;
}

/** Builds a line from items on one baseline. */
export function makeLine(page: number, items: readonly Item[]): Line {
  const segments = segmentsOf(items);
  const size = items.reduce((m, i) => (i.text.length > m.n ? { n: i.text.length, s: i.size } : m), {
    n: 0,
    s: 0,
  }).s;
  return {
    page,
    y: Math.max(...items.map((i) => i.y)),
    x0: Math.min(...segments.map((s) => s.x0)),
    x1: Math.max(...segments.map((s) => s.x1)),
    size,
    text: segments.reduce((t, s, i) => {
      if (i === 0) return s.text;
      const prev = segments[i - 1]!;
      const wide =
        s.x0 - prev.x1 >= WIDE_GAP * size || (/[A-Za-z0-9%.)]$/.test(t) && /^[-A-Za-z0-9(]/.test(s.text));
      return wide ? `${t} ${s.text}` : joinWrapped(t, s.text);
    }, ''),
    segments,
    items,
  };
}

/** Groups items into lines (top to bottom) by baseline, within 0.4 of the font size. */
export function linesOf(page: number, items: readonly Item[]): Line[] {
  const sorted = [...items].sort((p, q) => q.y - p.y || p.x - q.x);
  const groups: Item[][] = [];
  let baseline = Number.NaN;
  for (const it of sorted) {
    const group = groups[groups.length - 1];
    if (group && Math.abs(baseline - it.y) <= 0.4 * Math.min(it.size, group[0]!.size)) group.push(it);
    else {
      groups.push([it]);
      baseline = it.y;
    }
  }
  return groups.map((g) => makeLine(page, g));
}

/** Text of items inside one table cell: lines top to bottom, joined as wrapped text. */
export function cellTextOf(items: readonly Item[]): string {
  return linesOf(0, items)
    .map((l) => l.text)
    .reduce(joinWrapped, '');
}
