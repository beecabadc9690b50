/**
 * @module The report as a self-contained HTML file with fonts subset to exactly the characters it shows
 * (renders once to collect the text, then again with the @font-face CSS).
 */
import type { Report } from '../../report/types.ts';
import { documentText } from './font-text.ts';
import { buildFontCss } from './fonts.ts';
import { renderHtml } from './render-html.ts';

/** renderHtml with embedded font subsets; charts are inline SVGs by figure id (without their own fonts). */
export async function renderSelfContainedHtml(
  report: Report,
  charts: Readonly<Record<string, string>>,
): Promise<string> {
  const fontCss = await buildFontCss(documentText(renderHtml(report, { charts })));
  return renderHtml(report, { charts, fontCss });
}
