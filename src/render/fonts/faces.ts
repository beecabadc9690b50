/**
 * @module The four Noto faces every format embeds (Noto Serif SC and Noto Sans SC, 400 and 700), by PostScript
 * name, and their TrueType files in node_modules — each read once per process (or worker thread) and shared by
 * the HTML, PDF, chart and metrics code (I/O at the edge).
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
const files = new Map<FaceName, Promise<Buffer>>();

/** The path of a face's TrueType file. */
export function facePath(name: FaceName): string {
  return resolve(FACE_MODULES[name]);
}

/** A face's whole TrueType file, read once per process (a failed read is tried again next time). */
export function faceFile(name: FaceName): Promise<Buffer> {
  let file = files.get(name);
  if (!file) {
    file = readFile(facePath(name));
    file.catch(() => files.delete(name));
    files.set(name, file);
  }
  return file;
}
