import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { TEST_CHARTS, testReport } from './fixture.ts';
import { embeddedFonts, linkFonts } from './linked-fonts.ts';
import { renderHtml } from './render-html.ts';
import { renderSelfContainedHtml } from './self-contained.ts';

test('moves each embedded font out to a content-named URL and keeps everything else', async () => {
  const html = await renderSelfContainedHtml(testReport({ draft: false }), TEST_CHARTS);
  const embedded = embeddedFonts(html);
  assert.equal(embedded.length, 4, 'four faces');
  const { html: linked, fonts } = linkFonts(html, (f) => `/assets/fonts/${f.sha256}.${f.ext}`);
  assert.deepEqual(fonts, embedded);
  assert.doesNotMatch(linked, /data:font\//);
  assert.ok(linked.length < html.length / 5, `${linked.length} of ${html.length} characters`);
  for (const f of fonts) {
    assert.equal(createHash('sha256').update(f.bytes).digest('hex'), f.sha256);
    assert.match(f.type, /^font\/woff2?$/);
    assert.equal(f.ext, f.type.slice('font/'.length));
    assert.ok(linked.includes(`src: url(/assets/fonts/${f.sha256}.${f.ext}) format("${f.ext}")`));
  }
  // Putting the data URLs back gives the self-contained document byte for byte: the same subsets.
  const back = fonts.reduce(
    (doc, f) =>
      doc.replaceAll(
        `url(/assets/fonts/${f.sha256}.${f.ext})`,
        `url(data:${f.type};base64,${Buffer.from(f.bytes).toString('base64')})`,
      ),
    linked,
  );
  assert.equal(back, html);
});

test('a document without embedded fonts comes back unchanged', () => {
  const html = renderHtml(testReport({ draft: false }), { charts: TEST_CHARTS });
  assert.deepEqual(
    linkFonts(html, () => '/x.woff2'),
    { html, fonts: [] },
  );
  assert.throws(() =>
    linkFonts('<style>src: url(data:font/woff2;base64,AAAA)</style>', () => '/x.woff2) url(evil'),
  );
});
