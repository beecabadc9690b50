/**
 * Opens a built report.html in Debian's Chromium, prints it to A4 with the page's print CSS, and turns
 * every page into a PNG with pdftoppm, so the report can be looked at page by page as a reader would.
 *   node --import tsx scripts/capture-pages.ts out/jiange/report.html [--out out/jiange/pages] [--dpi 60]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { launchChromium } from '../test/chromium.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string' }, dpi: { type: 'string' } },
});
const html = resolve(positionals[0] ?? 'out/jiange-2022/report.html');
const outDir = resolve(values.out ?? join(dirname(html), 'pages'));
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

const browser = await launchChromium();
try {
  const page = await browser.newPage();
  await page.goto(pathToFileURL(html).href, { waitUntil: 'load' });
  await page.evaluate('document.fonts.ready');
  const pdf = join(outDir, 'report.print.pdf');
  await page.pdf({ path: pdf, format: 'A4', printBackground: true, preferCSSPageSize: true });
  execFileSync('pdftoppm', ['-png', '-r', values.dpi ?? '60', pdf, join(outDir, 'page')]);
  const pages = readdirSync(outDir).filter((f) => f.endsWith('.png'));
  console.log(`${pages.length} pages → ${outDir}`);
} finally {
  await browser.close();
}
