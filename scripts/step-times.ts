/**
 * Where a build's time goes, step by step: `node --import tsx scripts/step-times.ts [runs] [dataset folder]`
 * builds the dataset (default the example) in every format `runs` times in-process and prints each step's
 * median and fastest time in ms (ALL=1 prints every run). The benchmark figures come from `npm run bench`.
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { figuresOf } from '../src/build/outputs.ts';
import { loadDatasetFolder } from '../src/ingest/dataset-folder.ts';
import { buildReport } from '../src/narrative/document.ts';
import { embedFontInSvg } from '../src/render/charts/embed-font.ts';
import { renderChartSvg } from '../src/render/charts/index.ts';
import { renderChartPng } from '../src/render/charts/png.ts';
import { DOCX_CHART_SIZE, renderDocx } from '../src/render/docx/index.ts';
import { renderSelfContainedHtml } from '../src/render/html/index.ts';
import { renderOpenData } from '../src/render/opendata/index.ts';
import { renderPdf } from '../src/render/pdf/index.ts';
import { renderTablesXlsx } from '../src/render/xlsx/index.ts';
import { runRules } from '../src/rules/engine.ts';

const ROOT = join(import.meta.dirname, '..');
const loaded = loadDatasetFolder(process.argv[3] ?? join(ROOT, 'examples', 'jiange-2022'), ROOT);
if (!loaded.ok) throw new Error('x');
const ds = loaded.dataset;
const t: Record<string, number[]> = {};
const lap = async <T>(k: string, f: () => Promise<T> | T): Promise<T> => {
  const s = performance.now();
  const r = await f();
  const times = t[k] ?? [];
  times.push(performance.now() - s);
  t[k] = times;
  return r;
};
for (let i = 0; i < Number(process.argv[2] ?? 10); i++) {
  await lap('rules', () => runRules(ds));
  const report = await lap('report', () => buildReport(ds, { draft: false }));
  const charts: Record<string, string> = {};
  const pngs: Record<string, Uint8Array> = {};
  for (const fig of figuresOf(report)) {
    const svg = await lap('svg', () => renderChartSvg(fig));
    charts[fig.id] = svg;
    await lap('svgfont', () => embedFontInSvg(svg));
    pngs[fig.id] = await lap('png', () => renderChartPng(fig, DOCX_CHART_SIZE));
  }
  await lap('docx', () => renderDocx(report, { chartPngs: pngs }));
  await lap('docx-nopn', () => renderDocx(report, { chartPngs: pngs }, { pageNumbers: false }));
  await lap('pdf', () => renderPdf(report, { chartSvgs: charts }));
  await lap('html', () => renderSelfContainedHtml(report, charts));
  await lap('xlsx', () => renderTablesXlsx(ds, { profile: ds.entity.profile, draft: false }));
  await lap('opendata', () => renderOpenData(ds, { errors: 0, warnings: 0, infos: 0 } as never));
}
for (const [k, v] of Object.entries(t)) {
  const n = Number(process.argv[2] ?? 10);
  const per = v.length / n;
  const sums: number[] = [];
  for (let i = 0; i < n; i++) sums.push(v.slice(i * per, (i + 1) * per).reduce((a, b) => a + b, 0));
  sums.sort((a, b) => a - b);
  console.log(k.padEnd(10), 'median', sums[Math.floor(n / 2)]!.toFixed(1), 'first', sums[0]!.toFixed(1));
}
console.log('rss MB', (process.memoryUsage().rss / 1e6).toFixed(0));
if (process.env.ALL)
  for (const [k, v] of Object.entries(t)) console.log(k, v.map((x) => x.toFixed(0)).join(' '));
