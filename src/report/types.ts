/**
 * @module The format-neutral report tree that every renderer (HTML, DOCX, PDF, XLSX, open data) consumes.
 * Parts hold blocks: headings with their numbering, paragraphs made of runs (a run that states a figure
 * keeps a reference to the table cell it comes from), tables, figures (charts with their data), notes.
 */
import type { TableId } from '../catalog/tables/types.ts';
import type { Fen, Hundredths } from '../money/index.ts';

/** A table cell a figure in the text comes from; renderers link the figure to the cell's anchor. */
export type CellRef = { readonly table: TableId; readonly row: string; readonly column: string };

/** A piece of text. `ref` marks a figure taken from a table; `todo` a visible 【待补充：…】 marker. */
export type Run =
  | { readonly text: string }
  | { readonly text: string; readonly ref: CellRef; readonly fen?: Fen }
  | { readonly text: string; readonly todo: true };

export type Heading = {
  readonly kind: 'heading';
  /** 1 = 一、  2 = （一）  3 = 1.  4 = （1） */
  readonly level: 1 | 2 | 3 | 4;
  /** The numbering as printed, e.g. '一、', '（二）', '3.', '（1）'; '' when unnumbered. */
  readonly number: string;
  readonly text: string;
  /** Anchor id, unique in the report (for the table of contents and links). */
  readonly id: string;
};

export type Paragraph = { readonly kind: 'paragraph'; readonly runs: readonly Run[] };

/** A numbered or plain list (e.g. the 14 duties, the units). */
export type List = {
  readonly kind: 'list';
  /** Numbering style of the items: '1.' → 1. 2. 3.; '1、' → 1、2、; 'none'. */
  readonly style: '1.' | '1、' | 'none';
  readonly items: readonly (readonly Run[])[];
};

export type HeaderCell = {
  readonly text: string;
  readonly colSpan?: number;
  readonly rowSpan?: number;
};

export type BodyCell = {
  readonly text: string;
  readonly align: 'left' | 'center' | 'right';
  /** A row-header cell (rendered as <th scope="row">). */
  readonly rowHeader?: boolean;
  readonly colSpan?: number;
  /** Cells merged downwards (e.g. the 一级/二级 indicator cells of a 自评表); covered cells are omitted
   * from the rows below, as in HTML. */
  readonly rowSpan?: number;
  /** For amount cells: the source cell and exact value (blank cells have no fen). */
  readonly ref?: CellRef;
  readonly fen?: Fen | null;
};

export type BodyRow = {
  readonly cells: readonly BodyCell[];
  /** 'total' rows are 合计/总计 lines (bold); 'data' rows are items. */
  readonly kind: 'data' | 'total';
  /** Indent level of the row label: 0 类, 1 款, 2 项. */
  readonly level?: 0 | 1 | 2;
};

export type ReportTable = {
  readonly kind: 'table';
  /** Anchor id, e.g. 'table-T06'; cells are anchored `cell-T06-<row>-<column>` (see cellAnchor). */
  readonly id: string;
  readonly table?: TableId;
  /** Display number, e.g. '公开06表' or '表1'. */
  readonly number: string;
  readonly title: string;
  /** '编制单位：剑阁县人民政府办公室' */
  readonly entityLine?: string;
  /** '单位：万元' */
  readonly unitLine?: string;
  /** Header rows with merged cells (colSpan/rowSpan), top to bottom; may be empty (a form-like table whose
   * rows are all in the body). Covered cells are omitted from later rows. */
  readonly header: readonly (readonly HeaderCell[])[];
  /** The 栏次 row under the header, one entry per column: '栏次' under the label columns (or '' beside
   * it) and '1', '2', … under the amount columns, when the layout has one. */
  readonly columnNumbers?: readonly string[];
  readonly body: readonly BodyRow[];
  /** 注 lines and, for an empty table, the statement. */
  readonly notes: readonly string[];
  readonly empty: boolean;
};

export type ChartSlice = { readonly label: string; readonly fen: Fen; readonly share: Hundredths };
export type ChartSeries = { readonly name: string; readonly values: readonly Fen[] };

/** A chart and the data it is drawn from (also rendered as a data table for screen readers). */
export type Figure = {
  readonly kind: 'figure';
  /** 'fig-1' … 'fig-7' */
  readonly id: string;
  readonly number: number;
  /** '图1：收、支决算总计变动情况图' */
  readonly caption: string;
  readonly unit: '万元';
} & (
  | {
      readonly chart: 'bar';
      /** Category axis labels, e.g. ['2021年', '2022年']. */
      readonly categories: readonly string[];
      readonly series: readonly ChartSeries[];
    }
  | {
      readonly chart: 'pie';
      /** Slices with their shares; the shares sum to exactly 100.00% and equal those printed in the text. */
      readonly slices: readonly ChartSlice[];
    }
);

export type Note = { readonly kind: 'note'; readonly runs: readonly Run[] };

export type Block = Heading | Paragraph | List | ReportTable | Figure | Note;

export type Part = {
  /** 'part-1' … */
  readonly id: string;
  /** '第一部分' */
  readonly number: string;
  readonly title: string;
  readonly blocks: readonly Block[];
};

export type Report = {
  readonly title: string;
  readonly subtitle?: string;
  readonly entity: string;
  readonly year: number;
  readonly profile: string;
  /** Written with errors (`build --draft`): every page carries 「草稿 未通过校验」. */
  readonly draft: boolean;
  readonly parts: readonly Part[];
};
