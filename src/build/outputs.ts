/**
 * @module The files of a disclosure, produced in memory from one report tree (so no two formats can
 * disagree): report.html, charts/*.svg, findings.json. Writing them is the caller's job.
 */
import type { Dataset } from '../model/types.ts';
import { buildReport } from '../narrative/document.ts';
import { embedFontInSvg } from '../render/charts/embed-font.ts';
import { renderChartSvg } from '../render/charts/index.ts';
import { renderChartPng } from '../render/charts/png.ts';
import { DOCX_CHART_SIZE, renderDocx } from '../render/docx/index.ts';
import { renderSelfContainedHtml } from '../render/html/index.ts';
import { renderOpenData } from '../render/opendata/index.ts';
import { renderPdf } from '../render/pdf/index.ts';
import { renderTablesXlsx } from '../render/xlsx/index.ts';
import type { Figure, Report } from '../report/types.ts';
import { findingsJson } from '../rules/format.ts';
import type { Finding } from '../rules/types.ts';

export type OutputFiles = Map<string, string | Uint8Array>;

/** The figures of a report, in order. */
export function figuresOf(report: Report): Figure[] {
  return report.parts.flatMap((p) => p.blocks.filter((b): b is Figure => b.kind === 'figure'));
}

/** findings.json alone (what `build` writes when error findings block the report). */
export function findingsFile(findings: readonly Finding[]): string {
  return `${JSON.stringify(findingsJson(findings), null, 2)}\n`;
}

/** Every output file of a disclosure: report.html, report.docx, report.pdf, charts/*.svg, tables.xlsx, datapackage.json with data/*.csv and
 * dataset.json, findings.json. */
export async function buildOutputs(
  ds: Dataset,
  findings: readonly Finding[],
  opts: { draft: boolean },
): Promise<{ report: Report; files: OutputFiles }> {
  const report = buildReport(ds, { draft: opts.draft });
  const files: OutputFiles = new Map();
  const charts: Record<string, string> = {};
  const chartPngs: Record<string, Uint8Array> = {};
  for (const fig of figuresOf(report)) {
    const svg = renderChartSvg(fig);
    charts[fig.id] = svg;
    files.set(`charts/${fig.id}.svg`, await embedFontInSvg(svg));
    chartPngs[fig.id] = await renderChartPng(fig, DOCX_CHART_SIZE);
  }
  files.set('report.docx', await renderDocx(report, { chartPngs }));
  files.set('report.pdf', await renderPdf(report, { chartSvgs: charts }));
  files.set('report.html', await renderSelfContainedHtml(report, charts));
  files.set('tables.xlsx', await renderTablesXlsx(ds, { profile: ds.entity.profile, draft: opts.draft }));
  const json = findingsJson(findings);
  for (const [path, content] of renderOpenData(ds, json.summary)) files.set(path, content);
  files.set('findings.json', `${JSON.stringify(json, null, 2)}\n`);
  return { report, files };
}
