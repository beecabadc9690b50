/**
 * @module The PDF's page geometry and text styles: A4 with 2.4 cm margins, Noto Serif SC body, Noto Sans SC
 * headings and tables. Styles are resolved here into complete inline properties, so pdfmake never has to
 * walk its style stack for the ~20 properties of each of the thousands of words of a Chinese report.
 */
import { SANS, SERIF } from './fonts.ts';

/** Printed in the header of every page (and as the watermark) of a draft. */
export const DRAFT_MARK = '草稿 未通过校验';

/** A4 in points. */
export const A4 = { width: 595.28, height: 841.89 } as const;

/** Page margins [left, top, right, bottom] in points. */
export const PAGE_MARGINS: readonly [number, number, number, number] = [68, 64, 68, 64];

/** Usable width and height of a portrait and of a landscape page. */
export const TEXT_AREA = {
  portrait: {
    width: A4.width - PAGE_MARGINS[0] - PAGE_MARGINS[2],
    height: A4.height - PAGE_MARGINS[1] - PAGE_MARGINS[3],
  },
  landscape: {
    width: A4.height - PAGE_MARGINS[0] - PAGE_MARGINS[2],
    height: A4.width - PAGE_MARGINS[1] - PAGE_MARGINS[3],
  },
} as const;

export const ACCENT = '#9b1c1c';
export const RULE_COLOR = '#555555';
export const HEADER_FILL = '#eeeeee';
export const TODO_BACKGROUND = '#ffe98a';

/** The text properties a style decides. */
export type TextStyle = {
  readonly font: string;
  readonly bold: boolean;
  readonly fontSize: number;
  readonly lineHeight: number;
  readonly color: string;
  readonly alignment: 'left' | 'center' | 'right' | 'justify';
};

/** Height of a text line at lineHeight 1, in ems: Noto Sans/Serif SC ascender minus descender (1160 + 288). */
export const FONT_LINE = 1.448;

/** Body text size in points. */
export const BODY_SIZE = 11.5;
/** Table text size in points. */
export const TABLE_SIZE = 9;

const body: TextStyle = {
  font: SERIF,
  bold: false,
  fontSize: BODY_SIZE,
  lineHeight: 1.45,
  color: '#111111',
  alignment: 'justify',
};
const sans = (fontSize: number, more: Partial<TextStyle> = {}): TextStyle => ({
  ...body,
  font: SANS,
  fontSize,
  lineHeight: 1.25,
  alignment: 'left',
  ...more,
});

/** The named text styles. */
export const STYLE = {
  body,
  coverEntity: sans(16, { alignment: 'center' }),
  coverTitle: sans(24, { bold: true, alignment: 'center', lineHeight: 1.3 }),
  coverSubtitle: sans(14, { alignment: 'center' }),
  coverYear: sans(16, { alignment: 'center' }),
  tocTitle: sans(18, { bold: true, alignment: 'center' }),
  toc0: sans(11.5, { bold: true, lineHeight: 1.5 }),
  toc1: { ...body, fontSize: 10.5, lineHeight: 1.5, alignment: 'left' },
  tocPage: sans(10, { alignment: 'right', lineHeight: 1.5 }),
  part: sans(18, { bold: true, alignment: 'center' }),
  documentTitle: sans(15, { bold: true, alignment: 'center', lineHeight: 1.35 }),
  h1: sans(13.5, { bold: true, lineHeight: 1.4 }),
  h2: sans(12, { bold: true, lineHeight: 1.4 }),
  h3: { ...body, bold: true, alignment: 'left' },
  h4: { ...body, bold: true, alignment: 'left' },
  note: { ...body, fontSize: 10, color: '#333333' },
  tableNumber: sans(9, { alignment: 'right' }),
  tableTitle: sans(14, { bold: true, alignment: 'center' }),
  tableMeta: sans(9, { lineHeight: 1.2 }),
  tableCell: sans(TABLE_SIZE, { lineHeight: 1.15 }),
  tableHeader: sans(TABLE_SIZE, { bold: true, lineHeight: 1.15, alignment: 'center' }),
  columnNumber: sans(8, { lineHeight: 1.1, alignment: 'center', color: '#333333' }),
  tableNote: { ...body, fontSize: 9, lineHeight: 1.35, color: '#333333' },
  caption: sans(10, { alignment: 'center' }),
  pageNumber: sans(10, { alignment: 'center', color: '#333333' }),
  draftHeader: sans(10, { bold: true, alignment: 'center', color: ACCENT }),
} satisfies Record<string, TextStyle>;

/** Every other inline property pdfmake reads, set to its neutral value (false where null would be looked up). */
const NEUTRAL = {
  italics: false,
  fontFeatures: false,
  characterSpacing: 0,
  decoration: false,
  decorationColor: false,
  decorationStyle: false,
  decorationThickness: false,
  background: false,
  linkToPage: false,
  linkToDestination: false,
  noWrap: false,
  wordBreak: 'normal',
  opacity: 1,
  sup: false,
  sub: false,
  preserveLeadingSpaces: false,
  preserveTrailingSpaces: false,
};

/** A pdfmake inline with every property resolved; `more` overrides (bold, background, linkToDestination…). */
export function span(text: string, style: TextStyle, more?: object): { readonly [key: string]: unknown } {
  return { ...NEUTRAL, ...style, ...more, text };
}

/** A text node of one styled span. */
export function textNode(text: string, style: TextStyle, more?: object): { readonly [key: string]: unknown } {
  return { text: [span(text, style)], ...more };
}
