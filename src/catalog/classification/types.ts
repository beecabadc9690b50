/**
 * @module Types of the 政府收支分类科目 catalogue (支出功能分类 类/款/项, 支出经济分类 类/款),
 * after the Ministry of Finance's annual 《政府收支分类科目》; see docs/catalog.md.
 */

/** Which classification: 支出功能分类 (functional) or 支出经济分类 (economic). */
export type ClassificationKind = 'functional' | 'economic';

/** Level of a code: 类 (3 digits), 款 (5 digits), 项 (7 digits, functional only). */
export type CodeLevel = 'lei' | 'kuan' | 'xiang';

/** One catalogue row: a code with the name it has in the listed catalogue years. */
export type CatalogEntry = {
  readonly code: string;
  readonly name: string;
  readonly level: CodeLevel;
  readonly parent: string | null;
  readonly years: readonly number[];
  readonly source: readonly string[];
};

/** Outcome of checking a printed (code, name) pair against one year's catalogue. */
export type NameCheck =
  | { status: 'ok'; entry: CatalogEntry }
  | { status: 'unknown-code' }
  | { status: 'obsolete-name'; expected: string; formerName: string }
  | { status: 'mismatch'; expected: string };

/** The catalogue of one classification kind as it stood in one year. */
export type Catalog = {
  readonly kind: ClassificationKind;
  readonly year: number;
  get(code: string): CatalogEntry | undefined;
  children(code: string): CatalogEntry[];
  lei(): CatalogEntry[];
  checkName(code: string, name: string): NameCheck;
};

/** A recorded change of name of one code between catalogue years. */
export type Rename = {
  readonly kind: ClassificationKind;
  readonly code: string;
  readonly from: string;
  readonly to: string;
  readonly lastYearOfOld: number;
  readonly source: readonly string[];
};
