/**
 * @module Import errors: what is wrong with a workbook or CSV file and exactly where (file, sheet, A1
 * cell), in Chinese. Every failure of the importer is one of these; nothing else escapes it.
 */

/** A problem that makes the input unusable, with its place. */
export class ImportError extends Error {
  override name = 'ImportError';
  /** The file as the user named it (e.g. `决算表.xlsx` or `tables/T01.csv`). */
  readonly file: string;
  readonly sheet: string | undefined;
  /** A1-style address, e.g. `C7`. */
  readonly cell: string | undefined;
  /** The message alone, without the place. */
  readonly detail: string;

  constructor(
    place: { file: string; sheet?: string | undefined; cell?: string | undefined },
    detail: string,
  ) {
    super(describePlace(place) + detail);
    this.file = place.file;
    this.sheet = place.sheet;
    this.cell = place.cell;
    this.detail = detail;
  }
}

/** `文件“a.xlsx”，工作表“公开01表”，单元格 C7：` */
export function describePlace(place: {
  file: string;
  sheet?: string | undefined;
  cell?: string | undefined;
}): string {
  const parts = [`文件“${place.file}”`];
  if (place.sheet !== undefined) parts.push(`工作表“${place.sheet}”`);
  if (place.cell !== undefined) parts.push(`单元格 ${place.cell}`);
  return `${parts.join('，')}：`;
}

/** Column letters of a 0-based column index: 0 → A, 26 → AA. */
export function columnLetters(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A1 address of a 0-based row and column. */
export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}
