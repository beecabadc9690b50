/**
 * @module A face's metric tables alone ('head', 'hhea', 'hmtx', 'cmap') as a small sfnt: all a text measurer
 * needs of a 10–15 MB CJK font, in well under 1 MB, so a thread that measures text need not hold the font.
 */

/** The tables kept, in tag order (as an sfnt's table directory wants them). */
const KEPT = ['cmap', 'head', 'hhea', 'hmtx'] as const;

/** Where a table is in an sfnt. */
export type SfntTable = { readonly offset: number; readonly length: number };

/** The font's tables by tag: offset and length. */
export function tableDirectory(font: Buffer): Map<string, SfntTable> {
  const map = new Map<string, SfntTable>();
  const count = font.readUInt16BE(4);
  for (let i = 0; i < count; i++) {
    const at = 12 + 16 * i;
    map.set(font.toString('latin1', at, at + 4), {
      offset: font.readUInt32BE(at + 8),
      length: font.readUInt32BE(at + 12),
    });
  }
  return map;
}

const pad4 = (n: number) => (n + 3) & ~3;

/** The metric tables of a TrueType or OpenType font as an sfnt of their own (checksums left zero). */
export function metricTables(font: Buffer): Buffer {
  const directory = tableDirectory(font);
  const tables = KEPT.map((tag) => {
    const t = directory.get(tag);
    if (!t) throw new Error(`The font has no '${tag}' table`);
    return { tag, bytes: font.subarray(t.offset, t.offset + t.length) };
  });
  const headerSize = 12 + 16 * tables.length;
  const out = Buffer.alloc(headerSize + tables.reduce((n, t) => n + pad4(t.bytes.length), 0));
  out.writeUInt32BE(font.readUInt32BE(0), 0); // sfnt version
  out.writeUInt16BE(tables.length, 4);
  const power = 2 ** Math.floor(Math.log2(tables.length));
  out.writeUInt16BE(power * 16, 6);
  out.writeUInt16BE(Math.log2(power), 8);
  out.writeUInt16BE(tables.length * 16 - power * 16, 10);
  let offset = headerSize;
  tables.forEach((t, i) => {
    const at = 12 + 16 * i;
    out.write(t.tag, at, 'latin1');
    out.writeUInt32BE(offset, at + 8);
    out.writeUInt32BE(t.bytes.length, at + 12);
    t.bytes.copy(out, offset);
    offset += pad4(t.bytes.length);
  });
  return out;
}
