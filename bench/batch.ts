/**
 * batch.1000_s and batch.peak_rss_mb — 1,000 generated departments written as dataset folders (not timed),
 * then one batch build of all of them on 2 worker threads (all formats), measured in a fresh process started with
 * the Node.js flags `juesuan build` runs with (src/cli/node-flags.ts). Peak RSS
 * is that process's VmHWM (worker threads share the process's memory). `npm run bench -- batch` runs it
 * alone; JUESUAN_BENCH_BATCH=N builds N departments instead (the figure is then named batch.N_s).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { stringify } from 'yaml';
import { BUILD_FLAGS } from '../src/cli/node-flags.ts';
import { tableCsv } from '../src/ingest/workbook/index.ts';
import type { Dataset } from '../src/model/types.ts';
import { datasetJsonFiles } from '../src/render/opendata/dataset-json.ts';
import { synthDataset } from '../test/synth.ts';
import { report } from './util.ts';

const ROOT = join(import.meta.dirname, '..');

/** null → '' throughout (a blank amount in disclosure.yaml is an empty string; YAML is read as failsafe). */
function blanks(v: unknown): unknown {
  if (v === null) return '';
  if (Array.isArray(v)) return v.map(blanks);
  if (typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, blanks(x)]));
  return v;
}

/**
 * Writes a dataset as a dataset folder: disclosure.yaml (the dataset.json shape, amounts in 元) and
 * tables/Txx.csv in 元. Units with datasets of their own are not written (synthetic departments have none).
 */
export function writeDatasetFolder(dir: string, ds: Dataset): void {
  const { tables: _inline, ...doc } = JSON.parse(datasetJsonFiles(ds).get('dataset.json')!) as Record<
    string,
    unknown
  >;
  mkdirSync(join(dir, 'tables'), { recursive: true });
  for (const [id, t] of Object.entries(ds.tables)) {
    if (t !== undefined) writeFileSync(join(dir, 'tables', `${id}.csv`), tableCsv(id as never, t, 'yuan'));
  }
  writeFileSync(join(dir, 'disclosure.yaml'), stringify(blanks(doc)));
}

/**
 * The measurement, in a fresh process whose main thread loads only the batch runner (as the CLI's does), so
 * the peak is not inflated by modules this benchmark process has loaded: it resets the process's peak RSS
 * (VmHWM, which covers all its threads), runs runBatch in-process and prints one line of JSON.
 */
const MEASURE = String.raw`
import { readFileSync, writeFileSync } from 'node:fs';
const [batchModule, datasets, out] = process.argv.slice(1);
const { datasetFoldersIn, runBatch } = await import(batchModule);
const paths = datasetFoldersIn(datasets);
const PATTERN = { VmHWM: /VmHWM:\s+(\d+) kB/, VmRSS: /VmRSS:\s+(\d+) kB/ };
const mb = (field) => Number(readFileSync('/proc/self/status', 'utf8').match(PATTERN[field])[1]) / 1024;
let reset = true;
try { writeFileSync('/proc/self/clear_refs', '5'); } catch { reset = false; }
const before = mb('VmRSS');
let sampled = 0;
const timer = setInterval(() => { sampled = Math.max(sampled, process.memoryUsage.rss() / 2 ** 20); }, 200);
const s = await runBatch(paths, { out, jobs: 2 });
clearInterval(timer);
const bad = s.results.filter((r) => r.status !== 'built').slice(0, 5).map((r) => r.name + ' ' + r.status + ': ' + r.message);
console.log(JSON.stringify({ ms: s.ms, jobs: s.jobs, counts: s.counts, bad, before, sampled, peak: reset ? mb('VmHWM') : sampled, reset }));
`;

type Measured = {
  ms: number;
  jobs: number;
  counts: Record<string, number>;
  bad: string[];
  before: number;
  sampled: number;
  peak: number;
  reset: boolean;
};

export async function benchBatch(): Promise<void> {
  const n = Number(process.env['JUESUAN_BENCH_BATCH'] ?? 1000);
  const root = mkdtempSync(join(tmpdir(), 'juesuan-bench-batch-'));
  try {
    const datasets = join(root, 'datasets');
    for (let i = 1; i <= n; i++) {
      const dir = join(datasets, `dept-${String(i).padStart(4, '0')}`);
      writeDatasetFolder(dir, synthDataset({ seed: i, name: `合成测试部门${i}` }));
    }
    const batchModule = pathToFileURL(join(ROOT, 'src', 'build', 'batch', 'index.ts')).href;
    const r = spawnSync(
      process.execPath,
      [
        ...BUILD_FLAGS,
        '--import',
        'tsx',
        '--input-type=module',
        '-e',
        MEASURE,
        batchModule,
        datasets,
        join(root, 'out'),
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    if (r.status !== 0) throw new Error(`batch measurement failed: ${r.stderr}`);
    if (r.stderr) process.stderr.write(r.stderr);
    const m = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as Measured;
    const c = m.counts;
    console.error(
      `batch: ${n} datasets on ${m.jobs} threads: built ${c['built']}, draft ${c['draft']}, blocked ${c['blocked']}, ` +
        `unusable ${c['unusable']}, failed ${c['failed']}; ${(m.ms / n).toFixed(0)} ms per dataset; RSS before ` +
        `${m.before.toFixed(0)} MB, peak ${m.peak.toFixed(0)} MB (${m.reset ? 'VmHWM' : 'sampled'}), sampled max ` +
        `${m.sampled.toFixed(0)} MB`,
    );
    for (const line of m.bad) console.error(`  ${line}`);
    report(`batch.${n}_s`, m.ms / 1000, 's');
    report('batch.peak_rss_mb', m.peak, 'MB', 0);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
