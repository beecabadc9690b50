/**
 * @module Helpers shared by the disclosure rules: T13 cells, blank text, the free-text fields of a
 * dataset (for placeholder, numbering and wording checks) and excerpts around a match.
 */
import type { TableId } from '../../catalog/tables/types.ts';
import type { Dataset } from '../../model/types.ts';
import { cellOf } from '../../model/views.ts';
import type { Fen } from '../../money/index.ts';
import type { Location } from '../types.ts';

/** The single data row of T13. */
export const T13_ROW = 'amount';

/** A T13 cell: `budget.<item>` or `actual.<item>`. */
export function t13(ds: Dataset, column: string): Fen | null {
  return cellOf(ds, 'T13', T13_ROW, column);
}

/** The location of a table cell. */
export function cell(table: TableId, row: string, column?: string): Location {
  return column === undefined ? { table, row } : { table, row, column };
}

/** A dataset field location, with an optional excerpt. */
export function field(path: string, excerpt?: string): Location {
  return excerpt === undefined ? { field: path } : { field: path, excerpt };
}

/** Whether a text is absent or only whitespace. */
export function isBlank(text: string | null | undefined): boolean {
  return text === null || text === undefined || text.trim() === '';
}

/** A free-text field of the dataset; `multiline` marks bodies that may carry numbered lists. */
export type TextField = { readonly field: string; readonly text: string; readonly multiline: boolean };

/** Every free-text field the report prints, with its dataset path. */
export function textFields(ds: Dataset): TextField[] {
  const out: TextField[] = [];
  const add = (path: string, text: string | undefined, multiline = false): void => {
    if (!isBlank(text)) out.push({ field: path, text: text as string, multiline });
  };
  for (const [i, d] of ds.duties.entries()) add(`duties[${i}]`, d);
  add('workSummary', ds.workSummary, true);
  add('organization', ds.organization, true);
  for (const [id, text] of Object.entries(ds.emptyTables)) add(`emptyTables.${id}`, text);
  for (const [key, text] of Object.entries(ds.reasons.changes)) add(`reasons.changes.${key}`, text);
  for (const [code, text] of Object.entries(ds.reasons.budgetVariance)) {
    add(`reasons.budgetVariance.${code}`, text);
  }
  add('performance.management', ds.performance.management, true);
  ds.performance.overall?.report.forEach((s, i) => {
    add(`performance.overall.report[${i}].heading`, s.heading);
    add(`performance.overall.report[${i}].body`, s.body, true);
  });
  ds.performance.projects.forEach((p, i) => {
    const base = `performance.projects[${i}]`;
    add(`${base}.goal`, p.goal);
    add(`${base}.goalResult`, p.goalResult);
    p.indicators.forEach((ind, j) => {
      add(`${base}.indicators[${j}].target`, ind.target);
      add(`${base}.indicators[${j}].actual`, ind.actual);
    });
    p.report.forEach((s, k) => {
      add(`${base}.report[${k}].heading`, s.heading);
      add(`${base}.report[${k}].body`, s.body, true);
    });
  });
  for (const [i, g] of ds.glossary.entries()) add(`glossary[${i}].definition`, g.definition);
  return out;
}

/** Sequences of headings that are numbered as one list (the sections of an evaluation report). */
export function headingLists(ds: Dataset): TextField[] {
  const out: TextField[] = [];
  const overall = ds.performance.overall?.report ?? [];
  if (overall.length > 1) {
    out.push({
      field: 'performance.overall.report',
      text: overall.map((s) => s.heading).join('\n'),
      multiline: true,
    });
  }
  ds.performance.projects.forEach((p, i) => {
    if (p.report.length > 1) {
      out.push({
        field: `performance.projects[${i}].report`,
        text: p.report.map((s) => s.heading).join('\n'),
        multiline: true,
      });
    }
  });
  return out;
}

/** Up to `radius` characters on each side of a match, on one line. */
export function excerptAround(text: string, index: number, length: number, radius = 12): string {
  const start = Math.max(0, index - radius);
  const end = Math.min(text.length, index + length + radius);
  return text.slice(start, end).replace(/\s+/g, ' ').trim();
}

/** A line shortened for an excerpt. */
export function shortLine(line: string, max = 30): string {
  const t = line.trim();
  return t.length > max ? `${t.slice(0, max)}…` : t;
}
