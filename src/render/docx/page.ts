/**
 * @module Pages: A4 with the 公文 margins (top 37 mm, bottom 35 mm, left 28 mm, right 26 mm), landscape pages
 * for wide tables, page numbers "— N —" in the footer (odd pages right, even pages left, as the custom has
 * it), and the 「草稿 未通过校验」 header on every page of a draft.
 */
import {
  AlignmentType,
  type FileChild,
  Footer,
  Header,
  type ISectionOptions,
  NumberFormat,
  PageNumber,
  PageOrientation,
  Paragraph,
  SectionType,
  TextRun,
} from 'docx';
import { DRAFT_MARK } from '../html/styles.ts';
import { SIZES, STYLE } from './styles.ts';

/** A4 in twips (portrait). */
export const A4 = { width: 11906, height: 16838 } as const;

const PORTRAIT_MARGIN = {
  top: 2098,
  bottom: 1984,
  left: 1588,
  right: 1474,
  header: 851,
  footer: 992,
} as const;
const LANDSCAPE_MARGIN = {
  top: 1588,
  bottom: 1474,
  left: 1701,
  right: 1701,
  header: 680,
  footer: 737,
} as const;

/** Text width of a portrait page (156 mm), twips. */
export const PORTRAIT_WIDTH = A4.width - PORTRAIT_MARGIN.left - PORTRAIT_MARGIN.right;
/** Text width of a landscape page, twips. */
export const LANDSCAPE_WIDTH = A4.height - LANDSCAPE_MARGIN.left - LANDSCAPE_MARGIN.right;

/** One character of the page number's 四号 type: the page number keeps this distance from the margin. */
const ONE_CHAR = SIZES.si * 20;

/** Where a section sits: the cover and contents (no page numbers) or the report body (numbered from 1). */
export type SectionKind = 'front' | 'body';

function pageNumberFooter(odd: boolean): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.footer,
        alignment: odd ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: odd ? { right: ONE_CHAR } : { left: ONE_CHAR },
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'] })],
      }),
    ],
  });
}

function emptyFooter(): Footer {
  return new Footer({ children: [new Paragraph({ style: STYLE.footer, children: [] })] });
}

function emptyHeader(): Header {
  return new Header({ children: [new Paragraph({ style: STYLE.header, children: [] })] });
}

function draftHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        style: STYLE.header,
        children: [new TextRun({ text: DRAFT_MARK, bold: true, color: 'C00000' })],
      }),
    ],
  });
}

/**
 * A section of pages. Every section names its own headers and footers (Word would otherwise inherit the
 * previous section's); the first body section restarts page numbering at 1.
 */
export function section(
  children: readonly FileChild[],
  opts: {
    readonly kind: SectionKind;
    readonly landscape: boolean;
    readonly draft: boolean;
    readonly restart: boolean;
  },
): ISectionOptions {
  const margin = opts.landscape ? LANDSCAPE_MARGIN : PORTRAIT_MARGIN;
  const numbered = opts.kind === 'body';
  return {
    properties: {
      type: SectionType.NEXT_PAGE,
      page: {
        size: {
          width: A4.width,
          height: A4.height,
          orientation: opts.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin,
        ...(opts.restart ? { pageNumbers: { start: 1, formatType: NumberFormat.DECIMAL } } : {}),
      },
    },
    headers: opts.draft
      ? { default: draftHeader(), even: draftHeader() }
      : { default: emptyHeader(), even: emptyHeader() },
    footers: numbered
      ? { default: pageNumberFooter(true), even: pageNumberFooter(false) }
      : { default: emptyFooter(), even: emptyFooter() },
    children: [...children],
  };
}
