/**
 * @module A workbook as plain data, whatever it was read from (.xlsx, .xls, CSV): sheets of cells at
 * their 0-based row and column (row r, column c is A1 address `a1(r, c)`), with merged ranges.
 */
import { ImportError } from './errors.ts';

/** One cell as read: a number, text, or what cannot be an amount (with enough to say why). */
export type CellValue =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'bool'; readonly value: boolean }
  | { readonly kind: 'date' }
  | { readonly kind: 'error'; readonly text: string }
  /** A formula whose result was never computed (no cached value in the file). */
  | { readonly kind: 'formula'; readonly formula: string };

/** A merged range, 0-based and inclusive. */
export type Range = {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
};

export type Sheet = {
  readonly name: string;
  readonly hidden: boolean;
  /** Dense rows; a row may be shorter than `width`; missing cells are empty. */
  readonly rows: readonly (readonly (CellValue | undefined)[])[];
  readonly width: number;
  readonly merges: readonly Range[];
  /** The file the sheet is (a CSV file), when not the book's own file. */
  readonly file?: string;
};

export type SourceKind = 'xlsx' | 'xls' | 'csv';

/** A whole input: its file name as shown to the user, its kind and sheets. */
export type Book = {
  readonly file: string;
  readonly kind: SourceKind;
  readonly sheets: readonly Sheet[];
  /** The document title from the file's properties, when it has one. */
  readonly title?: string;
};

/** Limits against oversized or malicious input. */
export type Limits = {
  /** Largest input file in bytes. */
  readonly maxFileBytes: number;
  /** Largest total size of the decompressed entries of an .xlsx (zip bomb guard). */
  readonly maxUnzippedBytes: number;
  /** Most cells with content in a whole workbook. */
  readonly maxCells: number;
  /** Largest rows × columns area of one sheet (between A1 and its last cell with content). */
  readonly maxSheetArea: number;
  /** Most sheets (or CSV files). */
  readonly maxSheets: number;
};

export const DEFAULT_LIMITS: Limits = {
  maxFileBytes: 20 * 1024 * 1024,
  maxUnzippedBytes: 100 * 1024 * 1024,
  maxCells: 500_000,
  maxSheetArea: 2_000_000,
  maxSheets: 200,
};

/** Collects the cells of one sheet, enforcing the limits; blanks are not stored. */
export class SheetBuilder {
  private readonly rows: (CellValue | undefined)[][] = [];
  private width = 0;
  private readonly merges: Range[] = [];

  constructor(
    private readonly file: string,
    private readonly name: string,
    private readonly limits: Limits,
    private readonly counter: { cells: number },
  ) {}

  /** Sets a cell; empty text is ignored. */
  set(row: number, col: number, value: CellValue): void {
    if (value.kind === 'text' && value.text.trim() === '') return;
    if (row < 0 || col < 0) return;
    this.counter.cells++;
    if (this.counter.cells > this.limits.maxCells) {
      throw new ImportError(
        { file: this.file, sheet: this.name },
        `单元格过多（超过 ${this.limits.maxCells} 个有内容的单元格），不像是决算表，已拒绝读取`,
      );
    }
    const height = Math.max(this.rows.length, row + 1);
    const width = Math.max(this.width, col + 1);
    if (height * width > this.limits.maxSheetArea) {
      throw new ImportError(
        { file: this.file, sheet: this.name },
        `工作表范围过大（${height} 行 × ${width} 列），不像是决算表，已拒绝读取`,
      );
    }
    while (this.rows.length <= row) this.rows.push([]);
    this.rows[row]![col] = value;
    this.width = width;
  }

  /** Records a merged range (clipped later to the cells that exist). */
  merge(range: Range): void {
    if (range.bottom < range.top || range.right < range.left || range.top < 0 || range.left < 0) return;
    this.merges.push(range);
  }

  build(hidden: boolean): Sheet {
    const h = this.rows.length;
    const merges = this.merges
      .filter((m) => m.top < h && m.left < this.width)
      .map((m) => ({ ...m, bottom: Math.min(m.bottom, h - 1), right: Math.min(m.right, this.width - 1) }));
    const area = merges.reduce((n, m) => n + (m.bottom - m.top + 1) * (m.right - m.left + 1), 0);
    if (area > this.limits.maxSheetArea) {
      throw new ImportError(
        { file: this.file, sheet: this.name },
        '合并单元格的范围过大，不像是决算表，已拒绝读取',
      );
    }
    return { name: this.name, hidden, rows: this.rows, width: this.width, merges };
  }
}

/** The cell at a place, or undefined when empty. */
export function cellAt(sheet: Sheet, row: number, col: number): CellValue | undefined {
  return sheet.rows[row]?.[col];
}

/** The plain text of a cell for labels and titles ('' when empty); numbers as their decimal. */
export function cellText(cell: CellValue | undefined): string {
  if (cell === undefined) return '';
  switch (cell.kind) {
    case 'text':
      return cell.text;
    case 'number':
      return String(cell.value);
    case 'bool':
      return cell.value ? 'TRUE' : 'FALSE';
    case 'error':
      return cell.text;
    default:
      return '';
  }
}

/** For every cell covered by a merged range other than its top-left one, where that master is. */
export function mergeMasters(sheet: Sheet): Map<number, { row: number; col: number }> {
  const out = new Map<number, { row: number; col: number }>();
  for (const m of sheet.merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
        if (r !== m.top || c !== m.left) out.set(r * sheet.width + c, { row: m.top, col: m.left });
      }
    }
  }
  return out;
}

/** The text shown at a place, taking a merged range's text from its master. */
export function shownText(
  sheet: Sheet,
  masters: Map<number, { row: number; col: number }>,
  row: number,
  col: number,
): string {
  const own = cellAt(sheet, row, col);
  if (own !== undefined) return cellText(own);
  const m = masters.get(row * sheet.width + col);
  return m === undefined ? '' : cellText(cellAt(sheet, m.row, m.col));
}

/** The place of a cell for messages: the CSV file itself, or the workbook file and its sheet. */
export function placeOf(
  book: Book,
  sheet: Sheet,
  cell?: string,
): { file: string; sheet?: string; cell?: string } {
  const where = sheet.file !== undefined ? { file: sheet.file } : { file: book.file, sheet: sheet.name };
  return cell === undefined ? where : { ...where, cell };
}
