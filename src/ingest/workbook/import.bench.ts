/**
 * @module Benchmark `import.13sheets_ms`: the median time to import a 13-sheet tables.xlsx (written by
 * our XLSX writer) holding about 500 table rows. Register in bench/run.ts: `import: benchImport`.
 */
import { performance } from 'node:perf_hooks';
import { synthDataset } from '../../../test/synth.ts';
import { catalogFor } from '../../catalog/classification/index.ts';
import type { TableData, TableRow } from '../../model/types.ts';
import { fen } from '../../money/index.ts';
import { renderTablesXlsx } from '../../render/xlsx/index.ts';
import { importWorkbookBytes } from './index.ts';

/** A functional table with `n` 项 of the catalogue and their 类 and 款, and a 合计 row. */
function bigTable(columns: readonly string[], n: number, seed: number): TableData {
  const cat = catalogFor('functional', 2022);
  const xiang = cat
    .lei()
    .flatMap((l) => cat.children(l.code).flatMap((k) => cat.children(k.code)))
    .slice(0, n);
  const codes = [...new Set(xiang.flatMap((x) => [x.code.slice(0, 3), x.code.slice(0, 5), x.code]))].sort();
  const rows: TableRow[] = [
    { code: 'total', name: '合计', cells: Object.fromEntries(columns.map((c) => [c, fen(1e9)])) },
  ];
  codes.forEach((code, i) => {
    const cells = Object.fromEntries(
      columns.map((c, j) => [c, fen(((i + 1) * 7919 + j * 104729 + seed) % 99_999_999)]),
    );
    rows.push({ code, name: cat.get(code)?.name ?? '', cells });
  });
  return { rows };
}

/** Median of `runs` imports (after one warm-up), in milliseconds, with the size of the workbook. */
export async function measureImport(runs = 15): Promise<{ ms: number; rows: number; sheets: number }> {
  const ds = synthDataset({ seed: 42 });
  const tables = {
    ...ds.tables,
    T02: bigTable(['total', 'fiscal', 'business'], 72, 1),
    T03: bigTable(['total', 'basic', 'project'], 72, 2),
    T05: bigTable(['total', 'generalBudget'], 72, 3),
    T06: bigTable(['total', 'basic', 'project'], 72, 4),
  };
  const bytes = await renderTablesXlsx({ ...ds, tables }, { profile: 'sichuan-13' });
  const rows = Object.values(tables).reduce((n, t) => n + (t?.rows.length ?? 0), 0);
  const once = async () => {
    const r = await importWorkbookBytes(bytes, 'tables.xlsx');
    if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
    return Object.keys(r.imported.tables).length;
  };
  const sheets = await once();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await once();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const mid = Math.floor(runs / 2);
  return { ms: runs % 2 === 1 ? times[mid]! : (times[mid - 1]! + times[mid]!) / 2, rows, sheets };
}

/** Prints `BENCH import.13sheets_ms <median> ms`. */
export async function benchImport(): Promise<void> {
  const { ms, rows, sheets } = await measureImport();
  console.log(`BENCH import.13sheets_ms ${ms.toFixed(1)} ms`);
  console.error(`  (${sheets} sheets, ${rows} table rows, median of 15 imports)`);
}
