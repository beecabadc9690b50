/**
 * @module The report as a Word document: a cover (title, entity, year), a table of contents (a TOC field over
 * Heading 1–3 with hyperlinks, filled in from the headings so it reads before Word updates it), then the
 * parts, each on a new page, in portrait sections broken by a landscape section for every wide table.
 */
import { Document, type FileChild, Packer, Paragraph, TableOfContents } from 'docx';
import type { Block, Report } from '../../report/types.ts';
import { coverYear } from '../html/render-html.ts';
import { TOC_LABEL } from '../html/toc.ts';
import { figureBlocks } from './figure.ts';
import { PAGE_NUMBERS } from './measure.ts';
import { LANDSCAPE_WIDTH, PORTRAIT_WIDTH, section } from './page.ts';
import { corePropertiesXml, fontTableXml } from './parts.ts';
import { stablePackage } from './stable.ts';
import { documentStyles, STYLE } from './styles.ts';
import { isWide, tableBlocks } from './table.ts';
import {
  bodyParagraph,
  headingParagraph,
  listParagraphs,
  noteParagraph,
  partTitle,
  textRuns,
} from './text.ts';

/** What the document embeds besides the report: each figure's chart as PNG, by figure id. */
export type DocxAssets = { readonly chartPngs: Readonly<Record<string, Uint8Array>> };

/** How the document is written. */
export type DocxOptions = {
  /**
   * Lay the pages out to write the table of contents' page numbers (default true). Without it the document is
   * written ~10× faster and the contents carry no page numbers until Word updates the field.
   */
  readonly pageNumbers?: boolean;
};

/** A run of pages in one orientation. */
type Segment = { readonly landscape: boolean; readonly children: FileChild[] };

function blockChildren(b: Block, assets: DocxAssets, width: number, newPage: boolean): FileChild[] {
  switch (b.kind) {
    case 'heading':
      return [headingParagraph(b)];
    case 'paragraph':
      return [bodyParagraph(b.runs)];
    case 'list':
      return listParagraphs(b);
    case 'note':
      return [noteParagraph(b.runs)];
    case 'table':
      return tableBlocks(b, width, newPage);
    case 'figure':
      return figureBlocks(b, assets.chartPngs[b.id], width);
  }
}

/** The parts as segments: portrait, with each wide table alone in a landscape segment. */
function bodySegments(report: Report, assets: DocxAssets): Segment[] {
  const segments: Segment[] = [];
  let current: Segment = { landscape: false, children: [] };
  const close = () => {
    if (current.children.length > 0) segments.push(current);
  };
  for (const part of report.parts) {
    const title = partTitle(part);
    current.children.push(title);
    let first = true;
    for (const b of part.blocks) {
      if (b.kind === 'table' && isWide(b)) {
        // A part that opens with a wide table takes its title onto the landscape page.
        if (first) current.children.pop();
        close();
        const table = blockChildren(b, assets, LANDSCAPE_WIDTH, false);
        segments.push({ landscape: true, children: first ? [title, ...table] : table });
        current = { landscape: false, children: [] };
      } else {
        // Each table starts a page, unless it opens the part or follows a landscape page.
        const newPage = b.kind === 'table' && !first && current.children.length > 0;
        current.children.push(...blockChildren(b, assets, PORTRAIT_WIDTH, newPage));
      }
      first = false;
    }
  }
  close();
  return segments;
}

function cover(report: Report): Paragraph[] {
  return [
    new Paragraph({ style: STYLE.coverTitle, children: textRuns(report.title) }),
    ...(report.subtitle
      ? [new Paragraph({ style: STYLE.coverLine, children: textRuns(report.subtitle) })]
      : []),
    new Paragraph({ style: STYLE.coverLine, spacing: { before: 2880 }, children: textRuns(report.entity) }),
    new Paragraph({ style: STYLE.coverLine, children: textRuns(coverYear(report.year)) }),
  ];
}

function contents(): FileChild[] {
  return [
    new Paragraph({ style: STYLE.tocTitle, children: textRuns(TOC_LABEL) }),
    new TableOfContents(TOC_LABEL, { hyperlink: true, headingStyleRange: '1-3' }),
  ];
}

/** Renders the report as a .docx file (A4, 公文 typography, TOC field with page numbers, page numbers, draft header). */
export async function renderDocx(
  report: Report,
  assets: DocxAssets,
  opts: DocxOptions = {},
): Promise<Uint8Array> {
  const draft = report.draft;
  const subject = `${report.entity}${coverYear(report.year)}`;
  const segments = bodySegments(report, assets);
  const doc = new Document({
    title: report.title,
    creator: 'juesuan',
    subject,
    styles: documentStyles(),
    evenAndOddHeaderAndFooters: true,
    ...(opts.pageNumbers === false ? {} : { pageNumbers: PAGE_NUMBERS }),
    sections: [
      section(cover(report), { kind: 'front', landscape: false, draft, restart: false }),
      section(contents(), { kind: 'front', landscape: false, draft, restart: false }),
      ...segments.map((s, i) =>
        section(s.children, { kind: 'body', landscape: s.landscape, draft, restart: i === 0 }),
      ),
    ],
  });
  const bytes = await Packer.toBuffer(doc, false, [
    { path: 'word/fontTable.xml', data: fontTableXml() },
    {
      path: 'docProps/core.xml',
      data: corePropertiesXml({ title: report.title, subject }),
    },
  ]);
  return stablePackage(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}
