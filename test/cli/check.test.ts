import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { EXAMPLE_DIR, ROOT } from '../helpers.ts';

const BIN = join(ROOT, 'bin', 'juesuan.js');

function juesuan(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('check --json on the example follows the findings contract', () => {
  const r = juesuan('check', 'examples/jiange-2022', '--json');
  assert.ok(r.code === 0 || r.code === 1, r.stderr);
  const json = JSON.parse(r.stdout) as {
    findings: {
      rule: string;
      severity: string;
      message: string;
      locations: object[];
      expected?: string;
      actual?: string;
      difference?: string;
      unit?: string;
    }[];
    summary: { errors: number; warnings: number; notices: number };
  };
  assert.ok(json.findings.length > 0, 'the seed lacks data: findings are expected');
  for (const f of json.findings) {
    assert.match(f.rule, /^[a-z0-9]+(\.[a-z0-9-]+)+$/);
    assert.ok(['error', 'warning', 'notice'].includes(f.severity));
    assert.ok(/[\u4e00-\u9fff]/.test(f.message), `message not Chinese: ${f.message}`);
    assert.ok(f.locations.length > 0, `${f.rule} has no location`);
    for (const k of ['expected', 'actual', 'difference'] as const) {
      if (f[k] !== undefined) assert.equal(typeof f[k], 'string', `${f.rule}.${k} must be a decimal string`);
    }
    if (f.difference !== undefined) assert.match(f.difference, /^-?\d+\.\d{2}$/);
  }
  const s = json.summary;
  assert.equal(s.errors + s.warnings + s.notices, json.findings.length);
  assert.equal(r.code, s.errors > 0 ? 1 : 0, 'exit code follows the error count');
  // The rounding gaps of the seed are notices, never errors.
  const t06Lei201 = json.findings.filter(
    (f) => JSON.stringify(f.locations).includes('"row":"201"') && f.rule.startsWith('t06.'),
  );
  assert.ok(t06Lei201.length > 0, '201 vs Σ项 gap is reported');
  for (const f of t06Lei201) assert.equal(f.severity, 'notice', `${f.rule} on 201 must be a notice`);
});

test('check prints Chinese text and a summary line without --json', () => {
  const r = juesuan('check', 'examples/jiange-2022');
  assert.match(r.stdout, /共 \d+ 个错误，\d+ 个警告，\d+ 个提示。/);
});

test('check --lang en prints English messages', () => {
  const r = juesuan('check', 'examples/jiange-2022', '--lang', 'en', '--json');
  const json = JSON.parse(r.stdout) as { findings: { message: string }[] };
  assert.ok(json.findings.every((f) => /[A-Za-z]/.test(f.message)));
});

test('unusable input exits 2 with a Chinese error naming the file, never a stack trace', () => {
  const dir = mkdtempSync(join(tmpdir(), 'juesuan-cli-'));
  cpSync(EXAMPLE_DIR, dir, { recursive: true });
  writeFileSync(join(dir, 'disclosure.yaml'), 'entity: [\n');
  const r = juesuan('check', dir);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /disclosure\.yaml/);
  assert.doesNotMatch(r.stderr, /\bat .*\.ts:\d+/);
  const missing = juesuan('check', join(dir, 'nope'));
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /找不到/);
  const noArg = juesuan('check');
  assert.equal(noArg.code, 2);
  assert.match(noArg.stderr, /请指定/);
  const unknown = juesuan('frobnicate');
  assert.equal(unknown.code, 2);
});

test('rules --json lists the catalogue with id, severity, what it checks and its source', () => {
  const r = juesuan('rules', '--json');
  assert.equal(r.code, 0);
  const json = JSON.parse(r.stdout) as {
    rules: { id: string; severity: string; checks: string; source: string }[];
    count: number;
  };
  assert.ok(json.count >= 60, `only ${json.count} rules`);
  assert.equal(json.rules.length, json.count);
  for (const rule of json.rules) assert.ok(rule.id && rule.severity && rule.checks && rule.source);
});
