/**
 * `juesuan build <folder of datasets>` end to end through bin/juesuan.js (real worker threads, real files,
 * real exit codes): three synthetic departments, one with a broken T06 row.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import { writeDatasetFolder } from '../../bench/batch.ts';
import { fen } from '../../src/money/index.ts';
import { ROOT, setCell } from '../helpers.ts';
import { synthDataset } from '../synth.ts';

const BIN = join(ROOT, 'bin', 'juesuan.js');

function juesuan(args: string[], opts: { cwd?: string } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    encoding: 'utf8',
    timeout: 600_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

type SummaryRecord = Record<
  'dataset' | 'status' | 'errors' | 'warnings' | 'notices' | 'output' | 'message',
  string
>;

function readSummary(dir: string): { raw: string; records: SummaryRecord[] } {
  const raw = readFileSync(join(dir, 'summary.csv'), 'utf8');
  return { raw, records: parse(raw, { columns: true, bom: true }) as SummaryRecord[] };
}

/** Every file under dir, relative, sorted. */
function filesUnder(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

/** A department whose T06 has a 项 row that no longer adds up to its 款 and the total (error findings). */
function brokenDepartment() {
  const ds = synthDataset({ seed: 3, name: '合成测试部门三' });
  const row = ds.tables.T06!.rows.find((r) => r.code.length === 7)!;
  return setCell(ds, 'T06', row.code, 'basic', fen((row.cells['basic'] ?? 0) + 100));
}

describe('juesuan build <folder of datasets>', () => {
  let tmp: string;
  let datasets: string;
  let out: string;
  let run: ReturnType<typeof juesuan>;

  before(() => {
    tmp = mkdtempSync(join(tmpdir(), 'juesuan-build-batch-'));
    datasets = join(tmp, 'datasets');
    out = join(tmp, 'out');
    writeDatasetFolder(join(datasets, 'a-good'), synthDataset({ seed: 1, name: '合成测试部门一' }));
    writeDatasetFolder(join(datasets, 'b-good'), synthDataset({ seed: 2, name: '合成测试部门二' }));
    writeDatasetFolder(join(datasets, 'c-broken'), brokenDepartment());
    // Not a dataset: no disclosure.yaml, so it is not part of the batch.
    mkdirSync(join(datasets, 'notes'));
    run = juesuan(['build', datasets, '--out', out, '--jobs', '2']);
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('exits 1 because one dataset is blocked by error findings', () => {
    assert.equal(run.code, 1, `stdout:\n${run.stdout}\nstderr:\n${run.stderr}`);
    assert.match(
      run.stdout,
      /共 3 个数据集（2 个线程，用时 [\d.]+ 秒）：已生成 2 个，因错误未生成 1 个，无法使用 0 个。/,
    );
    assert.match(run.stderr, /c-broken：有 2 个错误，未生成公开文件（只写了 findings\.json）/);
  });

  it('writes every file of the good datasets', () => {
    for (const name of ['a-good', 'b-good']) {
      const files = filesUnder(join(out, name));
      for (const f of [
        'report.html',
        'report.docx',
        'report.pdf',
        'tables.xlsx',
        'datapackage.json',
        'dataset.json',
        'findings.json',
      ])
        assert.ok(files.includes(f), `${name}/${f} missing: ${files.join(' ')}`);
      assert.ok(files.filter((f) => /^charts\/.+\.svg$/.test(f)).length >= 3, files.join(' '));
      assert.ok(files.filter((f) => /^data\/.+\.csv$/.test(f)).length >= 9, files.join(' '));
      const dir = join(out, name);
      assert.equal(readFileSync(join(dir, 'report.pdf')).subarray(0, 5).toString('latin1'), '%PDF-');
      assert.equal(readFileSync(join(dir, 'report.docx')).subarray(0, 2).toString('latin1'), 'PK');
      assert.equal(readFileSync(join(dir, 'tables.xlsx')).subarray(0, 2).toString('latin1'), 'PK');
      const html = readFileSync(join(dir, 'report.html'), 'utf8');
      assert.ok(html.includes(name === 'a-good' ? '合成测试部门一' : '合成测试部门二'));
      const dataset = JSON.parse(readFileSync(join(dir, 'dataset.json'), 'utf8'));
      assert.equal(dataset.entity.name, name === 'a-good' ? '合成测试部门一' : '合成测试部门二');
    }
  });

  it('writes only findings.json for the broken dataset, naming the T06 rule', () => {
    assert.deepEqual(filesUnder(join(out, 'c-broken')), ['findings.json']);
    const f = JSON.parse(readFileSync(join(out, 'c-broken', 'findings.json'), 'utf8'));
    assert.equal(f.summary.errors, 2);
    assert.ok(f.findings.some((x: { rule: string }) => x.rule === 't06.row-sum'));
  });

  it('lists all three in summary.csv with their status and the counts of their findings.json', () => {
    assert.deepEqual(readdirSync(out).sort(), ['a-good', 'b-good', 'c-broken', 'summary.csv']);
    const { records } = readSummary(out);
    assert.deepEqual(
      records.map((r) => [r.dataset, r.status, r.output]),
      [
        ['a-good', 'built', 'a-good'],
        ['b-good', 'built', 'b-good'],
        ['c-broken', 'blocked', 'c-broken'],
      ],
    );
    for (const r of records) {
      const { summary } = JSON.parse(readFileSync(join(out, r.output, 'findings.json'), 'utf8'));
      assert.deepEqual(
        [r.errors, r.warnings, r.notices],
        [summary.errors, summary.warnings, summary.notices].map(String),
      );
    }
  });

  it('prints no progress bar when stderr is not a terminal', () => {
    assert.ok(!run.stderr.includes('\u001b'), 'an escape code on stderr');
    assert.ok(!run.stderr.includes('\r'), 'a carriage return on stderr');
    assert.doesNotMatch(run.stderr, /生成 .*\d+\/3/);
  });

  it('exits 2 when a dataset is unusable, and writes nothing for it', () => {
    const more = join(tmp, 'more');
    writeDatasetFolder(join(more, 'broken'), brokenDepartment());
    mkdirSync(join(more, 'unusable'), { recursive: true });
    writeFileSync(join(more, 'unusable', 'disclosure.yaml'), 'entity: [未闭合\n');
    const dest = join(tmp, 'out-more');
    const r = juesuan(['build', more, '--out', dest]);
    assert.equal(r.code, 2, r.stderr);
    assert.ok(!existsSync(join(dest, 'unusable')));
    const { records } = readSummary(dest);
    const unusable = records.find((x) => x.dataset === 'unusable')!;
    assert.equal(unusable.status, 'unusable');
    assert.equal(unusable.output, '');
    assert.match(unusable.message, /disclosure\.yaml.*YAML 格式错误/);
    assert.equal(records.find((x) => x.dataset === 'broken')!.status, 'blocked');
  });

  it('with --draft writes the broken dataset as a marked draft, and still exits 1', () => {
    const one = join(tmp, 'draft');
    writeDatasetFolder(join(one, 'broken'), brokenDepartment());
    const dest = join(tmp, 'out-draft');
    const r = juesuan(['build', one, '--out', dest, '--draft']);
    assert.equal(r.code, 1, r.stderr);
    const files = filesUnder(join(dest, 'broken'));
    assert.ok(files.includes('report.pdf') && files.includes('report.docx'), files.join(' '));
    assert.ok(readFileSync(join(dest, 'broken', 'report.html'), 'utf8').includes('草稿'));
    const [rec] = readSummary(dest).records;
    assert.deepEqual([rec!.dataset, rec!.status, rec!.errors], ['broken', 'draft', '2']);
    assert.match(r.stdout, /草稿 1 个/);
  });

  it('draws a progress bar on a terminal', { skip: spawnSync('script', ['--version']).status !== 0 }, () => {
    const one = join(tmp, 'one');
    writeDatasetFolder(join(one, 'broken'), brokenDepartment());
    const command = [process.execPath, BIN, 'build', one, '--out', join(tmp, 'out-one')]
      .map((a) => `'${a}'`)
      .join(' ');
    // script(1) runs the command on a pseudo-terminal, so stderr is a TTY.
    const r = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 1, r.stdout);
    assert.match(r.stdout, /生成 .*1\/1/);
  });

  it('rejects a --jobs that is not a whole number', () => {
    const r = juesuan(['build', datasets, '--out', join(tmp, 'x'), '--jobs', '0']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--jobs 须为 1 到 64 的整数/);
    assert.ok(!existsSync(join(tmp, 'x')));
  });
});
