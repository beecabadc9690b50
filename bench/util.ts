import { performance } from 'node:perf_hooks';

/** Print one benchmark figure: `BENCH <name> <value> <unit>`. */
export function report(name: string, value: number, unit: string, digits = 1): void {
  console.log(`BENCH ${name} ${value.toFixed(digits)} ${unit}`);
}

/** The median of n timed runs of an async function, in milliseconds (after one warm-up run). */
export async function medianMs(n: number, fn: () => Promise<unknown> | unknown): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const mid = Math.floor(n / 2);
  return n % 2 === 1 ? times[mid]! : (times[mid - 1]! + times[mid]!) / 2;
}
