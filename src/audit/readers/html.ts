/**
 * @module HTML reports (.html, .htm), parsed with parse5 as a browser would: text lines from block
 * elements (headings, paragraphs, list items numbered from their <ol> when the number is not in the
 * text), tables with their caption and colspan/rowspan laid on a grid, figures as their caption. Scripts,
 * styles, navigation (a table of contents), hidden elements and inline SVG (chart text) are ignored;
 * layout tables (one cell per row, or prose in the cells) are read as text.
 */
import { type DefaultTreeAdapterTypes, parse } from 'parse5';
import { lineMarker } from '../facts/markers.ts';
import { normaliseCell } from '../normalise.ts';
import { AuditInputError, type Block, type SourceDocument } from '../types.ts';
import { decodeHtml } from './html-decode.ts';
import {
  attr,
  collapseSpace,
  type Element,
  flatText,
  hidden,
  INLINE,
  isElement,
  itemNumber,
  type Node,
  SKIP,
  tableRows,
} from './html-tree.ts';
import { hasText, readInput, shown } from './input.ts';
import { isLayout, spanGrid, tableCaption, withoutColumnNumbers } from './layout.ts';

const startsNumbered = (text: string) => {
  const norm = normaliseCell(text);
  return lineMarker(norm) !== undefined || /^[\d一二三四五六七八九十]+[.、]/.test(norm);
};

/** Reads the document body into blocks. */
class Walker {
  readonly blocks: Block[] = [];
  private lines: string[] = [];
  private cur = '';
  private prefix: string | undefined;
  private recent: string[] = [];
  private readonly lists: { ordered: boolean; next: number; type: string }[] = [];

  flush(): void {
    const text = collapseSpace(this.cur);
    this.cur = '';
    if (text === '') return;
    const line = this.prefix !== undefined && !startsNumbered(text) ? `${this.prefix}${text}` : text;
    this.prefix = undefined;
    this.lines.push(line);
    this.recent = [...this.recent.slice(-2), line];
  }

  private flushBlock(): void {
    this.flush();
    if (this.lines.length > 0) this.blocks.push({ kind: 'text', text: this.lines.join('\n') });
    this.lines = [];
  }

  visit(n: Node): void {
    if (n.nodeName === '#text') {
      this.cur += (n as DefaultTreeAdapterTypes.TextNode).value;
      return;
    }
    if (!isElement(n) || SKIP.has(n.tagName) || hidden(n)) return;
    const tag = n.tagName;
    if (INLINE.has(tag)) {
      for (const c of n.childNodes) this.visit(c);
      return;
    }
    this.flush();
    if (tag === 'table') {
      this.table(n);
      return;
    }
    if (tag === 'figure') {
      const caption = n.childNodes.filter(isElement).find((c) => c.tagName === 'figcaption');
      if (caption) this.visit(caption);
      this.flush();
      return;
    }
    if (tag === 'ol' || tag === 'ul') {
      const start = Number.parseInt(attr(n, 'start') ?? '1', 10);
      const style = /list-style(?:-type)?\s*:\s*([\w-]+)/i.exec(attr(n, 'style') ?? '')?.[1];
      this.lists.push({
        ordered: tag === 'ol',
        next: Number.isFinite(start) ? start : 1,
        type: style ?? attr(n, 'type') ?? '1',
      });
    }
    if (tag === 'li') {
      const list = this.lists[this.lists.length - 1];
      if (list?.ordered) {
        const value = Number.parseInt(attr(n, 'value') ?? '', 10);
        const num = Number.isFinite(value) ? value : list.next;
        list.next = num + 1;
        this.prefix = itemNumber(num, list.type);
      }
    }
    for (const c of n.childNodes) this.visit(c);
    this.flush();
    if (tag === 'ol' || tag === 'ul') this.lists.pop();
  }

  private table(el: Element): void {
    const rows = tableRows(el);
    if (isLayout(rows)) {
      for (const c of el.childNodes) this.visit(c);
      this.flush();
      return;
    }
    const captionEl = el.childNodes.filter(isElement).find((c) => c.tagName === 'caption');
    const captionText = captionEl ? flatText(captionEl) : '';
    if (captionText !== '') {
      this.lines.push(captionText);
      this.recent = [captionText];
    }
    const title =
      captionText !== '' ? (tableCaption([captionText]) ?? captionText) : tableCaption(this.recent);
    this.flushBlock();
    this.blocks.push({
      kind: 'table',
      rows: withoutColumnNumbers(spanGrid(rows)),
      ...(title === undefined ? {} : { title }),
    });
    this.recent = [];
  }

  finish(): Block[] {
    this.flushBlock();
    return this.blocks;
  }
}

/** Turns HTML source into a SourceDocument. */
export function htmlToDocument(html: string, file: string): SourceDocument {
  const doc = parse(html);
  const walker = new Walker();
  for (const c of doc.childNodes) walker.visit(c);
  return { file, blocks: walker.finish() };
}

/** Reads an .html/.htm report. */
export async function read(file: string): Promise<SourceDocument> {
  const bytes = await readInput(file);
  const html = decodeHtml(bytes, shown(file));
  const source = htmlToDocument(html, file);
  if (!hasText(source.blocks)) throw new AuditInputError(`文件“${shown(file)}”中没有可审查的正文文字。`);
  return source;
}
