/**
 * @module The worker thread of a batch build: it loads the renderers once (its font subsets come from the pool
 * thread), then builds one dataset per message and answers with its result, so a worker holds one dataset at a
 * time. (A forced full garbage collection after each dataset saved ~150 MB of peak memory but cost ~50% more CPU
 * time: not done.)
 */
import { type MessagePort, parentPort, workerData } from 'node:worker_threads';
import { remoteFonts } from '../../render/fonts/remote.ts';
import { useFontService } from '../../render/fonts/service.ts';
import { buildOne } from './build-one.ts';
import type { BatchJob, WorkerMessage } from './types.ts';

const port = parentPort;
if (port === null) throw new Error('batch/worker.ts runs only as a worker thread');
// The pool thread's HarfBuzz subsets the fonts for every worker (pool.ts).
const fonts = (workerData as { fonts?: MessagePort } | null)?.fonts;
if (fonts !== undefined) useFontService(remoteFonts(fonts));
port.on('message', async (job: BatchJob) => {
  const message: WorkerMessage = { kind: 'result', result: await buildOne(job) };
  port.postMessage(message);
});
const ready: WorkerMessage = { kind: 'ready' };
port.postMessage(ready);
