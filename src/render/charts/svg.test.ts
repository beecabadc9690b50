import assert from 'node:assert/strict';
import { test } from 'node:test';
import { escapeXml, makeAccessible, normalizeEchartsSvg } from './svg.ts';
import { parseSvg } from './testing.ts';

test('escapeXml escapes the five XML specials', () => {
  assert.equal(escapeXml(`a&b<c>d"e'f`), 'a&amp;b&lt;c&gt;d&quot;e&apos;f');
});

test('normalizeEchartsSvg drops hover markup and renames per-process ids in order', () => {
  const raw =
    '<svg><path class="zr7-cls-12" pointer-events="visible" ecmeta_series_index="0" d="M0 0"/>' +
    '<clipPath id="zr7-c3"/><use clip-path="url(#zr7-c3)"/><clipPath id="zr7-c9"/>' +
    '<style ><![CDATA[\n.zr7-cls-12:hover {\ncursor:pointer;\n}\n]]>\n</style></svg>';
  assert.equal(
    normalizeEchartsSvg(raw, 'fig-2'),
    '<svg><path d="M0 0"/><clipPath id="fig-2-c0"/><use clip-path="url(#fig-2-c0)"/><clipPath id="fig-2-c1"/></svg>',
  );
});

test('makeAccessible adds role, aria-label, <title> and <desc> as first children', () => {
  const svg = makeAccessible('<svg width="1" height="1"><rect/></svg>', '图1 <&>', '2021年：1.00万元');
  assert.equal(
    svg,
    '<svg role="img" aria-label="图1 &lt;&amp;&gt;" width="1" height="1">\n' +
      '<title>图1 &lt;&amp;&gt;</title>\n<desc>2021年：1.00万元</desc><rect/></svg>',
  );
  parseSvg(svg);
  assert.throws(() => makeAccessible('<p/>', 't', 'd'));
});
