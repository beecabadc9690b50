/**
 * @module Where a thread's fonts come from: its own HarfBuzz (subset.ts), or another thread's over a message
 * port (remote.ts; a batch's workers share the pool thread's, rather than each holding the four faces, ~100 MB
 * per thread). The renderers call subsetFace and faceMetrics here and never know which.
 */
import type { FaceName } from './faces.ts';
import { metricTables } from './metric-tables.ts';
import { faceBytes, hbSubsetFace, type SubsetOptions } from './subset.ts';

export type { SubsetOptions } from './subset.ts';

/** Font subsets and metrics for a thread. */
export type FontService = {
  /** The face subset to the characters of a text, as TrueType bytes. */
  readonly subset: (name: FaceName, text: string, opts?: SubsetOptions) => Promise<Buffer>;
  /** The face's metric tables as a small sfnt (metric-tables.ts). */
  readonly metrics: (name: FaceName) => Promise<Buffer>;
};

/** This thread's own HarfBuzz. */
export const localFonts: FontService = {
  subset: hbSubsetFace,
  metrics: async (name) => metricTables(await faceBytes(name)),
};

let service: FontService = localFonts;

/** Makes this thread take its fonts from `fonts` from now on (a batch worker, at its start). */
export function useFontService(fonts: FontService): void {
  service = fonts;
}

/** The face subset to the characters of `text`, as TrueType bytes. */
export function subsetFace(name: FaceName, text: string, opts?: SubsetOptions): Promise<Buffer> {
  return service.subset(name, text, opts);
}

/** The face's metric tables ('head', 'hhea', 'hmtx', 'cmap') as a small sfnt. */
export function faceMetrics(name: FaceName): Promise<Buffer> {
  return service.metrics(name);
}
