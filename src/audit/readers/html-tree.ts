/**
 * @module HTML elements for the reader: which are skipped (scripts, styles, navigation, SVG …), which are
 * inline, whether an element is hidden, an element's text on one line, a table's rows with their spans,
 * and the printed number of an ordered list item.
 */
import type { DefaultTreeAdapterTypes } from 'parse5';
import { joinWrapped, type SpanCell, tidy } from './layout.ts';

export type Node = DefaultTreeAdapterTypes.Node;
export type Element = DefaultTreeAdapterTypes.Element;

/** Elements whose content is not report text. */
export const SKIP = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'button',
  'select',
  'textarea',
  'input',
  'video',
  'audio',
  'map',
  'del',
]);
/** Inline elements: their text continues the line. */
export const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'big',
  'cite',
  'code',
  'data',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'kbd',
  'label',
  'mark',
  'q',
  'ruby',
  'rt',
  's',
  'samp',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
  'wbr',
  'o:p',
]);

/** Whether a node is an element. */
export const isElement = (n: Node): n is Element => 'tagName' in n;
/** An attribute's value. */
export const attr = (el: Element, name: string): string | undefined =>
  el.attrs.find((a) => a.name === name)?.value;

/** Elements not shown: the hidden attribute, aria-hidden, display:none or visibility:hidden. */
export function hidden(el: Element): boolean {
  if (attr(el, 'hidden') !== undefined || attr(el, 'aria-hidden') === 'true') return true;
  return /(display\s*:\s*none|visibility\s*:\s*hidden)/i.test(attr(el, 'style') ?? '');
}

/** Whitespace as a browser shows it (runs become one space), without spaces next to Chinese characters. */
export function collapseSpace(s: string): string {
  return tidy(s.replace(/[ \t\n\r\f]+/g, ' '));
}

/** The text of an element flattened to one line (block boundaries joined as wrapped text). */
export function flatText(el: Element): string {
  const pieces: string[] = [];
  let cur = '';
  const visit = (n: Node) => {
    if (n.nodeName === '#text') {
      cur += (n as DefaultTreeAdapterTypes.TextNode).value;
      return;
    }
    if (!isElement(n) || SKIP.has(n.tagName) || hidden(n)) return;
    const block = !INLINE.has(n.tagName);
    if (block || n.tagName === 'br') {
      pieces.push(collapseSpace(cur));
      cur = '';
    }
    for (const c of n.childNodes) visit(c);
    if (block) {
      pieces.push(collapseSpace(cur));
      cur = '';
    }
  };
  for (const c of el.childNodes) visit(c);
  pieces.push(collapseSpace(cur));
  return pieces.reduce(joinWrapped, '');
}

/** The rows of a table (its own, not those of nested tables) with their cells. */
export function tableRows(table: Element): SpanCell[][] {
  const rows: SpanCell[][] = [];
  const sections = table.childNodes.filter(isElement);
  const trs = sections.flatMap((s) =>
    s.tagName === 'tr'
      ? [s]
      : ['thead', 'tbody', 'tfoot'].includes(s.tagName)
        ? s.childNodes.filter(isElement)
        : [],
  );
  for (const tr of trs) {
    if (tr.tagName !== 'tr' || hidden(tr)) continue;
    const cells = tr.childNodes.filter(isElement).filter((c) => c.tagName === 'td' || c.tagName === 'th');
    rows.push(
      cells.map((c) => {
        const colSpan = Number.parseInt(attr(c, 'colspan') ?? '1', 10);
        const rowSpan = Number.parseInt(attr(c, 'rowspan') ?? '1', 10);
        return {
          text: hidden(c) ? '' : flatText(c),
          colSpan: Number.isFinite(colSpan) && colSpan > 0 ? colSpan : 1,
          rowSpan: Number.isFinite(rowSpan) && rowSpan >= 0 ? rowSpan || 1000 : 1,
        };
      }),
    );
  }
  return rows;
}

const CJK_NUM = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** The printed number of an ordered list item (type attribute or list-style-type). */
export function itemNumber(n: number, type: string): string {
  if (/cjk|chinese/i.test(type) && n <= 99) {
    const tens = Math.floor(n / 10);
    const ones = n % 10;
    const cjk = `${tens > 1 ? CJK_NUM[tens] : ''}${tens > 0 ? '十' : ''}${CJK_NUM[ones]}`;
    return `${cjk}、`;
  }
  if (type === 'a' || type === 'A') {
    const letter = String.fromCharCode(96 + (((n - 1) % 26) + 1));
    return `${type === 'A' ? letter.toUpperCase() : letter}.`;
  }
  return `${n}.`;
}
