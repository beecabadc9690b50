/** @module Checking a printed (code, name) pair against one year's catalogue, renames included. */
import { normaliseName } from './normalise.ts';
import type { CatalogEntry, NameCheck, Rename } from './types.ts';

/**
 * Compares a printed name with the catalogue entry of its code (after normaliseName): 'ok', a former
 * name of the code ('obsolete-name'), another name ('mismatch'), or 'unknown-code' when there is no entry.
 */
export function checkEntryName(
  entry: CatalogEntry | undefined,
  name: string,
  year: number,
  renames: readonly Rename[],
): NameCheck {
  if (entry === undefined) return { status: 'unknown-code' };
  if (name === entry.name) return { status: 'ok', entry }; // the common case, without normalising
  const printed = normaliseName(name);
  if (printed === normaliseName(entry.name)) return { status: 'ok', entry };
  const former = renames.find(
    (r) => r.code === entry.code && r.lastYearOfOld < year && normaliseName(r.from) === printed,
  );
  if (former !== undefined) return { status: 'obsolete-name', expected: entry.name, formerName: former.from };
  return { status: 'mismatch', expected: entry.name };
}
