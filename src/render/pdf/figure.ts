/**
 * @module A figure as a vector chart: the chart SVG drawn by pdfmake's svg node (paths stay paths, labels
 * stay text in the embedded Noto Sans SC subset, so they are selectable), with its caption below.
 */
import type { PdfmakeNode } from 'pdfmake';
import type { Figure } from '../../report/types.ts';
import { SANS } from './fonts.ts';
import { STYLE, textNode } from './theme.ts';

/** Chart width on the page as a share of the text width. */
const CHART_SHARE = 0.92;

/** Reads the width and height (or viewBox size) of an SVG root element. */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0];
  if (!root) throw new Error('Not an SVG document: no <svg> element');
  const attr = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(root)?.[1];
  const box = attr('viewBox')
    ?.trim()
    .split(/[\s,]+/)
    .map(Number);
  const width = Number.parseFloat(attr('width') ?? '') || box?.[2];
  const height = Number.parseFloat(attr('height') ?? '') || box?.[3];
  if (!(width && height && width > 0 && height > 0)) throw new Error('The chart SVG has no size');
  return { width, height };
}

/** Drops what the PDF does not draw and svg-to-pdfkit would only warn about (an embedded @font-face). */
export function pdfReadySvg(svg: string): string {
  return svg.replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, '');
}

/** The chart and its caption, kept on one page. `onWarning` receives svg-to-pdfkit's warnings. */
export function figureNode(
  figure: Figure,
  svg: string,
  available: number,
  onWarning: (message: string) => void,
): PdfmakeNode {
  const size = svgSize(svg);
  const width = available * CHART_SHARE;
  return {
    stack: [
      {
        svg: pdfReadySvg(svg),
        width,
        height: (width * size.height) / size.width,
        alignment: 'center',
        font: SANS,
        options: { warningCallback: onWarning },
        margin: [0, 4, 0, 2],
      },
      textNode(figure.caption, STYLE.caption, { id: figure.id, margin: [0, 2, 0, 10] }),
    ],
    unbreakable: true,
  };
}
