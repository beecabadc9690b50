/**
 * @module Classification codes as printed: one column ('2010301', 2010301, '201 03 01', '2010301 行政运行')
 * or split 类|款|项 columns ('201' | '01' | '01', '201' | '06' | '', or full codes in each column,
 * 款 and 项 left blank under a 类 printed once above), joined into one code.
 */
import type { CellValue } from './grid.ts';
import { cellText } from './grid.ts';

/** The text of a code cell: integers without decimals, trimmed, NFKC. */
export function codeText(cell: CellValue | undefined, pad2 = false): string {
  if (cell === undefined) return '';
  if (cell.kind === 'number') {
    if (!Number.isInteger(cell.value) || cell.value < 0) return String(cell.value);
    const s = String(cell.value);
    return pad2 && s.length === 1 ? `0${s}` : s;
  }
  return cellText(cell).normalize('NFKC').trim();
}

/** A single code cell split into its code and the name printed after it ('2010301 行政运行'). */
export function splitCodeAndName(text: string): { code: string; name: string } {
  const t = text.trim();
  const grouped = /^(\d{3})(?:[.\s-]+(\d{2}))?(?:[.\s-]+(\d{2}))?$/.exec(t);
  if (grouped) return { code: grouped.slice(1).filter(Boolean).join(''), name: '' };
  const m = /^(\d{3,7})(?:\s+|(?=[^\dA-Za-z\s.]))(.*)$/u.exec(t);
  if (m) return { code: m[1]!, name: m[2]!.trim() };
  return { code: t, name: '' };
}

/** The state that lets 款/项 rows inherit the 类/款 printed above them. */
export type SplitState = { lei: string; kuan: string };

/** Joins split 类|款|项 texts into a code; '' when all are blank, undefined when they do not fit. */
export function joinSplit(lei: string, kuan: string, xiang: string, state: SplitState): string | undefined {
  if (lei === '' && kuan === '' && xiang === '') return '';
  const l = lei !== '' ? lei : kuan !== '' || xiang !== '' ? state.lei : '';
  if (!/^\d{3}$/.test(l)) return undefined;
  let k = kuan;
  if (k === '' && xiang !== '' && lei === '') k = state.kuan;
  if (k.length === 5 && k.startsWith(l)) k = k.slice(3);
  if (k !== '' && !/^\d{2}$/.test(k)) return undefined;
  let x = xiang;
  if (x.length === 7 && x.startsWith(l + k)) x = x.slice(5);
  if (x !== '' && (k === '' || !/^\d{2}$/.test(x))) return undefined;
  state.lei = l;
  state.kuan = k;
  return l + k + x;
}

/** Whether a code has a valid length for the keying: 类/款/项 (3/5/7) or 类/款 (3/5). */
export function validCode(code: string, keying: 'functional' | 'economic'): boolean {
  return keying === 'functional' ? /^\d{3}(\d{2}){0,2}$/.test(code) : /^\d{3}(\d{2})?$/.test(code);
}
