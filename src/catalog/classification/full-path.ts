/** @module The narrative form of a code: 类（类）款（款）项（项）. */
import { parentCode } from './codes.ts';
import type { Catalog, CodeLevel } from './types.ts';

const SUFFIX: Readonly<Record<CodeLevel, string>> = { lei: '（类）', kuan: '（款）', xiang: '（项）' };

/**
 * Full path name as printed in 情况说明, e.g. '一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）';
 * the code itself when it is not in the catalogue (an unknown ancestor shows as its code).
 */
export function fullPathName(code: string, catalog: Catalog): string {
  const entry = catalog.get(code);
  if (entry === undefined) return code;
  const parts: string[] = [];
  let current: string | null = code;
  while (current !== null) {
    const ancestor = catalog.get(current);
    const level = ancestor?.level ?? (current.length === 3 ? 'lei' : 'kuan');
    parts.unshift((ancestor?.name ?? current) + SUFFIX[level]);
    current = parentCode(current);
  }
  return parts.join('');
}
