/**
 * @module Text blocks as Word paragraphs: runs (【待补充】 markers highlighted yellow), part titles, headings
 * with their printed numbering, paragraphs, lists numbered as text (so extracted text keeps "1."), notes.
 */
import { AlignmentType, HeadingLevel, Paragraph, Tab, TextRun } from 'docx';
import type { Heading, List, Part, Run } from '../../report/types.ts';
import { listItemNumber } from '../html/blocks.ts';
import { STYLE } from './styles.ts';

/** Drops what XML 1.0 cannot hold (C0 controls but tab and newline, U+FFFE/FFFF, lone surrogates). */
export function xmlSafe(text: string): string {
  return text.replace(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the controls XML 1.0 cannot hold.
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '',
  );
}

/** Formatting a renderer adds to the runs it writes (bold total rows, a table's type size). */
export type RunFormat = { readonly bold?: boolean; readonly size?: number };

/** A line's pieces with each tab character as a Word tab (to the paragraph's next tab stop). */
function withTabs(line: string): (string | Tab)[] {
  return line
    .split('\t')
    .flatMap((piece, i) => [...(i > 0 ? [new Tab()] : []), ...(piece === '' ? [] : [piece])]);
}

/** A text as runs; a newline becomes a line break, a tab a tab. */
export function textRuns(text: string, format: RunFormat = {}, highlight = false): TextRun[] {
  if (text === '') return [];
  return xmlSafe(text)
    .split('\n')
    .map(
      (line, i) =>
        new TextRun({
          children: withTabs(line),
          ...(i > 0 ? { break: 1 } : {}),
          ...(format.bold ? { bold: true } : {}),
          ...(format.size === undefined ? {} : { size: format.size }),
          ...(highlight ? { highlight: 'yellow' } : {}),
        }),
    );
}

/** Report runs as Word runs: a todo run (【待补充：…】) is highlighted yellow. */
export function docxRuns(runs: readonly Run[], format: RunFormat = {}): TextRun[] {
  return runs.flatMap((run) => textRuns(run.text, format, 'todo' in run));
}

/** The part title, e.g. '第一部分 部门概况' (Heading 1, centered, on a new page). */
export function partTitle(part: Part): Paragraph {
  return new Paragraph({
    heading: HeadingLevel.HEADING_1,
    pageBreakBefore: true,
    children: textRuns(`${part.number} ${part.title}`),
  });
}

const HEADING_LEVELS = [
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
] as const;

/** A heading: levels 1–4 are Heading 2–5 (Heading 1 is the part title); the printed number stays in the text. */
export function headingParagraph(h: Heading): Paragraph {
  // An unnumbered level-1 heading is the title of a document within the part (e.g. a 绩效评价报告): centered.
  const titled = h.level === 1 && h.number === '';
  return new Paragraph({
    heading: HEADING_LEVELS[h.level - 1] ?? HeadingLevel.HEADING_5,
    ...(titled ? { alignment: AlignmentType.CENTER, indent: { firstLine: 0 } } : {}),
    children: textRuns(`${h.number}${h.text}`),
  });
}

/** A body paragraph. */
export function bodyParagraph(runs: readonly Run[]): Paragraph {
  return new Paragraph({ children: docxRuns(runs) });
}

/** A note (注, 说明). */
export function noteParagraph(runs: readonly Run[]): Paragraph {
  return new Paragraph({ style: STYLE.note, children: docxRuns(runs) });
}

/** A list: one body paragraph per item, its number printed as text. */
export function listParagraphs(list: List): Paragraph[] {
  return list.items.map(
    (runs, i) => new Paragraph({ children: [...textRuns(listItemNumber(list.style, i)), ...docxRuns(runs)] }),
  );
}
