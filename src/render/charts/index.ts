/**
 * @module Chart renderer: report figures (bar, pie) to accessible, deterministic SVG via ECharts SSR;
 * embed-font.ts makes a standalone SVG carry its own Noto Sans SC subset.
 */
export { chartDescription, chartTitle } from './describe.ts';
export { embedFontInSvg, renderChartSvgFile } from './embed-font.ts';
export { CHART_COLORS, CHART_FONT_FAMILY } from './palette.ts';
export { type ChartSize, DEFAULT_CHART_HEIGHT, DEFAULT_CHART_WIDTH, renderChartSvg } from './render.ts';
