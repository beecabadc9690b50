/**
 * @module Font subsetting with one HarfBuzz (harfbuzzjs' hb-subset WebAssembly) per face, per process or worker
 * thread: each face is copied into its own once and then subset to any number of character sets — rather than
 * copying a 10–15 MB font into WebAssembly and parsing it again for every subset. Gives the same TrueType bytes
 * as subset-font with the same HarfBuzz settings (every layout feature kept; layout closure unless turned off).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { type FaceName, readFaceFile } from './faces.ts';

/** The hb-subset exports used here (pointers are offsets into `memory`). */
type HarfBuzz = {
  readonly memory: { readonly buffer: ArrayBuffer };
  readonly _initialize: () => void;
  readonly malloc: (size: number) => number;
  readonly free: (ptr: number) => void;
  readonly hb_blob_create: (
    data: number,
    length: number,
    mode: number,
    user: number,
    destroy: number,
  ) => number;
  readonly hb_blob_destroy: (blob: number) => void;
  readonly hb_blob_get_data: (blob: number, length: number) => number;
  readonly hb_blob_get_length: (blob: number) => number;
  readonly hb_face_create: (blob: number, index: number) => number;
  readonly hb_face_destroy: (face: number) => void;
  readonly hb_face_reference_blob: (face: number) => number;
  readonly hb_set_add: (set: number, value: number) => void;
  readonly hb_set_clear: (set: number) => void;
  readonly hb_set_invert: (set: number) => void;
  readonly hb_subset_input_create_or_fail: () => number;
  readonly hb_subset_input_destroy: (input: number) => void;
  readonly hb_subset_input_get_flags: (input: number) => number;
  readonly hb_subset_input_set_flags: (input: number, flags: number) => void;
  readonly hb_subset_input_set: (input: number, which: number) => number;
  readonly hb_subset_input_unicode_set: (input: number) => number;
  readonly hb_subset_or_fail: (face: number, input: number) => number;
};

/** The font bytes stay in WebAssembly memory for the life of the face: HarfBuzz reads them in place. */
const HB_MEMORY_MODE_READONLY = 1;
const HB_SUBSET_SETS_DROP_TABLE_TAG = 3;
const HB_SUBSET_SETS_LAYOUT_FEATURE_TAG = 6;
/** The OpenType layout tables, as HarfBuzz tags (big-endian four characters). */
const LAYOUT_TABLES = ['GSUB', 'GPOS', 'GDEF', 'BASE', 'JSTF'].map(
  (tag) =>
    ((tag.charCodeAt(0) << 24) | (tag.charCodeAt(1) << 16) | (tag.charCodeAt(2) << 8) | tag.charCodeAt(3)) >>>
    0,
);
const HB_SUBSET_FLAGS_NO_LAYOUT_CLOSURE = 0x200;

/** The WebAssembly global (the project's TypeScript lib has no WebAssembly types). */
type Wasm = {
  compile(bytes: Uint8Array): Promise<object>;
  instantiate(module: object): Promise<{ readonly exports: object }>;
};
const { WebAssembly: wasm } = globalThis as unknown as { WebAssembly: Wasm };

let module: Promise<object> | undefined;

/** A new HarfBuzz instance (the module is compiled once). */
async function newHarfBuzz(): Promise<HarfBuzz> {
  module ??= readFile(createRequire(import.meta.url).resolve('harfbuzzjs/dist/harfbuzz-subset.wasm')).then(
    (bytes) => wasm.compile(bytes),
  );
  const instance = await wasm.instantiate(await module);
  const hb = instance.exports as unknown as HarfBuzz;
  hb._initialize();
  return hb;
}

/**
 * A face loaded into its own HarfBuzz (the hb-subset build has a fixed 64 MB heap, room for one CJK face), and
 * its file's bytes there — the one copy of the font the process keeps.
 */
type Loaded = { readonly hb: HarfBuzz; readonly face: number; readonly bytes: Buffer };
const faces = new Map<FaceName, Promise<Loaded>>();

/**
 * The HarfBuzz face of a font, made once; it keeps the tables it has parsed for the next subset. (Not
 * hb_subset_preprocess'd: that costs ~0.3 s and ~30 MB per face up front for ~10 ms less per subset.)
 */
function hbFace(name: FaceName): Promise<Loaded> {
  let face = faces.get(name);
  if (!face) {
    face = Promise.all([newHarfBuzz(), readFaceFile(name)]).then(([hb, ttf]) => {
      const data = hb.malloc(ttf.byteLength);
      if (data === 0) throw new Error(`No room in HarfBuzz for the font ${name}`);
      // The heap never grows (no memory growth in this build), so a view of it stays valid.
      const bytes = Buffer.from(hb.memory.buffer, data, ttf.byteLength);
      ttf.copy(bytes);
      const blob = hb.hb_blob_create(data, ttf.byteLength, HB_MEMORY_MODE_READONLY, 0, 0);
      const face = hb.hb_face_create(blob, 0);
      hb.hb_blob_destroy(blob);
      return { hb, face, bytes };
    });
    face.catch(() => faces.delete(name));
    faces.set(name, face);
  }
  return face;
}

/** A face's whole TrueType file (read-only: a view of the bytes HarfBuzz subsets from), loaded once per thread. */
export async function faceBytes(name: FaceName): Promise<Buffer> {
  return (await hbFace(name)).bytes;
}

/**
 * How to subset: without layout closure, glyphs reachable only through OpenType substitutions are left out;
 * without layout, the OpenType layout tables themselves (GSUB, GPOS, GDEF…) are dropped, for a consumer that
 * sets each character as its own glyph at its advance width anyway (the PDF: horizontal Chinese text and
 * Latin figures need no substitution, and shaping them again on every line was a tenth of its time).
 */
export type SubsetOptions = { readonly layoutClosure?: boolean; readonly layout?: boolean };

/**
 * The face subset to the characters of `text` (every layout feature kept), as TrueType bytes, by this
 * thread's own HarfBuzz (renderers call service.ts' subsetFace, which may ask another thread's).
 */
export async function hbSubsetFace(name: FaceName, text: string, opts: SubsetOptions = {}): Promise<Buffer> {
  const { hb, face } = await hbFace(name);
  const input = hb.hb_subset_input_create_or_fail();
  if (input === 0) throw new Error('HarfBuzz could not make a subset input');
  let subset = 0;
  try {
    const features = hb.hb_subset_input_set(input, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG);
    hb.hb_set_clear(features);
    hb.hb_set_invert(features);
    if (opts.layoutClosure === false)
      hb.hb_subset_input_set_flags(
        input,
        hb.hb_subset_input_get_flags(input) | HB_SUBSET_FLAGS_NO_LAYOUT_CLOSURE,
      );
    if (opts.layout === false) {
      const drop = hb.hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
      for (const tag of LAYOUT_TABLES) hb.hb_set_add(drop, tag);
    }
    const unicodes = hb.hb_subset_input_unicode_set(input);
    for (const ch of text) hb.hb_set_add(unicodes, ch.codePointAt(0)!);
    subset = hb.hb_subset_or_fail(face, input);
  } finally {
    hb.hb_subset_input_destroy(input);
  }
  if (subset === 0) throw new Error(`HarfBuzz could not subset ${name}`);
  const blob = hb.hb_face_reference_blob(subset);
  try {
    const length = hb.hb_blob_get_length(blob);
    if (length === 0) throw new Error(`HarfBuzz made an empty subset of ${name}`);
    const data = hb.hb_blob_get_data(blob, 0);
    return Buffer.from(new Uint8Array(hb.memory.buffer, data, length)); // a copy: the blob is freed below
  } finally {
    hb.hb_blob_destroy(blob);
    hb.hb_face_destroy(subset);
  }
}
