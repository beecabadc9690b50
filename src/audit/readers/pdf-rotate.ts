/**
 * @module A page whose text runs up, down or upside down in PDF user space (a landscape table turned onto
 * a portrait page, with or without /Rotate to show it upright): text items and rules are turned so the
 * text runs left to right (origin bottom-left, y upwards), and lines and tables read as on an upright page.
 */
import type { Rule, Rules } from './pdf-rules.ts';

/** A mapping of user-space points and text matrices onto the upright page, and that page's box. */
export type Upright = {
  readonly point: (x: number, y: number) => [number, number];
  readonly matrix: (t: readonly number[]) => number[];
  readonly box: readonly [number, number, number, number];
};

/** The direction most text runs in, by characters: 0, 90 (upwards), 180 or 270 degrees. */
export function textAngle(items: readonly unknown[]): number {
  const chars = new Map<number, number>();
  for (const i of items) {
    if (typeof i !== 'object' || i === null || !('transform' in i) || !('str' in i)) continue;
    const [a = 0, b = 0] = (i as { transform: readonly number[] }).transform;
    const angle = (Math.round((Math.atan2(b, a) * 2) / Math.PI) * 90 + 360) % 360;
    chars.set(angle, (chars.get(angle) ?? 0) + String((i as { str: unknown }).str).trim().length);
  }
  let best: [number, number] = [0, 0];
  for (const [angle, n] of chars) if (n > best[1]) best = [angle, n];
  return best[0];
}

/** The mapping that turns text at `angle` (see textAngle) upright, for a view box [x0, y0, x1, y1]. */
export function upright(angle: number, view: readonly number[]): Upright | undefined {
  const r = ((angle % 360) + 360) % 360;
  const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = view;
  const [w, h] = [x1 - x0, y1 - y0];
  if (r === 90)
    return {
      point: (x, y) => [y - y0, x1 - x],
      matrix: ([a = 0, b = 0, c = 0, d = 0, e = 0, f = 0]) => [b, -a, d, -c, f - y0, x1 - e],
      box: [0, 0, h, w],
    };
  if (r === 180)
    return {
      point: (x, y) => [x1 - x, y1 - y],
      matrix: ([a = 0, b = 0, c = 0, d = 0, e = 0, f = 0]) => [-a, -b, -c, -d, x1 - e, y1 - f],
      box: [0, 0, w, h],
    };
  if (r === 270)
    return {
      point: (x, y) => [y1 - y, x - x0],
      matrix: ([a = 0, b = 0, c = 0, d = 0, e = 0, f = 0]) => [-b, a, -d, c, y1 - f, e - x0],
      box: [0, 0, h, w],
    };
  return undefined;
}

/** Rules mapped onto the upright page (horizontal and vertical swap places under a quarter turn). */
export function uprightRules(rules: Rules, u: Upright): Rules {
  const out: { h: Rule[]; v: Rule[] } = { h: [], v: [] };
  for (const r of [...rules.h, ...rules.v]) {
    const [a, b] = u.point(r.x0, r.y0);
    const [c, d] = u.point(r.x1, r.y1);
    const rule = { x0: Math.min(a, c), y0: Math.min(b, d), x1: Math.max(a, c), y1: Math.max(b, d) };
    (rule.y1 - rule.y0 < rule.x1 - rule.x0 ? out.h : out.v).push(rule);
  }
  return out;
}
