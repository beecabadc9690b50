/**
 * @module The pdfmake document definition of a report: cover, table of contents with page numbers, parts
 * each on a new page, blocks, wide tables on landscape pages, outline (bookmarks) for parts, level-1/2
 * headings and tables, page numbers, metadata, and the draft header and watermark.
 */
import type { PdfmakeNode } from 'pdfmake';
import { cellAnchor } from '../../report/anchors.ts';
import type { Block, Part, Report } from '../../report/types.ts';
import { figureNode } from './figure.ts';
import { type Metrics, SANS } from './fonts.ts';
import { LANDSCAPE_MIN_COLUMNS, tableColumns, tableMeasure, tableNode } from './table.ts';
import {
  type CellAnchors,
  headingNode,
  listNode,
  noteNode,
  type OutlineEntry,
  outlineProps,
  paragraphNode,
} from './text.ts';
import { ACCENT, DRAFT_MARK, PAGE_MARGINS, STYLE, span, TEXT_AREA, textNode } from './theme.ts';

/** Title of the table of contents. */
export const TOC_TITLE = '目录';

/** Chart SVG of a figure by id, and the sink for svg-to-pdfkit's warnings. */
export type FigureSource = {
  readonly svg: (figureId: string) => string;
  readonly onWarning: (message: string) => void;
};

type Orientation = 'portrait' | 'landscape';
type PageBreak = { readonly pageBreak: 'before'; readonly pageOrientation: Orientation };
/** A table-of-contents line: parts (depth 0), their level-1 headings and tables (depth 1). */
type TocEntry = { readonly id: string; readonly text: string; readonly depth: 0 | 1 };

type PartContext = {
  readonly part: Part;
  readonly cells: CellAnchors;
  readonly metrics: Metrics;
  readonly claim: (id: string) => boolean;
  readonly figures: FigureSource;
  readonly toc: TocEntry[];
};

/** A text block short enough to be kept on one page with the heading above it. */
function shortText(b: Block | undefined): boolean {
  const length = (runs: readonly { text: string }[]) => runs.reduce((n, r) => n + r.text.length, 0);
  switch (b?.kind) {
    case 'paragraph':
    case 'note':
      return length(b.runs) <= 160;
    case 'list':
      return b.items.reduce((n, item) => n + length(item), 0) <= 160;
    default:
      return false;
  }
}

/** An unnumbered level-1 heading is the title of an attached document (a 绩效评价报告 in 附件). */
function isDocumentTitle(b: Block): boolean {
  return b.kind === 'heading' && b.level === 1 && b.number === '';
}

/**
 * The page break a block needs: wide tables on landscape pages; standard tables and attached documents
 * on a page of their own.
 */
function pageBreakFor(b: Block, i: number, orientation: Orientation): PageBreak | undefined {
  if (b.kind === 'table' && tableColumns(b) >= LANDSCAPE_MIN_COLUMNS)
    return { pageBreak: 'before', pageOrientation: 'landscape' };
  const ownPage = (b.kind === 'table' && b.table !== undefined) || isDocumentTitle(b);
  if (orientation === 'landscape' || (ownPage && i > 0))
    return { pageBreak: 'before', pageOrientation: 'portrait' };
  return undefined;
}

/** The nodes of a part; headings are kept on a page with what follows them when that is short. */
function partNodes({ part, cells, metrics, claim, figures, toc }: PartContext): PdfmakeNode[] {
  const title = `${part.number} ${part.title}`;
  toc.push({ id: part.id, text: title, depth: 0 });
  const nodes: PdfmakeNode[] = [
    textNode(title, STYLE.part, {
      pageBreak: 'before',
      pageOrientation: 'portrait',
      margin: [0, 6, 0, 18],
      ...outlineProps({ id: part.id, text: title }),
    }),
  ];
  let orientation: Orientation = 'portrait';
  let level1: string | undefined;
  let group: PdfmakeNode[] = [];
  let groupBreak: PageBreak | undefined;
  const flush = (keep: boolean) => {
    if (group.length === 0) return;
    if (group.length === 1 && !groupBreak) nodes.push(group[0]!);
    else nodes.push({ stack: group, ...groupBreak, ...(keep ? { unbreakable: true } : {}) });
    group = [];
    groupBreak = undefined;
  };
  part.blocks.forEach((b, i) => {
    const pageBreak = pageBreakFor(b, i, orientation);
    if (pageBreak) {
      orientation = pageBreak.pageOrientation;
      groupBreak = pageBreak; // headings waiting for this block move with it
    }
    const area = TEXT_AREA[orientation];
    const body = { cells, metrics, width: area.width };
    let keep = true;
    switch (b.kind) {
      case 'heading': {
        if (b.level === 1) {
          level1 = b.id;
          toc.push({ id: b.id, text: `${b.number}${b.text}`, depth: 1 });
        }
        group.push(headingNode(b, b.level === 1 ? part.id : b.level === 2 ? (level1 ?? part.id) : undefined));
        const next = part.blocks[i + 1];
        if (next?.kind === 'heading' || next?.kind === 'figure' || next?.kind === 'table' || shortText(next))
          return;
        flush(true);
        return;
      }
      case 'paragraph':
        group.push(paragraphNode(b.runs, body));
        break;
      case 'note':
        group.push(noteNode(b.runs, body));
        break;
      case 'list':
        group.push(listNode(b, body));
        break;
      case 'table': {
        const entry: OutlineEntry = { id: b.id, text: `${b.number} ${b.title}`, parentId: level1 ?? part.id };
        if (!level1) toc.push({ id: b.id, text: entry.text, depth: 1 });
        const block = tableNode(b, area, claim, outlineProps(entry), tableMeasure(metrics, SANS));
        keep = block.fitsOnePage;
        if (!keep && group.length > 0) flush(true); // a long table cannot be kept with its heading
        group.push(block.node);
        break;
      }
      case 'figure':
        group.push(figureNode(b, figures.svg(b.id), area.width, figures.onWarning));
        break;
    }
    flush(keep && group.length > 1);
  });
  flush(true);
  return nodes;
}

function coverNodes(report: Report): PdfmakeNode[] {
  return [
    {
      stack: [
        textNode(report.entity, STYLE.coverEntity, { margin: [0, 0, 0, 18] }),
        textNode(report.title, STYLE.coverTitle),
        ...(report.subtitle
          ? [textNode(report.subtitle, STYLE.coverSubtitle, { margin: [0, 12, 0, 0] })]
          : []),
        textNode(`${report.year}年度`, STYLE.coverYear, { margin: [0, 28, 0, 0] }),
      ],
      margin: [0, 190, 0, 0],
    },
  ];
}

/** The table of contents: one line per entry, linked, with the page number the entry is printed on. */
function tocNodes(entries: readonly TocEntry[]): PdfmakeNode[] {
  if (entries.length === 0) return [];
  const rows = entries.map((e) => [
    {
      text: [span(e.text, e.depth === 0 ? STYLE.toc0 : STYLE.toc1, { linkToDestination: e.id })],
      margin: [e.depth * 18, e.depth === 0 ? 5 : 0, 0, 0],
    },
    {
      pageReference: e.id,
      ...STYLE.tocPage,
      margin: [0, e.depth === 0 ? 5 : 0, 0, 0],
    },
  ]);
  return [
    textNode(TOC_TITLE, STYLE.tocTitle, { pageBreak: 'before', margin: [0, 0, 0, 18] }),
    { table: { widths: ['*', 'auto'], dontBreakRows: true, body: rows }, layout: 'noBorders' },
  ];
}

/** The anchors of every table cell with a source reference (figures in the text link to them). */
export function cellAnchors(report: Report): Set<string> {
  const ids = new Set<string>();
  for (const p of report.parts)
    for (const b of p.blocks)
      if (b.kind === 'table')
        for (const r of b.body) for (const c of r.cells) if (c.ref) ids.add(cellAnchor(c.ref));
  return ids;
}

/** The complete document definition (a fresh object: pdfmake mutates it while laying out). */
export function documentDefinition(
  report: Report,
  figures: FigureSource,
  metrics: Metrics,
): { [key: string]: unknown } {
  const cells = cellAnchors(report);
  const claimed = new Set<string>();
  const claim = (id: string) => !claimed.has(id) && claimed.add(id) !== undefined;
  const toc: TocEntry[] = [];
  const parts = report.parts.flatMap((part) => partNodes({ part, cells, metrics, claim, figures, toc }));
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [...PAGE_MARGINS],
    version: '1.7',
    language: 'zh-CN',
    displayTitle: true,
    info: {
      title: report.title,
      author: report.entity,
      subject: `${report.entity}${report.year}年度部门决算公开`,
      keywords: '部门决算公开',
      creator: 'Juesuan',
      producer: 'Juesuan (pdfmake)',
    },
    defaultStyle: STYLE.body,
    content: [...coverNodes(report), ...tocNodes(toc), ...parts],
    header: report.draft
      ? () => textNode(DRAFT_MARK, STYLE.draftHeader, { margin: [0, 26, 0, 0] })
      : undefined,
    footer: (currentPage: number) =>
      currentPage === 1 ? null : textNode(`— ${currentPage} —`, STYLE.pageNumber, { margin: [0, 24, 0, 0] }),
    ...(report.draft
      ? {
          watermark: { text: DRAFT_MARK, color: ACCENT, opacity: 0.07, bold: true, font: SANS, fontSize: 60 },
        }
      : {}),
  };
}
