/** build.html.example_ms — the example's report tree, charts and self-contained HTML, in-process. */
import { join } from 'node:path';
import { loadDatasetFolder } from '../src/ingest/dataset-folder.ts';
import { buildReport } from '../src/narrative/document.ts';
import { renderChartSvg } from '../src/render/charts/index.ts';
import { renderSelfContainedHtml } from '../src/render/html/index.ts';
import { runRules } from '../src/rules/engine.ts';
import { medianMs, report } from './util.ts';

const ROOT = join(import.meta.dirname, '..');

export async function benchBuild(): Promise<void> {
  const loaded = loadDatasetFolder(join(ROOT, 'examples', 'jiange-2022'), ROOT);
  if (!loaded.ok) throw new Error('example does not load');
  const ds = loaded.dataset;
  const html = await medianMs(20, async () => {
    runRules(ds);
    const rep = buildReport(ds);
    const charts: Record<string, string> = {};
    for (const p of rep.parts)
      for (const b of p.blocks) if (b.kind === 'figure') charts[b.id] = renderChartSvg(b);
    return renderSelfContainedHtml(rep, charts);
  });
  report('build.html.example_ms', html, 'ms');
}
