/**
 * @module Typography after the 党政机关公文格式 custom (GB/T 9704): title 方正小标宋简体 二号, part titles and
 * level-1 headings 黑体, level-2 楷体_GB2312, body 仿宋_GB2312 三号 on a 28.95pt line; tables 宋体 with
 * amounts in Times New Roman. Each font names the customary Chinese face in eastAsia and Times New Roman for
 * Latin text and digits; the font table (fonts.ts) gives Word the stock faces to fall back to.
 */
import {
  AlignmentType,
  type IFontAttributesProperties,
  type IParagraphStyleOptions,
  type IStylesOptions,
  LineRuleType,
} from 'docx';

/** The customary faces. */
export const FONTS = {
  title: '方正小标宋简体',
  hei: '黑体',
  kai: '楷体_GB2312',
  fangsong: '仿宋_GB2312',
  song: '宋体',
  latin: 'Times New Roman',
} as const;

/** Chinese type sizes in points. */
export const SIZES = {
  er: 22,
  xiaoEr: 18,
  san: 16,
  si: 14,
  xiaoSi: 12,
  wu: 10.5,
  xiaoWu: 9,
} as const;

/** docx sizes are half-points. */
export function halfPoints(pt: number): number {
  return Math.round(pt * 2);
}

/** A font: the Chinese face for East Asian text, Times New Roman (or `latin`) for the rest. */
export function font(eastAsia: string, latin: string = FONTS.latin): IFontAttributesProperties {
  return { ascii: latin, hAnsi: latin, cs: latin, eastAsia, hint: 'eastAsia' };
}

/** 公文 body line: 22 lines on a 225 mm text block, 28.95pt exactly. */
export const BODY_LINE = 579;
/** Two characters of 三号 text: the first-line indent of body paragraphs. */
export const BODY_INDENT = 2 * SIZES.san * 20;

/** Paragraph style ids. */
export const STYLE = {
  part: 'Heading1',
  level1: 'Heading2',
  level2: 'Heading3',
  level3: 'Heading4',
  level4: 'Heading5',
  note: 'Note',
  caption: 'Caption',
  coverTitle: 'CoverTitle',
  coverLine: 'CoverLine',
  tocTitle: 'TocTitle',
  tableNumber: 'TableNumber',
  tableTitle: 'TableTitle',
  tableMeta: 'TableMeta',
  tableText: 'TableText',
  tableHead: 'TableHead',
  tableNote: 'TableNote',
  figure: 'FigureImage',
  header: 'Header',
  footer: 'Footer',
} as const;

const exact = (line: number) => ({ line, lineRule: LineRuleType.EXACT });
const single = { line: 240, lineRule: LineRuleType.AUTO };

function style(
  id: string,
  name: string,
  runFont: string,
  pt: number,
  paragraph: IParagraphStyleOptions['paragraph'],
  extra: { bold?: boolean; outline?: number; latin?: string } = {},
): IParagraphStyleOptions {
  return {
    id,
    name,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: {
      font: font(runFont, extra.latin),
      size: halfPoints(pt),
      ...(extra.bold ? { bold: true } : {}),
    },
    paragraph: { ...paragraph, ...(extra.outline === undefined ? {} : { outlineLevel: extra.outline }) },
  };
}

const heading = { keepNext: true, keepLines: true, spacing: exact(BODY_LINE) };
const noIndent = { indent: { firstLine: 0 } };
const tableParagraph = { ...noIndent, spacing: single, alignment: AlignmentType.LEFT };

/** The document's styles: defaults for body text, Heading1–5 for the outline and the TOC, and the rest. */
export function documentStyles(): IStylesOptions {
  return {
    default: {
      document: {
        run: {
          font: font(FONTS.fangsong),
          size: halfPoints(SIZES.san),
          language: { value: 'en-US', eastAsia: 'zh-CN' },
        },
        paragraph: {
          spacing: exact(BODY_LINE),
          alignment: AlignmentType.JUSTIFIED,
          indent: { firstLine: BODY_INDENT },
        },
      },
    },
    paragraphStyles: [
      style(
        STYLE.part,
        'heading 1',
        FONTS.hei,
        SIZES.san,
        {
          ...heading,
          ...noIndent,
          alignment: AlignmentType.CENTER,
          spacing: { ...exact(BODY_LINE), after: BODY_LINE },
        },
        { outline: 0 },
      ),
      style(STYLE.level1, 'heading 2', FONTS.hei, SIZES.san, heading, { outline: 1 }),
      style(STYLE.level2, 'heading 3', FONTS.kai, SIZES.san, heading, { outline: 2 }),
      style(STYLE.level3, 'heading 4', FONTS.fangsong, SIZES.san, heading, { bold: true, outline: 3 }),
      style(STYLE.level4, 'heading 5', FONTS.fangsong, SIZES.san, heading, { outline: 4 }),
      style(STYLE.note, 'Report Note', FONTS.fangsong, SIZES.si, {}),
      style(STYLE.caption, 'caption', FONTS.hei, SIZES.xiaoSi, {
        ...noIndent,
        alignment: AlignmentType.CENTER,
        spacing: { ...single, after: 240 },
      }),
      style(STYLE.figure, 'Figure Image', FONTS.fangsong, SIZES.san, {
        ...noIndent,
        alignment: AlignmentType.CENTER,
        keepNext: true,
        spacing: { ...single, before: 120, after: 60 },
      }),
      style(STYLE.coverTitle, 'Cover Title', FONTS.title, SIZES.er, {
        ...noIndent,
        alignment: AlignmentType.CENTER,
        spacing: { line: 720, lineRule: LineRuleType.AT_LEAST, before: 4320, after: 480 },
      }),
      style(STYLE.coverLine, 'Cover Line', FONTS.kai, SIZES.san, {
        ...noIndent,
        alignment: AlignmentType.CENTER,
        spacing: exact(BODY_LINE),
      }),
      style(STYLE.tocTitle, 'TOC Heading', FONTS.hei, SIZES.san, {
        ...noIndent,
        alignment: AlignmentType.CENTER,
        spacing: { ...exact(BODY_LINE), after: BODY_LINE },
      }),
      ...[1, 2, 3].map((level) =>
        style(`TOC${level}`, `toc ${level}`, FONTS.fangsong, SIZES.si, {
          indent: { left: (level - 1) * SIZES.si * 20 * 2, firstLine: 0 },
          spacing: { line: 440, lineRule: LineRuleType.EXACT },
          alignment: AlignmentType.LEFT,
        }),
      ),
      style(STYLE.tableNumber, 'Table Number', FONTS.hei, SIZES.xiaoSi, {
        ...tableParagraph,
        keepNext: true,
      }),
      style(STYLE.tableTitle, 'Table Title', FONTS.title, SIZES.xiaoEr, {
        ...tableParagraph,
        alignment: AlignmentType.CENTER,
        keepNext: true,
        spacing: { ...single, before: 120, after: 240 },
      }),
      style(STYLE.tableMeta, 'Table Meta', FONTS.song, SIZES.wu, {
        ...tableParagraph,
        keepNext: true,
        spacing: { ...single, after: 60 },
      }),
      style(STYLE.tableText, 'Table Text', FONTS.song, SIZES.wu, tableParagraph),
      style(STYLE.tableHead, 'Table Head', FONTS.hei, SIZES.wu, {
        ...tableParagraph,
        alignment: AlignmentType.CENTER,
      }),
      style(STYLE.tableNote, 'Table Note', FONTS.fangsong, SIZES.wu, {
        ...tableParagraph,
        spacing: { ...single, before: 60 },
      }),
      style(STYLE.header, 'header', FONTS.hei, SIZES.xiaoSi, {
        ...noIndent,
        spacing: single,
        alignment: AlignmentType.CENTER,
      }),
      style(STYLE.footer, 'footer', FONTS.song, SIZES.si, { ...noIndent, spacing: single }),
    ],
  };
}
