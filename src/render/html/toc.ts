/**
 * @module The linked table of contents: parts, their level-1 and level-2 headings, and the tables of the
 * report (listed where they stand), each linking to its anchor.
 */
import type { Part, Report } from '../../report/types.ts';
import { escapeHtml } from './escape.ts';

/** The label of the table of contents (its heading and its nav's aria-label). */
export const TOC_LABEL = '目录';

type Entry = { readonly href: string; readonly text: string; readonly children: Entry[] };

function link(e: Entry): string {
  return `<a href="#${escapeHtml(e.href)}">${escapeHtml(e.text)}</a>`;
}

function renderEntries(entries: readonly Entry[], depth: number): string {
  if (entries.length === 0) return '';
  const items = entries.map((e) => `<li>${link(e)}${renderEntries(e.children, depth + 1)}</li>`);
  return `<ol class="toc-l${depth}">${items.join('')}</ol>`;
}

/** The entries of one part: level-1 headings, level-2 headings under them, tables at the current level. */
export function partEntries(part: Part): Entry[] {
  const top: Entry[] = [];
  let current: Entry | undefined;
  for (const b of part.blocks) {
    if (b.kind === 'heading' && b.level === 1) {
      current = { href: b.id, text: `${b.number}${b.text}`, children: [] };
      top.push(current);
    } else if (b.kind === 'heading' && b.level === 2) {
      (current?.children ?? top).push({ href: b.id, text: `${b.number}${b.text}`, children: [] });
    } else if (b.kind === 'table') {
      (current?.children ?? top).push({ href: b.id, text: `${b.number} ${b.title}`, children: [] });
    }
  }
  return top;
}

/** The <nav> with the table of contents. */
export function renderToc(report: Report): string {
  const parts: Entry[] = report.parts.map((p) => ({
    href: p.id,
    text: `${p.number} ${p.title}`,
    children: partEntries(p),
  }));
  return (
    `<nav class="toc" aria-label="${TOC_LABEL}">\n<h2 class="toc-title">${TOC_LABEL}</h2>\n` +
    `${renderEntries(parts, 0)}\n</nav>`
  );
}
