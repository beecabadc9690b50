import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { canBreak, type Line, layoutLines } from './lines.ts';

/** A monospaced test font: CJK 1 em, everything else half an em. */
const advance = (cp: number) => (cp >= 0x2e80 ? 1 : 0.5);
const text = (l: Line) => l.segments.map((s) => s.text).join('');

describe('layoutLines', () => {
  it('fills lines to the width, indents the first and justifies all but the last', () => {
    const lines = layoutLines([{ text: '一二三四五六七八九十甲乙丙丁戊己庚辛壬癸子丑' }], {
      advance,
      fontSize: 10,
      width: 100,
      firstIndent: 20,
    });
    assert.deepEqual(lines.map(text), ['一二三四五六七八', '九十甲乙丙丁戊己庚辛', '壬癸子丑']);
    assert.deepEqual(
      lines.map((l) => l.indent),
      [20, 0, 0],
    );
    assert.ok(lines[0]!.characterSpacing === 0 || lines[0]!.characterSpacing < 0.1);
    assert.equal(lines[2]!.characterSpacing, 0);
  });

  it('never starts a line with closing punctuation nor ends one with opening punctuation', () => {
    const o = { advance, fontSize: 10, width: 90, firstIndent: 0 };
    const pushed = layoutLines([{ text: '一二三四五六七八九）十' }], o);
    assert.deepEqual(pushed.map(text), ['一二三四五六七八', '九）十']);
    const open = layoutLines([{ text: '一二三四五六七八（九）' }], o);
    assert.deepEqual(open.map(text), ['一二三四五六七八', '（九）']);
  });

  it('lets a comma or full stop hang at the end of a full line, and caps the spacing pdf.js would read as a space', () => {
    const o = { advance, fontSize: 10, width: 90, firstIndent: 0 };
    const hung = layoutLines([{ text: '一二三四五六七八九，十甲' }], o);
    assert.deepEqual(hung.map(text), ['一二三四五六七八九，', '十甲']);
    assert.ok(hung[0]!.characterSpacing < 0.1);
    const pushed = layoutLines([{ text: '一二三四五六七八九）十' }], o);
    assert.ok(Math.abs(pushed[0]!.characterSpacing - 0.9) < 1e-9, `spacing ${pushed[0]!.characterSpacing}`);
  });

  it('keeps numbers and Latin words whole, breaks after spaces and at forced newlines', () => {
    const lines = layoutLines([{ text: '支出651.04万元，增长30.07%。' }], {
      advance,
      fontSize: 10,
      width: 60,
      firstIndent: 0,
    });
    assert.ok(lines.every((l) => !/\d$/.test(text(l)) || /\d%?。?$/.test(text(l))));
    assert.ok(lines.some((l) => text(l).includes('651.04')));
    assert.ok(lines.some((l) => text(l).includes('30.07%')));
    const latin = layoutLines([{ text: 'aaaa bbbb cccc\n一二' }], {
      advance,
      fontSize: 10,
      width: 50,
      firstIndent: 0,
    });
    assert.deepEqual(latin.map(text), ['aaaa bbbb', 'cccc', '一二']);
    assert.equal(latin[1]!.characterSpacing, 0, 'the line before a forced break is not stretched');
  });

  it('keeps the segments (links, highlights) and their properties across lines', () => {
    const lines = layoutLines(
      [{ text: '一二三' }, { text: '四五六七', props: { background: 'yellow' } }, { text: '八' }],
      { advance, fontSize: 10, width: 50, firstIndent: 0 },
    );
    assert.deepEqual(
      lines.map((l) => l.segments),
      [
        [{ text: '一二三' }, { text: '四五', props: { background: 'yellow' } }],
        [{ text: '六七', props: { background: 'yellow' } }, { text: '八' }],
      ],
    );
  });

  it('lays out empty text as one empty line and never loops on a character wider than the line', () => {
    assert.deepEqual(
      layoutLines([{ text: '' }], { advance, fontSize: 10, width: 50, firstIndent: 0 }).map(text),
      [''],
    );
    assert.deepEqual(
      layoutLines([{ text: '一二' }], { advance, fontSize: 10, width: 5, firstIndent: 0 }).map(text),
      ['一', '二'],
    );
  });
});

describe('canBreak', () => {
  it('follows the Chinese rules', () => {
    assert.ok(canBreak('二', '三'));
    assert.ok(!canBreak('二', '，'));
    assert.ok(!canBreak('“', '二'));
    assert.ok(!canBreak('1', '.'));
    assert.ok(!canBreak('—', '—'));
    assert.ok(canBreak('2', '年'));
  });
});
