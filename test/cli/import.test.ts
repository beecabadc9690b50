/**
 * `juesuan import` end to end (a real process, real files): a dataset folder written whole or not at
 * all, the skeleton's 待填写 fields reported by the rules, bad input with exit 2 and nothing written;
 * and `--annotate`: a workbook with three planted defects comes back with exactly those three cells
 * marked (fill and comment) and a 校验结果 sheet linking to them.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import ExcelJS from 'exceljs';
import { annotateWorkbook, placesOf, RESULTS_SHEET, runAnnotate } from '../../src/cli/annotate.ts';
import { loadDatasetFolder } from '../../src/ingest/dataset-folder.ts';
import { csvFolderOf, tableDiffs, xlsOf } from '../../src/ingest/workbook/books.test-util.ts';
import { importWorkbookBytes, importWorkbookPath } from '../../src/ingest/workbook/index.ts';
import type { Dataset } from '../../src/model/types.ts';
import { renderTablesXlsx } from '../../src/render/xlsx/index.ts';
import { runRules } from '../../src/rules/engine.ts';
import { example, ROOT } from '../helpers.ts';
import { synthDataset } from '../synth.ts';

const RUNNER = `
const { runImport } = await import(${JSON.stringify(join(ROOT, 'src/cli/import.ts'))});
const { UsageError } = await import(${JSON.stringify(join(ROOT, 'src/cli/usage.ts'))});
try { process.exitCode = await runImport(process.argv.slice(1)); }
catch (e) { if (!(e instanceof UsageError)) throw e; process.stderr.write(e.message + '\\n'); process.exitCode = 2; }
`;

/** Runs `juesuan import …` in a child process. */
function juesuanImport(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', RUNNER, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'juesuan-import-'));
}

test('import writes the dataset: tables identical to the source, a skeleton whose 待填写 fields the rules report', async () => {
  const dir = tempDir();
  try {
    const ds = example();
    writeFileSync(join(dir, 'tables.xlsx'), await renderTablesXlsx(ds, { profile: 'sichuan-13' }));
    const r = juesuanImport(join(dir, 'tables.xlsx'), '--out', join(dir, 'ds'));
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /已从“.*tables.xlsx”导入 13 张表/);
    assert.match(r.stdout, /\[错误\] n\.placeholder/);
    assert.deepEqual(readdirSync(dir).sort(), ['ds', 'tables.xlsx'], 'no temporary folder left');
    const loaded = loadDatasetFolder(join(dir, 'ds'));
    assert.ok(loaded.ok, loaded.ok ? '' : JSON.stringify(loaded.errors));
    const got = loaded.dataset;
    assert.equal(got.entity.name, '剑阁县人民政府办公室');
    assert.equal(got.entity.year, 2022);
    assert.equal(got.entity.profile, 'sichuan-13');
    assert.deepEqual(
      tableDiffs(ds.tables, got.tables, [
        'T01',
        'T02',
        'T03',
        'T04',
        'T05',
        'T06',
        'T07',
        'T08',
        'T09',
        'T10',
        'T11',
        'T12',
        'T13',
      ]),
      [],
    );
    const placeholders = runRules(got).filter((f) => f.rule === 'n.placeholder');
    assert.ok(placeholders.length >= 10, 'every narrative field is flagged until written');
    const yaml = readFileSync(join(dir, 'ds', 'disclosure.yaml'), 'utf8');
    assert.match(yaml, /workSummary: "待填写：/);
    assert.equal(
      readFileSync(join(dir, 'ds', 'tables', 'T06.csv'), 'utf8').split('\n')[0],
      'code,name,total,basic,project',
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('import of GB18030 CSV files with --year; 元 figures stay exact', async () => {
  const dir = tempDir();
  try {
    const ds = synthDataset({ seed: 31 });
    const csv = csvFolderOf(await renderTablesXlsx(ds, { profile: 'sichuan-13' }), 'gb18030');
    const r = juesuanImport(csv, '--out', join(dir, 'ds'), '--year', '2022');
    rmSync(csv, { recursive: true, force: true });
    assert.equal(r.code, 0, r.stderr);
    const loaded = loadDatasetFolder(join(dir, 'ds'));
    assert.ok(loaded.ok);
    assert.deepEqual(tableDiffs(ds.tables, loaded.dataset.tables, ['T01', 'T03', 'T06', 'T08', 'T13']), []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('bad input: exit 2, a Chinese message naming the file, nothing written', async () => {
  const dir = tempDir();
  try {
    const good = await renderTablesXlsx(example(), { profile: 'sichuan-13' });
    writeFileSync(join(dir, 'cut.xlsx'), good.subarray(0, 5000));
    const r = juesuanImport(join(dir, 'cut.xlsx'), '--out', join(dir, 'ds'));
    assert.equal(r.code, 2);
    assert.match(r.stderr, /文件“.*cut.xlsx”：文件已损坏或不完整/);
    assert.match(r.stderr, /未写入任何文件/);
    assert.doesNotMatch(r.stderr, /at .*\.ts:\d+/, 'no stack trace');
    assert.deepEqual(readdirSync(dir), ['cut.xlsx']);
    const csvDir = join(dir, 'csv');
    rmSync(csvDir, { recursive: true, force: true });
    const noYear = csvFolderOf(good, 'utf8');
    const y = juesuanImport(noYear, '--out', join(dir, 'ds'));
    rmSync(noYear, { recursive: true, force: true });
    assert.equal(y.code, 2);
    assert.match(y.stderr, /找不到年度.*请用 --year 指定/);
    assert.ok(!existsSync(join(dir, 'ds')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an existing dataset folder is replaced only with --force', async () => {
  const dir = tempDir();
  try {
    writeFileSync(join(dir, 't.xlsx'), await renderTablesXlsx(example(), { profile: 'central-9' }));
    assert.equal(juesuanImport(join(dir, 't.xlsx'), '--out', join(dir, 'ds')).code, 0);
    const again = juesuanImport(join(dir, 't.xlsx'), '--out', join(dir, 'ds'));
    assert.equal(again.code, 2);
    assert.match(again.stderr, /已存在.*--force/);
    writeFileSync(join(dir, 'ds', 'mine.txt'), 'x');
    const forced = juesuanImport(join(dir, 't.xlsx'), '--out', join(dir, 'ds'), '--force');
    assert.equal(forced.code, 0, forced.stderr);
    assert.ok(!existsSync(join(dir, 'ds', 'mine.txt')));
    assert.deepEqual(readdirSync(join(dir, 'ds', 'tables')).length, 9, 'central-9');
    assert.deepEqual(readdirSync(dir).sort(), ['ds', 't.xlsx']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** A consistent department (no findings) with explicit empty-table statements. */
function cleanDataset(): Dataset {
  const ds = synthDataset({ seed: 21 });
  return {
    ...ds,
    emptyTables: {
      T10: '本部门本年度无政府性基金预算财政拨款收支。',
      T11: '本部门本年度无国有资本经营预算财政拨款收支。',
      T12: '本部门本年度无国有资本经营预算财政拨款支出。',
    },
  };
}

const FILLS = new Set(['FFFFC7CE', 'FFFFEB9C', 'FFDDEBF7']);

function markedCells(wb: ExcelJS.Workbook): string[] {
  const out: string[] = [];
  for (const ws of wb.worksheets) {
    if (ws.name === RESULTS_SHEET) continue;
    ws.eachRow((row) => {
      row.eachCell((cell) => {
        const fill = cell.fill as { fgColor?: { argb?: string } } | undefined;
        const filled = FILLS.has(fill?.fgColor?.argb ?? '');
        if (filled || cell.note !== undefined) {
          assert.ok(
            filled && cell.note !== undefined,
            `${ws.name}!${cell.address} has both a fill and a comment`,
          );
          out.push(`${ws.name}!${cell.address}`);
        }
      });
    });
  }
  return out.sort();
}

test('annotate: three planted defects come back as exactly three marked cells, listed with links', async () => {
  const ds = cleanDataset();
  const clean = await renderTablesXlsx(ds, { profile: 'sichuan-13' });
  const first = await importWorkbookBytes(clean, 'tables.xlsx');
  assert.ok(first.ok);
  assert.deepEqual(
    runRules({ ...ds, tables: first.imported.tables }),
    [],
    'the clean workbook has no findings',
  );
  const m = first.imported.mapping;
  const t06Item = Object.keys(m.rows).find((k) => /^T06\|\d{7}$/.test(k))!;
  const t08Item = Object.keys(m.rows).find((k) => /^T08\|\d{5}$/.test(k))!;
  const planted = [m.cells['T13|amount|budget.total']!, m.rows[t06Item]!, m.rows[t08Item]!];
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(clean) as never);
  const budget = wb.getWorksheet(planted[0]!.sheet)!.getCell(planted[0]!.cell);
  budget.value = Number(budget.value) + 0.5;
  wb.getWorksheet(planted[1]!.sheet)!.getCell(planted[1]!.cell).value = '名称写错了';
  wb.getWorksheet(planted[2]!.sheet)!.getCell(planted[2]!.cell).value = '另一个错名称';
  const defective = new Uint8Array(await wb.xlsx.writeBuffer());

  const again = await importWorkbookBytes(defective, 'tables.xlsx');
  assert.ok(again.ok);
  const findings = runRules({ ...ds, tables: again.imported.tables });
  assert.equal(findings.length, 3, findings.map((f) => f.rule).join(', '));
  const out = await annotateWorkbook(defective, findings, again.imported.mapping);
  const result = new ExcelJS.Workbook();
  await result.xlsx.load(Buffer.from(out) as never);
  assert.deepEqual(markedCells(result), planted.map((p) => `${p.sheet}!${p.cell}`).sort());
  const note = result.getWorksheet(planted[0]!.sheet)!.getCell(planted[0]!.cell).note as
    | string
    | ExcelJS.Comment;
  const text = typeof note === 'string' ? note : (note.texts ?? []).map((t) => t.text).join('');
  assert.match(text, /【错误】t13\.total/);
  assert.match(text, /应为：.*实际：.*差额：0\.50（万元）/);
  // The user's own workbook: every sheet and value kept, plus the findings sheet.
  assert.deepEqual(
    result.worksheets.map((w) => w.name),
    [...wb.worksheets.map((w) => w.name), RESULTS_SHEET],
  );
  assert.equal(result.getWorksheet('公开06表')!.getCell('A1').value, '一般公共预算财政拨款支出决算表');
  const list = result.getWorksheet(RESULTS_SHEET)!;
  assert.equal(list.rowCount, 4);
  const links = [2, 3, 4].map((r) => (list.getCell(r, 10).value as ExcelJS.CellFormulaValue).formula);
  for (const p of planted)
    assert.ok(
      links.includes(`HYPERLINK("#'${p.sheet}'!${p.cell}","${p.sheet}!${p.cell}")`),
      `link to ${p.cell}`,
    );
});

test('runAnnotate writes the annotated copy whole, or exits 2 without writing for an unreadable workbook', async () => {
  const dir = tempDir();
  try {
    const ds = cleanDataset();
    const bytes = await renderTablesXlsx(ds, { profile: 'sichuan-13' });
    writeFileSync(join(dir, 't.xlsx'), bytes);
    const r = await importWorkbookBytes(bytes, 't.xlsx');
    assert.ok(r.ok);
    const findings = runRules({ ...ds, tables: { ...r.imported.tables, T13: { rows: [] } } });
    assert.equal(await runAnnotate(join(dir, 't.xlsx'), join(dir, 'out.xlsx'), findings), 0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(join(dir, 'out.xlsx')) as never);
    assert.ok(wb.getWorksheet(RESULTS_SHEET)!.rowCount >= 2);
    writeFileSync(join(dir, 'bad.xlsx'), bytes.subarray(0, 100));
    assert.equal(await runAnnotate(join(dir, 'bad.xlsx'), join(dir, 'out2.xlsx'), findings), 2);
    assert.deepEqual(readdirSync(dir).sort(), ['bad.xlsx', 'out.xlsx', 't.xlsx']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('annotate an .xls or a CSV folder: an .xlsx copy with the same cells marked', async () => {
  const dir = tempDir();
  try {
    const ds = cleanDataset();
    const xlsx = await renderTablesXlsx(ds, { profile: 'sichuan-13' });
    writeFileSync(join(dir, 't.xls'), xlsOf(xlsx));
    const csv = csvFolderOf(xlsx, 'gb18030');
    for (const input of [join(dir, 't.xls'), csv]) {
      const r = await importWorkbookPath(input, input, { year: 2022 });
      assert.ok(r.ok);
      const wrong = r.imported.tables.T06!.rows.map((row) =>
        row.code.length === 7 ? { ...row, name: '错' } : row,
      );
      const findings = runRules({ ...ds, tables: { ...r.imported.tables, T06: { rows: wrong } } });
      const expected = [
        ...new Set(
          findings.flatMap((f) => placesOf(f, r.imported.mapping).map((p) => `${p.sheet}!${p.cell}`)),
        ),
      ].sort();
      assert.ok(expected.length > 0);
      assert.equal(await runAnnotate(input, join(dir, 'out.xlsx'), findings), 0);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(readFileSync(join(dir, 'out.xlsx')) as never);
      assert.deepEqual(markedCells(wb), expected, input);
    }
    rmSync(csv, { recursive: true, force: true });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
