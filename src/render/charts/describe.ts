/**
 * @module The words of a chart: preformatted labels (from fen, never from floats) and the data read out
 * for screen readers (<title>, aria-label, <desc>).
 */
import { type Fen, formatPercent, formatWan } from '../../money/index.ts';
import type { Figure } from '../../report/types.ts';

type BarFigure = Extract<Figure, { chart: 'bar' }>;
type PieFigure = Extract<Figure, { chart: 'pie' }>;

/** Bar labels per series and category: '930.98' (the axis carries the unit 万元). */
export function barLabels(figure: BarFigure): string[][] {
  return figure.series.map((s) => s.values.map((v) => formatWan(v)));
}

/** Pie labels per slice: '一般公共服务支出\n557.78万元，85.68%' with the figure's own share. */
export function pieLabels(figure: PieFigure): string[] {
  return figure.slices.map((s) => `${s.label}\n${formatWan(s.fen)}万元，${formatPercent(s.share)}%`);
}

/** The accessible name: the caption and the kind of chart, e.g. '图1：收、支决算总计变动情况图（柱状图，单位：万元）'. */
export function chartTitle(figure: Figure): string {
  const kind = figure.chart === 'bar' ? '柱状图' : '饼状图';
  return `${figure.caption}（${kind}，单位：${figure.unit}）`;
}

/**
 * The data in words: '2021年：930.98万元；2022年：651.04万元' (one series),
 * '收入：2021年930.98万元，2022年651.04万元；支出：…' (several), '一般公共服务支出：557.78万元，占85.68%；…' (pie).
 */
export function chartDescription(figure: Figure): string {
  if (figure.chart === 'pie') {
    return figure.slices
      .map((s) => `${s.label}：${formatWan(s.fen)}万元，占${formatPercent(s.share)}%`)
      .join('；');
  }
  const only = figure.series.length === 1 ? figure.series[0] : undefined;
  if (only !== undefined) {
    return figure.categories.map((c, i) => `${c}：${wanAt(only.values, i)}`).join('；');
  }
  return figure.series
    .map((s) => `${s.name}：${figure.categories.map((c, i) => `${c}${wanAt(s.values, i)}`).join('，')}`)
    .join('；');
}

function wanAt(values: readonly Fen[], i: number): string {
  const v = values[i];
  return v === undefined ? '无数据' : `${formatWan(v)}万元`;
}
