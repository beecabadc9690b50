/**
 * @module ECharts options for a report figure: bars (万元 axis, value labels) and pies (label, amount, share).
 * Amounts reach ECharts as numbers only for drawing; every printed label is preformatted from fen.
 */
import type { EChartsOption } from 'echarts';
import { FEN_PER_WAN } from '../../money/index.ts';
import type { Figure } from '../../report/types.ts';
import { barLabels, pieLabels } from './describe.ts';
import {
  AXIS_COLOR,
  BACKGROUND,
  CHART_COLORS,
  CHART_FONT_FAMILY,
  GRID_LINE_COLOR,
  MUTED_TEXT_COLOR,
  TEXT_COLOR,
} from './palette.ts';

type BarFigure = Extract<Figure, { chart: 'bar' }>;
type PieFigure = Extract<Figure, { chart: 'pie' }>;

/** What a label formatter is given; only the index is used (labels are looked up, never computed). */
type LabelParams = { readonly dataIndex: number };

const FONT_SIZE = 13;
const GRID_LEFT = 56;
const GRID_RIGHT = 24;

/** Options shared by every chart: static (no animation, no hover), white, the official font and palette. */
function base(): EChartsOption {
  return {
    animation: false,
    silent: true,
    backgroundColor: BACKGROUND,
    color: [...CHART_COLORS],
    textStyle: { fontFamily: CHART_FONT_FAMILY, fontSize: FONT_SIZE, color: TEXT_COLOR },
  };
}

/** Approximate drawn width of a text at FONT_SIZE (CJK one em, other characters about 0.6 em). */
function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += (ch.codePointAt(0) ?? 0) > 0x2e80 ? FONT_SIZE : FONT_SIZE * 0.6;
  return w;
}

/** Breaks a category label into `lines` lines of nearly equal length (no orphaned last character). */
export function balancedLines(text: string, lines: number): string {
  const chars = [...text];
  if (lines <= 1 || chars.length <= 1) return text;
  const per = Math.ceil(chars.length / lines);
  const out: string[] = [];
  for (let i = 0; i < chars.length; i += per) out.push(chars.slice(i, i + per).join(''));
  return out.join('\n');
}

/** Category gap and bar gap as fractions (ECharts barCategoryGap '20%', barGap '20%'). */
const CATEGORY_GAP = 0.2;
const BAR_GAP = 0.2;

/** Horizontal room for one bar's value label: the bar and its gap (several series) or the category band. */
function labelRoom(band: number, seriesCount: number, barMaxWidth: number): number {
  if (seriesCount === 1) return band;
  const bar = Math.min(
    barMaxWidth,
    (band * (1 - CATEGORY_GAP)) / (seriesCount + (seriesCount - 1) * BAR_GAP),
  );
  return bar * (1 + BAR_GAP);
}

/** Bar chart options: categories on x, one bar series per figure series, values in 万元 on y. */
export function barOption(figure: BarFigure, width: number): EChartsOption {
  const labels = barLabels(figure);
  const several = figure.series.length > 1;
  const barMaxWidth = several ? 40 : 64;
  const band = (width - GRID_LEFT - GRID_RIGHT) / figure.categories.length;
  const labelWidth = Math.max(FONT_SIZE * 3, band - 8);
  const lineCounts = figure.categories.map((c) => Math.ceil(textWidth(c) / labelWidth));
  const lines = Math.max(1, ...lineCounts);
  const longest = Math.max(...labels.flat().map(textWidth));
  // Value labels that would run into their neighbours stand upright above (or below) their bars.
  const upright = longest > labelRoom(band, figure.series.length, barMaxWidth) - 4;
  const top = (several ? 64 : 44) + (upright ? Math.ceil(longest) - 8 : 0);
  return {
    ...base(),
    legend: several
      ? {
          show: true,
          top: 8,
          left: 'center',
          icon: 'rect',
          itemWidth: 14,
          itemHeight: 10,
          itemGap: 20,
          textStyle: { fontSize: FONT_SIZE },
        }
      : { show: false },
    grid: { left: GRID_LEFT, right: GRID_RIGHT, top, bottom: 16 + lines * 18 },
    xAxis: {
      type: 'category',
      data: figure.categories.map((c, i) => balancedLines(c, lineCounts[i] ?? 1)),
      axisLine: { lineStyle: { color: AXIS_COLOR } },
      axisTick: { alignWithLabel: true, lineStyle: { color: AXIS_COLOR } },
      axisLabel: {
        interval: 0,
        color: TEXT_COLOR,
        fontSize: FONT_SIZE,
        width: labelWidth,
        overflow: 'break',
        lineHeight: 18,
        margin: 10,
      },
    },
    yAxis: {
      type: 'value',
      name: figure.unit,
      nameGap: 14,
      nameTextStyle: { color: MUTED_TEXT_COLOR, fontSize: FONT_SIZE, align: 'right', padding: [0, 6, 0, 0] },
      axisLabel: { color: MUTED_TEXT_COLOR, fontSize: FONT_SIZE },
      axisLine: { show: false },
      splitLine: { lineStyle: { color: GRID_LINE_COLOR } },
    },
    series: figure.series.map((s, si) => ({
      type: 'bar',
      name: s.name,
      // Drawing only: the labels come from `labels`, formatted from fen.
      data: s.values.map((v) => ({
        value: v / FEN_PER_WAN,
        label: upright
          ? {
              position: v < 0 ? 'bottom' : 'top',
              rotate: 90,
              align: v < 0 ? 'right' : 'left',
              verticalAlign: 'middle',
            }
          : { position: v < 0 ? 'bottom' : 'top' },
      })),
      barMaxWidth,
      barCategoryGap: `${CATEGORY_GAP * 100}%`,
      barGap: `${BAR_GAP * 100}%`,
      emphasis: { disabled: true },
      label: {
        show: true,
        distance: 6,
        color: TEXT_COLOR,
        formatter: (p: LabelParams) => labels[si]?.[p.dataIndex] ?? '',
      },
    })),
  };
}

/**
 * Start angle (degrees, counter-clockwise from 3 o'clock) that puts the largest slice's middle at 9 o'clock,
 * so the small slices gather on the right where their labels can stack without crossing the pie.
 */
export function startAngleFor(figure: PieFigure): number {
  const total = figure.slices.reduce((t, s) => t + s.share, 0);
  if (total <= 0) return 90;
  let before = 0;
  let largest = 0;
  let largestStart = 0;
  for (const s of figure.slices) {
    if (s.share > largest) {
      largest = s.share;
      largestStart = before;
    }
    before += s.share;
  }
  const middle = ((largestStart + largest / 2) / total) * 360;
  return (((180 + middle) % 360) + 360) % 360;
}

/** Pie chart options: slices in the figure's order, labels outside with leader lines. */
export function pieOption(figure: PieFigure, width: number, height: number): EChartsOption {
  const labels = pieLabels(figure);
  // Leave room beside the pie for the widest label line (leader lines 14 + 18, gaps ~18).
  const widest = Math.max(...labels.flatMap((l) => l.split('\n')).map(textWidth));
  const room = width / 2 - 50 - widest;
  const radius = Math.round(Math.max(Math.min(width, height) * 0.18, Math.min(height * 0.31, room)));
  return {
    ...base(),
    series: [
      {
        type: 'pie',
        center: ['50%', '50%'],
        radius: [0, radius],
        startAngle: startAngleFor(figure),
        clockwise: true,
        avoidLabelOverlap: true,
        stillShowZeroSum: true,
        emphasis: { disabled: true },
        itemStyle: { borderColor: BACKGROUND, borderWidth: 1 },
        data: figure.slices.map((s) => ({ name: s.label, value: s.fen })),
        label: {
          show: true,
          position: 'outside',
          color: TEXT_COLOR,
          lineHeight: 20,
          alignTo: 'labelLine',
          minMargin: 6,
          // A label too wide for the room beside the pie wraps; it is never truncated with an ellipsis.
          overflow: 'break',
          formatter: (p: LabelParams) => labels[p.dataIndex] ?? '',
        },
        labelLine: { show: true, length: 14, length2: 18, lineStyle: { color: AXIS_COLOR } },
      },
    ],
  };
}
