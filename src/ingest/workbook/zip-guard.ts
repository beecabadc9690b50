/**
 * @module Checks an .xlsx (a zip) before any library parses it: the central directory must be whole,
 * every entry must inflate to exactly its declared size with a matching CRC, and the total decompressed
 * size, the number of cells and the merged area of the worksheets must stay within the limits (zip
 * bombs, truncated or tampered files). Also tells the container formats apart (zip, CFB) and finds an
 * encrypted (password-protected) workbook.
 */
import { crc32, inflateRawSync } from 'node:zlib';
import { ImportError } from './errors.ts';
import type { Limits } from './grid.ts';

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const MAX_ENTRIES = 10_000;
/** Cells an .xlsx may declare in its XML, counting empty formatted ones (exceljs allocates each). */
const XML_CELLS_FACTOR = 4;

/** What a file's first bytes say it is. */
export type Container = 'zip' | 'cfb' | 'encrypted' | 'other';

function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

/** The container of a file: a zip (.xlsx), a CFB (.xls), an encrypted OOXML package (CFB with an
 * EncryptedPackage stream) or something else. */
export function containerOf(bytes: Uint8Array): Container {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]))
    return 'zip';
  if (!startsWith(bytes, CFB_MAGIC)) return 'other';
  const marker = Buffer.from('EncryptedPackage', 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(marker) >= 0
    ? 'encrypted'
    : 'cfb';
}

type Entry = { name: string; method: number; crc: number; compSize: number; size: number; offset: number };

function corrupt(file: string, why: string): ImportError {
  return new ImportError(
    { file },
    `文件已损坏或不完整（${why}），无法读取；请重新从财务软件导出或用 Excel 另存后再导入`,
  );
}

function centralDirectory(buf: Buffer, file: string): Entry[] {
  const min = Math.max(0, buf.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = buf.length - 22; i >= min; i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw corrupt(file, '找不到压缩目录，文件可能被截断');
  const count = buf.readUInt16LE(eocd + 10);
  const cdSize = buf.readUInt32LE(eocd + 12);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) throw corrupt(file, '不支持的 ZIP64 格式');
  if (count > MAX_ENTRIES) throw corrupt(file, '压缩包条目过多');
  if (cdOffset + cdSize > eocd) throw corrupt(file, '压缩目录位置错误');
  const entries: Entry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > eocd || buf.readUInt32LE(p) !== 0x02014b50) throw corrupt(file, '压缩目录条目错误');
    const nameLen = buf.readUInt16LE(p + 28);
    const next = p + 46 + nameLen + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
    if (next > eocd) throw corrupt(file, '压缩目录条目错误');
    entries.push({
      method: buf.readUInt16LE(p + 10),
      crc: buf.readUInt32LE(p + 16),
      compSize: buf.readUInt32LE(p + 20),
      size: buf.readUInt32LE(p + 24),
      offset: buf.readUInt32LE(p + 42),
      name: buf.toString('utf8', p + 46, p + 46 + nameLen),
    });
    p = next;
  }
  return entries;
}

function inflateEntry(buf: Buffer, e: Entry, file: string): Buffer {
  if (e.offset + 30 > buf.length || buf.readUInt32LE(e.offset) !== 0x04034b50) {
    throw corrupt(file, `条目“${e.name}”的位置错误`);
  }
  const start = e.offset + 30 + buf.readUInt16LE(e.offset + 26) + buf.readUInt16LE(e.offset + 28);
  if (start + e.compSize > buf.length) throw corrupt(file, `条目“${e.name}”不完整`);
  const data = buf.subarray(start, start + e.compSize);
  let out: Buffer;
  if (e.method === 0) out = data;
  else if (e.method === 8) {
    try {
      out = inflateRawSync(data, { maxOutputLength: Math.max(1, e.size) });
    } catch {
      throw corrupt(file, `条目“${e.name}”无法解压或解压后大小与声明不符`);
    }
  } else throw corrupt(file, `条目“${e.name}”使用了不支持的压缩方式`);
  if (out.length !== e.size) throw corrupt(file, `条目“${e.name}”解压后大小与声明不符`);
  if (crc32(out) >>> 0 !== e.crc) throw corrupt(file, `条目“${e.name}”校验和不符`);
  return out;
}

function count(haystack: Buffer, needle: string): number {
  const n = Buffer.from(needle, 'latin1');
  let found = 0;
  for (let i = haystack.indexOf(n); i >= 0; i = haystack.indexOf(n, i + n.length)) found++;
  return found;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function mergedArea(xml: Buffer): number {
  if (xml.indexOf('<mergeCell ') < 0) return 0;
  let area = 0;
  const text = xml.toString('latin1');
  for (const m of text.matchAll(/<mergeCell\s+ref="([A-Z]{1,3})(\d{1,7}):([A-Z]{1,3})(\d{1,7})"/g)) {
    const rows = Math.abs(Number(m[4]) - Number(m[2])) + 1;
    const cols = Math.abs(columnNumber(m[3]!) - columnNumber(m[1]!)) + 1;
    area += rows * cols;
  }
  return area;
}

/** Verifies an .xlsx zip against the limits; throws an ImportError naming the file when it is unsafe. */
export function guardZip(bytes: Uint8Array, file: string, limits: Limits): void {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = centralDirectory(buf, file);
  const declared = entries.reduce((n, e) => n + e.size, 0);
  const tooBig = () =>
    new ImportError(
      { file },
      `解压后内容过大（超过 ${Math.round(limits.maxUnzippedBytes / 1024 / 1024)} MB），可能是压缩炸弹，已拒绝读取`,
    );
  if (declared > limits.maxUnzippedBytes) throw tooBig();
  let total = 0;
  let cells = 0;
  let merged = 0;
  for (const e of entries) {
    if (e.name.endsWith('/') && e.size === 0) continue;
    const out = inflateEntry(buf, e, file);
    total += out.length;
    if (total > limits.maxUnzippedBytes) throw tooBig();
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(e.name)) {
      cells += count(out, '<c ') + count(out, '<c>');
      merged += mergedArea(out);
    }
  }
  if (cells > limits.maxCells * XML_CELLS_FACTOR || merged > limits.maxSheetArea) {
    throw new ImportError({ file }, '工作表单元格或合并区域过多，不像是决算表，可能是恶意文件，已拒绝读取');
  }
  if (!entries.some((e) => e.name === 'xl/workbook.xml')) {
    throw new ImportError(
      { file },
      '压缩包中没有 Excel 工作簿（缺少 xl/workbook.xml），不是有效的 .xlsx 文件',
    );
  }
}
