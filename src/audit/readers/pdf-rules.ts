/**
 * @module Ruling lines of a PDF page from its operator list: stroked straight segments and thin filled
 * rectangles that are horizontal or vertical, in user space (the current transformation matrix is
 * followed through save/restore, transforms and form XObjects). Table grids are built from them.
 */

/** A horizontal (y0 = y1) or vertical (x0 = x1) rule; x0 ≤ x1, y0 ≤ y1. */
export type Rule = { readonly x0: number; readonly y0: number; readonly x1: number; readonly y1: number };
export type Rules = { readonly h: Rule[]; readonly v: Rule[] };

/** The pdf.js operator codes used here (OPS from pdfjs-dist). */
export type OpCodes = {
  readonly save: number;
  readonly restore: number;
  readonly transform: number;
  readonly constructPath: number;
  readonly paintFormXObjectBegin: number;
  readonly paintFormXObjectEnd: number;
  readonly stroke: number;
  readonly closeStroke: number;
  readonly fill: number;
  readonly eoFill: number;
  readonly fillStroke: number;
  readonly eoFillStroke: number;
  readonly closeFillStroke: number;
  readonly closeEOFillStroke: number;
};

type Matrix = readonly [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
const THIN = 3;
const MIN_LENGTH = 4;
// pdf.js path drawing ops inside constructPath data: moveTo, lineTo, curveTo, quadraticCurveTo, closePath.
const ARGS = [2, 2, 6, 4, 0];

/** m × n (apply m, then n), PDF matrix order. */
function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

const apply = (m: Matrix, x: number, y: number): [number, number] => [
  m[0] * x + m[2] * y + m[4],
  m[1] * x + m[3] * y + m[5],
];

/** Straight pieces of a path (curves break a piece) as point pairs. */
function pieces(data: ArrayLike<number>): { lines: [number, number, number, number][]; boxes: number[][] } {
  const lines: [number, number, number, number][] = [];
  const boxes: number[][] = [];
  let start: [number, number] | undefined;
  let at: [number, number] | undefined;
  let poly: number[] = [];
  let curved = false;
  const endSub = () => {
    if (!curved && poly.length >= 8) boxes.push(poly);
    poly = [];
    curved = false;
  };
  for (let i = 0; i < data.length; ) {
    const op = data[i]!;
    const n = ARGS[op] ?? 0;
    const x = data[i + n - 1] ?? 0;
    const y = data[i + n] ?? 0;
    if (op === 0) {
      endSub();
      start = [data[i + 1]!, data[i + 2]!];
      at = start;
      poly = [...start];
    } else if (op === 1 && at) {
      const to: [number, number] = [data[i + 1]!, data[i + 2]!];
      lines.push([at[0], at[1], to[0], to[1]]);
      at = to;
      poly.push(...to);
    } else if (op === 4 && at && start) {
      lines.push([at[0], at[1], start[0], start[1]]);
      at = start;
    } else if (op === 2 || op === 3) {
      at = [x, y];
      curved = true;
    }
    i += n + 1;
  }
  endSub();
  return { lines, boxes };
}

function addRule(out: { h: Rule[]; v: Rule[] }, x0: number, y0: number, x1: number, y1: number): void {
  const r = { x0: Math.min(x0, x1), y0: Math.min(y0, y1), x1: Math.max(x0, x1), y1: Math.max(y0, y1) };
  const w = r.x1 - r.x0;
  const h = r.y1 - r.y0;
  if (h <= THIN && w >= MIN_LENGTH) out.h.push({ ...r, y0: (r.y0 + r.y1) / 2, y1: (r.y0 + r.y1) / 2 });
  else if (w <= THIN && h >= MIN_LENGTH) out.v.push({ ...r, x0: (r.x0 + r.x1) / 2, x1: (r.x0 + r.x1) / 2 });
}

/** The rules a page draws, from its operator list (fnArray/argsArray) and the OPS codes. */
export function rulesOf(fnArray: readonly number[], argsArray: readonly unknown[], ops: OpCodes): Rules {
  const out = { h: [] as Rule[], v: [] as Rule[] };
  const strokes = new Set([
    ops.stroke,
    ops.closeStroke,
    ops.fillStroke,
    ops.eoFillStroke,
    ops.closeFillStroke,
    ops.closeEOFillStroke,
  ]);
  const fills = new Set([ops.fill, ops.eoFill]);
  const stack: Matrix[] = [];
  let ctm: Matrix = IDENTITY;
  for (let k = 0; k < fnArray.length; k += 1) {
    const fn = fnArray[k]!;
    const args = argsArray[k] as unknown[] | null;
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? IDENTITY;
    else if (fn === ops.transform && args) ctm = multiply(args as unknown as Matrix, ctm);
    else if (fn === ops.paintFormXObjectBegin) {
      stack.push(ctm);
      const m = args?.[0] as Matrix | null | undefined;
      if (m && m.length === 6) ctm = multiply(m, ctm);
    } else if (fn === ops.paintFormXObjectEnd) ctm = stack.pop() ?? IDENTITY;
    else if (fn === ops.constructPath && args) {
      const paint = args[0] as number;
      const data = (args[1] as (ArrayLike<number> | null)[] | undefined)?.[0];
      if (!data || (!strokes.has(paint) && !fills.has(paint))) continue;
      const { lines, boxes } = pieces(data);
      if (strokes.has(paint)) {
        for (const [x0, y0, x1, y1] of lines) {
          const [a, b] = apply(ctm, x0, y0);
          const [c, d] = apply(ctm, x1, y1);
          addRule(out, a, b, c, d);
        }
      } else {
        for (const poly of boxes) {
          const pts = [];
          for (let i = 0; i + 1 < poly.length; i += 2) pts.push(apply(ctm, poly[i]!, poly[i + 1]!));
          const xs = pts.map((p) => p[0]);
          const ys = pts.map((p) => p[1]);
          addRule(out, Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys));
        }
      }
    }
  }
  return out;
}
