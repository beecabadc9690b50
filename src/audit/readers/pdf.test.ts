/**
 * The PDF reader on PDFs made with pdfmake: paragraphs wrapped over lines and pages, running headers and
 * page numbers, a dotted table of contents, a ruled table with merged header cells continued over pages,
 * a table turned on its side, an unruled table, text whose font maps hanzi to Kangxi radicals; unusable
 * files (not a PDF, damaged, encrypted, scanned without a text layer) get a Chinese message naming the file.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { auditFile } from '../audit.ts';
import { AuditInputError, type Block } from '../types.ts';
import { makePdf } from './pdf.testing.ts';
import { read } from './pdf.ts';

function file(name: string, content: string | Uint8Array): string {
  const path = join(mkdtempSync(join(tmpdir(), 'juesuan-pdf-')), name);
  writeFileSync(path, content);
  return path;
}

const lines = (blocks: readonly Block[]) =>
  blocks.flatMap((b) => (b.kind === 'text' ? b.text.split('\n') : []));
const tables = (blocks: readonly Block[]) => blocks.flatMap((b) => (b.kind === 'table' ? [b] : []));

const SENTENCE =
  '2022年度本年支出合计651.04万元，其中：基本支出631.04万元，占96.93%；项目支出20.00万元，占3.07%。';
const HEADER = '示例局2022年度部门决算';

test('paragraphs wrapped over lines and a page break are joined; running header and page numbers are dropped', async () => {
  const long = SENTENCE.repeat(30);
  const pdf = await makePdf(
    {
      header: () => ({ text: HEADER, alignment: 'center', fontSize: 9, margin: [0, 20, 0, 0] }),
      footer: (page: number, pages: number) => ({
        text: `第 ${page} 页 共 ${pages} 页`,
        alignment: 'center',
        fontSize: 9,
      }),
      content: [
        { text: '三、支出决算情况说明', fontSize: 16, margin: [0, 0, 0, 8] },
        { text: long, leadingIndent: 24, alignment: 'justify', lineHeight: 1.5 },
        { text: '四、财政拨款收入支出决算总体情况说明', fontSize: 16, margin: [0, 8, 0, 8] },
        { text: SENTENCE, leadingIndent: 24 },
      ],
    },
    `${HEADER}第页共`,
  );
  const { blocks } = await read(file('wrapped.pdf', pdf));
  assert.deepEqual(lines(blocks), [
    '三、支出决算情况说明',
    long,
    '四、财政拨款收入支出决算总体情况说明',
    SENTENCE,
  ]);
  assert.deepEqual(
    blocks.map((b) => b.page),
    [1, 2],
    'the long paragraph starts on page 1, the next heading is on page 2',
  );
  const { findings } = await auditFile(file('wrapped.pdf', pdf));
  assert.deepEqual(findings, []);
});

test('a dotted table of contents is dropped: each heading is read once, where it stands', async () => {
  const headings = [
    '第一部分 部门概况',
    '一、部门职责',
    '二、机构设置',
    '第二部分 部门决算情况说明',
    '一、收入支出决算总体情况说明',
  ];
  const pdf = await makePdf({
    content: [
      { text: '目  录', alignment: 'center', fontSize: 16 },
      ...headings.map((h, i) => ({ text: `${h}${'…'.repeat(30 - h.length)}${i + 2}` })),
      { text: '', pageBreak: 'after' },
      ...headings.flatMap((h) => [{ text: h, fontSize: 14 }, { text: '正文内容。' }]),
    ],
  });
  const { blocks } = await read(file('toc.pdf', pdf));
  assert.deepEqual(
    lines(blocks).filter((l) => l !== '正文内容。'),
    headings.map((h) => h.replace(' ', '')),
  );
  assert.ok(blocks.every((b) => b.page === 2));
});

const LONG_TABLE = {
  content: [
    { text: '表3 一般公共预算财政拨款支出决算表', alignment: 'center', fontSize: 14 },
    { text: '单位：万元', alignment: 'right', fontSize: 9 },
    {
      table: {
        headerRows: 2,
        widths: [80, '*', 80, 80],
        body: [
          [
            { text: '科目编码', rowSpan: 2 },
            { text: '科目名称', rowSpan: 2 },
            { text: '决算数', colSpan: 2 },
            '',
          ],
          ['', '', '基本支出', '项目支出'],
          ...Array.from({ length: 70 }, (_, i) => [
            `20103${String(i).padStart(2, '0')}`,
            `项目${i + 1}`,
            `${i + 1}.25`,
            '',
          ]),
        ],
      },
    },
    { text: '注：本表反映一般公共预算财政拨款支出情况。', fontSize: 9 },
  ],
};

test('a ruled table with merged header cells, continued over pages with its header repeated, is one table', async () => {
  const pdf = await makePdf(LONG_TABLE);
  const { blocks } = await read(file('long-table.pdf', pdf));
  const [t, ...rest] = tables(blocks);
  assert.equal(rest.length, 0);
  assert.equal(t?.title, '表3 一般公共预算财政拨款支出决算表 单位：万元');
  assert.deepEqual(t?.rows.slice(0, 3), [
    ['科目编码', '科目名称', '决算数', ''],
    ['', '', '基本支出', '项目支出'],
    ['2010300', '项目1', '1.25', ''],
  ]);
  assert.equal(t?.rows.length, 72);
  assert.deepEqual(t?.rows.at(-1), ['2010369', '项目70', '70.25', '']);
  assert.equal(t?.page, 1);
  assert.equal(blocks.at(-1)?.page, 3, 'the table runs over three pages; its note is on the third');
});

const QPDF =
  spawnSync('qpdf', ['--version']).status === 0 ? false : 'qpdf is not installed (apt-get install qpdf)';

test('a table turned onto its side (text running up or down in the PDF, /Rotate to show it upright) reads like the upright one', {
  skip: QPDF,
}, async () => {
  const upright = file('upright.pdf', await makePdf(LONG_TABLE));
  const expected = (await read(upright)).blocks;
  const turn = (from: string, args: string[]) => {
    const to = file('turned.pdf', '');
    execFileSync('qpdf', [...args, from, to]);
    return to;
  };
  for (const degrees of ['+90', '+180', '+270']) {
    const shown = turn(upright, [`--rotate=${degrees}`]);
    const drawn = turn(shown, ['--flatten-rotation']);
    const back = turn(drawn, [`--rotate=-${degrees.slice(1)}`]);
    for (const f of [shown, drawn, back])
      assert.deepEqual((await read(f)).blocks, expected, `turned ${degrees}`);
  }
});

const SANGONG = (reception: string) => ({
  content: [
    { text: '⼀般公共预算财政拨款“三公”经费⽀出决算情况说明', fontSize: 14 },
    {
      text: `2023年度⼀般公共预算财政拨款“三公”经费⽀出年初预算为12.50万元，⽀出决算为10.86万元，完成年初预算的86.88%。其中：因公出国（境）费⽀出决算为0万元，全年未安排因公出国（境）团组；公务⽤⻋购置及运⾏维护费⽀出决算为6.30万元，其中：公务⽤⻋购置费0万元，公务⽤⻋运⾏维护费6.30万元，年末公务⽤⻋保有量为3辆；公务接待费⽀出决算为4.56万元，国内公务接待45批次，320人次。`,
      leadingIndent: 24,
    },
    { text: '⼀般公共预算财政拨款“三公”经费⽀出决算表', alignment: 'center' },
    { text: '单位：万元', alignment: 'right', fontSize: 9 },
    {
      layout: 'noBorders',
      table: {
        widths: [200, 80, 80],
        body: [
          ['项目', '预算数', '决算数'],
          ['合计', '12.50', '10.86'],
          ['因公出国（境）费', '0.00', '0.00'],
          ['公务⽤⻋购置及运⾏维护费', '7.00', '6.30'],
          ['公务接待费', '5.50', reception],
        ],
      },
    },
  ],
});

test('a 三公 page without table rules, in a font that maps hanzi to Kangxi radicals: read, consistent; a wrong table figure is an error quoting both', async () => {
  const ok = await auditFile(file('sangong.pdf', await makePdf(SANGONG('4.56'))));
  assert.deepEqual(ok.findings, []);
  const [t] = ok.facts.doc.tables;
  assert.equal(t?.rows.length, 5);
  assert.ok(ok.facts.tableAmounts.some((a) => a.key === 'sangong.total' && a.role === 'budget'));
  assert.ok(
    ok.facts.amounts.some((a) => a.key === 'sangong.vehicle'),
    '公务⽤⻋ (Kangxi ⽤, radical ⻋) is 公务用车',
  );
  const { findings } = await auditFile(file('sangong.pdf', await makePdf(SANGONG('4.65'))));
  assert.deepEqual(
    findings.map((f) => `${f.severity} ${f.rule}`),
    ['error a.text-vs-table'],
  );
  assert.match(
    findings[0]!.evidence.map((e) => e.text).join(' | '),
    /公务接待费⽀出决算为4\.56万元.*公务接待费，决算数 4\.65/,
  );
  assert.ok(findings[0]!.evidence.every((e) => e.page === 1));
});

const rejects = (path: string, message: RegExp) =>
  assert.rejects(read(path), (e: unknown) => e instanceof AuditInputError && message.test(e.message));

test('unusable files: a Chinese message naming the file', async () => {
  const pdf = await makePdf({ content: ['第一部分 部门概况'] });
  await rejects(file('notes.pdf', '第一部分 部门概况'), /notes\.pdf.*不是 PDF 文件/);
  await rejects(file('cut.pdf', pdf.subarray(0, 400)), /cut\.pdf.*已损坏/);
  await rejects(
    file('locked.pdf', await makePdf({ content: ['第一部分'], userPassword: 'secret' })),
    /locked\.pdf.*已加密/,
  );
  const scan = await makePdf({
    content: [{ canvas: [{ type: 'rect', x: 0, y: 0, w: 300, h: 400, color: '#888888' }] }],
  });
  await rejects(file('scan.pdf', scan), /scan\.pdf.*没有文字层/);
  await rejects(file('empty.pdf', ''), /empty\.pdf.*是空的/);
});
