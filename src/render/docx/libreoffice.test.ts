/**
 * LibreOffice opens the example's DOCX and prints it (fonts/fonts.conf maps the customary faces to Noto): the
 * PDF states every amount and percentage of the report, each part starts a page at the number the contents
 * give, the pages carry "— N —", the charts are drawn, 公开13表 is landscape, and only a draft is marked.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { reportPlainText } from '../../report/plain-text.ts';
import { DRAFT_MARK } from '../html/styles.ts';
import { renderDocx } from './render-docx.ts';
import {
  exampleReport,
  figureCounts,
  figuresOf,
  libreOfficePdf,
  pdfPageTexts,
  SKIP_LIBREOFFICE,
} from './testing.ts';

/** Text without whitespace (LibreOffice sets space between hanzi and digits; justified lines spread out). */
function bare(text: string): string {
  return text.replace(/\s+/g, '');
}

/** Pages before page "1": the cover and the contents. */
function frontPages(pages: readonly string[]): number {
  return pages.findIndex((p) => bare(p).startsWith('第一部分'));
}

async function pageFacts(pdf: Uint8Array): Promise<{ landscape: number[]; images: number }> {
  const doc = await getDocument({ data: pdf.slice(), useSystemFonts: false }).promise;
  try {
    const landscape: number[] = [];
    let images = 0;
    for (let i = 1; i <= doc.numPages; i++) {
      const page = await doc.getPage(i);
      const { width, height } = page.getViewport({ scale: 1 });
      if (width > height) landscape.push(i);
      const ops = await page.getOperatorList();
      images += ops.fnArray.filter((f) => f === OPS.paintImageXObject).length;
    }
    return { landscape, images };
  } finally {
    await doc.destroy();
  }
}

test('LibreOffice prints the example DOCX with every figure of the report', {
  skip: SKIP_LIBREOFFICE,
  timeout: 240_000,
}, async (t) => {
  const { report, chartPngs } = await exampleReport();
  const started = performance.now();
  const docx = await renderDocx(report, { chartPngs });
  t.diagnostic(`renderDocx ${Math.round(performance.now() - started)} ms, ${docx.length} bytes`);
  const { pdf, ms } = libreOfficePdf(docx);
  t.diagnostic(`LibreOffice DOCX→PDF ${Math.round(ms)} ms`);
  const pages = await pdfPageTexts(pdf);
  const text = pages.join('\n');

  // Every amount and percentage, as often as the report states it.
  const expected = figureCounts(reportPlainText(report));
  const printed = figureCounts(text);
  const stated = [...expected.values()].reduce((a, b) => a + b, 0);
  assert.ok(expected.size > 30 && stated > 200, `only ${stated} figures, ${expected.size} distinct`);
  const missing = [...expected].filter(([f, n]) => (printed.get(f) ?? 0) < n).map(([f, n]) => `${f}×${n}`);
  assert.deepEqual(missing, [], `figures missing from the PDF: ${missing.join(' ')}`);

  // Each part opens a page, and the contents give that page's number.
  const front = frontPages(pages);
  assert.ok(front >= 2, 'cover and contents come first');
  const contents = bare(pages.slice(0, front).join(''));
  for (const part of report.parts) {
    const heading = bare(`${part.number} ${part.title}`);
    const index = pages.findIndex((p, i) => i >= front && bare(p).startsWith(heading));
    assert.ok(index >= front, `${heading} does not open a page`);
    const listed = contents.match(new RegExp(`${heading}[.…·]*(\\d+)`))?.[1];
    assert.equal(Number(listed), index - front + 1, `contents page number of ${heading}`);
    assert.ok(bare(pages[index] ?? '').includes(`—${index - front + 1}—`), `page number on ${heading}`);
  }

  // The charts are drawn; the 13-column 三公 table has its landscape page.
  const facts = await pageFacts(pdf);
  assert.equal(facts.images, figuresOf(report).length);
  const t13 = pages.findIndex((p) => bare(p).includes('公开13表'));
  assert.deepEqual(facts.landscape, [t13 + 1]);

  // The customary faces were printed in Noto (fonts.conf), serif body and sans 黑体.
  const raw = Buffer.from(pdf).toString('latin1');
  assert.match(raw, /\/BaseFont\s*\/[A-Z]{6}\+NotoSerifSC/);
  assert.match(raw, /\/BaseFont\s*\/[A-Z]{6}\+NotoSansSC/);
  assert.ok(!text.includes('草稿'), 'a final report is not marked as a draft');
});

test('LibreOffice prints 「草稿 未通过校验」 at the top of every page of a draft', {
  skip: SKIP_LIBREOFFICE,
  timeout: 240_000,
}, async () => {
  const { report, chartPngs } = await exampleReport(true);
  const { pdf } = libreOfficePdf(await renderDocx(report, { chartPngs }, { pageNumbers: false }));
  const pages = await pdfPageTexts(pdf);
  assert.ok(pages.length > 20);
  pages.forEach((p, i) => {
    assert.ok(bare(p).startsWith(bare(DRAFT_MARK)), `page ${i + 1} starts ${p.slice(0, 30)}`);
  });
});
