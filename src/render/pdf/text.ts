/**
 * @module Text blocks as pdfmake nodes: runs (figures linked to their table cells, 【待补充】 markers
 * highlighted), headings with their printed numbering, indented paragraphs, lists numbered as text, notes.
 */
import type { PdfmakeNode } from 'pdfmake';
import { cellAnchor } from '../../report/anchors.ts';
import type { Heading, List, Run } from '../../report/types.ts';
import type { Metrics } from './fonts.ts';
import { layoutLines, type Segment } from './lines.ts';
import { BODY_SIZE, STYLE, span, type TextStyle, TODO_BACKGROUND, textNode } from './theme.ts';

/** Anchors of the table cells printed in the document (figures in the text link to them). */
export type CellAnchors = ReadonlySet<string>;

/** What body text needs: the cell anchors its figures link to, font metrics, and the text width. */
export type BodyText = { readonly cells: CellAnchors; readonly metrics: Metrics; readonly width: number };

/** A bookmark: the node id it points to, its title, and its parent bookmark (none for a part). */
export type OutlineEntry = { readonly id: string; readonly text: string; readonly parentId?: string };

const INDENT = 2 * BODY_SIZE;

/** Runs as segments: a figure links to its cell when the cell is printed, a todo run is highlighted. */
export function runSegments(runs: readonly Run[], cells: CellAnchors): Segment[] {
  return runs.map((run) => {
    if ('todo' in run) return { text: run.text, props: { background: TODO_BACKGROUND, color: '#7a2100' } };
    if ('ref' in run) {
      const anchor = cellAnchor(run.ref);
      if (cells.has(anchor)) return { text: run.text, props: { linkToDestination: anchor } };
    }
    return { text: run.text };
  });
}

/** Outline (bookmark) properties of a node. */
export function outlineProps(entry: OutlineEntry): object {
  return {
    id: entry.id,
    outline: true,
    outlineText: entry.text,
    ...(entry.parentId === undefined ? { outlineExpanded: true } : { outlineParentId: entry.parentId }),
  };
}

const HEADING_MARGINS: Record<Heading['level'], [number, number, number, number]> = {
  1: [0, 10, 0, 5],
  2: [0, 7, 0, 4],
  3: [0, 5, 0, 3],
  4: [0, 3, 0, 2],
};

/** A heading (number and text); it becomes a bookmark under `parentId` when given. */
export function headingNode(h: Heading, parentId?: string): PdfmakeNode {
  const text = `${h.number}${h.text}`;
  const title = h.level === 1 && h.number === ''; // the title of an attached document
  return textNode(text, title ? STYLE.documentTitle : STYLE[`h${h.level}`], {
    margin: title ? [0, 4, 0, 12] : HEADING_MARGINS[h.level],
    ...(parentId === undefined ? { id: h.id } : outlineProps({ id: h.id, text, parentId })),
  });
}

/**
 * A paragraph with the customary two-character first-line indent, laid out into justified lines here
 * (see lines.ts): a stack of one-line text nodes.
 */
export function paragraphNode(
  runs: readonly Run[],
  body: BodyText,
  style: TextStyle = STYLE.body,
): PdfmakeNode {
  const lines = layoutLines(runSegments(runs, body.cells), {
    advance: body.metrics(style.font, style.bold),
    fontSize: style.fontSize,
    width: body.width,
    firstIndent: INDENT,
  });
  return {
    stack: lines.map((line) => ({
      text: line.segments.map((seg) =>
        span(seg.text, style, {
          ...seg.props,
          alignment: 'left',
          noWrap: true,
          characterSpacing: line.characterSpacing,
        }),
      ),
      // The negative right margin lets a hanging mark (and pdfmake's own rounding) pass the edge unwrapped.
      margin: [line.indent, 0, -(line.hang + 2), 0],
    })),
    margin: [0, 0, 0, 5],
  };
}

/** A note (注, 说明). */
export function noteNode(runs: readonly Run[], body: BodyText): PdfmakeNode {
  return paragraphNode(runs, body, STYLE.note);
}

/** The printed number of list item i (0-based) in a style; '' for unnumbered lists. */
export function listItemNumber(style: List['style'], i: number): string {
  if (style === 'none') return '';
  return style === '1.' ? `${i + 1}.` : `${i + 1}、`;
}

/** A list: each item a paragraph that starts with its number as text (so copy and audits see it). */
export function listNode(list: List, body: BodyText): PdfmakeNode {
  return {
    stack: list.items.map((runs, i) => {
      const num = listItemNumber(list.style, i);
      const item = paragraphNode(num === '' ? runs : [{ text: num }, ...runs], body) as object;
      return { ...item, margin: [0, 0, 0, 3] };
    }),
  };
}
