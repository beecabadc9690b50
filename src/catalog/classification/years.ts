/** @module Catalogue years covered by the data files. */

const FIRST_YEAR = 2021;
const LAST_YEAR = 2025;

const YEARS: readonly number[] = Object.freeze(
  Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i),
);

/** Catalogue years covered, in order: [2021, …, 2025]. */
export function catalogYears(): readonly number[] {
  return YEARS;
}

/** Nearest covered year (years before 2021 → 2021, after 2025 → 2025). */
export function coveredYear(year: number): number {
  if (Number.isNaN(year)) throw new RangeError('catalogue year is NaN');
  return Math.min(LAST_YEAR, Math.max(FIRST_YEAR, Math.trunc(year)));
}
