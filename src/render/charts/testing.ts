/**
 * @module Hand-built figures for the chart tests (the jiange-2022 numbers) and an XML check with a real parser.
 */
import assert from 'node:assert/strict';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { type Fen, type Hundredths, parseAmount, parsePercent } from '../../money/index.ts';
import type { Figure } from '../../report/types.ts';

type BarFigure = Extract<Figure, { chart: 'bar' }>;
type PieFigure = Extract<Figure, { chart: 'pie' }>;

/** An amount in 万元 as fen ('651.04' → 651040000). */
export function wan(text: string): Fen {
  const r = parseAmount(text, 'wanYuan');
  assert.ok(r.ok, `bad amount ${text}`);
  return r.value;
}

/** A percentage as hundredths ('85.68' → 8568). */
export function pct(text: string): Hundredths {
  const h = parsePercent(text);
  assert.ok(h !== null, `bad percent ${text}`);
  return h;
}

/** A bar figure with one series per entry of `series`. */
export function barFigure(categories: string[], series: [string, string[]][], id = 'fig-1'): BarFigure {
  return {
    kind: 'figure',
    id,
    number: 1,
    caption: '图1：收、支决算总计变动情况图',
    unit: '万元',
    chart: 'bar',
    categories,
    series: series.map(([name, values]) => ({ name, values: values.map(wan) })),
  };
}

/** A pie figure from [label, 万元, share] triples. */
export function pieFigure(slices: [string, string, string][], id = 'fig-6'): PieFigure {
  return {
    kind: 'figure',
    id,
    number: 6,
    caption: '图6：一般公共预算财政拨款支出决算结构',
    unit: '万元',
    chart: 'pie',
    slices: slices.map(([label, amount, share]) => ({ label, fen: wan(amount), share: pct(share) })),
  };
}

/** 图1: 收、支总计 2021 vs 2022. */
export const TOTALS_BAR = barFigure(['2021年', '2022年'], [['收、支总计', ['930.98', '651.04']]]);

/** 图6: the four 类 of 一般公共预算财政拨款支出; 4.77 is the largest-remainder share (alone it rounds to 4.78). */
export const CLASSES_PIE = pieFigure([
  ['一般公共服务支出', '557.78', '85.68'],
  ['社会保障和就业支出', '41.45', '6.37'],
  ['卫生健康支出', '20.72', '3.18'],
  ['住房保障支出', '31.09', '4.77'],
]);

/** Three slices; the caller dropped a fourth, zero one (上缴上级支出 0.00). */
export const THREE_PIE = pieFigure(
  [
    ['人员经费', '530.58', '81.50'],
    ['公用经费', '100.46', '15.43'],
    ['项目支出', '20.00', '3.07'],
  ],
  'fig-3',
);

/** A single slice of 100.00%. */
export const SINGLE_PIE = pieFigure([['公务接待费', '18.07', '100.00']], 'fig-7');

/** Asserts that the text is well-formed XML and returns the parsed <svg> element (attributes prefixed '@_'). */
export function parseSvg(svg: string): Record<string, unknown> {
  assert.equal(XMLValidator.validate(svg), true, 'the SVG is not well-formed XML');
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_' }).parse(svg) as Record<
    string,
    unknown
  >;
  const root = doc['svg'];
  assert.ok(root !== null && typeof root === 'object', 'no <svg> root element');
  return root as Record<string, unknown>;
}

/** The contents of every <text> element, in document order. */
export function drawnTexts(svg: string): string[] {
  return [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map((m) => m[1] ?? '');
}
