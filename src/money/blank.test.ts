import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isBlankCell } from './blank.ts';

test('printed blanks are blank', () => {
  for (const text of [
    '',
    ' ',
    '\t',
    '\u3000',
    ' \n ',
    '-',
    '—',
    '——',
    '－',
    '–',
    '―',
    '\u2212',
    '/',
    '／',
    '\\',
    ' - ',
    '--',
  ]) {
    assert.equal(isBlankCell(text), true, JSON.stringify(text));
  }
});

test('numbers and words are not blank (blank is not zero, zero is not blank)', () => {
  for (const text of ['0', '0.00', '-1', '—1', '1-', '(1.00)', 'a', '空', '-0', '%', '.', 'x/y']) {
    assert.equal(isBlankCell(text), false, JSON.stringify(text));
  }
});
