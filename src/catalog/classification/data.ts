/**
 * @module Raw catalogue data: the rows of data/functional.json and data/economic.json and the renames of
 * data/renames.json, checked for shape once at load. Sources are listed in docs/catalog.md.
 */
import economicRows from './data/economic.json' with { type: 'json' };
import functionalRows from './data/functional.json' with { type: 'json' };
import renameRows from './data/renames.json' with { type: 'json' };
import type { CatalogEntry, ClassificationKind, CodeLevel, Rename } from './types.ts';

type RawRow = {
  code: string;
  name: string;
  level: string;
  parent: string | null;
  years: number[];
  source: string[];
};

const LEVELS: readonly string[] = ['lei', 'kuan', 'xiang'] satisfies CodeLevel[];
const KINDS: readonly string[] = ['functional', 'economic'] satisfies ClassificationKind[];

function isCodeLevel(level: string): level is CodeLevel {
  return LEVELS.includes(level);
}

function isKind(kind: string): kind is ClassificationKind {
  return KINDS.includes(kind);
}

function toEntry(row: RawRow): CatalogEntry {
  const { level } = row;
  // A bad level is a bug in the shipped data, not a finding about a report.
  if (!isCodeLevel(level)) throw new Error(`catalogue row ${row.code}: unknown level '${level}'`);
  return Object.freeze({
    code: row.code,
    name: row.name,
    level,
    parent: row.parent,
    years: Object.freeze([...row.years]),
    source: Object.freeze([...row.source]),
  });
}

function toRename(row: (typeof renameRows)[number]): Rename {
  const { kind } = row;
  if (!isKind(kind)) throw new Error(`rename of ${row.code}: unknown kind '${kind}'`);
  return Object.freeze({ ...row, kind, source: Object.freeze([...row.source]) });
}

const ROWS: Readonly<Record<ClassificationKind, readonly CatalogEntry[]>> = {
  functional: Object.freeze((functionalRows as RawRow[]).map(toEntry)),
  economic: Object.freeze((economicRows as RawRow[]).map(toEntry)),
};

const RENAMES: readonly Rename[] = Object.freeze(renameRows.map(toRename));

/** Every catalogue row of one kind, across all years. */
export function allRows(kind: ClassificationKind): readonly CatalogEntry[] {
  return ROWS[kind];
}

/** Every recorded rename, across both kinds. */
export function allRenames(): readonly Rename[] {
  return RENAMES;
}
