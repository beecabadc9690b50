/**
 * @module The Node.js flags a command runs best with, which must be given when the process starts (the launcher,
 * bin/juesuan.js, starts the process again with them when they are missing). `juesuan build` — one dataset
 * or a batch on every core — runs with V8's background thread pool off and a fixed heap growth:
 * - `--v8-pool-size=0`: the garbage collector's and compiler's helper threads only compete with the build
 *   threads on a machine whose cores are all building; 30 departments on 2 threads took 731 ms each instead of
 *   856–881 (a single build is as fast either way);
 * - `--heap-growing-percent=120`: each thread's heap may grow to 2.2 times what survived the last full
 *   collection, not V8's up to four times. 1,000 departments on 2 threads: 578 s with a peak of 775 MB (at 100:
 *   610–620 s, 729–782 MB; with V8's own growth 850–920 MB already on 30–100 departments).
 * `juesuan serve` keeps V8's defaults: there, helper threads shorten pauses that users would wait through.
 */

/** The flags for the command line `args` (without the node and script paths). */
export function nodeFlagsFor(args: readonly string[]): string[] {
  return args[0] === 'build' ? [...BUILD_FLAGS] : [];
}

/** The flags of `juesuan build`, also given to the benchmark's batch process so it measures what users run. */
export const BUILD_FLAGS = ['--v8-pool-size=0', '--heap-growing-percent=120'] as const;
