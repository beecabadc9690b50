/**
 * @module Test helper: Juesuan's own report tree as plain text (what a .txt export of report.html
 * would hold), to audit the reports Juesuan generates.
 */
import type { Block, Report, ReportTable } from '../report/types.ts';

/** Header rows on a grid: a merged cell is printed once, the slots it covers are blank. */
function headerGrid(t: ReportTable): string[][] {
  const grid: string[][] = t.header.map(() => []);
  t.header.forEach((row, r) => {
    let col = 0;
    for (const cell of row) {
      while (grid[r]![col] !== undefined) col += 1;
      for (let dr = 0; dr < (cell.rowSpan ?? 1); dr += 1) {
        for (let dc = 0; dc < (cell.colSpan ?? 1); dc += 1) {
          const target = grid[r + dr];
          if (target) target[col + dc] = dr === 0 && dc === 0 ? cell.text : '';
        }
      }
      col += cell.colSpan ?? 1;
    }
  });
  return grid.map((row) => Array.from(row, (c) => c ?? ''));
}

function tableText(t: ReportTable): string[] {
  const lines = [`${t.number} ${t.title}`, ...(t.unitLine ? [t.unitLine] : [])];
  for (const row of headerGrid(t)) lines.push(row.join('\t'));
  for (const row of t.body)
    lines.push(row.cells.flatMap((c) => [c.text, ...Array((c.colSpan ?? 1) - 1).fill('')]).join('\t'));
  lines.push(...t.notes);
  return lines;
}

function blockText(b: Block): string[] {
  switch (b.kind) {
    case 'heading':
      return [`${b.number}${b.text}`];
    case 'paragraph':
    case 'note':
      return [b.runs.map((r) => r.text).join('')];
    case 'list':
      return b.items.map(
        (runs, i) =>
          `${b.style === 'none' ? '' : `${i + 1}${b.style === '1.' ? '.' : '、'}`}${runs.map((r) => r.text).join('')}`,
      );
    case 'table':
      return tableText(b);
    case 'figure':
      return [`（${b.caption}）`];
  }
}

/** The report as text: parts, headings with their numbers, paragraphs, lists, tables (tab-separated). */
export function reportText(report: Report): string {
  const lines = [report.title, ...(report.subtitle ? [report.subtitle] : [])];
  for (const part of report.parts) {
    lines.push('', `${part.number} ${part.title}`);
    for (const b of part.blocks) lines.push(...blockText(b));
  }
  return `${lines.join('\n')}\n`;
}
