import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { readLayoutSheet } from '../../src/render/xlsx/index.ts';
import { loadXlsx } from '../../src/render/xlsx/testing.ts';
import { ROOT } from '../helpers.ts';

const BIN = join(ROOT, 'bin', 'juesuan.js');

function juesuan(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const dirs: string[] = [];
const tmp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'juesuan-template-'));
  dirs.push(dir);
  return dir;
};
after(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

test('template --out writes the blank sichuan-13 workbook that import reads', async () => {
  const dir = tmp();
  const out = join(dir, '决算模板.xlsx');
  const r = juesuan('template', '--out', out);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /已写出空白模板/);
  const wb = await loadXlsx(new Uint8Array(readFileSync(out)));
  assert.equal(wb.worksheets.length, 14);
  assert.equal(wb.worksheets[0]!.name, '公开01表');
  assert.equal(wb.worksheets[0]!.getCell('A1').value, '收入支出决算总表');
  const layout = readLayoutSheet(wb)!;
  assert.deepEqual([layout.profile, layout.blank], ['sichuan-13', true]);
  for (const ws of wb.worksheets.slice(0, 13)) {
    ws.eachRow((row) => {
      row.eachCell((cell) => assert.notEqual(typeof cell.value, 'number', `${ws.name}!${cell.address}`));
    });
  }
  assert.deepEqual(readdirSync(dir), ['决算模板.xlsx'], 'no temporary file is left behind');
});

test('template --profile central-9 writes nine sheets, replacing an existing file', async () => {
  const dir = tmp();
  const out = join(dir, 'central.xlsx');
  writeFileSync(out, 'old');
  const r = juesuan('template', '--profile', 'central-9', '--entity', '某某部', '--out', out);
  assert.equal(r.code, 0, r.stderr);
  const wb = await loadXlsx(new Uint8Array(readFileSync(out)));
  assert.deepEqual(
    wb.worksheets.map((w) => w.name),
    ['表1', '表2', '表3', '表4', '表5', '表6', '表7', '表8', '表9', '_juesuan'],
  );
  assert.equal(wb.worksheets[0]!.getCell('A2').value, '编制单位：某某部');
});

test('bad arguments exit 2 with a Chinese message and write nothing', () => {
  const dir = tmp();
  const out = join(dir, 'x.xlsx');
  const unknown = juesuan('template', '--profile', 'nowhere-7', '--out', out);
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /未知的公开模板“nowhere-7”（可用：sichuan-13、central-9）/);
  assert.equal(existsSync(out), false);
  const noOut = juesuan('template');
  assert.equal(noOut.code, 2);
  assert.match(noOut.stderr, /请用 --out 指定输出文件/);
  const notXlsx = juesuan('template', '--out', join(dir, 'x.csv'));
  assert.equal(notXlsx.code, 2);
  assert.match(notXlsx.stderr, /\.xlsx 结尾/);
  const extra = juesuan('template', 'stray', '--out', out);
  assert.equal(extra.code, 2);
  assert.match(extra.stderr, /多余的参数/);
  writeFileSync(join(dir, 'file'), '');
  const unwritable = juesuan('template', '--out', join(dir, 'file', 'x.xlsx'));
  assert.equal(unwritable.code, 2);
  assert.match(unwritable.stderr, /无法写入 .*x\.xlsx：/);
  assert.doesNotMatch(unwritable.stderr, /\bat .*\.ts:\d+/);
  assert.deepEqual(readdirSync(dir).sort(), ['file']);
});
