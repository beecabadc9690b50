import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Figure } from '../../report/types.ts';
import { createContext } from './context.ts';
import { attr, byTag, hasClass, parseDoc, text } from './dom.test-util.ts';
import { inlineSvg, renderFigure } from './figure.ts';
import { TEST_CHARTS, testReport } from './fixture.ts';

const report = testReport();
const figures = report.parts.flatMap((p) => p.blocks.filter((b): b is Figure => b.kind === 'figure'));
const bar = figures.find((f) => f.chart === 'bar')!;
const pie = figures.find((f) => f.chart === 'pie')!;

function render(f: Figure, charts: Readonly<Record<string, string>> = TEST_CHARTS) {
  return parseDoc(`<!DOCTYPE html><body>${renderFigure(f, createContext(report, charts, false))}</body>`);
}

function rows(d: ReturnType<typeof parseDoc>): string[][] {
  return byTag(d, 'tr').map((tr) => byTag(tr, 'th').concat(byTag(tr, 'td')).map(text));
}

test('a figure holds the inline SVG, a visually hidden data table and the caption', () => {
  const d = render(pie);
  const fig = byTag(d, 'figure')[0]!;
  assert.equal(attr(fig, 'id'), 'fig-2');
  assert.equal(byTag(fig, 'svg').length, 1);
  assert.equal(text(byTag(fig, 'figcaption')[0]!), '图2：支出决算结构图');
  const hidden = byTag(fig, 'div', 'sr-only');
  assert.equal(hidden.length, 1);
  assert.equal(byTag(hidden[0]!, 'table').length, 1);
  assert.deepEqual(rows(d), [
    ['项目', '金额（万元）', '占比'],
    ['基本支出', '631.04', '96.93%'],
    ['项目支出', '20.00', '3.07%'],
  ]);
});

test('a bar chart data table has a row per category and a column per series', () => {
  assert.deepEqual(rows(render(bar)), [
    ['项目', '收入总计（万元）', '支出总计（万元）'],
    ['2021年', '930.98', '930.98'],
    ['2022年', '651.04', '651.04'],
  ]);
});

test('without its SVG a figure shows the data table instead', () => {
  const d = render(bar, {});
  assert.equal(byTag(d, 'svg').length, 0);
  assert.equal(byTag(d, 'div', 'sr-only').length, 0);
  assert.ok(hasClass(byTag(d, 'table')[0]!, 'figure-data'));
});

test('inlined SVG loses its XML prolog, and its own @font-face when the document embeds fonts', () => {
  const svg = `<?xml version="1.0"?>\n<svg><style data-embedded-font="Noto Sans SC">@font-face{font-family:'Noto Sans SC'}</style><text>a</text></svg>`;
  assert.equal(inlineSvg(svg, false), svg.slice(svg.indexOf('<svg')));
  assert.equal(inlineSvg(svg, true), '<svg><text>a</text></svg>');
  assert.ok(!inlineSvg(TEST_CHARTS['fig-2']!, false).includes('<?xml'));
});
