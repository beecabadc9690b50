/**
 * @module The report as one self-contained HTML document: inline CSS (and optional embedded fonts), inline
 * SVG charts, no script and no external request, so it works offline and under a CSP without inline scripts.
 */
import type { Block, Part, Report } from '../../report/types.ts';
import { renderHeading, renderList, renderNote, renderParagraph } from './blocks.ts';
import { createContext, type RenderContext } from './context.ts';
import { escapeHtml } from './escape.ts';
import { renderFigure } from './figure.ts';
import { DRAFT_MARK, reportCss } from './styles.ts';
import { renderTable } from './table.ts';
import { renderToc } from './toc.ts';

/** What the document embeds besides the report: chart SVGs by figure id, and @font-face CSS. */
export type HtmlAssets = {
  /** Inline SVG markup of each figure, by figure id (trusted: written by src/render/charts). */
  readonly charts: Readonly<Record<string, string>>;
  /** @font-face rules with data URLs (see buildFontCss); system fonts are used without it. */
  readonly fontCss?: string;
};

/** The year line of the cover. */
export function coverYear(year: number): string {
  return `${year}年度`;
}

function renderBlock(b: Block, ctx: RenderContext): string {
  switch (b.kind) {
    case 'heading':
      return renderHeading(b, ctx);
    case 'paragraph':
      return renderParagraph(b.runs, ctx);
    case 'list':
      return renderList(b, ctx);
    case 'note':
      return renderNote(b.runs, ctx);
    case 'table':
      return renderTable(b, ctx);
    case 'figure':
      return renderFigure(b, ctx);
  }
}

function renderPart(part: Part, ctx: RenderContext): string {
  const sectionId = ctx.claimId(part.id) ? part.id : undefined;
  const titleId = `${part.id}-title`;
  const labelled = ctx.claimId(titleId);
  const open =
    `<section class="part"${sectionId ? ` id="${escapeHtml(sectionId)}"` : ''}` +
    `${labelled ? ` aria-labelledby="${escapeHtml(titleId)}"` : ''}>`;
  const h1 =
    `<h1${labelled ? ` id="${escapeHtml(titleId)}"` : ''}><span class="num">${escapeHtml(part.number)}</span> ` +
    `${escapeHtml(part.title)}</h1>`;
  return [open, h1, ...part.blocks.map((b) => renderBlock(b, ctx)), '</section>'].join('\n');
}

function renderCover(report: Report): string {
  const subtitle = report.subtitle ? `<p class="cover-subtitle">${escapeHtml(report.subtitle)}</p>\n` : '';
  return (
    `<header class="cover">\n<p class="cover-entity">${escapeHtml(report.entity)}</p>\n` +
    `<h1 class="cover-title">${escapeHtml(report.title)}</h1>\n${subtitle}` +
    `<p class="cover-year">${escapeHtml(coverYear(report.year))}</p>\n</header>`
  );
}

function renderDraftMarks(): string {
  return (
    `<div class="draft-banner" role="note">${DRAFT_MARK}</div>\n` +
    `<div class="draft-watermark" aria-hidden="true">${DRAFT_MARK}</div>\n`
  );
}

/** Renders the report as one self-contained HTML document (UTF-8, lang zh-CN, no scripts). */
export function renderHtml(report: Report, assets: HtmlAssets): string {
  const ctx = createContext(report, assets.charts, (assets.fontCss ?? '').trim() !== '');
  // The <style> content must not close its element early; font CSS holds only data URLs and rules.
  const css = `${assets.fontCss ?? ''}\n${reportCss({ draft: report.draft })}`.replace(
    /<\/style/gi,
    '<\\/style',
  );
  const head = [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="juesuan">',
    `<title>${escapeHtml(report.title)}</title>`,
    `<style>${css}</style>`,
    '</head>',
  ];
  const body = [
    `<body${report.draft ? ' class="draft"' : ''}>`,
    report.draft ? renderDraftMarks() : '',
    renderCover(report),
    renderToc(report),
    '<main>',
    ...report.parts.map((p) => renderPart(p, ctx)),
    '</main>',
    '</body>',
    '</html>',
  ];
  return `${[...head, ...body].filter((l) => l !== '').join('\n')}\n`;
}
