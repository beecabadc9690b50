/**
 * The DOCX as Word reads it: the package unzipped with JSZip and its XML checked for the TOC field, headings,
 * repeated and merged table headers, page breaks, landscape pages, page-number footers, charts with alt text,
 * escaping, the draft header, and equal bytes for equal reports.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { XMLValidator } from 'fast-xml-parser';
import type { Report } from '../../report/types.ts';
import { renderDocx } from './render-docx.ts';
import { exampleReport, figuresOf, partNames, partText } from './testing.ts';

let report: Report;
let docx: Uint8Array;
let xml: string;

before(async () => {
  const example = await exampleReport();
  report = example.report;
  docx = await renderDocx(report, { chartPngs: example.chartPngs });
  xml = await partText(docx, 'word/document.xml');
});

function count(text: string, pattern: RegExp): number {
  return [...text.matchAll(pattern)].length;
}

/** The paragraphs styled `style`, as their XML. */
function paragraphsStyled(style: string): string[] {
  return [...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<\/w:p>/gs)]
    .map((m) => m[0])
    .filter((p) => p.includes(`<w:pStyle w:val="${style}"/>`));
}

/** The visible text of an XML fragment. */
function textOf(fragment: string): string {
  return [...fragment.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

test('every part is well-formed XML and the package has the parts Word needs', async () => {
  const names = await partNames(docx);
  for (const part of ['[Content_Types].xml', 'word/document.xml', 'word/styles.xml', 'word/fontTable.xml']) {
    assert.ok(names.includes(part), `${part} missing`);
  }
  for (const name of names.filter((n) => n.endsWith('.xml') || n.endsWith('.rels'))) {
    assert.equal(XMLValidator.validate(await partText(docx, name)), true, `${name} is not well-formed`);
  }
});

test('a TOC field over Heading 1–3 with hyperlinks to bookmarked headings and page numbers', () => {
  assert.match(xml, /<w:docPartGallery w:val="Table of Contents"\/>/);
  assert.match(xml, /<w:instrText xml:space="preserve">TOC \\h \\o &quot;1-3&quot;<\/w:instrText>/);
  const anchors = [...xml.matchAll(/<w:hyperlink [^>]*w:anchor="([^"]+)"/g)].map((m) => m[1]);
  const headings = report.parts.flatMap((p) => [
    p,
    ...p.blocks.filter((b) => b.kind === 'heading' && b.level <= 2),
  ]);
  assert.equal(anchors.length, headings.length);
  for (const a of anchors) assert.match(xml, new RegExp(`<w:bookmarkStart w:name="${a}"`));
  // Page numbers are written with the document (estimated as Word lays the pages out).
  const pages = [
    ...xml.matchAll(
      /PAGEREF _Toc\d+ \\h<\/w:instrText><w:fldChar w:fldCharType="separate"\/><w:t[^>]*>(\d+)</g,
    ),
  ];
  assert.equal(pages.length, headings.length);
  assert.equal(pages[0]?.[1], '1');
});

test('headings: part titles are Heading 1 on a new page, levels 1 and 2 Heading 2 and 3, numbers printed', () => {
  const parts = paragraphsStyled('Heading1');
  assert.deepEqual(
    parts.map(textOf),
    report.parts.map((p) => `${p.number} ${p.title}`),
  );
  for (const p of parts) assert.match(p, /<w:pageBreakBefore\/>/);
  const level1 = report.parts.flatMap((p) => p.blocks.filter((b) => b.kind === 'heading' && b.level === 1));
  assert.deepEqual(
    paragraphsStyled('Heading2').map(textOf),
    level1.map((h) => (h.kind === 'heading' ? `${h.number}${h.text}` : '')),
  );
  assert.ok(paragraphsStyled('Heading3').map(textOf).includes('（一）部门职责'));
});

test('typography: 仿宋_GB2312 三号 body, 黑体 and 楷体_GB2312 headings, Latin in Times New Roman, fallbacks named', async () => {
  const styles = await partText(docx, 'word/styles.xml');
  const docDefaults = styles.slice(styles.indexOf('<w:docDefaults>'), styles.indexOf('</w:docDefaults>'));
  assert.match(docDefaults, /w:eastAsia="仿宋_GB2312"/);
  assert.match(docDefaults, /w:ascii="Times New Roman"/);
  assert.match(docDefaults, /<w:sz w:val="32"\/>/);
  const styleXml = (id: string) =>
    styles.match(new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>.*?</w:style>`, 's'))?.[0] ?? '';
  assert.match(styleXml('Heading1'), /w:eastAsia="黑体"/);
  assert.match(styleXml('Heading2'), /w:eastAsia="黑体"/);
  assert.match(styleXml('Heading3'), /w:eastAsia="楷体_GB2312"/);
  assert.match(styleXml('CoverTitle'), /w:eastAsia="方正小标宋简体"[\s\S]*<w:sz w:val="44"\/>/);
  const fonts = await partText(docx, 'word/fontTable.xml');
  assert.match(fonts, /<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"\/>/);
  assert.match(fonts, /<w:font w:name="楷体_GB2312"><w:altName w:val="楷体"\/>/);
});

test('tables: header and 栏次 rows repeat on each page; merged header cells use gridSpan and vMerge', () => {
  const tables = report.parts.flatMap((p) => p.blocks.filter((b) => b.kind === 'table'));
  const headerRows = tables.reduce(
    (n, t) => n + (t.kind === 'table' ? t.header.length + (t.columnNumbers?.length ? 1 : 0) : 0),
    0,
  );
  assert.equal(count(xml, /<w:tblHeader\/>/g), headerRows);
  // 公开13表: 项目 merged down three rows; 预算数 and 决算数 across six columns each.
  const t13 = xml.slice(xml.indexOf('公开13表'));
  const firstRow = t13.slice(t13.indexOf('<w:tr>'), t13.indexOf('</w:tr>'));
  assert.match(firstRow, /<w:vMerge w:val="restart"\/>.*项目/s);
  assert.equal(count(firstRow, /<w:gridSpan w:val="6"\/>/g), 2);
  const secondRow = t13.slice(t13.indexOf('<w:tr>', t13.indexOf('</w:tr>')));
  assert.match(secondRow.slice(0, secondRow.indexOf('</w:tc>')), /<w:vMerge w:val="continue"\/>/);
  // The 自评表's body merges its indicator cells downwards too.
  const perf = xml.slice(xml.indexOf('招商引资项目绩效自评表'), xml.indexOf('公开01表'));
  assert.ok(count(perf, /<w:vMerge w:val="continue"\/>/g) >= 8);
  // Amounts right-aligned; total rows bold; the entity and unit on one line above the table, notes under it.
  const t01 = xml.slice(xml.indexOf('公开01表'), xml.indexOf('公开02表'));
  const above = t01.slice(0, t01.indexOf('<w:tbl>'));
  assert.match(
    above,
    /<w:tab w:val="right" w:pos="8844"\/>.*办公室<\/w:t><\/w:r><w:r><w:tab\/><w:t xml:space="preserve">单位/s,
  );
  assert.match(textOf(above), /收入支出决算总表编制单位：剑阁县人民政府办公室单位：万元$/);
  assert.match(
    textOf(t01.slice(t01.indexOf('</w:tbl>'))),
    /^注：本表反映部门本年度的总收支和年末结转结余情况。/,
  );
  assert.match(t01, /<w:jc w:val="right"\/>(?:(?!<\/w:p>).)*<w:t xml:space="preserve">651.04<\/w:t>/s);
  assert.match(t01, /<w:b\/>(?:(?!<\/w:r>).)*<w:t xml:space="preserve">本年收入合计<\/w:t>/s);
});

test('the wide 公开13表 is on a landscape page; the rest A4 portrait', () => {
  const t13 = xml.indexOf('财政拨款“三公”经费支出决算表');
  const sectAfter = xml.slice(t13, xml.indexOf('</w:sectPr>', t13));
  assert.match(sectAfter, /<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
  const t12 = xml.indexOf('国有资本经营预算财政拨款支出决算表');
  const sectOfT12 = xml.slice(t12, xml.indexOf('</w:sectPr>', t12));
  assert.match(sectOfT12, /<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
  assert.match(sectOfT12, /<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588"/);
});

test('body footers print the page number as “— N —”; cover and contents are unnumbered', async () => {
  const sections = [...xml.matchAll(/<w:sectPr>(.*?)<\/w:sectPr>/gs)].map((m) => m[1] ?? '');
  assert.equal(sections.length, 4, 'cover, contents, portrait body, landscape 公开13表');
  const rels = await partText(docx, 'word/_rels/document.xml.rels');
  const footerOf = async (section: string, type: string) => {
    const id = section.match(new RegExp(`<w:footerReference w:type="${type}" r:id="(rId\\d+)"/>`))?.[1];
    const target = rels.match(new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`))?.[1];
    assert.ok(target, `no ${type} footer`);
    return partText(docx, `word/${target}`);
  };
  for (const [i, s] of sections.entries()) {
    for (const type of ['default', 'even']) {
      const footer = await footerOf(s, type);
      if (i < 2) assert.doesNotMatch(footer, /PAGE/);
      else {
        assert.match(footer, /<w:instrText xml:space="preserve">PAGE<\/w:instrText>/);
        assert.match(footer, /— .*PAGE.* —/s);
      }
    }
  }
  assert.match(sections[2] ?? '', /<w:pgNumType w:start="1" w:fmt="decimal"\/>/);
});

test('charts are PNGs with the data in words as alt text; the caption follows', async () => {
  const { chartPngs } = await exampleReport();
  const media = (await partNames(docx)).filter((n) => n.startsWith('word/media/'));
  // Equal charts (图1 and 图4 draw the same totals) are stored once.
  const distinct = new Set(Object.values(chartPngs).map((png) => Buffer.from(png).toString('base64')));
  assert.equal(media.length, distinct.size);
  assert.equal(count(xml, /<w:drawing>/g), figuresOf(report).length);
  assert.match(xml, /descr="2021年：930.98万元；2022年：651.04万元"/);
  const drawing = xml.indexOf('<w:drawing>');
  assert.ok(xml.indexOf('图1：收、支决算总计变动情况图', drawing) > drawing, 'caption below the chart');
});

test('lists are numbered in their text, not by Word numbering', () => {
  assert.doesNotMatch(xml, /<w:numPr>/);
  assert.ok(paragraphsStyled('Normal').length === 0, 'body paragraphs use the document defaults');
  assert.match(
    xml,
    /<w:t xml:space="preserve">1.<\/w:t><\/w:r><w:r><w:t xml:space="preserve">协助县政府领导/,
  );
});

test('todo markers are highlighted yellow', () => {
  assert.match(
    xml,
    /<w:highlight w:val="yellow"\/>(?:(?!<\/w:r>).)*<w:t xml:space="preserve">【待补充：单价50万元以上通用设备数】/s,
  );
});

test('equal reports give equal bytes', async () => {
  const { chartPngs } = await exampleReport();
  const again = await renderDocx(report, { chartPngs });
  assert.ok(Buffer.from(again).equals(Buffer.from(docx)));
});
