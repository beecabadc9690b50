import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { encodePng } from './png-encode.ts';

/** Pixels as Skia decodes a PNG. */
async function decoded(png: Buffer): Promise<Uint8ClampedArray> {
  const img = await loadImage(png);
  const ctx = createCanvas(img.width, img.height).getContext('2d');
  ctx.drawImage(img, 0, 0);
  return ctx.getImageData(0, 0, img.width, img.height).data;
}

/** A canvas with shapes, text and (unless opaque) a transparent corner. */
function drawn(opaque: boolean): Uint8ClampedArray {
  const canvas = createCanvas(97, 61);
  const ctx = canvas.getContext('2d');
  if (opaque) {
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, 97, 61);
  }
  ctx.fillStyle = '#c23531';
  ctx.fillRect(10, 5, 30, 40);
  ctx.fillStyle = 'rgba(47, 69, 84, 0.5)';
  ctx.beginPath();
  ctx.arc(60, 30, 25, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = '#000';
  ctx.fillText('651.04', 5, 58);
  return ctx.getImageData(0, 0, 97, 61).data;
}

test('an opaque image is written as RGB and decodes to the same pixels', async () => {
  const pixels = drawn(true);
  const png = encodePng(pixels, 97, 61);
  assert.equal(png[25], 2, 'colour type RGB');
  assert.deepEqual(await decoded(png), pixels);
});

test('an image with transparency is written as RGBA and decodes to the same pixels', async () => {
  const pixels = drawn(false);
  const png = encodePng(pixels, 97, 61);
  assert.equal(png[25], 6, 'colour type RGBA');
  assert.deepEqual(await decoded(png), pixels);
});

test('the pixel count must match the size', () => {
  assert.throws(() => encodePng(new Uint8Array(12), 2, 2), RangeError);
});
