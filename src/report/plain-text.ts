/**
 * @module The report as plain text in reading order (for tests, search and the text audit).
 */
import type { Block, Report, Run } from './types.ts';

function runsText(runs: readonly Run[]): string {
  return runs.map((r) => r.text).join('');
}

function blockText(b: Block): string {
  switch (b.kind) {
    case 'heading':
      return `${b.number}${b.text}`;
    case 'paragraph':
    case 'note':
      return runsText(b.runs);
    case 'list':
      return b.items
        .map(
          (item, i) =>
            `${b.style === 'none' ? '' : b.style === '1.' ? `${i + 1}.` : `${i + 1}、`}${runsText(item)}`,
        )
        .join('\n');
    case 'table':
      return [
        `${b.number} ${b.title}`,
        ...(b.entityLine ? [b.entityLine] : []),
        ...(b.unitLine ? [b.unitLine] : []),
        ...b.header.map((row) => row.map((c) => c.text).join('\t')),
        ...(b.columnNumbers ? [b.columnNumbers.join('\t')] : []),
        ...b.body.map((row) => row.cells.map((c) => c.text).join('\t')),
        ...b.notes,
      ].join('\n');
    case 'figure':
      return b.caption;
  }
}

/** Every part, heading, paragraph, table and caption as text, one block per line. */
export function reportPlainText(report: Report): string {
  const lines: string[] = [report.title];
  for (const part of report.parts) {
    lines.push(`${part.number} ${part.title}`);
    for (const b of part.blocks) lines.push(blockText(b));
  }
  return `${lines.join('\n')}\n`;
}
