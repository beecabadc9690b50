/**
 * @module Text blocks: runs (figures linked to their table cells, 【待补充】 markers highlighted), headings
 * with their printed numbering, paragraphs, lists numbered as text, and notes.
 */
import { cellAnchor } from '../../report/anchors.ts';
import type { Heading, List, Run } from '../../report/types.ts';
import type { RenderContext } from './context.ts';
import { attrs, escapeHtml } from './escape.ts';

// A figure with its unit ("651.04万元", "占0.00%") must not break across lines.
const FIGURE_WITH_UNIT = /\d[\d,]*(?:\.\d+)?(?:万元|%|人次|批次|辆|人|个)/g;

/** Escaped text with figures and their units kept on one line. */
function textWithFigures(text: string): string {
  return escapeHtml(text).replace(FIGURE_WITH_UNIT, (m) => `<span class="nb">${m}</span>`);
}

/** Runs as inline HTML: a ref run links to its cell (when the cell is in the document), a todo run is a <mark>. */
export function renderRuns(runs: readonly Run[], ctx: RenderContext): string {
  return runs
    .map((run) => {
      const text = escapeHtml(run.text);
      if ('ref' in run) {
        const id = cellAnchor(run.ref);
        return ctx.cellIds.has(id)
          ? `<a class="fig" href="#${id}">${text}</a>`
          : `<span class="fig">${text}</span>`;
      }
      if ('todo' in run) return `<mark class="todo">${text}</mark>`;
      return textWithFigures(run.text);
    })
    .join('');
}

/** A heading: level 1–4 become h2–h5 (h1 is the part title); the printed number stays part of the text. */
export function renderHeading(h: Heading, ctx: RenderContext): string {
  const tag = `h${h.level + 1}`;
  const id = ctx.claimId(h.id) ? h.id : undefined;
  const num = h.number === '' ? '' : `<span class="num">${escapeHtml(h.number)}</span>`;
  return `<${tag}${attrs({ id, class: `heading l${h.level}` })}>${num}${escapeHtml(h.text)}</${tag}>`;
}

/** The printed number of list item i (0-based) in a style; '' for unnumbered lists. */
export function listItemNumber(style: List['style'], i: number): string {
  if (style === 'none') return '';
  return style === '1.' ? `${i + 1}.` : `${i + 1}、`;
}

/** A list; numbers are text (not CSS counters) so copy/paste and audits see them. */
export function renderList(list: List, ctx: RenderContext): string {
  const tag = list.style === 'none' ? 'ul' : 'ol';
  const items = list.items.map((runs, i) => {
    const num = listItemNumber(list.style, i);
    return `<li>${num === '' ? '' : `<span class="num">${num}</span>`}${renderRuns(runs, ctx)}</li>`;
  });
  return `<${tag} class="list${list.style === 'none' ? ' plain' : ''}">\n${items.join('\n')}\n</${tag}>`;
}

/** A paragraph. */
export function renderParagraph(runs: readonly Run[], ctx: RenderContext): string {
  return `<p>${renderRuns(runs, ctx)}</p>`;
}

/** A note (注, 说明). */
export function renderNote(runs: readonly Run[], ctx: RenderContext): string {
  return `<p class="note">${renderRuns(runs, ctx)}</p>`;
}
