/**
 * The DOCX reader on real Word files: written with the docx library (automatic numbering from
 * numbering.xml, merged cells) and as Word writes them by hand-assembled parts zipped with fflate (a TOC
 * field, tracked changes, rendered page breaks); unusable files get a Chinese message naming the file.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  AlignmentType,
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
} from 'docx';
import { strToU8, zipSync } from 'fflate';
import { auditFile } from '../audit.ts';
import { AuditInputError, type Block } from '../types.ts';
import { read } from './docx.ts';

function file(name: string, content: string | Uint8Array): string {
  const path = join(mkdtempSync(join(tmpdir(), 'juesuan-docx-')), name);
  writeFileSync(path, content);
  return path;
}

const lines = (blocks: readonly Block[]) =>
  blocks.flatMap((b) => (b.kind === 'text' ? b.text.split('\n') : []));
const tables = (blocks: readonly Block[]) => blocks.filter((b) => b.kind === 'table');

const cell = (text: string, opts: { columnSpan?: number; rowSpan?: number } = {}) =>
  new TableCell({ children: [new Paragraph(text)], ...opts });

test('automatic numbering is printed as Word shows it: 一、 （一） 1. and a restart under each heading', async () => {
  const numbered = (
    text: string,
    level: number,
    heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel],
  ) => new Paragraph({ text, numbering: { reference: 'report', level }, ...(heading ? { heading } : {}) });
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: 'report',
          levels: [
            { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.LEFT },
            { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', alignment: AlignmentType.LEFT },
            { level: 2, format: LevelFormat.DECIMAL, text: '%3.', alignment: AlignmentType.LEFT },
          ],
        },
        {
          reference: 'dots',
          levels: [{ level: 0, format: LevelFormat.BULLET, text: '●', alignment: AlignmentType.LEFT }],
        },
      ],
    },
    sections: [
      {
        children: [
          numbered('收入支出决算总体情况说明', 0, HeadingLevel.HEADING_1),
          numbered('收入决算情况', 1),
          numbered('财政拨款收入', 2),
          numbered('其他收入', 2),
          numbered('支出决算情况', 1),
          new Paragraph({ text: '要点', numbering: { reference: 'dots', level: 0 } }),
          numbered('财政拨款收入支出决算总体情况说明', 0, HeadingLevel.HEADING_1),
          numbered('总体情况', 1),
          ...Array.from({ length: 10 }, (_, i) => numbered(`事项${i + 1}`, 0)),
        ],
      },
    ],
  });
  const { blocks } = await read(file('numbered.docx', await Packer.toBuffer(doc)));
  assert.deepEqual(lines(blocks).slice(0, 8), [
    '一、收入支出决算总体情况说明',
    '（一）收入决算情况',
    '1.财政拨款收入',
    '2.其他收入',
    '（二）支出决算情况',
    '要点',
    '二、财政拨款收入支出决算总体情况说明',
    '（一）总体情况',
  ]);
  assert.deepEqual(lines(blocks).slice(-2), ['十一、事项9', '十二、事项10']);
});

test('merged cells: a gridSpan or vMerge cell is printed once, the slots it covers are blank', async () => {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph('公开13表'),
          new Paragraph('财政拨款“三公”经费支出决算表'),
          new Paragraph('编制单位：示例局\t单位：万元'),
          new Table({
            rows: [
              new TableRow({
                children: [
                  cell('项目', { rowSpan: 2 }),
                  cell('预算数', { columnSpan: 2 }),
                  cell('决算数', { columnSpan: 2 }),
                ],
              }),
              new TableRow({
                children: [cell('合计'), cell('公务接待费'), cell('合计'), cell('公务接待费')],
              }),
              new TableRow({
                children: [cell('金额'), cell('5.50'), cell('5.50'), cell('4.56'), cell('4.56')],
              }),
            ],
          }),
          new Paragraph('注：本表反映“三公”经费支出预决算情况。'),
        ],
      },
    ],
  });
  const { blocks } = await read(file('merged.docx', await Packer.toBuffer(doc)));
  const [t] = tables(blocks);
  assert.equal(t?.kind === 'table' && t.title, '公开13表 财政拨款“三公”经费支出决算表 单位：万元');
  assert.deepEqual(t?.kind === 'table' && t.rows, [
    ['项目', '预算数', '', '决算数', ''],
    ['', '合计', '公务接待费', '合计', '公务接待费'],
    ['金额', '5.50', '5.50', '4.56', '4.56'],
  ]);
  assert.ok(lines(blocks).includes('注：本表反映“三公”经费支出预决算情况。'));
});

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const p = (inner: string, style?: string) =>
  `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}${inner}</w:p>`;
const r = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;

/** A DOCX made of the parts Word writes (document, styles, package relationships). */
function wordFile(body: string, styles = ''): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`,
    ),
    ...(styles === ''
      ? {}
      : { 'word/styles.xml': strToU8(`<?xml version="1.0"?><w:styles ${W}>${styles}</w:styles>`) }),
  });
}

test('as Word writes it: the TOC field and toc-styled lines are left out, tracked deletions too, pages from rendered breaks', async () => {
  const styles = '<w:style w:type="paragraph" w:styleId="12"><w:name w:val="toc 2"/></w:style>';
  const body = [
    p(r('目录')),
    p(
      `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${r('第一部分 部门概况\t1')}`,
    ),
    p(r('一、收入支出决算总体情况说明\t3')),
    p(`${r('二、收入决算情况说明\t4')}<w:r><w:fldChar w:fldCharType="end"/></w:r>`),
    p(r('三、支出决算情况说明\t5'), '12'),
    p(r('第一部分 部门概况')),
    p(
      `${r('2022年度收、支总计均为')}<w:del><w:r><w:delText>615.04</w:delText></w:r></w:del><w:ins><w:r><w:t>651.04</w:t></w:r></w:ins>${r('万元。')}`,
    ),
    p(`<w:r><w:lastRenderedPageBreak/><w:t>一、收入支出决算总体情况说明</w:t></w:r>`),
    p(`${r('本年收入合计651.04万元')}<w:r><w:br/></w:r>${r('本年支出合计651.04万元')}`),
  ].join('');
  const { blocks } = await read(file('word.docx', wordFile(body, styles)));
  assert.deepEqual(
    blocks.map((b) => (b.kind === 'text' ? [b.page, b.text] : [])),
    [
      [1, '目录\n第一部分 部门概况\n2022年度收、支总计均为651.04万元。'],
      [2, '一、收入支出决算总体情况说明\n本年收入合计651.04万元\n本年支出合计651.04万元'],
    ],
  );
});

test('a 三公 page in Word (another province’s style): consistent; a table figure that differs is an error quoting both', async () => {
  const page = async (reception: string) => {
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph('示例区司法局2023年度一般公共预算财政拨款“三公”经费支出决算情况说明'),
            new Paragraph(
              '2023年度一般公共预算财政拨款“三公”经费支出年初预算为12.50万元，支出决算为10.86万元，完成年初预算的86.88%。其中：因公出国（境）费支出决算为0万元，全年未安排因公出国（境）团组；公务用车购置及运行维护费支出决算为6.30万元，其中：公务用车购置费0万元，公务用车运行维护费6.30万元，年末公务用车保有量为3辆；公务接待费支出决算为4.56万元，国内公务接待45批次，320人次。',
            ),
            new Paragraph('一般公共预算财政拨款“三公”经费支出决算表'),
            new Paragraph('单位：万元'),
            new Table({
              rows: [
                ['项目', '预算数', '决算数'],
                ['合计', '12.50', '10.86'],
                ['因公出国（境）费', '0.00', '0.00'],
                ['公务用车购置及运行维护费', '7.00', '6.30'],
                ['其中：公务用车购置费', '0.00', '0.00'],
                ['公务用车运行维护费', '7.00', '6.30'],
                ['公务接待费', '5.50', reception],
              ].map((row) => new TableRow({ children: row.map((c) => cell(c)) })),
            }),
          ],
        },
      ],
    });
    return auditFile(file('sangong.docx', await Packer.toBuffer(doc)));
  };
  assert.deepEqual((await page('4.56')).findings, []);
  const { findings } = await page('4.65');
  assert.deepEqual(
    findings.map((f) => `${f.severity} ${f.rule}`),
    ['error a.text-vs-table'],
  );
  assert.match(
    findings[0]!.evidence.map((e) => e.text).join(' | '),
    /公务接待费支出决算为4\.56万元.*公务接待费，决算数 4\.65/,
  );
});

const rejects = (path: string, message: RegExp) =>
  assert.rejects(read(path), (e: unknown) => e instanceof AuditInputError && message.test(e.message));

test('unusable files: a Chinese message naming the file', async () => {
  await rejects(file('plain.docx', '第一部分 部门概况'), /plain\.docx.*不是 Word（DOCX）文件/);
  await rejects(
    file('locked.docx', Buffer.from('d0cf11e0a1b11ae1000000000000000000000000', 'hex')),
    /locked\.docx.*已加密/,
  );
  const whole = wordFile(p(r('第一部分 部门概况')));
  await rejects(file('cut.docx', whole.subarray(0, whole.length - 40)), /cut\.docx.*已损坏/);
  await rejects(file('other.docx', zipSync({ 'a.txt': strToU8('x') })), /other\.docx.*缺少正文/);
  await rejects(file('blank.docx', wordFile(p(''))), /blank\.docx.*没有可审查的正文/);
  await rejects(
    file('broken.docx', zipSync({ 'word/document.xml': strToU8('<w:document><w:body><w:p>') })),
    /broken\.docx.*已损坏/,
  );
  await rejects(file('empty.docx', ''), /empty\.docx.*是空的/);
  await rejects(join(tmpdir(), 'juesuan-no-such-file.docx'), /找不到该文件/);
});
