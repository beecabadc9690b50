import assert from 'node:assert/strict';
import { test } from 'node:test';
import { drawnCharacters, embedFontInSvg, renderChartSvgFile } from './embed-font.ts';
import { renderChartSvg } from './render.ts';
import { CLASSES_PIE, parseSvg, TOTALS_BAR } from './testing.ts';

test('embedFontInSvg adds a WOFF subset as an @font-face data URL, well under 200 KB', async () => {
  const plain = renderChartSvg(CLASSES_PIE);
  const svg = await embedFontInSvg(plain);
  parseSvg(svg);
  const m =
    /@font-face\{font-family:'Noto Sans SC';[^}]*src:url\(data:font\/woff;base64,([A-Za-z0-9+/=]+)\) format\('woff'\)/.exec(
      svg,
    );
  assert.ok(m, 'no @font-face with a woff data URL');
  const font = Buffer.from(m[1] ?? '', 'base64');
  assert.equal(font.subarray(0, 4).toString('latin1'), 'wOFF');
  assert.ok(Buffer.byteLength(svg) < 200 * 1024, `${Buffer.byteLength(svg)} bytes`);
  // The chart itself is unchanged around the style.
  assert.equal(svg.replace(/<style data-embedded-font[^>]*>[^<]*<\/style>\n/, ''), plain);
  // Embedding twice does nothing more; the same chart embeds to the same bytes.
  assert.equal(await embedFontInSvg(svg), svg);
  assert.equal(await embedFontInSvg(plain), svg);
});

test('drawnCharacters collects the glyphs of <text> elements only, decoded', () => {
  const svg = '<svg><title>标题</title><text x="1">万元 &amp;<tspan>1</tspan></text><text>元2</text></svg>';
  assert.equal(drawnCharacters(svg), [...new Set(' &12万元')].sort().join(''));
});

test('an SVG without text is returned unchanged', async () => {
  const svg = '<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>';
  assert.equal(await embedFontInSvg(svg), svg);
});

test('renderChartSvgFile embeds the font unless asked not to', async () => {
  assert.match(await renderChartSvgFile(TOTALS_BAR), /data:font\/woff;base64,/);
  assert.equal(await renderChartSvgFile(TOTALS_BAR, { embedFont: false }), renderChartSvg(TOTALS_BAR));
  const sized = await renderChartSvgFile(TOTALS_BAR, { width: 500, height: 300, embedFont: false });
  assert.match(sized, /width="500" height="300"/);
});
