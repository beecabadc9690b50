/** @module Shape of 政府收支分类科目 codes: the level and parent are carried by the digits. */
import type { ClassificationKind, CodeLevel } from './types.ts';

const LEVEL_BY_LENGTH: Readonly<Record<ClassificationKind, Readonly<Record<number, CodeLevel>>>> = {
  functional: { 3: 'lei', 5: 'kuan', 7: 'xiang' },
  economic: { 3: 'lei', 5: 'kuan' },
};

const DIGITS = /^[0-9]+$/;

/** Level of a code by its length (functional 3/5/7 digits, economic 3/5), or null if malformed. */
export function levelOfCode(code: string, kind: ClassificationKind): CodeLevel | null {
  if (!DIGITS.test(code)) return null;
  return LEVEL_BY_LENGTH[kind][code.length] ?? null;
}

/** Code one level up ('2010301' → '20103' → '201' → null); null for malformed codes. */
export function parentCode(code: string): string | null {
  if (!DIGITS.test(code)) return null;
  if (code.length === 7) return code.slice(0, 5);
  if (code.length === 5) return code.slice(0, 3);
  return null;
}
