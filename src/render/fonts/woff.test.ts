import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inflateSync } from 'node:zlib';
import { readFaceFile } from './faces.ts';
import { faceBytes, hbSubsetFace as subsetFace } from './subset.ts';
import { sfntToWoff } from './woff.ts';

type Entry = { tag: string; offset: number; length: number; checksum: number };

function sfntTables(font: Buffer): Entry[] {
  return Array.from({ length: font.readUInt16BE(4) }, (_, i) => {
    const at = 12 + 16 * i;
    return {
      tag: font.toString('latin1', at, at + 4),
      checksum: font.readUInt32BE(at + 4),
      offset: font.readUInt32BE(at + 8),
      length: font.readUInt32BE(at + 12),
    };
  });
}

test('a subset as WOFF: header, sorted 4-byte-aligned tables that inflate to the TrueType tables', async () => {
  const ttf = await subsetFace('NotoSansSC-Regular', '剑阁县2022年度部门决算（万元）');
  const woff = sfntToWoff(ttf);
  assert.equal(woff.toString('latin1', 0, 4), 'wOFF');
  assert.equal(woff.readUInt32BE(4), ttf.readUInt32BE(0), 'flavor is the sfnt version');
  assert.equal(woff.readUInt32BE(8), woff.length, 'length');
  const tables = sfntTables(ttf);
  assert.equal(woff.readUInt16BE(12), tables.length);
  const padded = (n: number) => (n + 3) & ~3;
  assert.equal(
    woff.readUInt32BE(16),
    12 + 16 * tables.length + tables.reduce((n, t) => n + padded(t.length), 0),
  );
  assert.ok(woff.length < ttf.length, `${woff.length} bytes of WOFF for ${ttf.length} of TrueType`);
  const tags: string[] = [];
  for (let i = 0; i < tables.length; i++) {
    const at = 44 + 20 * i;
    const tag = woff.toString('latin1', at, at + 4);
    const [offset, compLength, origLength, checksum] = [4, 8, 12, 16].map((d) => woff.readUInt32BE(at + d));
    const source = tables.find((t) => t.tag === tag);
    assert.ok(source, tag);
    assert.equal(offset! % 4, 0, `${tag} is 4-byte aligned`);
    assert.ok(
      padded(offset! + compLength!) <= woff.length,
      `${tag} is padded within the file (as OTS requires)`,
    );
    assert.equal(origLength, source.length);
    assert.equal(checksum, source.checksum);
    const stored = woff.subarray(offset!, offset! + compLength!);
    const data = compLength! < origLength! ? inflateSync(stored) : stored;
    assert.ok(data.equals(ttf.subarray(source.offset, source.offset + source.length)), `${tag} data`);
    tags.push(tag);
  }
  assert.deepEqual(tags, [...tags].sort());
});

test('subsetFace keeps exactly the asked characters the face has, from one HarfBuzz per face', async () => {
  const full = await faceBytes('NotoSerifSC-Bold');
  assert.ok(full.equals(await readFaceFile('NotoSerifSC-Bold')), 'the bytes HarfBuzz reads are the file');
  const a = await subsetFace('NotoSerifSC-Bold', '决算公开');
  const b = await subsetFace('NotoSerifSC-Bold', '决算公开');
  assert.ok(a.equals(b), 'the same characters give the same bytes');
  assert.ok(a.length < full.length / 100);
  const more = await subsetFace('NotoSerifSC-Bold', '决算公开说明', { layoutClosure: false });
  assert.ok(more.length > a.length);
});
