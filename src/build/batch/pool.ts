/**
 * @module A pool of worker threads that build datasets, one dataset per worker at a time. Workers run the
 * worker module bundled to JavaScript (bundle.ts); should bundling fail, they run the TypeScript sources
 * through tsx, registered inside each worker (the CLI registers tsx in code, so workers cannot rely on
 * inheriting `--import tsx`). A worker that dies fails its dataset and is replaced.
 */
import { MessageChannel, Worker, type WorkerOptions } from 'node:worker_threads';
import { serveFonts } from '../../render/fonts/remote.ts';
import { localFonts } from '../../render/fonts/service.ts';
import { type BundledWorker, bundleWorker } from './bundle.ts';
import { failedResult } from './failed.ts';
import type { BatchJob, DatasetResult, WorkerMessage } from './types.ts';

const TSX_API = import.meta.resolve('tsx/esm/api');
const ENTRY = new URL('./worker.ts', import.meta.url);
/** Without a bundle, a worker is an eval'd script that registers tsx, then imports the TypeScript module. */
const TSX_BOOTSTRAP = `import(${JSON.stringify(TSX_API)}).then((m) => { m.register(); return import(${JSON.stringify(ENTRY.href)}); });`;

/**
 * A worker's options: the flags, the memory limits, and a port to this thread's fonts (the workers share this
 * thread's HarfBuzz rather than each holding the four faces); the port closes when the worker exits.
 */
function startWorker(code: URL | string): Worker {
  const { port1, port2 } = new MessageChannel();
  serveFonts(port1, localFonts);
  const options: WorkerOptions = {
    execArgv: workerExecArgv(),
    resourceLimits: RESOURCE_LIMITS,
    workerData: { fonts: port2 },
    transferList: [port2],
    eval: typeof code === 'string',
  };
  const worker = new Worker(code, options);
  worker.once('exit', () => port1.close());
  return worker;
}

/** The worker's code: the bundle, or the tsx bootstrap when esbuild could not bundle it. */
async function workerCode(): Promise<{ readonly start: () => Worker; readonly bundle?: BundledWorker }> {
  try {
    const bundle = await bundleWorker(ENTRY);
    return { start: () => startWorker(bundle.url), bundle };
  } catch (e) {
    console.error(
      `[juesuan] 批量生成：工作线程代码打包失败，改用 TypeScript 加载器运行（${(e as Error).message}）`,
    );
    return { start: () => startWorker(TSX_BOOTSTRAP) };
  }
}

/**
 * A small young generation per worker: on 40 departments the batch's peak memory fell from 1,165–1,200 MB to
 * ~1,140 MB with CPU time within noise (the renderers' big buffers live outside the V8 heap).
 */
const RESOURCE_LIMITS = { maxYoungGenerationSizeMb: 8 };

/** Workers in a row that may die while starting (before they are ready) before the rest of the batch fails. */
const MAX_FAILED_STARTS = 3;

/**
 * Flags a worker must not be given: those that set up the whole process (V8's; ERR_WORKER_INVALID_EXEC_ARGV)
 * and those about the parent's own entry (`--input-type`, for a parent started with --eval).
 */
const NOT_FOR_WORKERS = ['--v8-pool-size', '--heap-growing-percent', '--input-type'];

/** The parent's flags, without its `--import tsx` (the worker registers tsx itself, once) or NOT_FOR_WORKERS. */
function workerExecArgv(): string[] {
  const out: string[] = [];
  const args = process.execArgv;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--import' && /(^|[/\\])tsx([/\\]|$)|^tsx$/.test(args[i + 1] ?? '')) i++;
    else if (!/^--import=tsx$/.test(a) && !NOT_FOR_WORKERS.some((flag) => a.startsWith(flag))) out.push(a);
  }
  return out;
}

/** Builds every job on `size` workers; calls onResult as each dataset finishes; resolves when all have. */
export async function runPool(
  jobs: readonly BatchJob[],
  size: number,
  onResult: (index: number, result: DatasetResult) => void,
): Promise<void> {
  if (jobs.length === 0) return;
  const code = await workerCode();
  try {
    await runWorkers(jobs, size, code.start, onResult);
  } finally {
    code.bundle?.remove();
  }
}

function runWorkers(
  jobs: readonly BatchJob[],
  size: number,
  newWorker: () => Worker,
  onResult: (index: number, result: DatasetResult) => void,
): Promise<void> {
  let next = 0;
  let finished = 0;
  let failedStarts = 0;
  return new Promise((resolve) => {
    if (jobs.length === 0) {
      resolve();
      return;
    }
    const startWorker = () => {
      if (next >= jobs.length) return;
      const worker = newWorker();
      let current = -1;
      let dead = false;
      let ready = false;
      const settle = (result: DatasetResult) => {
        const index = current;
        current = -1;
        onResult(index, result);
        finished++;
        if (finished === jobs.length) resolve();
      };
      const feed = () => {
        if (next < jobs.length) {
          current = next++;
          worker.postMessage(jobs[current]);
        } else void worker.terminate();
      };
      worker.on('message', (m: WorkerMessage) => {
        if (m.kind === 'ready') {
          ready = true;
          failedStarts = 0;
          return;
        }
        settle(m.result);
        feed();
      });
      const die = (e: unknown) => {
        if (dead) return;
        dead = true;
        if (current >= 0) settle(failedResult(jobs[current]!, e));
        // Workers that cannot even start will not do better next time: fail what is left.
        if (!ready && ++failedStarts >= MAX_FAILED_STARTS) {
          while (next < jobs.length) {
            current = next++;
            settle(failedResult(jobs[current]!, e));
          }
        } else startWorker();
      };
      worker.on('error', die);
      worker.on('exit', (code) => {
        if (current >= 0 || next < jobs.length) die(new Error(`工作线程意外退出（退出码 ${code}）`));
      });
      feed();
    };
    for (let i = 0; i < Math.min(size, jobs.length); i++) startWorker();
  });
}
