import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fontMetrics, SANS, SERIF, subsetFonts } from './fonts.ts';
import { fontAdvance } from './metrics.ts';

const cp = (ch: string) => ch.codePointAt(0)!;

describe('subsetFonts', () => {
  it('subsets the four fonts to the text (plus ASCII) as TrueType, and reuses a subset for the same characters', async () => {
    const a = subsetFonts('部门决算651.04万元');
    const b = subsetFonts('万元部门决算 651.04');
    assert.equal(a, b, 'the same character set is subset once');
    const fonts = await a;
    assert.deepEqual(Object.keys(fonts).sort(), [
      'NotoSansSC-Bold',
      'NotoSansSC-Regular',
      'NotoSerifSC-Bold',
      'NotoSerifSC-Regular',
    ]);
    for (const [name, ttf] of Object.entries(fonts)) {
      assert.equal(ttf.readUInt32BE(0), 0x00010000, `${name} is not TrueType`);
      assert.ok(ttf.length < 200_000, `${name} is ${ttf.length} bytes`);
      const advance = fontAdvance(ttf);
      for (const ch of '部门决算万元6Az') assert.ok(advance(cp(ch)) > 0, `${name} lacks ${ch}`);
      assert.equal(advance(cp('鑫')), 0, `${name} was not subset`);
      assert.equal(advance(0x2f00), 0, `${name} maps the Kangxi radical ⼀`);
    }
  });
});

describe('fontMetrics', () => {
  it('reads advance widths: ideographs and full-width punctuation 1 em, digits narrower', async () => {
    const metrics = await fontMetrics();
    for (const [family, bold] of [
      [SERIF, false],
      [SERIF, true],
      [SANS, false],
      [SANS, true],
    ] as const) {
      const advance = metrics(family, bold);
      assert.equal(advance(cp('决')), 1);
      assert.equal(advance(cp('，')), 1);
      assert.ok(advance(cp('6')) > 0.4 && advance(cp('6')) < 0.7);
    }
    assert.throws(() => metrics('Times', false), /No metrics/);
  });
});
