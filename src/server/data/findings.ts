/**
 * @module Findings as the workspace shows them: the Chinese message, each place with a link to the form
 * field or the table cell (and the cell in the report preview), a stable key per finding for its written
 * justification, and which warnings still lack one.
 */
import { cellAnchor, tableAnchor } from '../../report/anchors.ts';
import { describeLocation, formatFinding } from '../../rules/format.ts';
import type { Finding, Location } from '../../rules/types.ts';
import type { Justification } from '../../storage/types.ts';
import { fieldAnchor, fieldFor, type Section } from './fields.ts';

/** A place of a finding with its links. */
export type PlaceView = { readonly text: string; readonly href?: string; readonly reportHref?: string };

export type FindingView = {
  readonly rule: string;
  readonly severity: Finding['severity'];
  readonly message: string;
  readonly key: string;
  readonly places: readonly PlaceView[];
  /** The justification in force for this finding, if any. */
  readonly justification?: Justification;
};

function locationPart(loc: Location): string {
  const unit = loc.unit ? `${loc.unit}/` : '';
  if ('field' in loc) return `${unit}${loc.field}${loc.excerpt ? `:${loc.excerpt}` : ''}`;
  return `${unit}${loc.table}:${loc.row ?? ''}:${loc.column ?? ''}`;
}

/** The stable key of a finding's places (what a justification is attached to, with the rule id). */
export function locationKey(f: Finding): string {
  return f.locations.map(locationPart).join('|').slice(0, 1000);
}

/** The justifications in force: the latest per (rule, location key). */
export function justificationsInForce(all: readonly Justification[]): Map<string, Justification> {
  const map = new Map<string, Justification>();
  for (const j of all) map.set(`${j.ruleId}\u0000${j.locationKey}`, j);
  return map;
}

/** Warnings that have no justification in force. */
export function unjustifiedWarnings(findings: readonly Finding[], all: readonly Justification[]): Finding[] {
  const inForce = justificationsInForce(all);
  return findings.filter((f) => f.severity === 'warning' && !inForce.has(`${f.rule}\u0000${locationKey(f)}`));
}

/** The HTML id of a table cell input in the table editor. */
export function cellInputAnchor(table: string, row: string, column: string): string {
  return `c-${table}-${row}-${column}`.replace(/[^A-Za-z0-9_.-]/g, '_');
}

/** The HTML id of a table row in the table editor. */
export function rowAnchor(table: string, row: string): string {
  return `r-${table}-${row}`.replace(/[^A-Za-z0-9_.-]/g, '_');
}

function placeOf(
  loc: Location,
  base: string,
  reportBase: string | null,
  sections: readonly Section[],
): PlaceView {
  const text = describeLocation(loc, 'zh-CN');
  if (loc.unit) return { text };
  if ('field' in loc) {
    const hit = fieldFor(sections, loc.field);
    if (hit === undefined) return { text };
    const excerpt = loc.excerpt ? `：“${loc.excerpt}”` : '';
    return {
      text: `${hit.section.title} › ${hit.field.label}${excerpt}`,
      href: `${base}/edit?s=${hit.section.id}#${fieldAnchor(hit.field.path)}`,
    };
  }
  const href =
    loc.row !== undefined && loc.column !== undefined
      ? `${base}/tables/${loc.table}#${cellInputAnchor(loc.table, loc.row, loc.column)}`
      : loc.row !== undefined
        ? `${base}/tables/${loc.table}#${rowAnchor(loc.table, loc.row)}`
        : `${base}/tables/${loc.table}`;
  const reportHref =
    reportBase === null
      ? undefined
      : loc.row !== undefined && loc.column !== undefined
        ? `${reportBase}#${cellAnchor({ table: loc.table, row: loc.row, column: loc.column })}`
        : `${reportBase}#${tableAnchor(loc.table)}`;
  return { text, href, ...(reportHref === undefined ? {} : { reportHref }) };
}

/** The findings of a version as the workspace lists them. */
export function findingViews(
  findings: readonly Finding[],
  ctx: {
    disclosureId: string;
    versionNumber: number | null;
    sections: readonly Section[];
    justifications: readonly Justification[];
  },
): FindingView[] {
  const base = `/app/d/${ctx.disclosureId}`;
  const reportBase = ctx.versionNumber === null ? null : `${base}/v/${ctx.versionNumber}/preview`;
  const inForce = justificationsInForce(ctx.justifications);
  return findings.map((f) => {
    const key = locationKey(f);
    const j = inForce.get(`${f.rule}\u0000${key}`);
    return {
      rule: f.rule,
      severity: f.severity,
      message: formatFinding(f, 'zh-CN'),
      key,
      places: f.locations.map((l) => placeOf(l, base, reportBase, ctx.sections)),
      ...(j === undefined ? {} : { justification: j }),
    };
  });
}
