/**
 * @module Paths into the dataset JSON as the findings name them (`reasons.changes.basic`,
 * `performance.overall.report[2].body`): parse, read, and write a copy with one value changed.
 */
import type { JsonValue } from '../../storage/types.ts';

/** A path step: an object key or an array index. */
export type Step = string | number;

/** `a.b[0].c` → ['a', 'b', 0, 'c']. */
export function parsePath(path: string): Step[] {
  const steps: Step[] = [];
  for (const part of path.split('.')) {
    const m = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part);
    if (m === null) {
      steps.push(part);
      continue;
    }
    if (m[1] !== '') steps.push(m[1]!);
    for (const idx of m[2]!.matchAll(/\[(\d+)\]/g)) steps.push(Number(idx[1]));
  }
  return steps;
}

/** ['a', 'b', 0] → `a.b[0]`. */
export function formatPath(steps: readonly Step[]): string {
  return steps.reduce<string>(
    (acc, s) => (typeof s === 'number' ? `${acc}[${s}]` : acc === '' ? s : `${acc}.${s}`),
    '',
  );
}

/** The value at a path, or undefined. */
export function getAt(root: JsonValue | undefined, path: string | readonly Step[]): JsonValue | undefined {
  let node: JsonValue | undefined = root;
  for (const step of typeof path === 'string' ? parsePath(path) : path) {
    if (node === null || node === undefined || typeof node !== 'object') return undefined;
    if (typeof step === 'number') node = Array.isArray(node) ? node[step] : undefined;
    else node = Array.isArray(node) ? undefined : Object.hasOwn(node, step) ? node[step] : undefined;
  }
  return node;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'prototype', 'constructor']);

/** A copy of root with the value at path set (undefined deletes the key); missing objects are created. */
export function setAt(
  root: JsonValue,
  path: string | readonly Step[],
  value: JsonValue | undefined,
): JsonValue {
  const steps = typeof path === 'string' ? parsePath(path) : path;
  if (steps.some((s) => typeof s === 'string' && FORBIDDEN_KEYS.has(s)))
    throw new RangeError(`bad path ${String(path)}`);
  const write = (node: JsonValue | undefined, i: number): JsonValue | undefined => {
    if (i === steps.length) return value;
    const step = steps[i]!;
    if (typeof step === 'number') {
      const arr = Array.isArray(node) ? [...node] : [];
      const next = write(arr[step], i + 1);
      if (next === undefined) arr.splice(step, 1);
      else arr[step] = next;
      return arr;
    }
    const obj: { [k: string]: JsonValue } =
      node !== null && typeof node === 'object' && !Array.isArray(node) ? { ...node } : {};
    const next = write(obj[step], i + 1);
    if (next === undefined) delete obj[step];
    else obj[step] = next;
    return obj;
  };
  return write(root, 0) ?? null;
}
