/**
 * @module A renderer in a worker thread: one long-lived thread (its font caches stay warm) rendering one
 * request at a time in order. The thread is started on first use, does not keep the process alive, and a
 * crash of it fails the requests in flight and is replaced on the next request.
 */
import { Worker } from 'node:worker_threads';
import type { JsonValue } from '../../storage/types.ts';
import type { RenderedFile } from './render.ts';
import type { Renderer, RenderRequest } from './renderer.ts';

type Pending = { resolve: (files: Map<string, RenderedFile>) => void; reject: (e: Error) => void };
/** What the thread answers. */
export type ThreadReply =
  | { readonly id: number; readonly ok: true; readonly files: [string, Uint8Array, string][] }
  | { readonly id: number; readonly ok: false; readonly error: string };

const ENTRY = new URL('./render-thread-entry.js', import.meta.url);

/** A renderer backed by a worker thread. */
export class ThreadRenderer implements Renderer {
  #worker: Worker | undefined;
  #next = 1;
  readonly #pending = new Map<number, Pending>();

  #start(): Worker {
    if (this.#worker !== undefined) return this.#worker;
    // No inherited --import: the entry registers the TypeScript loader itself.
    const worker = new Worker(ENTRY, { execArgv: [] });
    worker.unref();
    worker.on('message', (reply: ThreadReply) => {
      const p = this.#pending.get(reply.id);
      if (p === undefined) return;
      this.#pending.delete(reply.id);
      if (reply.ok)
        p.resolve(new Map(reply.files.map(([name, bytes, contentType]) => [name, { bytes, contentType }])));
      else p.reject(new Error(reply.error));
    });
    const fail = (e: Error) => {
      for (const p of this.#pending.values()) p.reject(e);
      this.#pending.clear();
      this.#worker = undefined;
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`render thread exited (${code})`)));
    this.#worker = worker;
    return worker;
  }

  render(dataset: JsonValue, what: RenderRequest): Promise<Map<string, RenderedFile>> {
    const worker = this.#start();
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      // While a request is pending the thread must keep the process alive.
      worker.ref();
      worker.postMessage({ id, dataset, what });
    }).finally(() => {
      if (this.#pending.size === 0) this.#worker?.unref();
    }) as Promise<Map<string, RenderedFile>>;
  }

  async close(): Promise<void> {
    const worker = this.#worker;
    this.#worker = undefined;
    if (worker !== undefined) await worker.terminate();
  }
}
