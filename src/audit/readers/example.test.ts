/**
 * The example's report as Juesuan publishes it, read back by each reader: HTML, DOCX and PDF (and the DOCX
 * printed by LibreOffice) give the same tables — titles, merged header cells, figures — and every line of
 * the narrative as the text export has it; the PDF's contents page, page numbers and chart labels are
 * gone and each finding's page is the page the quoted text is printed on.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { SKIP_LIBREOFFICE } from '../../render/docx/testing.ts';
import { readPdf } from '../../render/pdf/pdf-read.test-util.ts';
import { auditDocument } from '../audit.ts';
import { buildDoc } from '../facts/doc.ts';
import { exampleReport } from '../injected/cases.testing.ts';
import { type Format, writeReport } from '../injected/formats.testing.ts';
import { normaliseCell } from '../normalise.ts';
import { reportText } from '../report-text.testing.ts';
import type { SourceDocument } from '../types.ts';
import { readSource } from './index.ts';
import { textToDocument } from './text.ts';

const bare = (s: string) => normaliseCell(s).replace(/\s+/g, '');

const tablesOf = (d: SourceDocument) =>
  d.blocks.flatMap((b) =>
    b.kind === 'table' ? [{ title: bare(b.title ?? ''), rows: b.rows.map((r) => r.map(normaliseCell)) }] : [],
  );

/** Narrative lines of the text export that state a figure (table titles and chart captions aside). */
function narrative(): string[] {
  const doc = buildDoc(textToDocument(reportText(exampleReport()), 'report.txt'));
  return doc.lines
    .map((l) => bare(l.text))
    .filter((l) => /\d/.test(l) && !/^\(图\d|^公开\d+表|^附表/.test(l));
}

const reads = new Map<Format, Promise<SourceDocument>>();
const readAs = (format: Format) => {
  if (!reads.has(format)) reads.set(format, writeReport(exampleReport(), format).then(readSource));
  return reads.get(format)!;
};

/** `commas`: LibreOffice drops a "，" or "、" that falls at the end of a printed line (pdftotext agrees). */
function sameAsHtml(format: Format, opts: { commas?: boolean } = {}) {
  const key = (l: string) => (opts.commas ? l.replace(/[、,]/g, '') : l);
  return async () => {
    const [html, other] = await Promise.all([readAs('html'), readAs(format)]);
    const tables = tablesOf(html);
    assert.equal(tables.length, 14, '附表 of the 自评 and 公开01–13表');
    assert.deepEqual(tablesOf(other), tables);
    const lines = new Set(buildDoc(other).lines.map((l) => key(bare(l.text))));
    const missing = narrative().filter((l) => !lines.has(key(l)));
    assert.deepEqual(missing, [], 'every narrative line of the report, joined as one line');
    if (format !== 'html') assert.deepEqual(tablesOf(html), tablesOf(await readAs('docx')));
  };
}

test('HTML: the tables as published (caption, colspan/rowspan), the narrative line by line', async () => {
  const html = await readAs('html');
  const t13 = tablesOf(html).at(-1)!;
  assert.equal(t13.title, '公开13表财政拨款“三公”经费支出决算表单位:万元');
  assert.deepEqual(
    t13.rows.slice(0, 3).map((r) => r.slice(0, 7)),
    [
      ['项目', '预算数', '', '', '', '', ''],
      ['', '合计', '因公出国(境)费', '公务用车购置及运行费', '', '', '公务接待费'],
      ['', '', '', '小计', '公务用车购置费', '公务用车运行费', ''],
    ],
  );
  await sameAsHtml('html')();
});

test('DOCX: the same tables and narrative as the HTML', sameAsHtml('docx'));

test('PDF: the same tables and narrative; no contents, page numbers or chart labels; pages as printed', async () => {
  await sameAsHtml('pdf')();
  const pdf = await readAs('pdf');
  const lines = buildDoc(pdf).lines.map((l) => l.text);
  assert.equal(
    lines.filter((l) => /^第[一二三四五]部分/.test(l)).length,
    5,
    'each part heading once: no contents page',
  );
  assert.deepEqual(
    lines.filter((l) => /^[-—\s\d]+$|万元,\d+\.\d+%$/.test(l)),
    [],
    'no page numbers, no pie labels',
  );
  const pages = pdf.blocks.map((b) => b.page ?? 0);
  assert.ok(
    pages.every((p, i) => p >= 1 && p >= (pages[i - 1] ?? 1)),
    'blocks carry their pages, in order',
  );
  const printed = (await readPdf(new Uint8Array(readFileSync(pdf.file)))).pages.map((p) => bare(p.text));
  const { findings } = auditDocument(pdf);
  const evidence = findings.flatMap((f) => f.evidence).filter((e) => e.page !== undefined);
  assert.ok(evidence.length > 0);
  for (const e of evidence) {
    const head = bare(e.text).slice(0, 12);
    assert.ok(printed[e.page! - 1]!.includes(head), `“${head}” is printed on page ${e.page}`);
  }
});

test(
  'PDF printed by LibreOffice from the DOCX: the same tables and narrative',
  { skip: SKIP_LIBREOFFICE },
  sameAsHtml('lo.pdf', { commas: true }),
);
