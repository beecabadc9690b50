/**
 * @module A figure: the chart's inline SVG, its caption, and the data it is drawn from as a table that is
 * visually hidden (for screen readers), or shown when the chart's SVG is missing.
 */
import { formatPercent, formatWan } from '../../money/index.ts';
import type { Figure } from '../../report/types.ts';
import type { RenderContext } from './context.ts';
import { attrs, escapeHtml } from './escape.ts';

/** Header labels of the data tables under the charts. */
export const FIGURE_DATA_LABELS = { item: '项目', amount: '金额', share: '占比', data: '数据' } as const;

/**
 * Prepares chart SVG for inlining: drops an XML prolog or doctype (invalid inside HTML) and, when the
 * document embeds its own fonts, a chart's own @font-face (which would shadow the document's face).
 */
export function inlineSvg(svg: string, dropFonts: boolean): string {
  const bare = svg.replace(/^\s*<\?xml[^>]*\?>\s*/, '').replace(/^\s*<!DOCTYPE[^>]*>\s*/i, '');
  return dropFonts ? bare.replace(/<style\b[^>]*>[^<]*@font-face[^<]*<\/style>\s*/g, '') : bare;
}

function th(text: string, scope: 'col' | 'row'): string {
  return `<th scope="${scope}">${escapeHtml(text)}</th>`;
}

function td(text: string): string {
  return `<td class="r">${escapeHtml(text)}</td>`;
}

function dataRows(f: Figure): { head: string[]; rows: string[] } {
  const L = FIGURE_DATA_LABELS;
  const unit = `（${f.unit}）`;
  if (f.chart === 'pie') {
    return {
      head: [th(L.item, 'col'), th(L.amount + unit, 'col'), th(L.share, 'col')],
      rows: f.slices.map(
        (s) =>
          th(s.label, 'row') + td(formatWan(s.fen, { thousands: true })) + td(`${formatPercent(s.share)}%`),
      ),
    };
  }
  return {
    head: [th(L.item, 'col'), ...f.series.map((s) => th(s.name + unit, 'col'))],
    rows: f.categories.map(
      (category, i) =>
        th(category, 'row') +
        f.series
          .map((s) => {
            const v = s.values[i];
            return td(v === undefined ? '' : formatWan(v, { thousands: true }));
          })
          .join(''),
    ),
  };
}

/**
 * The figure's data as an HTML table (amounts in 万元, shares for pies); when not visible it sits in a
 * visually hidden box (a table itself cannot be shrunk to 1px, and changing its display loses its semantics).
 */
export function renderFigureData(f: Figure, visible: boolean): string {
  const { head, rows } = dataRows(f);
  const table =
    `<table class="figure-data">\n` +
    `<caption>${escapeHtml(`${f.caption}（${FIGURE_DATA_LABELS.data}）`)}</caption>\n` +
    `<thead><tr>${head.join('')}</tr></thead>\n<tbody>\n${rows.map((r) => `<tr>${r}</tr>`).join('\n')}\n</tbody>\n</table>`;
  return visible ? table : `<div class="sr-only">\n${table}\n</div>`;
}

/** A <figure>: inline SVG, the data table, and the caption (last, as printed under a chart). */
export function renderFigure(f: Figure, ctx: RenderContext): string {
  const svg = ctx.charts[f.id];
  const hasChart = svg !== undefined && svg.trim() !== '';
  const id = ctx.claimId(f.id) ? f.id : undefined;
  const chart = hasChart ? `<div class="chart">\n${inlineSvg(svg, ctx.embedsFonts)}\n</div>\n` : '';
  return (
    `<figure${attrs({ id, class: `figure ${f.chart}` })}>\n${chart}${renderFigureData(f, !hasChart)}\n` +
    `<figcaption>${escapeHtml(f.caption)}</figcaption>\n</figure>`
  );
}
