/** @module Runs: plain text, visible 【待补充：…】 markers, and tidying a run list. */
import type { Run } from '../../report/types.ts';

/** A plain text run. */
export function text(t: string): Run {
  return { text: t };
}

/** A visible marker for something the dataset does not say: 【待补充：label】. */
export function todo(label: string): Run {
  return { text: `【待补充：${label}】`, todo: true };
}

/** Whether a run is a 【待补充】 marker. */
export function isTodo(r: Run): boolean {
  return 'todo' in r && r.todo === true;
}

/** Whether a run states a table figure (has a cell reference). */
export function isRef(r: Run): r is Extract<Run, { ref: unknown }> {
  return 'ref' in r;
}

/** The text of runs, joined. */
export function runsText(runs: readonly Run[]): string {
  return runs.map((r) => r.text).join('');
}

/** Merges adjacent plain runs and drops empty plain ones; figure and marker runs are kept as they are. */
export function compact(runs: readonly Run[]): Run[] {
  const out: Run[] = [];
  for (const r of runs) {
    const plain = !isRef(r) && !isTodo(r);
    if (plain && r.text === '') continue;
    const last = out[out.length - 1];
    if (plain && last !== undefined && !isRef(last) && !isTodo(last)) {
      out[out.length - 1] = { text: last.text + r.text };
    } else {
      out.push(r);
    }
  }
  return out;
}
