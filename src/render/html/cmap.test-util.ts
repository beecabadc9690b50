/**
 * @module Test helper: the code points a font maps (its cmap), read from a TrueType, WOFF or WOFF2 file
 * (the cmap table is never transformed in WOFF2, so brotli-decompressing the table stream is enough).
 */
import { brotliDecompressSync, inflateSync } from 'node:zlib';

const KNOWN_TAGS = [
  'cmap',
  'head',
  'hhea',
  'hmtx',
  'maxp',
  'name',
  'OS/2',
  'post',
  'cvt ',
  'fpgm',
  'glyf',
  'loca',
];

function base128(buf: Buffer, pos: number): [number, number] {
  let value = 0;
  for (let i = 0; i < 5; i++) {
    const b = buf[pos + i]!;
    value = value * 128 + (b & 0x7f);
    if ((b & 0x80) === 0) return [value, pos + i + 1];
  }
  throw new Error('bad UIntBase128');
}

/** The cmap table of a WOFF2 font. */
function woff2Cmap(buf: Buffer): Buffer {
  if (buf.readUInt32BE(0) !== 0x774f4632) throw new Error('not WOFF2');
  const numTables = buf.readUInt16BE(12);
  const compressedSize = buf.readUInt32BE(20);
  let pos = 48;
  const tables: { tag: string; length: number }[] = [];
  for (let i = 0; i < numTables; i++) {
    const flags = buf[pos++]!;
    let tag = KNOWN_TAGS[flags & 0x3f] ?? `#${flags & 0x3f}`;
    if ((flags & 0x3f) === 0x3f) {
      tag = buf.toString('latin1', pos, pos + 4);
      pos += 4;
    }
    const version = flags >> 6;
    let length: number;
    [length, pos] = base128(buf, pos);
    const transformed = tag === 'glyf' || tag === 'loca' ? version === 0 : version !== 0;
    if (transformed) [length, pos] = base128(buf, pos);
    tables.push({ tag, length });
  }
  const stream = brotliDecompressSync(buf.subarray(pos, pos + compressedSize));
  let offset = 0;
  for (const t of tables) {
    if (t.tag === 'cmap') return stream.subarray(offset, offset + t.length);
    offset += t.length;
  }
  throw new Error('no cmap');
}

/** The cmap table of a WOFF font (zlib-compressed unless stored as is). */
function woffCmap(buf: Buffer): Buffer {
  const numTables = buf.readUInt16BE(12);
  for (let i = 0; i < numTables; i++) {
    const rec = 44 + 20 * i;
    if (buf.toString('latin1', rec, rec + 4) === 'cmap') {
      const [offset, compLength, origLength] = [4, 8, 12].map((d) => buf.readUInt32BE(rec + d)) as [
        number,
        number,
        number,
      ];
      const data = buf.subarray(offset, offset + compLength);
      return compLength < origLength ? inflateSync(data) : data;
    }
  }
  throw new Error('no cmap');
}

/** The cmap table of a TrueType/OpenType font. */
function sfntCmap(buf: Buffer): Buffer {
  const numTables = buf.readUInt16BE(4);
  for (let i = 0; i < numTables; i++) {
    const rec = 12 + 16 * i;
    if (buf.toString('latin1', rec, rec + 4) === 'cmap') {
      const offset = buf.readUInt32BE(rec + 8);
      return buf.subarray(offset, offset + buf.readUInt32BE(rec + 12));
    }
  }
  throw new Error('no cmap');
}

function addFormat4(t: Buffer, into: Set<number>): void {
  const segs = t.readUInt16BE(6) / 2;
  const ends = 14;
  const starts = ends + 2 * segs + 2;
  const deltas = starts + 2 * segs;
  const ranges = deltas + 2 * segs;
  for (let i = 0; i < segs; i++) {
    const end = t.readUInt16BE(ends + 2 * i);
    const start = t.readUInt16BE(starts + 2 * i);
    const delta = t.readUInt16BE(deltas + 2 * i);
    const rangeAt = ranges + 2 * i;
    const range = t.readUInt16BE(rangeAt);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph = 0;
      if (range === 0) glyph = (c + delta) & 0xffff;
      else {
        const g = t.readUInt16BE(rangeAt + range + 2 * (c - start));
        glyph = g === 0 ? 0 : (g + delta) & 0xffff;
      }
      if (glyph !== 0) into.add(c);
    }
  }
}

function addFormat12(t: Buffer, into: Set<number>): void {
  const groups = t.readUInt32BE(12);
  for (let i = 0; i < groups; i++) {
    const g = 16 + 12 * i;
    const start = t.readUInt32BE(g);
    const end = t.readUInt32BE(g + 4);
    const glyph = t.readUInt32BE(g + 8);
    for (let c = start; c <= end; c++) if (glyph + (c - start) !== 0) into.add(c);
  }
}

/** The Unicode code points a font (TTF/OTF, WOFF or WOFF2) maps to a glyph. */
export function mappedCodePoints(font: Buffer): Set<number> {
  const signature = font.readUInt32BE(0);
  const cmap =
    signature === 0x774f4632 ? woff2Cmap(font) : signature === 0x774f4646 ? woffCmap(font) : sfntCmap(font);
  const out = new Set<number>();
  const n = cmap.readUInt16BE(2);
  for (let i = 0; i < n; i++) {
    const platform = cmap.readUInt16BE(4 + 8 * i);
    const encoding = cmap.readUInt16BE(6 + 8 * i);
    if (!(platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10)))) continue;
    const sub = cmap.subarray(cmap.readUInt32BE(8 + 8 * i));
    const format = sub.readUInt16BE(0);
    if (format === 4) addFormat4(sub, out);
    else if (format === 12) addFormat12(sub, out);
  }
  return out;
}
