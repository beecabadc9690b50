/**
 * @module Fonts over a message port: one thread serves subsets and metrics from its HarfBuzz (serveFonts), others
 * ask it (remoteFonts). The bytes come back transferred, not copied. A request the server cannot answer is
 * rejected with its message.
 */
import type { MessagePort } from 'node:worker_threads';
import { FACE_NAMES, type FaceName } from './faces.ts';
import type { FontService, SubsetOptions } from './service.ts';

type Ask =
  | { readonly op: 'subset'; readonly name: FaceName; readonly text: string; readonly opts?: SubsetOptions }
  | { readonly op: 'metrics'; readonly name: FaceName };
type Request = Ask & { readonly id: number };
type Reply =
  | { readonly id: number; readonly ok: true; readonly bytes: ArrayBuffer }
  | { readonly id: number; readonly ok: false; readonly error: string };

/** An ArrayBuffer of its own holding exactly the bytes (so it can be transferred). */
function ownBuffer(bytes: Buffer): ArrayBuffer {
  const copy = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(copy).set(bytes);
  return copy;
}

/** Answers the font requests arriving on `port` from `fonts` (this thread's own, usually). */
export function serveFonts(port: MessagePort, fonts: FontService): void {
  port.on('message', (req: Request) => {
    const known = FACE_NAMES.includes(req.name);
    const work = !known
      ? Promise.reject(new Error(`Unknown font face '${String(req.name)}'`))
      : req.op === 'subset'
        ? fonts.subset(req.name, req.text, req.opts)
        : fonts.metrics(req.name);
    work.then(
      (bytes) => {
        const buffer = ownBuffer(bytes);
        const reply: Reply = { id: req.id, ok: true, bytes: buffer };
        port.postMessage(reply, [buffer]);
      },
      (e: unknown) => {
        const reply: Reply = { id: req.id, ok: false, error: e instanceof Error ? e.message : String(e) };
        port.postMessage(reply);
      },
    );
  });
}

/** Fonts asked of the thread serving `port`. */
export function remoteFonts(port: MessagePort): FontService {
  let next = 1;
  const pending = new Map<number, { resolve: (b: Buffer) => void; reject: (e: Error) => void }>();
  port.on('message', (reply: Reply) => {
    const p = pending.get(reply.id);
    if (p === undefined) return;
    pending.delete(reply.id);
    if (pending.size === 0) port.unref();
    if (reply.ok) p.resolve(Buffer.from(reply.bytes));
    else p.reject(new Error(reply.error));
  });
  port.unref();
  const ask = (req: Ask): Promise<Buffer> =>
    new Promise((resolve, reject) => {
      const id = next++;
      pending.set(id, { resolve, reject });
      port.ref(); // an answer is awaited: keep the thread alive for it
      const request: Request = { ...req, id };
      port.postMessage(request);
    });
  return {
    subset: (name, text, opts) => ask({ op: 'subset', name, text, ...(opts ? { opts } : {}) }),
    // Asked once per face and thread: the PDF keeps the metrics it builds from them (pdf/fonts.ts).
    metrics: (name) => ask({ op: 'metrics', name }),
  };
}
