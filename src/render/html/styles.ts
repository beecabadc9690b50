/**
 * @module The report's stylesheet: a restrained official look on screen (serif body; sans tables and level-1/2
 * headings, serif bold 1. and serif （1） headings as in official documents; dark red part titles, thin rules) and A4 print rules (page numbers, a page per part, repeated
 * table headers, landscape pages for wide tables, the draft mark on every page).
 */
import { SANS_STACK, SERIF_STACK } from './font-stacks.ts';

/** The draft mark printed on every page of a report written with errors. */
export const DRAFT_MARK = '草稿 未通过校验';

const ACCENT = '#8b1a1a';
const RULE = '#555';

const SCREEN = `
:root { color-scheme: light; }
html { background: #f4f3ef; }
body { margin: 0 auto; max-width: 52rem; padding: 2rem 3rem 4rem; background: #fff; color: #1a1a1a;
  font-family: ${SERIF_STACK}; font-size: 16px; line-height: 1.8; font-kerning: normal;
  text-rendering: optimizeLegibility; }
h1, h2, h3, h4, h5, caption, figcaption, nav, .cover, table, .draft-banner, .draft-watermark {
  font-family: ${SANS_STACK}; }
h1, h2, h3, h4, h5 { line-height: 1.5; font-weight: 700; break-after: avoid; page-break-after: avoid; }
p { margin: 0 0 0.6em; text-indent: 2em; text-align: justify; }
a { color: inherit; }
a.fig { text-decoration: underline dotted ${ACCENT}; text-underline-offset: 0.2em; }
a.fig, span.fig, .nb { white-space: nowrap; }
a.fig:hover, a.fig:focus { background: #fbeaea; }
mark.todo { background: #ffe08a; color: #5c3b00; padding: 0 0.15em; border-bottom: 2px solid #d08c00; }
.cover { text-align: center; padding: 5rem 0 4rem; border-bottom: 3px double ${ACCENT}; margin-bottom: 2rem; }
.cover p { text-indent: 0; text-align: center; }
.cover-entity { font-size: 20px; margin: 0 0 1.2rem; }
.cover-title { font-size: 30px; color: ${ACCENT}; margin: 0 0 1rem; letter-spacing: 0.05em; }
.cover-subtitle { font-size: 18px; }
.cover-year { font-size: 18px; margin-top: 2rem; }
.toc { margin: 0 0 3rem; }
.toc-title { text-align: center; font-size: 22px; letter-spacing: 0.5em; }
.toc ol { list-style: none; margin: 0; padding: 0; }
.toc ol ol { padding-left: 2em; }
.toc li { line-height: 1.9; }
.toc-l0 > li { margin-top: 0.5em; font-weight: 700; }
.toc-l0 > li li { font-weight: 400; }
.toc a { text-decoration: none; }
.toc a:hover, .toc a:focus { color: ${ACCENT}; text-decoration: underline; }
.part { margin-top: 3rem; }
.part > h1 { font-size: 22px; color: ${ACCENT}; text-align: center; margin: 0 0 1.5rem; padding-bottom: 0.4rem;
  border-bottom: 1px solid ${ACCENT}; }
h2 { font-size: 18px; margin: 1.6em 0 0.6em; }
h3 { font-size: 17px; margin: 1.2em 0 0.5em; }
h4, h5 { font-size: 16px; margin: 1em 0 0.4em; font-family: ${SERIF_STACK}; }
h5 { font-weight: 400; }
h2, h3, h4, h5 { text-indent: 2em; }
.list { list-style: none; margin: 0 0 0.6em; padding: 0; }
.list li { text-indent: 2em; }
p.note { font-size: 14px; color: #444; }
.table-block { margin: 1.5rem 0 2rem; }
.table-scroll { overflow-x: auto; padding: 1px; }
.report-table { border-collapse: collapse; width: 100%; font-size: 13px; line-height: 1.5;
  font-variant-numeric: tabular-nums; }
.report-table caption { caption-side: top; padding-bottom: 0.4rem; }
.table-no { display: block; text-align: right; font-size: 12px; color: #333; }
.table-title { display: block; text-align: center; font-size: 17px; font-weight: 700; margin: 0.2rem 0 0.5rem; }
.table-meta { display: flex; justify-content: space-between; gap: 1em; font-size: 12px; }
.report-table th, .report-table td { border: 0.5pt solid ${RULE}; padding: 0.25em 0.5em; vertical-align: middle; }
.report-table th { min-width: 2em; }
.report-table thead th { min-width: 5em; }
.table-block.wide .report-table thead th { min-width: 3.5em; }
.report-table thead th { background: #f2f0ea; font-weight: 700; text-align: center; }
.report-table tr.colno td { text-align: center; font-size: 11px; color: #555; background: #faf9f6; }
.report-table tbody th { font-weight: 400; }
.report-table tr.total th, .report-table tr.total td { font-weight: 700; }
.report-table .l { text-align: left; }
.report-table .c { text-align: center; }
.report-table .r { text-align: right; white-space: nowrap; }
.report-table .indent1 { padding-left: 1.5em; }
.report-table .indent2 { padding-left: 2.5em; }
.report-table :target { background: #fff1a8; outline: 2px solid ${ACCENT}; outline-offset: -2px; }
.table-notes { font-size: 13px; margin-top: 0.4rem; }
.table-notes p { text-indent: 0; margin: 0 0 0.2em; }
.table-notes.empty { border-left: 3px solid ${ACCENT}; padding-left: 0.6em; }
.figure { margin: 1.5rem 0 2rem; text-align: center; }
.figure .chart svg { max-width: 100%; height: auto; }
.figure figcaption { font-size: 14px; margin-top: 0.3rem; }
.figure-data { margin: 0.5rem auto 0; border-collapse: collapse; font-size: 13px; }
.figure-data th, .figure-data td { border: 0.5pt solid ${RULE}; padding: 0.2em 0.6em; }
.figure-data caption { font-size: 13px; }
.sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden;
  clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; border: 0; }
:target { scroll-margin-top: 3rem; }
.draft-banner { position: sticky; top: 0; z-index: 10; margin: -2rem -3rem 1rem; padding: 0.4rem; text-align: center;
  background: ${ACCENT}; color: #fff; font-weight: 700; letter-spacing: 0.3em; }
.draft-watermark { position: fixed; top: 50%; left: 50%; z-index: 5; transform: translate(-50%, -50%) rotate(-30deg);
  font-size: 88px; font-weight: 700; color: rgba(139, 26, 26, 0.1); white-space: nowrap; pointer-events: none;
  user-select: none; }
`;

const PRINT = `
@page { size: A4; margin: 25mm 20mm 22mm 25mm;
  @bottom-center { content: "— " counter(page) " —"; font-family: ${SANS_STACK}; font-size: 10pt; color: #333; } }
@page :first { @bottom-center { content: none; } }
@page wide { size: A4 landscape; margin: 20mm 18mm 20mm 18mm; }
@media print {
  html { background: none; }
  body { max-width: none; margin: 0; padding: 0; font-size: 12pt; }
  .cover { padding: 60mm 0 0; margin: 0; border: 0; break-after: page; page-break-after: always; }
  .toc { break-after: page; page-break-after: always; }
  .part { margin-top: 0; break-before: page; page-break-before: always; }
  a.fig { text-decoration: none; }
  .table-scroll { overflow: visible; }
  .table-block.wide { page: wide; }
  .report-table { font-size: 9.5pt; }
  thead { display: table-header-group; }
  tr, th, td, figure, .figure, caption { break-inside: avoid; page-break-inside: avoid; }
  caption { break-after: avoid; }
  .table-notes { break-before: avoid; }
  .table-block.compact { break-inside: avoid; page-break-inside: avoid; }
  .report-table :target { background: none; outline: 0; }
  p { orphans: 2; widows: 2; }
}
`;

function draftCss(): string {
  return `
@page { @top-center { content: "${DRAFT_MARK}"; font-family: ${SANS_STACK}; font-size: 10pt; font-weight: 700;
  color: ${ACCENT}; letter-spacing: 0.3em; } }
@media print {
  .draft-banner { display: none; }
  .draft-watermark { font-size: 60pt; }
}
`;
}

/** The complete stylesheet; the draft rules are added only for a draft. */
export function reportCss(opts: { readonly draft: boolean }): string {
  return SCREEN + PRINT + (opts.draft ? draftCss() : '');
}
