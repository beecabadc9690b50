/**
 * DOCX of small hand-made reports: text that looks like markup stays text, characters XML cannot hold are
 * dropped, the draft header is on every section only for drafts, and a figure without its PNG shows its data.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { XMLValidator } from 'fast-xml-parser';
import type { Report } from '../../report/types.ts';
import { TOTALS_BAR } from '../charts/testing.ts';
import { DRAFT_MARK } from '../html/styles.ts';
import { renderDocx } from './render-docx.ts';
import { partNames, partText } from './testing.ts';

function tiny(draft: boolean, text = '正文'): Report {
  return {
    title: '测试单位2022年度部门决算',
    entity: '测试单位',
    year: 2022,
    profile: 'sichuan-13',
    draft,
    parts: [
      {
        id: 'part-1',
        number: '第一部分',
        title: '部门概况',
        blocks: [
          { kind: 'heading', level: 1, number: '一、', text: '<b>职责</b>', id: 'h-1' },
          { kind: 'paragraph', runs: [{ text }, { text: '【待补充：人数】', todo: true }] },
          { kind: 'list', style: '1、', items: [[{ text: 'A & B' }], [{ text: '"C"' }]] },
        ],
      },
      { id: 'part-2', number: '第二部分', title: '决算情况说明', blocks: [TOTALS_BAR] },
    ],
  };
}

test('a narrative holding <script> stays text: escaped in the XML, never markup', async () => {
  const docx = await renderDocx(
    tiny(false, '<script>alert("x")</script> & <w:p/>'),
    { chartPngs: {} },
    { pageNumbers: false },
  );
  const xml = await partText(docx, 'word/document.xml');
  assert.equal(XMLValidator.validate(xml), true);
  assert.match(xml, /&lt;script&gt;alert\((&quot;|")x(&quot;|")\)&lt;\/script&gt; &amp; &lt;w:p\/&gt;/);
  assert.doesNotMatch(xml, /<script/);
  assert.match(xml, /&lt;b&gt;职责&lt;\/b&gt;/);
  assert.match(xml, />1、<\/w:t>.*A &amp; B/s);
});

test('characters XML cannot hold are dropped; newlines become line breaks', async () => {
  const docx = await renderDocx(
    tiny(false, 'a\u0007b\u0000c\uFFFEd\uD800e\n第二行'),
    { chartPngs: {} },
    { pageNumbers: false },
  );
  const xml = await partText(docx, 'word/document.xml');
  assert.equal(XMLValidator.validate(xml), true);
  assert.match(xml, />abcde<\/w:t><\/w:r><w:r><w:br\/><w:t xml:space="preserve">第二行</);
});

async function headerTexts(docx: Uint8Array): Promise<string[]> {
  const names = (await partNames(docx)).filter((n) => /^word\/header\d+\.xml$/.test(n));
  return Promise.all(names.map((n) => partText(docx, n)));
}

test('a draft carries 「草稿 未通过校验」 in the header of every section, odd and even pages; a final report none', async () => {
  const draft = await renderDocx(tiny(true), { chartPngs: {} }, { pageNumbers: false });
  const xml = await partText(draft, 'word/document.xml');
  const rels = await partText(draft, 'word/_rels/document.xml.rels');
  const refs = [...xml.matchAll(/<w:headerReference w:type="(default|even)" r:id="(rId\d+)"\/>/g)];
  assert.equal(refs.length, 3 * 2, 'cover, contents and body sections, odd and even');
  for (const [, , id] of refs) {
    const target = rels.match(new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`))?.[1];
    assert.ok(target);
    assert.match(await partText(draft, `word/${target}`), new RegExp(DRAFT_MARK));
  }
  const final = await renderDocx(tiny(false), { chartPngs: {} }, { pageNumbers: false });
  for (const header of await headerTexts(final)) assert.doesNotMatch(header, /草稿/);
  assert.doesNotMatch(await partText(final, 'word/document.xml'), /草稿/);
});

test('a figure without its PNG shows its data as a table above the caption', async () => {
  const docx = await renderDocx(tiny(false), { chartPngs: {} }, { pageNumbers: false });
  const xml = await partText(docx, 'word/document.xml');
  assert.doesNotMatch(xml, /<w:drawing>/);
  const table = xml.slice(xml.lastIndexOf('<w:tbl>'), xml.lastIndexOf('</w:tbl>'));
  for (const t of ['项目', '收、支总计（万元）', '2021年', '930.98', '2022年', '651.04']) {
    assert.match(table, new RegExp(`>${t}</w:t>`));
  }
  assert.ok(xml.indexOf(TOTALS_BAR.caption) > xml.lastIndexOf('</w:tbl>'));
});

test('a part opening with a wide table takes its title onto the landscape page', async () => {
  const cells = Array.from({ length: 10 }, (_, i) => ({ text: `${i + 1}.00`, align: 'right' as const }));
  const wide: Report['parts'][number]['blocks'][number] = {
    kind: 'table',
    id: 'table-wide',
    number: '表1',
    title: '宽表',
    header: [cells.map((_, i) => ({ text: `列${i + 1}` }))],
    body: [{ kind: 'data', cells }],
    notes: [],
    empty: false,
  };
  const report = tiny(false);
  const docx = await renderDocx(
    {
      ...report,
      parts: [...report.parts, { id: 'part-3', number: '第三部分', title: '附表', blocks: [wide] }],
    },
    { chartPngs: {} },
    { pageNumbers: false },
  );
  const xml = await partText(docx, 'word/document.xml');
  const title = xml.lastIndexOf('>第三部分 附表<');
  const previousSection = xml.lastIndexOf('</w:sectPr>', title);
  const section = xml.slice(previousSection, xml.indexOf('</w:sectPr>', title));
  assert.match(section, /w:orient="landscape"/);
  assert.match(section, />10.00</);
});
