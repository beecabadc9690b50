/**
 * Renders the test report in headless Chromium (Debian's /usr/bin/chromium through playwright-core), served
 * under a CSP that forbids scripts and any request but data: fonts, then checks what a reader gets: no
 * request, no violation, the fonts loaded, links landing on cells, the draft mark, and an A4 PDF.
 * Skipped where Chromium is not installed (apt-get install -y chromium).
 */
import assert from 'node:assert/strict';

import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { chromiumSkip, launchChromium } from '../../../test/chromium.ts';
import { TEST_CHARTS, testReport } from './fixture.ts';
import { renderSelfContainedHtml } from './self-contained.ts';
import { DRAFT_MARK } from './styles.ts';

const skip = chromiumSkip;
const CSP = "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:";
const URL = 'http://report.test/report.html';

let browser: Browser;
/** Evaluates an expression in the page (a string: this project's TypeScript has no DOM types). */
async function inPage<T = unknown>(expression: string): Promise<T> {
  return (await page.evaluate(expression)) as T;
}
let page: Page;
const requests: string[] = [];
const problems: string[] = [];

before(async () => {
  if (skip) return;
  const html = await renderSelfContainedHtml(testReport({ draft: true }), TEST_CHARTS);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  page.on('request', (r) => {
    if (!r.url().startsWith('data:')) requests.push(r.url());
  });
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  // Served from a route, never the network: the document with the CSP header of the web system.
  await page.route('**/*', (route) =>
    route.request().url() === URL
      ? route.fulfill({
          contentType: 'text/html; charset=utf-8',
          headers: { 'content-security-policy': CSP },
          body: html,
        })
      : route.abort(),
  );
  await page.goto(URL);
  await inPage('document.fonts.ready.then(() => true)');
});

after(async () => {
  await browser?.close();
});

test('the page makes no request and breaks no CSP rule', { skip }, () => {
  assert.deepEqual(requests, [URL]);
  assert.deepEqual(problems, []);
});

test('the four embedded faces load and the text uses them', { skip }, async () => {
  const faces = await inPage<string[]>(
    "[...document.fonts].map((f) => [f.family, f.weight, f.status].join(' '))",
  );
  assert.deepEqual(faces.sort(), [
    'Noto Sans SC 400 loaded',
    'Noto Sans SC 700 loaded',
    'Noto Serif SC 400 loaded',
    'Noto Serif SC 700 loaded',
  ]);
  const family = await inPage<string>("getComputedStyle(document.querySelector('main p')).fontFamily");
  assert.match(family, /^"Noto Serif SC"/);
});

test('a figure in the text lands on its table cell', { skip }, async () => {
  await page.click('a.fig[href="#cell-T03-total-total"]');
  const target = await inPage(
    "(t => t && { id: t.id, text: t.textContent, bg: getComputedStyle(t).backgroundColor })(document.querySelector(':target'))",
  );
  assert.deepEqual(target, { id: 'cell-T03-total-total', text: '651.04', bg: 'rgb(255, 241, 168)' });
});

test('the draft banner shows; screen-reader tables are hidden; the empty-table statement shows', {
  skip,
}, async () => {
  const banner = await page.locator('.draft-banner').boundingBox();
  assert.ok(banner && banner.height > 10 && banner.width > 500, JSON.stringify(banner));
  assert.equal(await page.locator('.draft-banner').textContent(), DRAFT_MARK);
  const sr = await page.locator('figure .sr-only').first().boundingBox();
  assert.ok(sr && sr.width <= 1 && sr.height <= 1, JSON.stringify(sr));
  assert.equal(
    await page.locator('figure .sr-only table').count(),
    2,
    'the data tables are still in the page',
  );
  assert.ok(await page.locator('.table-notes.empty').isVisible());
});

test('printing gives A4 pages, one landscape page for the wide table', { skip }, async () => {
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const text = pdf.toString('latin1');
  assert.ok(text.startsWith('%PDF-'));
  const boxes = [...text.matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((m) =>
    Number(m[1]) > Number(m[2]) ? 'landscape' : 'portrait',
  );
  assert.ok(boxes.length >= 5, `${boxes.length} pages`);
  assert.equal(boxes.filter((b) => b === 'landscape').length, 1);
});
