import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { BodyRow, Report, ReportTable } from '../../report/types.ts';
import { renderPdf } from './index.ts';
import { readPdf } from './pdf-read.test-util.ts';
import { balancedText, columnWidths, expandRows, gridWidth } from './table-grid.ts';

type C = { text: string; colSpan?: number; rowSpan?: number };
const c = (text: string, colSpan?: number, rowSpan?: number): C => ({
  text,
  ...(colSpan ? { colSpan } : {}),
  ...(rowSpan ? { rowSpan } : {}),
});

describe('expandRows', () => {
  it('puts placeholders where merged cells cover the grid (covered cells are omitted in the tree)', () => {
    const rows: C[][] = [
      [c('项目', 2), c('本年收入', 1, 2), c('本年支出', 3)],
      [c('编码'), c('名称'), c('小计'), c('基本'), c('项目')],
    ];
    assert.equal(gridWidth(rows), 6);
    const grid = expandRows(rows, 6);
    assert.deepEqual(
      grid.map((r) => r.map((s) => (s.kind === 'cell' ? s.cell.text : s.kind))),
      [
        ['项目', 'covered', '本年收入', '本年支出', 'covered', 'covered'],
        ['编码', '名称', 'covered', '小计', '基本', '项目'],
      ],
    );
  });

  it('places cells after row-spanning cells of earlier rows, clamps spans and pads short rows', () => {
    const rows: C[][] = [
      [c('完成指标', 1, 3), c('数量指标', 1, 2), c('a')],
      [c('b')],
      [c('质量指标'), c('c')],
      [c('x', 5, 9)],
    ];
    assert.equal(gridWidth(rows), 5);
    const grid = expandRows(rows, 3);
    assert.deepEqual(
      grid.map((r) => r.map((s) => (s.kind === 'cell' ? `${s.cell.text}${s.rowSpan}${s.colSpan}` : s.kind))),
      [
        ['完成指标31', '数量指标21', 'a11'],
        ['covered', 'covered', 'b11'],
        ['covered', '质量指标11', 'c11'],
        ['x13', 'covered', 'covered'],
      ],
    );
    assert.deepEqual(
      expandRows([[c('a')], []], 2).map((r) => r.map((s) => s.kind)),
      [
        ['cell', 'pad'],
        ['pad', 'pad'],
      ],
    );
  });
});

describe('columnWidths', () => {
  it('fills the width, never squeezes a column below its fixed need, and scales when all fits', () => {
    const widths = columnWidths(
      [
        { fixed: 36, natural: 160 },
        { fixed: 40, natural: 40 },
        { fixed: 40, natural: 40 },
      ],
      200,
    );
    assert.ok(Math.abs(widths.reduce((a, b) => a + b, 0) - 200) < 1e-9);
    assert.ok(widths[1]! >= 40 && widths[2]! >= 40);
    assert.deepEqual(
      columnWidths(
        [
          { fixed: 10, natural: 50 },
          { fixed: 10, natural: 50 },
        ],
        200,
      ),
      [100, 100],
    );
  });
});

describe('balancedText', () => {
  it('breaks a long header into even lines, never inside a number or before closing punctuation', () => {
    assert.equal(balancedText('本年支出合计', 40, 9), '本年支\n出合计');
    assert.equal(balancedText('本年支出合计', 60, 9), '本年支出合计');
    assert.equal(balancedText('因公出国（境）费', 40, 9), '因公出国\n（境）费');
    for (const line of balancedText('因公出国（境）费', 30, 9).split('\n')) {
      assert.ok(line.length <= 3 && !line.startsWith('）') && !line.endsWith('（'), line);
    }
    assert.ok(!balancedText('2022年决算数', 30, 9).includes('20\n22'));
  });
});

function longTable(rows: number, columns: number): ReportTable {
  const body: BodyRow[] = Array.from({ length: rows }, (_, i) => ({
    kind: i === rows - 1 ? 'total' : 'data',
    level: (i % 3) as 0 | 1 | 2,
    cells: [
      { text: `${2010000 + i}`, align: 'left', rowHeader: true },
      { text: `支出项目第${i + 1}行`, align: 'left', rowHeader: true },
      ...Array.from({ length: columns - 2 }, (_, k) => ({
        text: `${(i * 7 + k) % 1000}.${k}5`,
        align: 'right' as const,
      })),
    ],
  }));
  return {
    kind: 'table',
    id: 'table-long',
    number: '表1',
    title: '长表',
    entityLine: '编制单位：测试单位',
    unitLine: '单位：万元',
    header: [
      [
        { text: '项目', colSpan: 2 },
        { text: '合计', rowSpan: 2 },
        { text: '明细', colSpan: columns - 3 },
      ],
      [
        { text: '科目编码' },
        { text: '科目名称' },
        ...Array.from({ length: columns - 3 }, (_, k) => ({ text: `明细${k + 1}` })),
      ],
    ],
    columnNumbers: ['栏次', '', ...Array.from({ length: columns - 2 }, (_, k) => `${k + 1}`)],
    body,
    notes: ['注：本表为测试表。'],
    empty: false,
  };
}

function reportWith(table: ReportTable): Report {
  return {
    title: '测试',
    entity: '测试单位',
    year: 2023,
    profile: 'sichuan-13',
    draft: false,
    parts: [{ id: 'part-1', number: '第一部分', title: '附表', blocks: [table] }],
  };
}

describe('tables in the PDF', () => {
  it('repeats the header rows (with the 栏次 row) on every page a long table spans', async () => {
    const pdf = await readPdf(await renderPdf(reportWith(longTable(120, 5)), { chartSvgs: {} }));
    const tablePages = pdf.pages.filter((p) => /支出项目第\d+行/.test(p.text));
    assert.ok(tablePages.length >= 3, `the 120-row table takes ${tablePages.length} pages`);
    for (const p of tablePages) {
      for (const h of ['项目', '合计', '明细', '科目编码', '科目名称', '栏次'])
        assert.ok(p.text.includes(h), `no ${h} on a page`);
    }
    const all = pdf.pages.map((p) => p.text).join('');
    for (let i = 1; i <= 120; i++) assert.ok(all.includes(`支出项目第${i}行`), `row ${i} is missing`);
    assert.ok(all.includes('注：本表为测试表。'));
    assert.ok(pdf.pages.every((p) => p.width < p.height));
  });

  it('prints a table of ten or more columns on landscape pages', async () => {
    const pdf = await readPdf(await renderPdf(reportWith(longTable(30, 11)), { chartSvgs: {} }));
    const tablePages = pdf.pages.filter((p) => p.text.includes('支出项目第1行'));
    assert.equal(tablePages.length, 1);
    assert.ok(tablePages[0]!.width > tablePages[0]!.height);
  });
});
