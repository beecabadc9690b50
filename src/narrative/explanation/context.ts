/** @module What every section of the 决算情况说明 needs: the dataset, years, wording, sourced figures. */
import { type Catalog, catalogFor, fullPathName } from '../../catalog/classification/index.ts';
import type { TableId } from '../../catalog/tables/types.ts';
import type { Dataset, TableRow } from '../../model/types.ts';
import { findRow, rowsAtLength } from '../../model/views.ts';
import { type Fen, sumFenOrNull } from '../../money/index.ts';
import type { Block, CellRef, Heading, Paragraph, Run } from '../../report/types.ts';
import { amount, compact, todo } from '../phrase/index.ts';

export type Ctx = {
  readonly ds: Dataset;
  readonly year: number;
  readonly priorYear: number;
  /** The entity as named in sentences: its short name, else 本部门/本单位. */
  readonly self: string;
  /** 部门 or 单位, from the entity kind. */
  readonly who: '部门' | '单位';
  readonly functional: Catalog;
  readonly economic: Catalog;
};

/** The context of a dataset. */
export function contextOf(ds: Dataset): Ctx {
  const who = ds.entity.kind === 'department' ? '部门' : '单位';
  const short = ds.entity.shortName.trim();
  return {
    ds,
    year: ds.entity.year,
    priorYear: ds.priorYear.year,
    self: short === '' ? `本${who}` : short,
    who,
    functional: catalogFor('functional', ds.entity.year),
    economic: catalogFor('economic', ds.entity.year),
  };
}

/** A figure with the table cell it comes from (no ref when derived, e.g. summed from 类 rows). */
export type Sourced = { readonly value: Fen | null; readonly ref?: CellRef };

/** A table cell as a sourced figure. */
export function cell(ctx: Ctx, table: TableId, row: string, column: string): Sourced {
  const value = findRow(ctx.ds.tables[table], row)?.cells[column] ?? null;
  return { value, ref: { table, row, column } };
}

/** The 合计 cell of a classification table, else the sum of its 类 rows (derived, without a ref). */
export function tableTotal(ctx: Ctx, table: TableId, column: string): Sourced {
  const t = ctx.ds.tables[table];
  if (findRow(t, 'total') !== undefined) return cell(ctx, table, 'total', column);
  return { value: sumFenOrNull(rowsAtLength(t, 3).map((r) => r.cells[column] ?? null)) };
}

/** The amount run of a figure, or a 【待补充：label】 marker when it is blank. */
export function figure(s: Sourced, label: string): Run {
  return s.value === null ? todo(label) : amount(s.value, s.ref);
}

/** The printed name of a functional row: 类（类）款（款）项（项） from the catalogue, else from the table. */
export function functionalName(ctx: Ctx, rows: readonly TableRow[], row: TableRow): string {
  if (ctx.functional.get(row.code) !== undefined) return fullPathName(row.code, ctx.functional);
  const nameOf = (code: string) =>
    rows.find((r) => r.code === code)?.name || ctx.functional.get(code)?.name || code;
  if (row.code.length === 7) {
    return `${nameOf(row.code.slice(0, 3))}（类）${nameOf(row.code.slice(0, 5))}（款）${row.name || row.code}（项）`;
  }
  return row.name || row.code;
}

/** A heading block. */
export function heading(level: 1 | 2, number: string, text: string, id: string): Heading {
  return { kind: 'heading', level, number, text, id };
}

/** A paragraph of tidied runs. */
export function paragraph(runs: readonly Run[]): Paragraph {
  return { kind: 'paragraph', runs: compact(runs) };
}

/** One section's builder: its blocks, given its heading number and anchor id. */
export type SectionBuilder = (ctx: Ctx, number: string, id: string) => Block[];

/** "2022-12-31" → "2022年12月31日"; the year's end when no date is given. */
export function dateText(ctx: Ctx, iso: string | undefined): string {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(iso ?? '');
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : `${ctx.year}年12月31日`;
}

/** A count as text ("126"), or a 【待补充：label】 marker when blank. */
export function countRun(n: number | null, label: string): Run {
  return n === null ? todo(label) : { text: String(n) };
}
