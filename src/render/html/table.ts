/**
 * @module A report table as an accessible HTML table: caption (number, title, entity and unit lines), merged
 * header rows with scoped <th>, the 栏次 row, row headers, amount cells anchored for the figures in the text,
 * and the notes (including the empty-table statement) under it.
 */
import { cellAnchor } from '../../report/anchors.ts';
import type { BodyCell, BodyRow, HeaderCell, ReportTable } from '../../report/types.ts';
import type { RenderContext } from './context.ts';
import { attrs, escapeHtml } from './escape.ts';

/** Tables with at least this many leaf columns are printed on a landscape page. */
export const LANDSCAPE_MIN_COLUMNS = 10;

/** Shown under an empty table that carries no statement of its own. */
export const EMPTY_TABLE_FALLBACK = '本表无数据。';

const ALIGN_CLASS = { left: 'l', center: 'c', right: 'r' } as const;

function span(n: number | undefined): number | undefined {
  return n !== undefined && n > 1 ? n : undefined;
}

/** The number of leaf columns: the width of the top header row, else of the widest body row. */
export function columnCount(t: ReportTable): number {
  const top = t.header[0];
  if (top && top.length > 0) return top.reduce((n, c) => n + (c.colSpan ?? 1), 0);
  return Math.max(
    0,
    t.columnNumbers?.length ?? 0,
    ...t.body.map((r) => r.cells.reduce((n, c) => n + (c.colSpan ?? 1), 0)),
  );
}

function renderCaption(t: ReportTable): string {
  const meta =
    t.entityLine || t.unitLine
      ? `<span class="table-meta"><span class="table-entity">${escapeHtml(t.entityLine ?? '')}</span>` +
        `<span class="table-unit">${escapeHtml(t.unitLine ?? '')}</span></span>`
      : '';
  return (
    `<caption><span class="table-no">${escapeHtml(t.number)}</span> ` +
    `<span class="table-title">${escapeHtml(t.title)}</span>${meta}</caption>`
  );
}

/** Column groups from the top header row, so scope="colgroup" cells are anchored in a column group. */
function renderColgroups(t: ReportTable): string {
  const top = t.header[0];
  if (!top || !t.header.some((row) => row.some((c) => (c.colSpan ?? 1) > 1))) return '';
  return top.map((c) => `<colgroup${attrs({ span: span(c.colSpan) })}></colgroup>`).join('');
}

function renderHeaderCell(c: HeaderCell): string {
  const scope = (c.colSpan ?? 1) > 1 ? 'colgroup' : 'col';
  return `<th${attrs({ scope, colspan: span(c.colSpan), rowspan: span(c.rowSpan) })}>${escapeHtml(c.text)}</th>`;
}

function renderHead(t: ReportTable): string {
  const rows = t.header.map((row) => `<tr>${row.map(renderHeaderCell).join('')}</tr>`);
  if (t.columnNumbers && t.columnNumbers.length > 0) {
    rows.push(`<tr class="colno">${t.columnNumbers.map((n) => `<td>${escapeHtml(n)}</td>`).join('')}</tr>`);
  }
  return rows.length > 0 ? `<thead>\n${rows.join('\n')}\n</thead>` : '';
}

/** The index of the cell holding the row label (indented by level): the last row header, else the first cell. */
function labelIndex(cells: readonly BodyCell[]): number {
  let last = -1;
  cells.forEach((c, i) => {
    if (c.rowHeader) last = i;
  });
  return Math.max(last, 0);
}

function renderBodyCell(c: BodyCell, indent: number, ctx: RenderContext): string {
  const anchor = c.ref ? cellAnchor(c.ref) : undefined;
  const id = anchor !== undefined && ctx.claimId(anchor) ? anchor : undefined;
  const cls = [ALIGN_CLASS[c.align], ...(indent > 0 ? [`indent${indent}`] : [])].join(' ');
  const a = attrs({
    id,
    class: cls,
    colspan: span(c.colSpan),
    rowspan: span(c.rowSpan),
    scope: c.rowHeader ? 'row' : undefined,
  });
  const tag = c.rowHeader ? 'th' : 'td';
  return `<${tag}${a}>${escapeHtml(c.text)}</${tag}>`;
}

function renderBodyRow(row: BodyRow, ctx: RenderContext): string {
  const label = labelIndex(row.cells);
  const indent = row.level ?? 0;
  const cells = row.cells.map((c, i) => renderBodyCell(c, i === label ? indent : 0, ctx)).join('');
  return `<tr${attrs({ class: row.kind === 'total' ? 'total' : undefined })}>${cells}</tr>`;
}

function renderNotes(t: ReportTable): string {
  const notes = t.empty && t.notes.length === 0 ? [EMPTY_TABLE_FALLBACK] : t.notes;
  if (notes.length === 0) return '';
  const ps = notes.map((n) => `<p>${escapeHtml(n)}</p>`).join('\n');
  return `<div class="table-notes${t.empty ? ' empty' : ''}">\n${ps}\n</div>`;
}

/** A table block: the scrollable table and its notes; wide tables are marked for a landscape page. */
const COMPACT_MAX_ROWS = 28;

export function renderTable(t: ReportTable, ctx: RenderContext): string {
  const id = ctx.claimId(t.id) ? t.id : undefined;
  const cls = [
    'table-block',
    ...(columnCount(t) >= LANDSCAPE_MIN_COLUMNS ? ['wide'] : []),
    ...(t.empty ? ['empty'] : []),
    // A table shorter than a page is kept whole rather than split with a few rows on the next page.
    ...(t.body.length <= COMPACT_MAX_ROWS ? ['compact'] : []),
  ];
  const body = `<tbody>\n${t.body.map((r) => renderBodyRow(r, ctx)).join('\n')}\n</tbody>`;
  const table =
    `<table${attrs({ id, class: 'report-table' })}>\n${renderCaption(t)}\n${renderColgroups(t)}` +
    `${renderHead(t)}\n${body}\n</table>`;
  return `<div class="${cls.join(' ')}">\n<div class="table-scroll">\n${table}\n</div>\n${renderNotes(t)}\n</div>`;
}
