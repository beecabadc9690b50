import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { example, wan } from '../../../test/helpers.ts';
import { buildReport } from '../../narrative/document.ts';
import { reportPlainText } from '../../report/plain-text.ts';
import type { Figure, Report } from '../../report/types.ts';
import { renderChartSvg } from '../charts/index.ts';
import { DRAFT_MARK, renderPdf, TOC_TITLE } from './index.ts';
import { figures, type PdfRead, readPdf, subsequenceMiss } from './pdf-read.test-util.ts';

function chartSvgs(report: Report): Record<string, string> {
  const svgs: Record<string, string> = {};
  for (const p of report.parts)
    for (const b of p.blocks) if (b.kind === 'figure') svgs[b.id] = renderChartSvg(b);
  return svgs;
}

const KANGXI = /[\u2e80-\u2fdf]/u;

describe('renderPdf on the example report', () => {
  const report = buildReport(example());
  let bytes: Uint8Array;
  let pdf: PdfRead;
  before(async () => {
    bytes = await renderPdf(report, { chartSvgs: chartSvgs(report) });
    pdf = await readPdf(bytes);
  });

  it('is a PDF with every figure of the report in reading order and no Kangxi radicals', () => {
    assert.equal(Buffer.from(bytes.subarray(0, 5)).toString('latin1'), '%PDF-');
    const text = pdf.pages.map((p) => p.text).join('\n');
    const expected = figures(reportPlainText(report));
    assert.ok(expected.length > 300, `only ${expected.length} figures in the report`);
    for (const f of ['651.04', '30.07%', '930.98', '18.07', '100.46', '530.58'])
      assert.ok(expected.includes(f));
    const miss = subsequenceMiss(expected, figures(text));
    assert.equal(miss, undefined, `figure #${miss} (${expected[miss ?? 0]}) is missing or out of order`);
    const spaced = /(?:[\u4e00-\u9fff] ){3}/u.exec(text);
    assert.equal(spaced, null, `justified text reads as spaced-out characters: ${spaced?.[0]}`);
    const kangxi = [...text].find((ch) => KANGXI.test(ch));
    assert.equal(kangxi, undefined, `extracted text has U+${kangxi?.codePointAt(0)?.toString(16)}`);
  });

  it('has the parts in its outline, with level-1 and level-2 sections nested under them', () => {
    assert.deepEqual(
      pdf.outline.map((o) => o.title),
      report.parts.map((p) => `${p.number} ${p.title}`),
    );
    const part2 = pdf.outline[1]!;
    assert.ok(part2.items.some((i) => i.title === '一、收入支出决算总体情况说明'));
    const five = part2.items.find((i) => i.title === '五、一般公共预算财政拨款支出决算情况说明');
    assert.deepEqual(
      five?.items.map((i) => i.title),
      [
        '（一）一般公共预算财政拨款支出决算总体情况',
        '（二）一般公共预算财政拨款支出决算结构情况',
        '（三）一般公共预算财政拨款支出决算具体情况',
      ],
    );
    assert.ok(pdf.outline[4]!.items.some((i) => i.title === '公开13表 财政拨款“三公”经费支出决算表'));
  });

  it('prints A4 pages, the wide 公开13表 on a landscape page', () => {
    const landscape = pdf.pages.filter((p) => p.width > p.height);
    for (const p of pdf.pages) {
      const [w, h] = p.width < p.height ? [p.width, p.height] : [p.height, p.width];
      assert.ok(Math.abs(w - 595.28) < 0.5 && Math.abs(h - 841.89) < 0.5, `page ${w}×${h} is not A4`);
    }
    assert.equal(landscape.length, 1);
    assert.match(landscape[0]!.text, /财政拨款“三公”经费支出决算表/);
  });

  it('embeds subset fonts (body serif, headings and tables sans) and draws charts as vectors with text', () => {
    const raw = Buffer.from(bytes).toString('latin1');
    assert.ok((raw.match(/\/FontFile2/g) ?? []).length >= 3);
    const used = new Set(pdf.pages.flatMap((p) => p.fonts));
    for (const name of ['NotoSerifSC-Regular', 'NotoSansSC-Regular', 'NotoSansSC-Bold']) {
      assert.ok(
        [...used].some((f) => new RegExp(`^[A-Z]{6}\\+${name}$`).test(f)),
        `${name} not embedded as a subset`,
      );
    }
    assert.ok(bytes.length < 2_000_000, `${bytes.length} bytes: fonts are not subset`);
    const chartPage = pdf.pages.find((p) => p.text.includes('图1：收、支决算总计变动情况图'))!;
    assert.match(chartPage.text, /930\.98/); // the bar label, drawn as text by the SVG
    assert.equal(
      pdf.pages.reduce((n, p) => n + p.images, 0),
      0,
      'a chart was rasterised',
    );
  });

  it('has its metadata: title, author = entity, language', () => {
    assert.equal(pdf.info['Title'], report.title);
    assert.equal(pdf.info['Author'], report.entity);
    assert.equal(pdf.info['Language'], 'zh-CN');
  });

  it('has a table of contents whose page numbers point at the parts, and page numbers in the footer', () => {
    const tocPage = pdf.pages.findIndex((p) => p.text.startsWith(TOC_TITLE));
    assert.equal(tocPage, 1);
    const toc = pdf.pages
      .slice(1, 4)
      .map((p) => p.text)
      .join('\n');
    for (const part of report.parts) {
      const title = `${part.number} ${part.title}`;
      const m = new RegExp(`${title}\\s*(\\d+)`).exec(toc);
      assert.ok(m, `${title} is not in the table of contents`);
      const page = pdf.pages[Number(m[1]) - 1]!;
      assert.ok(page.text.includes(title), `the table of contents sends ${title} to page ${m[1]}`);
    }
    pdf.pages.slice(1).forEach((p, i) => {
      assert.ok(p.text.includes(`— ${i + 2} —`), `no page number on page ${i + 2}`);
    });
  });

  it('has no draft mark when the report is not a draft', () => {
    assert.ok(pdf.pages.every((p) => !p.text.includes('草稿')));
  });

  it('carries the draft mark on every page of a draft', async () => {
    const draft = await readPdf(
      await renderPdf({ ...report, draft: true }, { chartSvgs: chartSvgs(report) }),
    );
    assert.equal(draft.pages.length, pdf.pages.length);
    draft.pages.forEach((p, i) => {
      assert.ok(p.text.includes(DRAFT_MARK), `page ${i + 1} has no draft mark`);
    });
  });
});

describe('renderPdf on small reports', () => {
  const base: Report = {
    title: '测试单位2023年度部门决算',
    entity: '测试单位',
    year: 2023,
    profile: 'sichuan-13',
    draft: false,
    parts: [],
  };

  it('prints a narrative containing markup literally', async () => {
    const report: Report = {
      ...base,
      parts: [
        {
          id: 'part-1',
          number: '第一部分',
          title: '部门概况',
          blocks: [
            { kind: 'heading', level: 1, number: '一、', text: '<b>职责</b>', id: 'sec-1' },
            { kind: 'paragraph', runs: [{ text: '说明<script>alert("x")</script>&amp;结束' }] },
            {
              kind: 'paragraph',
              runs: [{ text: '设备' }, { text: '【待补充：设备数】', todo: true }, { text: '台。' }],
            },
          ],
        },
      ],
    };
    const pdf = await readPdf(await renderPdf(report, { chartSvgs: {} }));
    const text = pdf.pages.map((p) => p.text).join('');
    assert.ok(text.includes('说明<script>alert("x")</script>&amp;结束'));
    assert.ok(text.includes('一、<b>职责</b>'));
    assert.ok(text.includes('设备【待补充：设备数】台。'));
  });

  it('draws chart text in the embedded sans font whatever family the SVG names, and renders concurrently', async () => {
    const figure: Figure = {
      kind: 'figure',
      id: 'fig-1',
      number: 1,
      caption: '图1：收、支决算总计变动情况图',
      unit: '万元',
      chart: 'bar',
      categories: ['2021年', '2022年'],
      series: [{ name: '收、支总计', values: [wan('930.98'), wan('651.04')] }],
    };
    const withChart: Report = {
      ...base,
      parts: [{ id: 'part-1', number: '第一部分', title: '图表', blocks: [figure] }],
    };
    const svg = renderChartSvg(figure)
      .replaceAll("'Noto Sans SC', ", '')
      .replaceAll('Noto Sans SC', 'Nowhere');
    assert.ok(!svg.includes('Noto Sans SC'));
    const other: Report = {
      ...base,
      parts: [{ id: 'part-1', number: '第一部分', title: '鑫淼犇', blocks: [] }],
    };
    const [a, b] = await Promise.all([
      renderPdf(withChart, { chartSvgs: { 'fig-1': svg } }).then(readPdf),
      renderPdf(other, { chartSvgs: {} }).then(readPdf),
    ]);
    const page = a.pages.find((p) => p.text.includes('图1'))!;
    assert.match(page.text, /930\.98/);
    assert.match(page.text, /2021年/);
    assert.ok(page.fonts.some((f) => f.endsWith('+NotoSansSC-Regular')));
    assert.ok(b.pages.some((p) => p.text.includes('第一部分 鑫淼犇')));
  });

  it('renders the same bytes twice for a fixed creation date', async () => {
    const createdAt = new Date(Date.UTC(2023, 4, 1));
    const a = await renderPdf(base, { chartSvgs: {} }, { createdAt });
    const b = await renderPdf(base, { chartSvgs: {} }, { createdAt });
    assert.deepEqual(Buffer.from(a), Buffer.from(b));
  });
});
