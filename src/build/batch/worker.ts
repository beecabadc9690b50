/**
 * @module The worker thread of a batch build: it loads the renderers (and caches its fonts) once, then builds
 * one dataset per message and answers with its result, so a worker holds one dataset at a time. (A forced full
 * garbage collection after each dataset saved ~150 MB of peak memory but cost ~50% more CPU time: not done.)
 */
import { parentPort } from 'node:worker_threads';
import { buildOne } from './build-one.ts';
import type { BatchJob, WorkerMessage } from './types.ts';

const port = parentPort;
if (port === null) throw new Error('batch/worker.ts runs only as a worker thread');
port.on('message', async (job: BatchJob) => {
  const message: WorkerMessage = { kind: 'result', result: await buildOne(job) };
  port.postMessage(message);
});
const ready: WorkerMessage = { kind: 'ready' };
port.postMessage(ready);
