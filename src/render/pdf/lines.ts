/**
 * @module Lines of body text laid out ahead of pdfmake: Chinese line breaking (any two characters may part
 * except before closing or after opening punctuation, inside a number or Latin word, or inside —— and
 * ……), a first-line indent, and justification by character spacing. pdfmake then handles one inline per
 * line instead of one per character, which makes a Chinese report about a third cheaper to render.
 */
import type { Advance } from './metrics.ts';

/** A piece of text with the inline properties it carries (a link, a highlight). */
export type Segment = { readonly text: string; readonly props?: object };

/**
 * A laid-out line: its segments, the character spacing that justifies it, its left indent, and how far a
 * hanging punctuation mark reaches past the right edge (points).
 */
export type Line = {
  readonly segments: readonly Segment[];
  readonly characterSpacing: number;
  readonly indent: number;
  readonly hang: number;
};

export type LineOptions = {
  readonly advance: Advance;
  readonly fontSize: number;
  readonly width: number;
  readonly firstIndent: number;
};

const NO_START = new Set([...'，。、；：？！）》」』】〕〉”’…—·%‰℃,.;:!?)]}']);
const NO_END = new Set([...'（《「『【〔〈“‘([{']);
const WORD = /[0-9A-Za-z.,%+\-_/:@#&'’]/u;
/** Points short of the margin a justified line aims at, so pdfmake's own measure never overflows it. */
const SLACK = 0.5;

type Char = { readonly ch: string; readonly seg: number; readonly w: number };

/** Whether a line may break between characters a and b (a space ends a breakable run). */
export function canBreak(a: string, b: string): boolean {
  if (b === ' ') return false;
  if (a === ' ') return true;
  if (NO_START.has(b) || NO_END.has(a)) return false;
  return !(WORD.test(a) && WORD.test(b));
}

function line(
  chars: readonly Char[],
  segments: readonly Segment[],
  indent: number,
  spacing: number,
  hang: number,
): Line {
  const out: Segment[] = [];
  let text = '';
  chars.forEach((c, k) => {
    text += c.ch;
    if (k === chars.length - 1 || chars[k + 1]!.seg !== c.seg) {
      const props = segments[c.seg]!.props;
      out.push(props ? { text, props } : { text });
      text = '';
    }
  });
  return { segments: out, characterSpacing: spacing, indent, hang };
}

/** Punctuation that may hang past the end of a full line rather than push a character down (行末点号悬挂). */
const HANG = new Set([...'，。、：；！？,.;:!?']);
/**
 * The largest extra space between two characters, in ems: pdf.js (and so the audit of a published report)
 * reads a wider gap as a space, so a line that would need more is left a little short.
 */
const MAX_SPACING = 0.09;

/** Breaks the segments into lines no wider than `width` (the first indented); all but the last justified. */
export function layoutLines(segments: readonly Segment[], o: LineOptions): Line[] {
  const chars: Char[] = segments.flatMap((s, seg) =>
    [...s.text].map((ch) => ({ ch, seg, w: ch === '\n' ? 0 : o.advance(ch.codePointAt(0)!) * o.fontSize })),
  );
  const lines: Line[] = [];
  let start = 0;
  while (start < chars.length || lines.length === 0) {
    const indent = lines.length === 0 ? o.firstIndent : 0;
    const avail = o.width - indent;
    let w = 0;
    let i = start;
    let lastBreak = -1;
    let hang = 0;
    while (i < chars.length && chars[i]!.ch !== '\n') {
      const c = chars[i]!;
      if (i > start && canBreak(chars[i - 1]!.ch, c.ch)) lastBreak = i;
      if (i > start && w + c.w > avail && c.ch !== ' ') {
        const next = chars[i + 1]?.ch;
        if (HANG.has(c.ch) && (next === undefined || !NO_START.has(next))) {
          hang = c.w;
          i++;
        }
        break;
      }
      w += c.w;
      i++;
    }
    const ended = i >= chars.length || chars[i]!.ch === '\n';
    const end = ended || hang > 0 || lastBreak <= start ? i : lastBreak;
    let body = chars.slice(start, end);
    while (body.length > 0 && body[body.length - 1]!.ch === ' ') body = body.slice(0, -1);
    const natural = body.reduce((sum, c) => sum + c.w, 0) - (end === i ? hang : 0);
    const gaps = body.length - 1 - (end === i && hang > 0 ? 1 : 0);
    const spacing =
      ended || gaps < 1 ? 0 : Math.min((avail - SLACK - natural) / gaps, MAX_SPACING * o.fontSize);
    lines.push(line(body, segments, indent, Math.max(0, spacing), end === i ? hang : 0));
    start = end + (end === i && i < chars.length && chars[i]!.ch === '\n' ? 1 : 0);
    while (start < chars.length && chars[start]!.ch === ' ') start++;
    if (start >= chars.length && (ended || end === chars.length)) break;
  }
  return lines;
}
