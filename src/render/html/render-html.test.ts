import assert from 'node:assert/strict';
import { test } from 'node:test';
import { HtmlValidate } from 'html-validate';
import { cellAnchor } from '../../report/anchors.ts';
import type { Report, Run } from '../../report/types.ts';
import { ancestor, attr, byTag, elements, hasClass, parseDoc, text } from './dom.test-util.ts';
import { SCRIPT_TEXT, TEST_CHARTS, testReport } from './fixture.ts';
import { renderHtml } from './render-html.ts';
import { DRAFT_MARK } from './styles.ts';

const report = testReport();
const html = renderHtml(report, { charts: TEST_CHARTS });
const doc = parseDoc(html);
const all = elements(doc);
const ids = new Set(all.map((e) => attr(e, 'id')).filter((id) => id !== undefined));

function refRuns(r: Report): Run[] {
  const runs: Run[] = [];
  for (const p of r.parts) {
    for (const b of p.blocks) {
      if (b.kind === 'paragraph' || b.kind === 'note') runs.push(...b.runs);
      if (b.kind === 'list') runs.push(...b.items.flat());
    }
  }
  return runs.filter((run) => 'ref' in run);
}

test('the document is valid HTML (html-validate, recommended and document rules)', async () => {
  for (const draft of [false, true]) {
    const v = new HtmlValidate({
      extends: ['html-validate:recommended', 'html-validate:document'],
      // The cover title and each part (第一部分 …) are top-level divisions, each an <h1>.
      rules: { 'heading-level': ['error', { allowMultipleH1: true }] },
    });
    const out = renderHtml(testReport({ draft }), {
      charts: TEST_CHARTS,
      fontCss: '@font-face { font-family: "X"; }',
    });
    const result = await v.validateString(out);
    const messages = result.results.flatMap((r) =>
      r.messages.map((m) => `${m.ruleId} @${m.line}: ${m.message}`),
    );
    assert.deepEqual(messages, []);
  }
});

test('head: doctype, lang zh-CN, charset, title', () => {
  assert.ok(html.startsWith('<!DOCTYPE html>'));
  const [root] = byTag(doc, 'html');
  assert.equal(attr(root!, 'lang'), 'zh-CN');
  assert.ok(byTag(doc, 'meta').some((m) => attr(m, 'charset') === 'utf-8'));
  assert.equal(text(byTag(doc, 'title')[0]!), report.title);
});

test('no script element, no event handler, no external resource', () => {
  assert.equal(byTag(doc, 'script').length, 0);
  assert.equal(byTag(doc, 'link').length, 0);
  for (const e of all) {
    for (const a of e.attrs) {
      assert.ok(!/^on/i.test(a.name), `${e.tagName} has ${a.name}`);
      if (a.name === 'href' || a.name === 'src')
        assert.match(a.value, /^#/, `${e.tagName} ${a.name}=${a.value}`);
    }
  }
  assert.doesNotMatch(html, /url\((?!data:)/);
});

test('markup in the text renders as text, escaped in the source', () => {
  assert.ok(!html.includes(SCRIPT_TEXT));
  assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  const p = byTag(doc, 'p').find((e) => text(e).includes('周三夜学'));
  assert.equal(text(p!), `全年开展“周三夜学”活动43次。${SCRIPT_TEXT}`);
  assert.ok(byTag(doc, 'p').some((e) => text(e) === `注：${SCRIPT_TEXT}`));
});

test('every figure in the text whose cell is in the document links to that cell', () => {
  const links = byTag(doc, 'a', 'fig');
  const linkable = refRuns(report).filter((r) => 'ref' in r && ids.has(cellAnchor(r.ref)));
  assert.equal(links.length, linkable.length);
  assert.equal(links.length, 4);
  for (const a of links) {
    const target = attr(a, 'href')!.slice(1);
    assert.ok(ids.has(target), `dangling ${target}`);
    const cell = all.find((e) => attr(e, 'id') === target)!;
    assert.equal(cell.tagName, 'td');
    assert.ok(text(a).startsWith(text(cell)), `${text(a)} vs cell ${text(cell)}`);
  }
  // A figure whose table is not in the report (T01) stays plain text, never a dangling link.
  const orphan = byTag(doc, 'span', 'fig');
  assert.deepEqual(orphan.map(text), ['279.94万元']);
});

test('ids are unique', () => {
  const list = all.map((e) => attr(e, 'id')).filter((id) => id !== undefined);
  assert.equal(new Set(list).size, list.length);
});

test('todo runs are highlighted marks', () => {
  const marks = byTag(doc, 'mark', 'todo');
  assert.deepEqual(marks.map(text), ['【待补充：主要变动原因】']);
});

test('the table of contents links parts, level-1 and level-2 headings and tables, all resolving', () => {
  const nav = byTag(doc, 'nav').find((n) => attr(n, 'aria-label') === '目录');
  assert.ok(nav);
  const links = byTag(nav, 'a');
  for (const a of links) assert.ok(ids.has(attr(a, 'href')!.slice(1)), attr(a, 'href'));
  const labels = links.map(text);
  assert.deepEqual(labels.slice(0, 5), [
    '第一部分 部门概况',
    '一、部门职责及重点工作',
    '（一）部门职责',
    '（二）重点工作完成情况',
    '二、机构设置',
  ]);
  assert.ok(labels.includes('公开13表 财政拨款“三公”经费支出决算表'));
  assert.ok(!labels.some((l) => l.includes('加强思想政治建设')), 'level-3 headings stay out of the TOC');
  const part = byTag(doc, 'section', 'part')[0]!;
  assert.equal(attr(part, 'id'), 'part-1');
});

test('parts are sections with an h1; headings h2–h5 carry their printed numbers', () => {
  const sections = byTag(doc, 'section', 'part');
  assert.equal(sections.length, 3);
  assert.equal(text(byTag(sections[0]!, 'h1')[0]!), '第一部分 部门概况');
  const h = (tag: string) => byTag(sections[0]!, tag).map(text);
  assert.deepEqual(h('h2'), ['一、部门职责及重点工作', '二、机构设置']);
  assert.deepEqual(h('h3'), ['（一）部门职责', '（二）重点工作完成情况']);
  assert.deepEqual(h('h4'), ['1.加强思想政治建设']);
  assert.deepEqual(h('h5'), ['（1）政务信息卓有成效']);
});

test('lists print their numbering as text', () => {
  const lists = byTag(doc, 'ol', 'list');
  assert.deepEqual(
    byTag(lists[0]!, 'li').map((li) => text(li).slice(0, 2)),
    ['1.', '2.'],
  );
  assert.deepEqual(
    byTag(lists[1]!, 'li').map((li) => text(li).slice(0, 2)),
    ['1、', '2、'],
  );
  assert.equal(text(byTag(doc, 'ul', 'plain')[0]!), '\n（无下属二级单位）\n');
  assert.doesNotMatch(html, /counter-(reset|increment)/);
});

test('every th has a scope: col or colgroup in the head, row in the body', () => {
  const ths = byTag(doc, 'th');
  assert.ok(ths.length > 30);
  for (const th of ths) {
    const scope = attr(th, 'scope');
    if (ancestor(th, 'thead')) {
      assert.equal(scope, Number(attr(th, 'colspan') ?? '1') > 1 ? 'colgroup' : 'col', text(th));
    } else {
      assert.equal(scope, 'row', text(th));
    }
  }
});

test('the draft banner and watermark appear only on a draft', () => {
  assert.ok(!html.includes(DRAFT_MARK));
  assert.doesNotMatch(html, /@top-center/);
  const draft = renderHtml(testReport({ draft: true }), { charts: TEST_CHARTS });
  const d = parseDoc(draft);
  const banner = elements(d).filter((e) => hasClass(e, 'draft-banner'));
  assert.equal(banner.length, 1);
  assert.equal(text(banner[0]!), DRAFT_MARK);
  assert.equal(elements(d).filter((e) => hasClass(e, 'draft-watermark')).length, 1);
  assert.match(draft, /@top-center \{ content: "草稿 未通过校验"/);
});

test('the cover shows title, entity and year', () => {
  const cover = byTag(doc, 'header', 'cover')[0]!;
  assert.equal(text(byTag(cover, 'h1')[0]!), report.title);
  assert.ok(text(cover).includes(report.entity));
  assert.ok(text(cover).includes('2022年度'));
});

test('font CSS goes into the head style and cannot close it early', () => {
  const out = renderHtml(report, { charts: TEST_CHARTS, fontCss: '@font-face{}</style><script>x</script>' });
  const d = parseDoc(out);
  assert.equal(byTag(d, 'script').length, 0);
  assert.equal(byTag(d, 'style').length, 1);
  assert.ok(text(byTag(d, 'style')[0]!).startsWith('@font-face{}'));
});

test('print CSS: A4 pages, a page per part, repeated table headers, unbroken rows and figures', () => {
  assert.match(html, /@page \{ size: A4;/);
  assert.match(html, /counter\(page\)/);
  assert.match(html, /\.part \{[^}]*break-before: page/);
  assert.match(html, /thead \{ display: table-header-group; \}/);
  assert.match(html, /tr, th, td, figure[^{]*\{ break-inside: avoid/);
});
