/**
 * build.all.example_ms, pdf.example_ms and pdf.vs_libreoffice_x — the example in every format in-process; our
 * PDF step alone (renderPdf with the chart SVGs); and LibreOffice's time to convert our report.docx to PDF
 * (private profile warmed by one run, project fonts.conf; median of 3) over our PDF step's time, both measured
 * in this run.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildOutputs, figuresOf } from '../src/build/outputs.ts';
import { loadDatasetFolder } from '../src/ingest/dataset-folder.ts';
import { buildReport } from '../src/narrative/document.ts';
import { renderChartSvg } from '../src/render/charts/index.ts';
import { sofficeToPdf } from '../src/render/docx/testing.ts';
import { renderPdf } from '../src/render/pdf/index.ts';
import { runRules } from '../src/rules/engine.ts';
import { medianMs, report } from './util.ts';

const ROOT = join(import.meta.dirname, '..');
const LO_RUNS = 3;

/** The median of LO_RUNS LibreOffice conversions of a DOCX to PDF after one warm-up run, in ms. */
function libreOfficeMs(docx: Uint8Array): number {
  const dir = mkdtempSync(join(tmpdir(), 'juesuan-bench-lo-'));
  try {
    const file = join(dir, 'report.docx');
    writeFileSync(file, docx);
    const convert = (): number => {
      const r = sofficeToPdf(file, dir, 300_000);
      if (r.status !== 0 || statSync(r.pdf).size === 0) throw new Error(`soffice failed: ${r.stderr}`);
      rmSync(r.pdf);
      return r.ms;
    };
    convert();
    const times = Array.from({ length: LO_RUNS }, convert).sort((a, b) => a - b);
    return times[Math.floor(LO_RUNS / 2)]!;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchFormats(): Promise<void> {
  const loaded = loadDatasetFolder(join(ROOT, 'examples', 'jiange-2022'), ROOT);
  if (!loaded.ok) throw new Error('example does not load');
  const ds = loaded.dataset;

  const all = await medianMs(20, () => buildOutputs(ds, runRules(ds), { draft: false }));
  report('build.all.example_ms', all, 'ms');

  const rep = buildReport(ds);
  const chartSvgs: Record<string, string> = {};
  for (const fig of figuresOf(rep)) chartSvgs[fig.id] = renderChartSvg(fig);
  const pdf = await medianMs(20, () => renderPdf(rep, { chartSvgs }));
  report('pdf.example_ms', pdf, 'ms');

  if (spawnSync('soffice', ['--version']).status !== 0) {
    console.error('pdf.vs_libreoffice_x: soffice is not installed, skipped');
    return;
  }
  const { files } = await buildOutputs(ds, runRules(ds), { draft: false });
  const lo = libreOfficeMs(files.get('report.docx') as Uint8Array);
  console.error(
    `pdf.vs_libreoffice_x: LibreOffice ${lo.toFixed(0)} ms (median of ${LO_RUNS}), ours ${pdf.toFixed(0)} ms`,
  );
  report('pdf.vs_libreoffice_x', lo / pdf, 'x');
}
