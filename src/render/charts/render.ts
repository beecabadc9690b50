/**
 * @module Renders a report figure (bar or pie) to a standalone SVG string with ECharts' server-side SVG
 * renderer: no DOM, no I/O, synchronous and deterministic.
 */

import type { Figure } from '../../report/types.ts';
import { chartDescription, chartTitle } from './describe.ts';
import { echarts } from './echarts.ts';
import { barOption, pieOption } from './options.ts';
import { makeAccessible, normalizeEchartsSvg } from './svg.ts';

/** Size of a chart in CSS pixels; the default 640×360 reads well at A4 text width. */
export type ChartSize = { readonly width?: number; readonly height?: number };

/** Default chart width in pixels. */
export const DEFAULT_CHART_WIDTH = 640;
/** Default chart height in pixels. */
export const DEFAULT_CHART_HEIGHT = 360;

/** Throws RangeError when the figure has nothing to draw or its series do not match its categories. */
function checkFigure(figure: Figure): void {
  if (figure.chart === 'pie') {
    if (figure.slices.length === 0)
      throw new RangeError(`${figure.id}: a pie chart needs at least one slice`);
    return;
  }
  if (figure.categories.length === 0 || figure.series.length === 0) {
    throw new RangeError(`${figure.id}: a bar chart needs categories and at least one series`);
  }
  for (const s of figure.series) {
    if (s.values.length !== figure.categories.length) {
      throw new RangeError(
        `${figure.id}: series '${s.name}' has ${s.values.length} values for ${figure.categories.length} categories`,
      );
    }
  }
}

/** Renders a figure to SVG (role="img", <title>, <desc> with the data in words); the caption is not drawn. */
export function renderChartSvg(figure: Figure, opts?: ChartSize): string {
  checkFigure(figure);
  const width = opts?.width ?? DEFAULT_CHART_WIDTH;
  const height = opts?.height ?? DEFAULT_CHART_HEIGHT;
  if (!(width > 0 && height > 0)) throw new RangeError(`Chart size must be positive: ${width}×${height}`);
  const option = figure.chart === 'bar' ? barOption(figure, width) : pieOption(figure, width, height);
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  let raw: string;
  try {
    chart.setOption(option);
    raw = chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
  const prefix = figure.id.replace(/[^A-Za-z0-9_-]/g, '_') || 'chart';
  return makeAccessible(normalizeEchartsSvg(raw, prefix), chartTitle(figure), chartDescription(figure));
}
