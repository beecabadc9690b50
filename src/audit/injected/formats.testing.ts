/**
 * @module Test helpers: a report tree written as the files Juesuan publishes — text (.txt), HTML
 * (renderSelfContainedHtml), DOCX (renderDocx), PDF (renderPdf; or the DOCX printed by LibreOffice) — in
 * a fresh temporary folder, for the audit to read back with its real readers.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { figuresOf } from '../../build/outputs.ts';
import { renderChartSvg } from '../../render/charts/index.ts';
import { renderChartPng } from '../../render/charts/png.ts';
import { DOCX_CHART_SIZE, renderDocx } from '../../render/docx/index.ts';
import { libreOfficePdf } from '../../render/docx/testing.ts';
import { renderSelfContainedHtml } from '../../render/html/index.ts';
import { renderPdf } from '../../render/pdf/index.ts';
import type { Report } from '../../report/types.ts';
import { reportText } from '../report-text.testing.ts';

/** The formats a report is published in; 'lo.pdf' is the DOCX printed to PDF by LibreOffice. */
export type Format = 'txt' | 'html' | 'docx' | 'pdf' | 'lo.pdf';

type Charts = { svg: Record<string, string>; png: Record<string, Uint8Array> };
let charts: Promise<Charts> | undefined;

/** Chart images of a report's figures (PNGs only when the format embeds them). */
async function ownCharts(report: Report, format: Format): Promise<Charts> {
  const svg: Record<string, string> = {};
  const png: Record<string, Uint8Array> = {};
  for (const f of figuresOf(report)) {
    svg[f.id] = renderChartSvg(f);
    if (format === 'docx' || format === 'lo.pdf') png[f.id] = await renderChartPng(f, DOCX_CHART_SIZE);
  }
  return { svg, png };
}

/** Chart images of the example's figures (injected defects never touch the figures: computed once). */
function chartsOf(report: Report): Promise<Charts> {
  charts ??= ownCharts(report, 'docx');
  return charts;
}

/**
 * The report rendered in a format. `ownCharts`: draw this report's own charts (a report of another
 * dataset) instead of the example's, computed once.
 */
export async function render(
  report: Report,
  format: Format,
  opts: { ownCharts?: boolean } = {},
): Promise<string | Uint8Array> {
  const c = opts.ownCharts ? await ownCharts(report, format) : await chartsOf(report);
  switch (format) {
    case 'txt':
      return reportText(report);
    case 'html':
      return renderSelfContainedHtml(report, c.svg);
    case 'docx':
      return renderDocx(report, { chartPngs: c.png });
    case 'pdf':
      return renderPdf(report, { chartSvgs: c.svg }, { createdAt: new Date(Date.UTC(2023, 5, 1)) });
    case 'lo.pdf':
      return libreOfficePdf(await renderDocx(report, { chartPngs: c.png })).pdf;
  }
}

/** Writes the report in a format to a fresh temporary folder; returns the file's path. */
export async function writeReport(
  report: Report,
  format: Format,
  name = 'report',
  opts: { ownCharts?: boolean } = {},
): Promise<string> {
  const file = join(
    mkdtempSync(join(tmpdir(), 'juesuan-injected-')),
    `${name}.${format === 'lo.pdf' ? 'pdf' : format}`,
  );
  writeFileSync(file, await render(report, format, opts));
  return file;
}
