import assert from 'node:assert/strict';
import { test } from 'node:test';
import { distinctCharacters, documentText, PRINT_CSS_TEXT } from './font-text.ts';

test('documentText keeps text and SVG text, drops tags, styles and attributes, decodes entities', () => {
  const html =
    '<!DOCTYPE html><html><head><title>标题</title><style>body{font:"宋"}</style></head>' +
    '<body><p class="x" aria-label="隐">甲&amp;乙&lt;丙&#x4E01;&#25098;</p><svg><text>图</text></svg></body></html>';
  const t = documentText(html);
  for (const c of ['标', '甲', '&', '乙', '<', '丙', '丁', '戊', '图']) assert.ok(t.includes(c), c);
  for (const c of ['宋', '隐', '"']) assert.ok(!t.includes(c), c);
  assert.ok(t.endsWith(PRINT_CSS_TEXT));
});

test('distinctCharacters sorts code points and keeps astral characters whole', () => {
  assert.equal(distinctCharacters('乙甲乙a𠀀a'), 'a乙甲𠀀');
  assert.equal([...distinctCharacters('𠀀𠀀')].length, 1);
});
