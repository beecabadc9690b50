import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createCanvas, GlobalFonts, loadImage } from '@napi-rs/canvas';
import { CHART_COLORS } from './palette.ts';
import { renderChartPng } from './png.ts';
import { barFigure, CLASSES_PIE, pieFigure, TOTALS_BAR } from './testing.ts';

type Pixels = { width: number; height: number; data: Uint8ClampedArray };

/** Decodes a PNG with Skia and returns its RGBA pixels. */
async function decode(png: Uint8Array): Promise<Pixels> {
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'not a PNG');
  const img = await loadImage(Buffer.from(png));
  const canvas = createCanvas(img.width, img.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(img, 0, 0);
  return { width: img.width, height: img.height, data: ctx.getImageData(0, 0, img.width, img.height).data };
}

function rgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function isColour(p: Pixels, x: number, y: number, [r, g, b]: [number, number, number]): boolean {
  const i = (y * p.width + x) * 4;
  const d = p.data;
  return (
    Math.abs((d[i] ?? 0) - r) < 6 && Math.abs((d[i + 1] ?? 0) - g) < 6 && Math.abs((d[i + 2] ?? 0) - b) < 6
  );
}

/** Rows of column x painted in the colour. */
function columnRun(p: Pixels, x: number, colour: [number, number, number]): number {
  let n = 0;
  for (let y = 0; y < p.height; y++) if (isColour(p, x, y, colour)) n++;
  return n;
}

/** Pixels darker than mid-grey (text and axis ink) inside a box. */
function inkIn(p: Pixels, x0: number, y0: number, x1: number, y1: number): number {
  let n = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * p.width + x) * 4;
      if ((p.data[i] ?? 255) + (p.data[i + 1] ?? 255) + (p.data[i + 2] ?? 255) < 3 * 110) n++;
    }
  }
  return n;
}

test('bar PNG: 2× bitmap on white, bars drawn to scale in the primary colour', async () => {
  const p = await decode(await renderChartPng(TOTALS_BAR));
  assert.equal(p.width, 1280);
  assert.equal(p.height, 720);
  assert.ok(isColour(p, 2, 2, [255, 255, 255]), 'background is not white');
  const red = rgb(CHART_COLORS[0] ?? '');
  // The two bars' heights, scanning every column: 930.98 and 651.04 in proportion.
  const heights = new Map<number, number>();
  for (let x = 0; x < p.width; x++) {
    const h = columnRun(p, x, red);
    if (h > 0) heights.set(h, (heights.get(h) ?? 0) + 1);
  }
  const bars = [...heights.entries()].filter(([, cols]) => cols > 40).map(([h]) => h);
  assert.equal(bars.length, 2, `bar heights ${[...heights.entries()].join(' ')}`);
  const [tall = 0, short = 0] = bars.sort((a, b) => b - a);
  assert.ok(Math.abs(tall / short - 930.98 / 651.04) < 0.01, `${tall}/${short}`);
  // Value labels above the bars and the year labels under the axis are drawn.
  assert.ok(inkIn(p, 0, 640, p.width, 720) > 500, 'no category labels');
});

test('pie PNG: CJK labels drawn with Noto Sans SC beside the slices', async () => {
  const p = await decode(await renderChartPng(CLASSES_PIE, { scale: 1 }));
  assert.equal(p.width, 640);
  assert.equal(p.height, 360);
  assert.ok(GlobalFonts.families.some((f) => f.family === 'Noto Sans SC'));
  for (const [i, colour] of CHART_COLORS.slice(0, 4).entries()) {
    let found = false;
    for (let y = 0; y < p.height && !found; y++)
      for (let x = 0; x < p.width && !found; x++) found = isColour(p, x, y, rgb(colour));
    assert.ok(found, `slice ${i} (${colour}) not drawn`);
  }
  // The largest slice sits at 9 o'clock; its two-line label is left of the pie.
  assert.ok(inkIn(p, 0, 140, 200, 220) > 300, 'no label left of the pie');
});

test('the same figure gives the same bytes; size and scale are honoured', async () => {
  const a = await renderChartPng(CLASSES_PIE);
  await renderChartPng(TOTALS_BAR);
  assert.deepEqual(await renderChartPng(CLASSES_PIE), a);
  const p = await decode(await renderChartPng(TOTALS_BAR, { width: 500, height: 300, scale: 3 }));
  assert.deepEqual([p.width, p.height], [1500, 900]);
});

test('figures with nothing to draw and absurd sizes are rejected', async () => {
  await assert.rejects(renderChartPng(pieFigure([])), RangeError);
  await assert.rejects(renderChartPng(barFigure(['2021年', '2022年'], [['支出', ['1.00']]])), RangeError);
  await assert.rejects(renderChartPng(TOTALS_BAR, { scale: 0 }), RangeError);
  await assert.rejects(renderChartPng(TOTALS_BAR, { width: 5000, scale: 2 }), RangeError);
});

test("Skia's raw pixels are getImageData's where a canvas is opaque (the shortcut renderChartPng takes)", () => {
  const canvas = createCanvas(64, 32);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, 64, 32);
  ctx.fillStyle = 'rgba(155, 28, 28, 0.4)'; // blended onto white: still opaque
  ctx.fillRect(4, 4, 40, 20);
  ctx.font = '16px sans-serif';
  ctx.fillStyle = '#1f2937';
  ctx.fillText('决算 12.3', 2, 28); // anti-aliased edges
  assert.deepEqual(new Uint8Array(canvas.data()), new Uint8Array(ctx.getImageData(0, 0, 64, 32).data));
  const clear = createCanvas(2, 1);
  const c2 = clear.getContext('2d');
  c2.fillStyle = 'rgba(200, 100, 50, 0.5)';
  c2.fillRect(0, 0, 1, 1);
  assert.notDeepEqual(
    [...clear.data()],
    [...c2.getImageData(0, 0, 2, 1).data],
    'premultiplied where transparent',
  );
});
