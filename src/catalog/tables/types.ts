/**
 * @module Table definitions of the 部门决算公开 standard tables (公开表), as data.
 * Sources: domain-standard.md §1 (SH-TPL, SH-PTCZ, QX-2024, ZD-2021); layouts marked `inferred`
 * are reconstructions the standard flags as [I] and await a real Sichuan 公开表 to confirm.
 */

/** Canonical table ids: the Sichuan 13-table numbering. Profiles map them to their own order and titles. */
export const TABLE_IDS = [
  'T01',
  'T02',
  'T03',
  'T04',
  'T05',
  'T06',
  'T07',
  'T08',
  'T09',
  'T10',
  'T11',
  'T12',
  'T13',
] as const;
export type TableId = (typeof TABLE_IDS)[number];

/** How the rows of a table are keyed. */
export type RowKeying =
  | 'functional' // 支出功能分类 类/款/项 codes, plus the 合计 row
  | 'economic' // 部门预算支出经济分类 类/款 codes, plus the 合计 row
  | 'balance' // fixed item rows on an income side and 类 rows on an expenditure side (T01, T04)
  | 'single'; // one data row (T13)

/** A column of a table; `group` labels form the merged header above it. */
export type ColumnDef = {
  readonly id: string;
  readonly label: string;
  readonly groups?: readonly string[];
  /** Which side of a balance table the column belongs to. */
  readonly side?: 'income' | 'expenditure';
};

/** A fixed row of a balance or single-row table. */
export type FixedRowDef = {
  readonly key: string;
  readonly label: string;
  readonly side?: 'income' | 'expenditure';
  /** Columns this row carries (default: all columns of its side). */
  readonly columns?: readonly string[];
  /** A total or subtotal row (bold, not a data item). */
  readonly total?: boolean;
};

export type TableDef = {
  readonly id: TableId;
  readonly title: string;
  /** Other titles met in published reports and finance-system exports (for import and audit). */
  readonly aliases: readonly string[];
  readonly keying: RowKeying;
  readonly columns: readonly ColumnDef[];
  /** Fixed rows for balance and single-row tables, in printed order; 类 rows go where `insertLei` is. */
  readonly fixedRows?: readonly FixedRowDef[];
  /** The note printed under the table (注). */
  readonly note: string;
  /** The statement printed under the table when it has no data; `{entity}` is replaced. */
  readonly emptyStatement?: string;
  /** `verified` layouts were read in published tables or templates; `inferred` ones are reconstructions. */
  readonly provenance: 'verified' | 'inferred';
};

/** A profile: which tables a province's template publishes, in which order and under which titles. */
export type ProfileDef = {
  readonly id: string;
  readonly name: string;
  readonly tables: readonly { readonly table: TableId; readonly title?: string }[];
  /** The amount format of published figures. */
  readonly thousandsSeparator: boolean;
  /** 第二部分 section order of the explanation (keys of the narrative sections). */
  readonly sections: readonly string[];
  /** Order of the document's parts: overview 部门概况, explanation 决算情况说明, glossary 名词解释,
   * attachments 附件 (绩效), tables 附表. Sichuan puts the tables last; the central template second. */
  readonly parts: readonly ('overview' | 'explanation' | 'glossary' | 'attachments' | 'tables')[];
  /** Display number of a table: `公开{n}表` (Sichuan software) or `表{n}`. */
  readonly tableNumber: '公开{n}表' | '表{n}';
};
