/**
 * audit.example_pdf_ms — median of 10 audits of the example's generated PDF (reading included, after one
 * warm-up); audit.100files_s — `juesuan audit <folder>` on 100 generated reports of synthetic departments,
 * a quarter each as PDF, DOCX, HTML and text (writing them is not timed).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { auditFile } from '../src/audit/audit.ts';
import { auditFiles, reportFiles, summaryCsv } from '../src/audit/folder.ts';
import { reportText } from '../src/audit/report-text.testing.ts';
import { figuresOf } from '../src/build/outputs.ts';
import { loadDatasetFolder } from '../src/ingest/dataset-folder.ts';
import { buildReport } from '../src/narrative/document.ts';
import { renderChartSvg } from '../src/render/charts/index.ts';
import { renderChartPng } from '../src/render/charts/png.ts';
import { DOCX_CHART_SIZE, renderDocx } from '../src/render/docx/index.ts';
import { renderSelfContainedHtml } from '../src/render/html/index.ts';
import { renderPdf } from '../src/render/pdf/index.ts';
import type { Report } from '../src/report/types.ts';
import { synthDataset } from '../test/synth.ts';
import { medianMs, report } from './util.ts';

const ROOT = join(import.meta.dirname, '..');
const FORMATS = ['pdf', 'docx', 'html', 'txt'] as const;

/** The report as a published file of a format. */
async function publish(rep: Report, format: (typeof FORMATS)[number]): Promise<string | Uint8Array> {
  const svgs: Record<string, string> = {};
  for (const f of figuresOf(rep)) svgs[f.id] = renderChartSvg(f);
  if (format === 'pdf') return renderPdf(rep, { chartSvgs: svgs });
  if (format === 'html') return renderSelfContainedHtml(rep, svgs);
  if (format === 'txt') return reportText(rep);
  const pngs: Record<string, Uint8Array> = {};
  for (const f of figuresOf(rep)) pngs[f.id] = await renderChartPng(f, DOCX_CHART_SIZE);
  return renderDocx(rep, { chartPngs: pngs });
}

export async function benchAudit(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'juesuan-bench-audit-'));
  try {
    const loaded = loadDatasetFolder(join(ROOT, 'examples', 'jiange-2022'), ROOT);
    if (!loaded.ok) throw new Error('example does not load');
    const pdf = join(dir, 'example.pdf');
    writeFileSync(pdf, await publish(buildReport(loaded.dataset), 'pdf'));
    let findings = 0;
    const ms = await medianMs(10, async () => {
      findings = (await auditFile(pdf)).findings.length;
    });
    report('audit.example_pdf_ms', ms, 'ms');
    console.error(`  (example PDF: ${findings} findings, all notices)`);

    const folder = join(dir, 'reports');
    for (const format of FORMATS) mkdirSync(join(folder, format), { recursive: true });
    for (let i = 0; i < 100; i += 1) {
      const format = FORMATS[i % FORMATS.length]!;
      const rep = buildReport(
        synthDataset({ seed: 5000 + i, rounded: i % 2 === 0, name: `示例单位${i + 1}` }),
      );
      const file = join(folder, format, `report-${String(i + 1).padStart(3, '0')}.${format}`);
      writeFileSync(file, await publish(rep, format));
    }
    const start = performance.now();
    const files = reportFiles(folder);
    const results = await auditFiles(files, {});
    summaryCsv(results, folder, 'zh-CN');
    report('audit.100files_s', (performance.now() - start) / 1000, 's', 2);
    const failed = results.filter((r) => !r.ok).length;
    console.error(`  (${files.length} files: 25 each PDF, DOCX, HTML, text; ${failed} not audited)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
