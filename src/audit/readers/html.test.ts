/**
 * The HTML reader on pages as government sites publish them: GBK with a <meta charset>, traditional
 * characters (mirror sites), list numbers from <ol>, tables with caption, colspan and rowspan, layout
 * tables, hidden and script content, source line breaks inside Chinese text; unusable files refused.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import iconv from 'iconv-lite';
import { auditFile } from '../audit.ts';
import { AuditInputError, type Block } from '../types.ts';
import { htmlToDocument, read } from './html.ts';

function file(name: string, content: string | Uint8Array): string {
  const path = join(mkdtempSync(join(tmpdir(), 'juesuan-html-')), name);
  writeFileSync(path, content);
  return path;
}

const lines = (blocks: readonly Block[]) =>
  blocks.flatMap((b) => (b.kind === 'text' ? b.text.split('\n') : []));
const tables = (blocks: readonly Block[]) => blocks.flatMap((b) => (b.kind === 'table' ? [b] : []));

const TRADITIONAL = (direction: string) => `<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>部門決算</title>
<style>p { text-indent: 2em }</style><script>var x = "本年收入合計999萬元";</script></head>
<body><div class="nav"><nav><a href="/">首頁</a> &gt; <a>財政預決算</a></nav></div>
<h3>二、收入決算情況說明</h3>
<p>2022年本年收入合計651.04萬元，其中：一般公共預算財政撥款收入651.04萬元，佔100%；政府性基金預算財政撥款收入0萬元，佔0%。</p>
<h3>三、支出決算情況說明</h3>
<p>2022年本年支出合計651.04萬元，其中：基本支出631.04萬元，佔96.93%；項目支出20萬元，佔3.07%。與2021年相比，本年支出合計減少
   279.94萬元，下降30.07%。</p>
<h3>十、其他重要事項的情況說明</h3><h4>（一）機關運行經費支出情況</h4>
<p>2022年，機關運行經費支出100.46萬元，比2021年${direction}19.81萬元，下降16.47%。</p>
<p style="display:none">2022年，機關運行經費支出999.99萬元。</p>
</body></html>`;

test('a GBK page in traditional characters (mirror site): decoded by its meta charset, audited like the simplified one', async () => {
  const ok = await auditFile(file('gbk.htm', iconv.encode(TRADITIONAL('減少'), 'gbk')));
  assert.deepEqual(ok.findings, []);
  assert.ok(
    ok.facts.doc.lines.some((l) => l.text.includes('减少279.94万元')),
    'a source line break between 減少 and 279.94 is not a space',
  );
  assert.ok(
    !ok.facts.doc.lines.some((l) => /999|首页/.test(l.text)),
    'script, navigation and hidden text are not read',
  );
  const { findings } = await auditFile(file('gbk.htm', iconv.encode(TRADITIONAL('增加'), 'gbk')));
  assert.deepEqual(
    findings.map((f) => `${f.severity} ${f.rule}`),
    ['error a.direction-word'],
  );
  assert.match(findings[0]!.evidence.map((e) => e.text).join(' '), /機關運行經費支出100\.46萬元/);
});

test('list items get the number of their <ol> unless they print their own; <ul> items get none', () => {
  const { blocks } = htmlToDocument(
    `<h2>一、部门职责</h2><ol><li>拟定政策。</li><li>组织实施。</li></ol>
     <ol start="3"><li>管理直属单位。</li></ol>
     <ol style="list-style-type: cjk-ideographic"><li>收入支出决算总体情况说明</li><li>收入决算情况说明</li></ol>
     <ol><li><span class="num">1.</span>已编号</li></ol><ul><li>要点</li></ul>`,
    'x.html',
  );
  assert.deepEqual(lines(blocks), [
    '一、部门职责',
    '1.拟定政策。',
    '2.组织实施。',
    '3.管理直属单位。',
    '一、收入支出决算总体情况说明',
    '二、收入决算情况说明',
    '1.已编号',
    '要点',
  ]);
});

test('tables: caption (or the lines above) as title, colspan/rowspan laid on a grid, 栏次 row dropped; layout tables read as text', () => {
  const { blocks } = htmlToDocument(
    `<p>公开13表</p><p>财政拨款“三公”经费支出决算表</p><p>编制单位：示例局　　单位：万元</p>
     <table border="1"><thead>
       <tr><th rowspan="2">项目</th><th colspan="2">预算数</th><th colspan="2">决算数</th></tr>
       <tr><th>合计</th><th>公务接待费</th><th>合计</th><th>公务接待费</th></tr>
       <tr><td>栏次</td><td>1</td><td>2</td><td>3</td><td>4</td></tr></thead>
       <tbody><tr><td>金额</td><td>5.50</td><td>5.50</td><td>4.56</td><td>4.56</td></tr></tbody></table>
     <table><caption>表2 收入决算表 （单位：元）</caption><tr><td>合计</td><td>1,000.00</td></tr><tr><td>其他收入</td><td>1,000.00</td></tr></table>
     <table><tr><td><p>本单位2022年度无政府性基金预算财政拨款收入，也没有使用政府性基金预算财政拨款安排的支出，故本表无数据。本说明足够长以致被视为正文段落而非表格单元格。这一句用来凑足长度，使之成为一段正文。</p></td><td></td></tr></table>`,
    'x.html',
  );
  const [sangong, income] = tables(blocks);
  assert.equal(sangong?.title, '公开13表 财政拨款“三公”经费支出决算表 单位：万元');
  assert.deepEqual(sangong?.rows, [
    ['项目', '预算数', '', '决算数', ''],
    ['', '合计', '公务接待费', '合计', '公务接待费'],
    ['金额', '5.50', '5.50', '4.56', '4.56'],
  ]);
  assert.equal(income?.title, '表2 收入决算表 单位：元');
  assert.equal(tables(blocks).length, 2);
  assert.ok(lines(blocks).some((l) => l.startsWith('本单位2022年度无政府性基金预算财政拨款收入')));
});

const rejects = (path: string, message: RegExp) =>
  assert.rejects(read(path), (e: unknown) => e instanceof AuditInputError && message.test(e.message));

test('unusable files: a Chinese message naming the file', async () => {
  await rejects(
    file('image.html', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0])),
    /image\.html.*不是 HTML/,
  );
  await rejects(file('plain.html', '第一部分 部门概况\n一、部门职责'), /plain\.html.*没有网页标记/);
  await rejects(
    file('blank.html', '<html><body><script>x()</script><p> </p></body></html>'),
    /blank\.html.*没有可审查的正文/,
  );
  await rejects(file('empty.html', ''), /empty\.html.*是空的/);
});
