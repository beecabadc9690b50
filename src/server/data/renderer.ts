/**
 * @module Who renders a version's files: in the calling thread (tests, small installations), or in a
 * worker thread (`juesuan serve`) so that the seconds a PDF or DOCX takes never stall other requests.
 * Both take the stored dataset (plain JSON, cheap to send to a thread) and return files by name.
 */
import { runRules } from '../../rules/engine.ts';
import type { JsonValue } from '../../storage/types.ts';
import { type DownloadName, type RenderedFile, VersionRenderer } from './render.ts';
import { fromStored } from './stored-dataset.ts';

/** Which files: one download, or 'all' (every file of a publication). */
export type RenderRequest = DownloadName | 'all';

/** Renders the files of a stored dataset. */
export interface Renderer {
  render(dataset: JsonValue, what: RenderRequest): Promise<Map<string, RenderedFile>>;
  close(): Promise<void>;
}

/** Renders a stored dataset here and now (the work shared by both renderers). */
export async function renderStored(
  dataset: JsonValue,
  what: RenderRequest,
): Promise<Map<string, RenderedFile>> {
  const parsed = fromStored(dataset);
  if (!parsed.ok) throw new Error(`stored dataset does not parse: ${parsed.errors[0]?.message ?? ''}`);
  const r = new VersionRenderer(parsed.dataset, runRules(parsed.dataset));
  if (what === 'all') return r.renderAll();
  return new Map([[what, await r.render(what)]]);
}

/** The renderer that works in the calling thread. */
export const IN_PROCESS_RENDERER: Renderer = {
  render: renderStored,
  close: async () => {},
};
