/**
 * @module Renders a report figure to PNG for formats that need bitmaps (DOCX): ECharts' canvas renderer drawing
 * on a @napi-rs/canvas (Skia) canvas, with the same options as the SVG path and Noto Sans SC registered from
 * node_modules, at 2× by default for print, encoded by png-encode.ts. Reads the font file once (I/O).
 */
import { createRequire } from 'node:module';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import type { Figure } from '../../report/types.ts';
import { echarts } from './echarts.ts';
import { barOption, pieOption } from './options.ts';
import { encodePng, isOpaque } from './png-encode.ts';
import { DEFAULT_CHART_HEIGHT, DEFAULT_CHART_WIDTH } from './render.ts';

/** Size in CSS pixels and the device-pixel scale of the bitmap (2 → a 640×360 chart is 1280×720 pixels). */
export type ChartPngOptions = {
  readonly width?: number;
  readonly height?: number;
  readonly scale?: number;
};

/** Default bitmap scale: twice the CSS size, sharp when printed at text width. */
export const DEFAULT_PNG_SCALE = 2;

const FONT_MODULE = '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf';
/** The family the charts ask for first (CHART_FONT_FAMILY). */
const FAMILY = 'Noto Sans SC';

let fontRegistered = false;

/** Registers Noto Sans SC with Skia once per process; throws when the font file cannot be loaded. */
export function registerChartFont(): void {
  if (fontRegistered) return;
  const path = createRequire(import.meta.url).resolve(FONT_MODULE);
  if (GlobalFonts.registerFromPath(path, FAMILY) === null) {
    throw new Error(`Cannot load the chart font ${path}`);
  }
  fontRegistered = true;
}

/** Throws RangeError when the figure has nothing to draw (as renderChartSvg does). */
function checkFigure(figure: Figure): void {
  const empty =
    figure.chart === 'pie'
      ? figure.slices.length === 0
      : figure.categories.length === 0 ||
        figure.series.length === 0 ||
        figure.series.some((s) => s.values.length !== figure.categories.length);
  if (empty)
    throw new RangeError(`${figure.id}: nothing to draw, or series that do not match the categories`);
}

/**
 * Renders a figure to PNG bytes. The chart is laid out exactly as the SVG (same options and the same text
 * measurement: ECharts' platform API is left untouched, so SVG output stays byte-identical), then drawn by Skia.
 */
export async function renderChartPng(figure: Figure, opts?: ChartPngOptions): Promise<Uint8Array> {
  checkFigure(figure);
  const width = opts?.width ?? DEFAULT_CHART_WIDTH;
  const height = opts?.height ?? DEFAULT_CHART_HEIGHT;
  const scale = opts?.scale ?? DEFAULT_PNG_SCALE;
  if (!(width > 0 && height > 0 && scale > 0 && width * scale <= 8192 && height * scale <= 8192)) {
    throw new RangeError(`Chart size out of range: ${width}×${height} at ${scale}×`);
  }
  registerChartFont();
  const canvas = createCanvas(Math.round(width * scale), Math.round(height * scale));
  const option = figure.chart === 'bar' ? barOption(figure, width) : pieOption(figure, width, height);
  // A canvas without nodeName is taken by zrender as the single canvas to paint on.
  const chart = echarts.init(canvas as unknown as Parameters<typeof echarts.init>[0], null, {
    renderer: 'canvas',
    width,
    height,
    devicePixelRatio: scale,
  });
  try {
    chart.setOption(option);
    // Skia's own pixels (RGBA, premultiplied) are what getImageData would give wherever a pixel is opaque —
    // everywhere on a chart with a background — without getImageData's unpremultiplying copy (~9 ms a chart).
    const raw = canvas.data();
    if (isOpaque(raw)) return encodePng(raw, canvas.width, canvas.height, true);
    const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
    return encodePng(pixels.data, pixels.width, pixels.height);
  } finally {
    chart.dispose();
  }
}
