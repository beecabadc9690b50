/**
 * @module Inside the render thread: each message is a stored dataset and what to render; the reply carries
 * the files (copied) or the error text.
 */
import { parentPort } from 'node:worker_threads';
import type { JsonValue } from '../../storage/types.ts';
import type { ThreadReply } from './render-thread.ts';
import { type RenderRequest, renderStored } from './renderer.ts';

type Request = { id: number; dataset: JsonValue; what: RenderRequest };

parentPort?.on('message', async ({ id, dataset, what }: Request) => {
  let reply: ThreadReply;
  try {
    const files = await renderStored(dataset, what);
    reply = { id, ok: true, files: [...files].map(([name, f]) => [name, f.bytes, f.contentType]) };
  } catch (e) {
    reply = { id, ok: false, error: e instanceof Error ? e.message : String(e) };
  }
  // Copied, not transferred: a Buffer may share pooled memory that must not be detached here.
  parentPort!.postMessage(reply);
});
