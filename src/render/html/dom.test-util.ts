/**
 * @module Test helpers: parse rendered HTML with parse5 (a spec-compliant HTML parser) and query the tree.
 */
import { type DefaultTreeAdapterMap, parse } from 'parse5';

export type El = DefaultTreeAdapterMap['element'];
type Node = DefaultTreeAdapterMap['node'];

/** Parses a document. */
export function parseDoc(html: string): DefaultTreeAdapterMap['document'] {
  return parse(html);
}

/** Every element under a node, in document order. */
export function elements(root: Node): El[] {
  const out: El[] = [];
  const walk = (n: Node): void => {
    if ('tagName' in n) out.push(n);
    if ('childNodes' in n) for (const c of n.childNodes) walk(c);
  };
  walk(root);
  return out;
}

/** Elements with a tag name (and optionally a class). */
export function byTag(root: Node, tag: string, cls?: string): El[] {
  return elements(root).filter((e) => e.tagName === tag && (cls === undefined || hasClass(e, cls)));
}

/** An attribute's value, or undefined. */
export function attr(el: El, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

/** Whether an element has a class. */
export function hasClass(el: El, cls: string): boolean {
  return (attr(el, 'class') ?? '').split(/\s+/).includes(cls);
}

/** The text content of a node. */
export function text(n: Node): string {
  if ('value' in n && n.nodeName === '#text') return n.value;
  return 'childNodes' in n ? n.childNodes.map(text).join('') : '';
}

/** The nearest ancestor with a tag name. */
export function ancestor(el: El, tag: string): El | undefined {
  let p = el.parentNode;
  while (p && 'tagName' in p) {
    if (p.tagName === tag) return p;
    p = p.parentNode;
  }
  return undefined;
}
