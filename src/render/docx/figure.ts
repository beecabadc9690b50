/**
 * @module A figure: the chart PNG centered at text width with the data in words as its alt text, and the
 * caption below it; without a PNG, the data as a small table in its place.
 */
import { type FileChild, ImageRun, Paragraph } from 'docx';
import { formatPercent, formatWan } from '../../money/index.ts';
import type { Figure, ReportTable } from '../../report/types.ts';
import { chartDescription, chartTitle } from '../charts/describe.ts';
import { DEFAULT_CHART_HEIGHT, DEFAULT_CHART_WIDTH } from '../charts/render.ts';
import { FIGURE_DATA_LABELS } from '../html/figure.ts';
import { STYLE } from './styles.ts';
import { wordTable } from './table.ts';
import { textRuns } from './text.ts';

/** Twips per pixel at 96 dpi. */
const TWIPS_PER_PX = 15;

/**
 * The size (CSS pixels, 16:9) to render chart PNGs at for this document: the width a chart is shown at on a
 * portrait page, so its 13px labels print at about 10pt. Render at scale 2 for print.
 */
export const DOCX_CHART_SIZE = { width: 560, height: 315 } as const;

/** Width and height from a PNG's IHDR chunk; undefined when the bytes are not a PNG. */
export function pngSize(png: Uint8Array): [number, number] | undefined {
  if (png.length < 24 || png[0] !== 0x89 || png[1] !== 0x50 || png[2] !== 0x4e || png[3] !== 0x47)
    return undefined;
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const w = view.getUint32(16);
  const h = view.getUint32(20);
  return w > 0 && h > 0 ? [w, h] : undefined;
}

/** The figure's data as a report table (amounts in 万元; shares for pies). */
export function figureDataTable(f: Figure): ReportTable {
  const L = FIGURE_DATA_LABELS;
  const unit = `（${f.unit}）`;
  const item = (text: string) => ({ text, align: 'left' as const, rowHeader: true });
  const amount = (text: string) => ({ text, align: 'right' as const });
  const base = { kind: 'table' as const, id: `${f.id}-data`, number: '', title: '', notes: [], empty: false };
  if (f.chart === 'pie') {
    return {
      ...base,
      header: [[{ text: L.item }, { text: L.amount + unit }, { text: L.share }]],
      body: f.slices.map((s) => ({
        kind: 'data' as const,
        cells: [
          item(s.label),
          amount(formatWan(s.fen, { thousands: true })),
          amount(`${formatPercent(s.share)}%`),
        ],
      })),
    };
  }
  return {
    ...base,
    header: [[{ text: L.item }, ...f.series.map((s) => ({ text: s.name + unit }))]],
    body: f.categories.map((category, i) => ({
      kind: 'data' as const,
      cells: [
        item(category),
        ...f.series.map((s) => {
          const v = s.values[i];
          return amount(v === undefined ? '' : formatWan(v, { thousands: true }));
        }),
      ],
    })),
  };
}

/** The chart (or its data table) and the caption, `width` twips wide at most. */
export function figureBlocks(f: Figure, png: Uint8Array | undefined, width: number): FileChild[] {
  const caption = new Paragraph({ style: STYLE.caption, children: textRuns(f.caption) });
  if (png === undefined || png.length === 0) {
    return [wordTable(figureDataTable(f), width), caption];
  }
  const [w, h] = pngSize(png) ?? [DEFAULT_CHART_WIDTH, DEFAULT_CHART_HEIGHT];
  const px = Math.min(DOCX_CHART_SIZE.width, Math.floor((width * 0.95) / TWIPS_PER_PX));
  const image = new ImageRun({
    type: 'png',
    data: png,
    transformation: { width: px, height: Math.round((px * h) / w) },
    altText: { name: f.id, title: chartTitle(f), description: chartDescription(f) },
  });
  return [new Paragraph({ style: STYLE.figure, children: [image] }), caption];
}
