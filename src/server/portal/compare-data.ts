/**
 * @module The data of a comparison: one headline figure (收支总计, “三公”经费, 机关运行经费) of the published
 * disclosures of a year across departments, or of one organisation across years, as rows and a bar Figure.
 */
import type { Fen } from '../../money/index.ts';
import type { Figure } from '../../report/types.ts';
import type { PublishedListItem, Store } from '../../storage/port.ts';
import type { VersionFigures } from '../../storage/types.ts';
import { listAllPublished } from './queries.ts';

export const METRIC_IDS = ['grandTotal', 'sangong', 'operating'] as const;
export type MetricId = (typeof METRIC_IDS)[number];
/** The compared figures: the VersionFigures field and the Chinese name. */
export const METRICS: Readonly<
  Record<MetricId, { readonly field: keyof VersionFigures; readonly label: string }>
> = {
  grandTotal: { field: 'grandTotal', label: '收支总计' },
  sangong: { field: 'sangongTotal', label: '“三公”经费支出' },
  operating: { field: 'operatingExpenses', label: '机关运行经费' },
};

export const SCOPES = ['department', 'unit', 'all'] as const;
export type Scope = (typeof SCOPES)[number];
export const SCOPE_LABELS: Readonly<Record<Scope, string>> = {
  department: '部门',
  unit: '单位',
  all: '部门和单位',
};

/** Across the organisations of a year (optionally in a region), or across the years of one organisation. */
export type CompareQuery =
  | {
      readonly mode: 'year';
      readonly year: number;
      readonly region?: string | undefined;
      readonly scope: Scope;
    }
  | { readonly mode: 'org'; readonly orgId: string };

/** One compared disclosure. */
export type ComparePoint = {
  readonly label: string;
  readonly year: number;
  readonly orgId: string;
  readonly value: Fen | null;
};

/** Bars drawn at most in a chart across organisations (the table lists all). */
export const CHART_MAX_BARS = 15;

/** The published disclosures a comparison covers. */
export async function compareRows(store: Store, q: CompareQuery): Promise<PublishedListItem[]> {
  if (q.mode === 'year') {
    const rows = await listAllPublished(store, {
      year: q.year,
      ...(q.region === undefined ? {} : { region: q.region }),
    });
    return rows.filter((r) => q.scope === 'all' || r.organisation.kind === q.scope);
  }
  const org = await store.getOrganisation(q.orgId);
  if (org === null) return [];
  const rows = await listAllPublished(store, { name: org.name });
  return rows.filter((r) => r.organisation.id === q.orgId).sort((a, b) => a.year - b.year);
}

/** The points of one metric: across organisations largest first (blanks last), across years oldest first. */
export function comparePoints(
  rows: readonly PublishedListItem[],
  q: CompareQuery,
  metric: MetricId,
): ComparePoint[] {
  const field = METRICS[metric].field;
  const points = rows.map((r) => ({
    label: q.mode === 'year' ? r.organisation.name : `${r.year}年`,
    year: r.year,
    orgId: r.organisation.id,
    value: r.version.figures[field],
  }));
  if (q.mode === 'org') return points;
  return points.sort((a, b) =>
    a.value === null || b.value === null
      ? Number(a.value === null) - Number(b.value === null)
      : b.value - a.value || a.label.localeCompare(b.label, 'zh-CN'),
  );
}

/** The bar figure of the points that have a value (the largest CHART_MAX_BARS across organisations); null if none. */
export function compareFigure(
  points: readonly ComparePoint[],
  q: CompareQuery,
  metric: MetricId,
  title: string,
): Figure | null {
  const drawn = points.filter((p): p is ComparePoint & { value: Fen } => p.value !== null);
  const bars = q.mode === 'year' ? drawn.slice(0, CHART_MAX_BARS) : drawn;
  if (bars.length === 0) return null;
  return {
    kind: 'figure',
    id: `compare-${metric}`,
    number: 1,
    caption: title,
    unit: '万元',
    chart: 'bar',
    categories: bars.map((p) => p.label),
    series: [{ name: METRICS[metric].label, values: bars.map((p) => p.value) }],
  };
}

/** A chart width that leaves each bar's label room. */
export function chartWidth(figure: Figure): number {
  return figure.chart === 'bar' ? Math.max(640, Math.min(2000, 96 * figure.categories.length + 80)) : 640;
}
