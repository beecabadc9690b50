/**
 * @module The four Noto faces every format embeds (Noto Serif SC and Noto Sans SC, 400 and 700), by PostScript
 * name, and their TrueType files in node_modules (I/O at the edge). subset.ts reads each once per process (or
 * worker thread) into its HarfBuzz and shares those bytes with the HTML, PDF, chart and metrics code.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

/** Font files by PostScript name. */
export const FACE_MODULES = {
  'NotoSerifSC-Regular': '@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf',
  'NotoSerifSC-Bold': '@expo-google-fonts/noto-serif-sc/700Bold/NotoSerifSC_700Bold.ttf',
  'NotoSansSC-Regular': '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  'NotoSansSC-Bold': '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
} as const;

/** A face's PostScript name. */
export type FaceName = keyof typeof FACE_MODULES;

/** The face names, serif regular first. */
export const FACE_NAMES = Object.keys(FACE_MODULES) as FaceName[];

const resolve = createRequire(import.meta.url).resolve;

/** The path of a face's TrueType file. */
export function facePath(name: FaceName): string {
  return resolve(FACE_MODULES[name]);
}

/** Reads a face's whole TrueType file (use subset.ts' faceBytes, which keeps the one copy). */
export function readFaceFile(name: FaceName): Promise<Buffer> {
  return readFile(facePath(name));
}
