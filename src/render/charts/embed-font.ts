/**
 * @module Makes a chart SVG self-contained: subsets Noto Sans SC to the glyphs the chart draws and embeds
 * it as a WOFF data URL in an SVG <style> @font-face, so a standalone charts/*.svg renders the same anywhere.
 * Reads the font file (I/O, async, once per process: see ../fonts); the pure renderer stays in render.ts.
 */
import type { Figure } from '../../report/types.ts';
import { subsetFace } from '../fonts/service.ts';
import { sfntToWoff } from '../fonts/woff.ts';
import { type ChartSize, renderChartSvg } from './render.ts';

/** The family name the charts ask for first (see CHART_FONT_FAMILY); the embedded face takes that name. */
const FAMILY = 'Noto Sans SC';
const MARKER = 'data-embedded-font';

/** Decodes the few entities an SVG writer uses in text. */
function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_, e: string) => {
    if (e[0] === '#')
      return String.fromCodePoint(e[1] === 'x' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }[e] ?? '';
  });
}

/** The distinct characters drawn by the SVG's <text> elements (sorted, so the subset is deterministic). */
export function drawnCharacters(svg: string): string {
  const chars = new Set<string>();
  for (const m of svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)) {
    for (const ch of unescapeXml((m[1] ?? '').replace(/<[^>]*>/g, ''))) chars.add(ch);
  }
  return [...chars].sort().join('');
}

/** Embeds a WOFF subset of Noto Sans SC covering the SVG's text; returns the SVG unchanged when it has no text or already has it. */
export async function embedFontInSvg(svg: string): Promise<string> {
  if (svg.includes(MARKER)) return svg;
  const text = drawnCharacters(svg);
  if (text.trim() === '') return svg;
  const woff = sfntToWoff(await subsetFace('NotoSansSC-Regular', text));
  const face =
    `@font-face{font-family:'${FAMILY}';font-style:normal;font-weight:400;` +
    `src:url(data:font/woff;base64,${woff.toString('base64')}) format('woff');}`;
  const close = svg.lastIndexOf('</svg>');
  if (close < 0) throw new Error('Not an SVG document: no </svg>');
  return `${svg.slice(0, close)}<style ${MARKER}="${FAMILY}">${face}</style>\n${svg.slice(close)}`;
}

/** Renders a figure as a standalone SVG file's content; embeds the font subset unless embedFont is false. */
export async function renderChartSvgFile(
  figure: Figure,
  opts?: ChartSize & { readonly embedFont?: boolean },
): Promise<string> {
  const svg = renderChartSvg(figure, {
    ...(opts?.width === undefined ? {} : { width: opts.width }),
    ...(opts?.height === undefined ? {} : { height: opts.height }),
  });
  return opts?.embedFont === false ? svg : embedFontInSvg(svg);
}
