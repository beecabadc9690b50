/** check.10k_datasets_s — every rule on 10,000 generated departments (in-process, generation excluded). */
import { performance } from 'node:perf_hooks';
import { runRules } from '../src/rules/engine.ts';
import { synthDataset } from '../test/synth.ts';
import { report } from './util.ts';

export async function benchCheck(): Promise<void> {
  const n = 10_000;
  const batch = 500; // generated in batches so the heap holds what a real batch would, not 10,000 at once
  let elapsed = 0;
  let findings = 0;
  for (let first = 0; first < n; first += batch) {
    const datasets = Array.from({ length: batch }, (_, i) =>
      synthDataset({ seed: first + i + 1, rounded: i % 2 === 0 }),
    );
    const start = performance.now();
    for (const ds of datasets) findings += runRules(ds).length;
    elapsed += performance.now() - start;
  }
  report('check.10k_datasets_s', elapsed / 1000, 's', 2);
  console.error(`  (${n} datasets, ${findings} findings in all)`);
}
