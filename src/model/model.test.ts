import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse as parseYaml } from 'yaml';
import { EXAMPLE_DIR, example, ROOT, wan } from '../../test/helpers.ts';
import { loadDatasetFolder } from '../ingest/dataset-folder.ts';
import { disclosureSchemaText } from './json-schema.ts';
import { cellOf, sumUnitTables } from './views.ts';

function copyExample(): string {
  const dir = mkdtempSync(join(tmpdir(), 'juesuan-ds-'));
  cpSync(EXAMPLE_DIR, dir, { recursive: true });
  return dir;
}

function editFile(dir: string, rel: string, edit: (s: string) => string): void {
  const p = join(dir, rel);
  writeFileSync(p, edit(readFileSync(p, 'utf8')));
}

function errorsOf(dir: string) {
  const r = loadDatasetFolder(dir, dir);
  assert.equal(r.ok, false, 'expected the dataset to be rejected');
  return r.ok ? [] : r.errors;
}

test('the example loads with the seed figures in fen, blank kept distinct from zero', () => {
  const ds = example();
  assert.equal(ds.entity.name, '剑阁县人民政府办公室');
  assert.equal(ds.entity.units.length, 3);
  assert.equal(cellOf(ds, 'T01', 'income.grandTotal', 'amount'), wan('651.04'));
  assert.equal(cellOf(ds, 'T06', '2010301', 'total'), wan('402.62'));
  assert.equal(cellOf(ds, 'T06', '2010301', 'project'), null, 'a blank cell is null');
  assert.equal(cellOf(ds, 'T01', 'income.business', 'amount'), 0, 'a printed 0 is zero');
  assert.equal(cellOf(ds, 'T08', '30101', 'amount'), null);
  assert.equal(ds.priorYear.grandTotal, wan('930.98'));
  assert.equal(ds.priorYear.sangong.reception, wan('10.50'));
  assert.equal(ds.sangong.reception.batches, 126);
  assert.equal(ds.staff.authorized, 58);
  assert.equal(ds.performance.projects[0]?.indicators.length, 8);
});

test('the committed JSON Schema is the one generated from the zod schema', () => {
  const committed = readFileSync(join(ROOT, 'schema', 'disclosure.schema.json'), 'utf8');
  assert.equal(committed, disclosureSchemaText(), 'run `npm run schema` and commit schema/');
});

test('the example disclosure.yaml validates against the generated JSON Schema (ajv)', () => {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  const validate = ajv.compile(JSON.parse(disclosureSchemaText()));
  const doc = parseYaml(readFileSync(join(EXAMPLE_DIR, 'disclosure.yaml'), 'utf8'), { schema: 'failsafe' });
  assert.ok(validate(doc), JSON.stringify(validate.errors));
  assert.equal(validate({ entity: { name: 'x' } }), false, 'an incomplete dataset is rejected');
});

test('a missing folder is a clear error, not a crash', () => {
  const r = loadDatasetFolder('/nonexistent/juesuan-nowhere', '/');
  assert.equal(r.ok, false);
  if (!r.ok) assert.match(r.errors[0]!.message, /找不到/);
});

test('malformed YAML names the file and the line', () => {
  const dir = copyExample();
  editFile(dir, 'disclosure.yaml', (s) => s.replace('entity:\n', 'entity:\n  - [unclosed\n'));
  const [e] = errorsOf(dir);
  assert.match(e!.where, /disclosure\.yaml 第\d+行/);
  assert.match(e!.message, /YAML/);
});

test('a wrong type and an unknown field name the field', () => {
  const dir = copyExample();
  editFile(dir, 'disclosure.yaml', (s) => s.replace('  authorized: 58', '  authorized: 五十八\n  bogus: 1'));
  const errors = errorsOf(dir);
  assert.ok(
    errors.some((e) => e.where.includes('staff.authorized')),
    JSON.stringify(errors),
  );
  assert.ok(
    errors.some((e) => e.message.includes('bogus')),
    JSON.stringify(errors),
  );
});

test('text in a number cell names the CSV file, line and column', () => {
  const dir = copyExample();
  editFile(dir, 'tables/T06.csv', (s) => s.replace('2010301,行政运行,402.62', '2010301,行政运行,四百'));
  const [e] = errorsOf(dir);
  assert.match(e!.where, /tables\/T06\.csv 第4行，列“total”/);
  assert.match(e!.message, /四百/);
});

test('an unknown column, an unknown row code and a duplicate row are reported', () => {
  const dir = copyExample();
  editFile(dir, 'tables/T06.csv', (s) =>
    s
      .replace('code,name,total,basic,project', 'code,name,total,basic,projekt')
      .concat('abc,乱码,1,1,\n2210201,住房公积金,31.09,31.09,\n'),
  );
  const errors = errorsOf(dir);
  assert.ok(
    errors.some((e) => e.message.includes('没有这一列')),
    JSON.stringify(errors),
  );
  assert.ok(
    errors.some((e) => e.message.includes('“abc”')),
    JSON.stringify(errors),
  );
  assert.ok(
    errors.some((e) => e.message.includes('重复')),
    JSON.stringify(errors),
  );
});

test('a file that is not UTF-8 is rejected with the encoding named', () => {
  const dir = copyExample();
  writeFileSync(
    join(dir, 'tables', 'T02.csv'),
    Buffer.from([0x63, 0x6f, 0x64, 0x65, 0x0a, 0xba, 0xcf, 0xbc, 0xc6, 0xff]),
  );
  const errors = errorsOf(dir);
  assert.ok(
    errors.some((e) => e.where.includes('T02.csv') && e.message.includes('UTF-8')),
    JSON.stringify(errors),
  );
});

test('a department rolls up the tables of its units that have their own dataset', () => {
  const dir = copyExample();
  const unitA = join(dir, 'units', 'a');
  mkdirSync(unitA, { recursive: true });
  cpSync(join(dir, 'tables'), join(unitA, 'tables'), { recursive: true });
  writeFileSync(
    join(unitA, 'disclosure.yaml'),
    'entity:\n  name: 甲单位\n  kind: unit\n  unitType: 行政单位\n  region: 四川省\n  year: 2022\n  amountUnit: 万元\n',
  );
  editFile(dir, 'disclosure.yaml', (s) =>
    s.replace(
      '    - { name: 剑阁县人民政府办公室, unitType: 行政单位 }',
      '    - { name: 甲单位, unitType: 行政单位, dataset: units/a }',
    ),
  );
  const r = loadDatasetFolder(dir, dir);
  assert.ok(r.ok, JSON.stringify(!r.ok && r.errors));
  if (!r.ok) return;
  const unit = r.dataset.entity.units.find((u) => u.name === '甲单位');
  assert.ok(unit?.dataset);
  const sum = sumUnitTables([unit.dataset, unit.dataset], 'T06');
  assert.equal(sum?.rows.find((x) => x.code === '2010301')?.cells['total'], wan('805.24'));
  assert.equal(
    sum?.rows.find((x) => x.code === '2010301')?.cells['project'],
    null,
    'blank + blank stays blank',
  );
});
