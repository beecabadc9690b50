/**
 * @module Horizontal metrics of a TrueType font read from its 'cmap' (formats 12 and 4), 'hhea', 'hmtx' and
 * 'head' tables: the advance width of a character in ems, for laying out lines of body text.
 */

import { type SfntTable as Table, tableDirectory as tables } from '../fonts/metric-tables.ts';

/** Advance width of a code point in ems (0 for a character the font lacks). */
export type Advance = (codePoint: number) => number;

function need(map: Map<string, Table>, tag: string): Table {
  const t = map.get(tag);
  if (!t) throw new Error(`The font has no '${tag}' table`);
  return t;
}

/** A code point → glyph id lookup from the best Unicode subtable of 'cmap'. */
function glyphLookup(font: Buffer, cmap: Table): (cp: number) => number {
  const count = font.readUInt16BE(cmap.offset + 2);
  let format4: number | undefined;
  for (let i = 0; i < count; i++) {
    const at = cmap.offset + 4 + 8 * i;
    const [platform, encoding] = [font.readUInt16BE(at), font.readUInt16BE(at + 2)];
    const sub = cmap.offset + font.readUInt32BE(at + 4);
    const format = font.readUInt16BE(sub);
    if (format === 12 && (platform === 0 || (platform === 3 && encoding === 10))) {
      const groups = font.readUInt32BE(sub + 12);
      return (cp) => {
        let [lo, hi] = [0, groups - 1];
        while (lo <= hi) {
          const mid = (lo + hi) >> 1;
          const g = sub + 16 + 12 * mid;
          if (cp < font.readUInt32BE(g)) hi = mid - 1;
          else if (cp > font.readUInt32BE(g + 4)) lo = mid + 1;
          else return font.readUInt32BE(g + 8) + cp - font.readUInt32BE(g);
        }
        return 0;
      };
    }
    if (format === 4 && (platform === 0 || (platform === 3 && encoding === 1))) format4 = sub;
  }
  if (format4 === undefined) throw new Error('The font has no Unicode cmap');
  const sub = format4;
  const segs = font.readUInt16BE(sub + 6) / 2;
  const ends = sub + 14;
  const starts = ends + 2 * segs + 2;
  const deltas = starts + 2 * segs;
  const ranges = deltas + 2 * segs;
  return (cp) => {
    if (cp > 0xffff) return 0;
    for (let i = 0; i < segs; i++) {
      if (cp > font.readUInt16BE(ends + 2 * i)) continue;
      const start = font.readUInt16BE(starts + 2 * i);
      if (cp < start) return 0;
      const delta = font.readInt16BE(deltas + 2 * i);
      const range = font.readUInt16BE(ranges + 2 * i);
      if (range === 0) return (cp + delta) & 0xffff;
      const g = font.readUInt16BE(ranges + 2 * i + range + 2 * (cp - start));
      return g === 0 ? 0 : (g + delta) & 0xffff;
    }
    return 0;
  };
}

/** Reads a font's advance widths (lazily, with a per-character cache). */
export function fontAdvance(font: Buffer): Advance {
  const map = tables(font);
  const unitsPerEm = font.readUInt16BE(need(map, 'head').offset + 18);
  const longMetrics = font.readUInt16BE(need(map, 'hhea').offset + 34);
  const hmtx = need(map, 'hmtx').offset;
  const glyph = glyphLookup(font, need(map, 'cmap'));
  const cache = new Map<number, number>();
  return (cp) => {
    let ems = cache.get(cp);
    if (ems === undefined) {
      const gid = glyph(cp);
      ems = gid === 0 ? 0 : font.readUInt16BE(hmtx + 4 * Math.min(gid, longMetrics - 1)) / unitsPerEm;
      cache.set(cp, ems);
    }
    return ems;
  };
}
