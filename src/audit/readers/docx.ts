/**
 * @module Word reports (.docx): the document XML read in order — paragraphs with their automatic
 * numbering printed ("一、", "（一）", "1." from numbering.xml, also through heading styles), tables with
 * gridSpan/vMerge laid on a grid (a merged cell's text in its first slot, covered slots blank) and the
 * caption from the lines above. The table of contents (its content control, TOC field or toc styles),
 * deleted text, drawings and text boxes are left out. Pages are known only when Word recorded them
 * (lastRenderedPageBreak).
 */
import { AuditInputError, type Block, type SourceDocument } from '../types.ts';
import { Numbering, type Style, stylesOf } from './docx-numbering.ts';
import { type DocxXml, docxParts } from './docx-package.ts';
import { hasText, readInput, shown } from './input.ts';
import {
  isLayout,
  joinWrapped,
  type SpanCell,
  spanGrid,
  tableCaption,
  withoutColumnNumbers,
} from './layout.ts';
import { child, childElements, childVal, parseXml, type XmlElement } from './xml.ts';

const SKIP = new Set(['del', 'moveFrom', 'drawing', 'pict', 'object', 'AlternateContent', 'rPr', 'pPr']);
const CONTAINERS = new Set([
  'hyperlink',
  'smartTag',
  'customXml',
  'ins',
  'moveTo',
  'fldSimple',
  'bdo',
  'dir',
]);

/** Reads the body of a parsed document.xml. */
class BodyReader {
  readonly blocks: Block[] = [];
  private lines: string[] = [];
  private recent: string[] = [];
  private page: number | undefined;
  private readonly fields: { instr: string; result: boolean }[] = [];

  constructor(
    private readonly styles: Map<string, Style>,
    private readonly numbering: Numbering,
    paged: boolean,
  ) {
    if (paged) this.page = 1;
  }

  private style(id: string | undefined): Style | undefined {
    return id === undefined ? undefined : this.styles.get(id);
  }

  /** numId/ilvl of a paragraph: its own numPr, else its style's (through basedOn). */
  private numberingOf(pPr: XmlElement | undefined): { numId: string; ilvl: number } | undefined {
    const numPr = child(pPr, 'numPr');
    let numId = childVal(numPr, 'numId');
    let ilvl = childVal(numPr, 'ilvl') === undefined ? undefined : Number(childVal(numPr, 'ilvl'));
    let s = this.style(childVal(pPr, 'pStyle'));
    for (let depth = 0; s && depth < 10 && (numId === undefined || ilvl === undefined); depth += 1) {
      numId ??= s.numId;
      ilvl ??= s.ilvl;
      s = this.style(s.basedOn);
    }
    if (numId === undefined || numId === '0') return undefined;
    return { numId, ilvl: ilvl ?? 0 };
  }

  private inToc(): boolean {
    return this.fields.some((f) => /^\s*TOC\b/i.test(f.instr));
  }

  /** The text of runs and inline containers; fields' instructions are skipped, their results kept. */
  private inline(nodes: readonly (XmlElement | string)[], out: string[]): void {
    for (const n of nodes) {
      if (typeof n === 'string' || SKIP.has(n.name)) continue;
      switch (n.name) {
        case 't':
          if (!this.fields.some((f) => !f.result)) out.push(n.children.join(''));
          break;
        case 'tab':
          out.push('\t');
          break;
        case 'br':
        case 'cr':
          if (n.attrs['type'] !== 'page' && n.attrs['type'] !== 'column') out.push('\n');
          break;
        case 'noBreakHyphen':
          out.push('-');
          break;
        case 'lastRenderedPageBreak':
          if (this.page !== undefined) this.page += 1;
          break;
        case 'fldChar': {
          const type = n.attrs['fldCharType'];
          if (type === 'begin') this.fields.push({ instr: '', result: false });
          else if (type === 'separate' && this.fields.length > 0)
            this.fields[this.fields.length - 1]!.result = true;
          else if (type === 'end') this.fields.pop();
          break;
        }
        case 'instrText':
          if (this.fields.length > 0) this.fields[this.fields.length - 1]!.instr += n.children.join('');
          break;
        case 'sdt':
          this.inline(child(n, 'sdtContent')?.children ?? [], out);
          break;
        default:
          if (n.name === 'r' || CONTAINERS.has(n.name)) this.inline(n.children, out);
      }
    }
  }

  /** A paragraph's text with its numbering; undefined for a table-of-contents paragraph. */
  private paragraphText(p: XmlElement): string | undefined {
    const pPr = child(p, 'pPr');
    const styleName = this.style(childVal(pPr, 'pStyle'))?.name ?? '';
    const wasToc = this.inToc();
    const out: string[] = [];
    this.inline(p.children, out);
    if (wasToc || this.inToc() || /^toc \d|^toc\d|^目录\s*\d/.test(styleName)) return undefined;
    const text = out
      .join('')
      .replace(/^(\s*\S{1,8}?[、.．）)])\t/, '$1')
      .replace(/\t/g, ' ');
    if (text.trim() === '') return '';
    const num = this.numberingOf(pPr);
    return num ? `${this.numbering.label(num.numId, num.ilvl)}${text.trimStart()}` : text;
  }

  private flush(): void {
    if (this.lines.length > 0)
      this.blocks.push({
        kind: 'text',
        text: this.lines.join('\n'),
        ...(this.page === undefined ? {} : { page: this.page }),
      });
    this.lines = [];
  }

  private push(text: string): void {
    for (const line of text.split('\n')) {
      if (line.trim() === '') continue;
      this.lines.push(line);
      this.recent = [...this.recent.slice(-2), line];
    }
  }

  /** Body-level content: paragraphs, tables, content controls. */
  body(nodes: readonly (XmlElement | string)[]): void {
    for (const n of nodes) {
      if (typeof n === 'string') continue;
      if (n.name === 'p') {
        const pageBefore = this.page;
        const text = this.paragraphText(n);
        if (this.page !== pageBefore && this.lines.length > 0) {
          const page = this.page;
          this.page = pageBefore;
          this.flush();
          this.page = page;
        }
        if (text) this.push(text);
      } else if (n.name === 'tbl') this.table(n);
      else if (n.name === 'sdt') {
        const gallery = child(child(child(n, 'sdtPr'), 'docPartObj'), 'docPartGallery')?.attrs['val'] ?? '';
        if (!/table of contents/i.test(gallery)) this.body(child(n, 'sdtContent')?.children ?? []);
      } else if (CONTAINERS.has(n.name)) this.body(n.children);
    }
  }

  /** The blocks of a table cell (paragraphs, nested tables). */
  private cellBlocks(tc: XmlElement): Block[] {
    const inner = new BodyReader(this.styles, this.numbering, false);
    inner.body(tc.children);
    return inner.finish();
  }

  private table(tbl: XmlElement): void {
    const rows: (SpanCell & { blocks: Block[] })[][] = [];
    for (const tr of childElements(tbl, 'tr')) {
      const before = Number(childVal(child(tr, 'trPr'), 'gridBefore') ?? 0);
      const row: (SpanCell & { blocks: Block[] })[] =
        before > 0 ? [{ text: '', colSpan: before, blocks: [] }] : [];
      const cells = [
        ...childElements(tr, 'tc'),
        ...childElements(tr, 'sdt').flatMap((s) => childElements(child(s, 'sdtContent') ?? s, 'tc')),
      ];
      for (const tc of cells) {
        const tcPr = child(tc, 'tcPr');
        const span = Number(childVal(tcPr, 'gridSpan') ?? 1);
        const vMerge = child(tcPr, 'vMerge');
        const covered = vMerge !== undefined && (vMerge.attrs['val'] ?? 'continue') === 'continue';
        const blocks = covered ? [] : this.cellBlocks(tc);
        row.push({ text: cellText(blocks), colSpan: Number.isFinite(span) && span > 0 ? span : 1, blocks });
      }
      rows.push(row);
    }
    if (isLayout(rows)) {
      for (const b of rows.flat().flatMap((c) => c.blocks)) {
        if (b.kind === 'text') this.push(b.text);
        else {
          this.flush();
          this.blocks.push(b);
        }
      }
      return;
    }
    const title = tableCaption(this.recent);
    this.flush();
    this.blocks.push({
      kind: 'table',
      rows: withoutColumnNumbers(spanGrid(rows)),
      ...(this.page === undefined ? {} : { page: this.page }),
      ...(title === undefined ? {} : { title }),
    });
    this.recent = [];
  }

  finish(): Block[] {
    this.flush();
    return this.blocks;
  }
}

/** A cell's text on one line: its paragraphs (and nested tables' cells) joined as wrapped text. */
function cellText(blocks: readonly Block[]): string {
  return blocks
    .flatMap((b) => (b.kind === 'text' ? b.text.split('\n') : b.rows.map((r) => r.filter(Boolean).join(' '))))
    .map((s) => s.trim())
    .reduce(joinWrapped, '');
}

/** Turns the XML parts of a DOCX into a SourceDocument. */
export function docxToDocument(xml: DocxXml, file: string): SourceDocument {
  const doc = parseXml(xml.document);
  const reader = new BodyReader(
    stylesOf(xml.styles === '' ? undefined : parseXml(xml.styles)),
    new Numbering(xml.numbering === '' ? undefined : parseXml(xml.numbering)),
    xml.document.includes('lastRenderedPageBreak'),
  );
  reader.body(child(doc, 'body')?.children ?? []);
  return { file, blocks: reader.finish() };
}

/** Reads a .docx report. */
export async function read(file: string): Promise<SourceDocument> {
  const name = shown(file);
  const xml = docxParts(await readInput(file), name);
  let source: SourceDocument;
  try {
    source = docxToDocument(xml, file);
  } catch (e) {
    if (e instanceof AuditInputError) throw e;
    throw new AuditInputError(`文件“${name}”已损坏（正文 XML 无法解析），无法审查。`);
  }
  if (!hasText(source.blocks)) throw new AuditInputError(`文件“${name}”中没有可审查的正文文字。`);
  return source;
}
