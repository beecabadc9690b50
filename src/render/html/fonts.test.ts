import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { mappedCodePoints } from './cmap.test-util.ts';
import { TEST_CHARTS, testReport } from './fixture.ts';
import { documentText } from './font-text.ts';
import { buildFontCss, EMBEDDED_FACES } from './fonts.ts';
import { renderHtml } from './render-html.ts';

type Face = { family: string; weight: number; display: string; woff: Buffer };

function faces(css: string): Face[] {
  const re =
    /@font-face \{ font-family: "([^"]+)"; font-style: normal; font-weight: (\d+); font-display: (\w+); src: url\(data:font\/woff;base64,([A-Za-z0-9+/=]+)\) format\("woff"\); \}/g;
  return [...css.matchAll(re)].map((m) => ({
    family: m[1]!,
    weight: Number(m[2]),
    display: m[3]!,
    woff: Buffer.from(m[4]!, 'base64'),
  }));
}

const fullCmaps = new Map<string, Set<number>>();
function fullCmap(module: string): Set<number> {
  let set = fullCmaps.get(module);
  if (!set) {
    set = mappedCodePoints(readFileSync(createRequire(import.meta.url).resolve(module)));
    fullCmaps.set(module, set);
  }
  return set;
}

/** Asserts each face maps exactly the characters of text that the full font has. */
function assertCoversExactly(css: string, text: string): Face[] {
  const found = faces(css);
  assert.deepEqual(
    found.map((f) => `${f.family} ${f.weight} ${f.display}`),
    EMBEDDED_FACES.map((f) => `${f.family} ${f.weight} swap`),
  );
  const wanted = new Set([...text].map((c) => c.codePointAt(0)!));
  found.forEach((face, i) => {
    const full = fullCmap(EMBEDDED_FACES[i]!.module);
    const expected = [...wanted].filter((c) => full.has(c)).sort((a, b) => a - b);
    const got = [...mappedCodePoints(face.woff)].sort((a, b) => a - b);
    assert.deepEqual(got, expected, `${face.family} ${face.weight}`);
  });
  return found;
}

test('buildFontCss embeds WOFF subsets of the four faces covering exactly the text', async () => {
  const text = '剑阁县人民政府办公室2022年度部门决算，651.04万元（30.07%）“三公”';
  assertCoversExactly(await buildFontCss(text), text);
});

test('the fonts of the rendered test report cover every character it shows', async () => {
  const text = documentText(renderHtml(testReport({ draft: true }), { charts: TEST_CHARTS }));
  for (const needed of ['草', '栏', '目', '—', '7', '%']) assert.ok(text.includes(needed), needed);
  assertCoversExactly(await buildFontCss(text), text);
});

test('about 2,000 distinct characters embed in well under 1.5 MB of font data', async () => {
  const chars = new Set(documentText(renderHtml(testReport(), { charts: TEST_CHARTS })));
  for (let c = 0x4e00; chars.size < 2000; c++) chars.add(String.fromCodePoint(c));
  const text = [...chars].join('');
  const started = performance.now();
  const css = await buildFontCss(text);
  const first = performance.now() - started;
  const found = assertCoversExactly(css, text);
  const bytes = found.reduce((n, f) => n + f.woff.length, 0);
  assert.ok(bytes < 1.5 * 1024 * 1024, `${bytes} bytes of WOFF`);
  assert.ok(css.length < (bytes * 4) / 3 + 2000, `${css.length} characters of CSS: base64 and four rules`);
  // Cached per (font, character set): the same characters in another order come back at once.
  const again = performance.now();
  assert.equal(await buildFontCss([...text].reverse().join('')), css);
  assert.ok(performance.now() - again < first / 10, 'served from the cache');
});

test('no text, no fonts', async () => {
  assert.equal(await buildFontCss(''), '');
  assert.equal(await buildFontCss(' \n'), '');
});
