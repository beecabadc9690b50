/**
 * @module The normalised document: lines with their page, part (第X部分) and heading context,
 * sentences, and quoting of the original text for evidence.
 */
import { normaliseText } from '../normalise.ts';
import type { SourceDocument, TableBlock } from '../types.ts';
import { lineMarker, type Marker } from './markers.ts';

/** The quoted source text and its page (DESIGN.md §1 `evidence`). */
export type Evidence = { readonly text: string; readonly page?: number };

export type Line = {
  readonly index: number;
  /** Normalised text of the line. */
  readonly text: string;
  readonly page?: number;
  /** Index of the part (第X部分) the line is in; 0 before the first part heading. */
  readonly part: number;
  /** Heading context, outermost first (part title, 一、…, （一）…). */
  readonly headings: readonly string[];
  readonly marker?: Marker;
  /** Original text of the line for quoting: `origin(i)` is the source offset of text[i]. */
  readonly source: string;
  readonly origin: readonly number[];
};

export type Sentence = {
  readonly index: number;
  readonly line: number;
  /** Offset of the sentence in its line's text. */
  readonly start: number;
  readonly text: string;
};

/** A table with the index of the first line after it (where its note or empty statement stands). */
export type DocTable = TableBlock & { readonly nextLine: number };

export type Doc = {
  readonly file: string;
  readonly lines: readonly Line[];
  readonly sentences: readonly Sentence[];
  readonly tables: readonly DocTable[];
};

const SENTENCE_END = /[。!?！？]/g;
const HEADING_MAX = 40;

/** The original text of line characters [start, end), trimmed. */
export function quote(line: Line, start: number, end: number): string {
  if (end <= start) return '';
  const from = line.origin[start] ?? 0;
  const to = (line.origin[end - 1] ?? from) + 1;
  // Include the rest of a source character that normalised into several units (e.g. ① → 1).
  return line.source.slice(from, Math.max(to, from + 1)).trim();
}

/** Evidence for line characters [start, end). */
export function evidenceOf(line: Line, start: number, end: number): Evidence {
  const text = quote(line, start, end);
  return line.page === undefined ? { text } : { text, page: line.page };
}

function isHeading(text: string, marker: Marker | undefined): boolean {
  if (marker === undefined) return false;
  if (marker.family === 'part') return true;
  const rest = text.slice(marker.length);
  return rest.length <= HEADING_MAX && !/[。]$/.test(rest) && !/\d(万元|元|%)/.test(rest);
}

/** Builds the document model from a source document (normalising every text block). */
export function buildDoc(source: SourceDocument): Doc {
  const lines: Line[] = [];
  const sentences: Sentence[] = [];
  const tables: DocTable[] = [];
  let part = 0;
  let headings: { depth: number; text: string }[] = [];
  const depthOf = new Map<string, number>();
  for (const block of source.blocks) {
    if (block.kind === 'table') {
      tables.push({ ...block, nextLine: lines.length });
      continue;
    }
    const norm = normaliseText(block.text);
    let offset = 0;
    for (const raw of norm.text.split('\n')) {
      const start = offset;
      offset += raw.length + 1;
      const lead = raw.length - raw.trimStart().length;
      const text = raw.trim();
      if (text === '') continue;
      const origin = norm.origin.slice(start + lead, start + lead + text.length);
      const marker = lineMarker(text);
      if (marker?.family === 'part') {
        part += 1;
        headings = [];
        depthOf.clear();
      }
      if (isHeading(text, marker) && marker) {
        // Depth by order of first appearance of a family within the part.
        if (!depthOf.has(marker.family)) depthOf.set(marker.family, depthOf.size);
        const depth = depthOf.get(marker.family)!;
        headings = [...headings.filter((h) => h.depth < depth), { depth, text }];
      }
      const line: Line = {
        index: lines.length,
        text,
        ...(block.page === undefined ? {} : { page: block.page }),
        part,
        headings: headings.map((h) => h.text),
        ...(marker ? { marker } : {}),
        source: block.text,
        origin,
      };
      lines.push(line);
      let s = 0;
      for (const m of text.matchAll(SENTENCE_END)) {
        pushSentence(sentences, line.index, text, s, m.index + 1);
        s = m.index + 1;
      }
      pushSentence(sentences, line.index, text, s, text.length);
    }
  }
  return { file: source.file, lines, sentences, tables };
}

function pushSentence(out: Sentence[], line: number, text: string, start: number, end: number): void {
  const body = text.slice(start, end);
  if (body.trim() === '') return;
  out.push({ index: out.length, line, start, text: body });
}
