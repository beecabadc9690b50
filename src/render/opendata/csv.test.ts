import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { example, setRowName } from '../../../test/helpers.ts';
import { synthDataset } from '../../../test/synth.ts';
import { tableDef } from '../../catalog/tables/definitions.ts';
import type { TableId } from '../../catalog/tables/types.ts';
import type { Dataset } from '../../model/types.ts';
import { fen, parseAmount } from '../../money/index.ts';
import { csvField } from './csv.ts';
import { renderOpenData } from './index.ts';
import { parseCsv } from './schemas.test-util.ts';

type Field = { name: string; type: string; constraints?: { required?: boolean; enum?: string[] } };
type Resource = { path: string; schema: { fields: Field[]; primaryKey: string[] } };

const AMOUNT = /^-?\d+\.\d{2}$/;

/** Parses every CSV of a package and checks it against the schema its resource declares. */
function assertCsvsConform(ds: Dataset): void {
  const files = renderOpenData(ds);
  const dp = JSON.parse(files.get('datapackage.json')!) as { resources: Resource[] };
  for (const r of dp.resources) {
    const text = files.get(r.path)!;
    assert.ok(!text.startsWith('\uFEFF'), `${r.path}: no BOM`);
    assert.ok(text.endsWith('\r\n') && !/[^\r]\n/.test(text), `${r.path}: CRLF line ends`);
    const { header, records } = parseCsv(text);
    assert.deepEqual(
      header,
      r.schema.fields.map((f) => f.name),
      `${r.path}: header is the schema's fields`,
    );
    const id = r.path.slice(5, 8) as TableId;
    const rows = ds.tables[id]?.rows ?? [];
    assert.equal(records.length, rows.length, `${r.path}: one record per table row`);
    const keys = new Set<string>();
    for (const [i, rec] of records.entries()) {
      for (const f of r.schema.fields) {
        const v = rec[f.name]!;
        if (f.constraints?.required) assert.notEqual(v, '', `${r.path} row ${i + 1} ${f.name} required`);
        if (v !== '' && f.constraints?.enum) assert.ok(f.constraints.enum.includes(v), `${f.name}=${v}`);
        if (f.type === 'year') assert.match(v, /^\d{4}$/);
        if (f.type === 'number' && v !== '') assert.match(v, AMOUNT, `${r.path} row ${i + 1} ${f.name}`);
      }
      const key = r.schema.primaryKey.map((k) => rec[k]).join('\u0000');
      assert.ok(!keys.has(key), `${r.path}: primary key unique`);
      keys.add(key);
      // The amounts are the dataset's fen exactly; a blank stays blank.
      const row = rows[i]!;
      assert.equal(rec['row_code'], row.code);
      for (const c of tableDef(id).columns) {
        const want = row.cells[c.id] ?? null;
        const got = rec[c.id]!;
        if (want === null) assert.equal(got, '', `${r.path} ${row.code} ${c.id} blank`);
        else {
          const parsed = parseAmount(got, 'yuan');
          assert.ok(
            parsed.ok && parsed.value === want,
            `${r.path} ${row.code} ${c.id}: ${got} ≠ ${want} fen`,
          );
        }
      }
    }
  }
}

describe('data/*.csv', () => {
  it('the example: every CSV parses and conforms to its schema, amounts exact in 元', () => {
    assertCsvsConform(example());
  });

  it('a synthetic department (seed 7) and its 0.01万元-rounded variant conform too', () => {
    assertCsvsConform(synthDataset({ seed: 7 }));
    assertCsvsConform(synthDataset({ seed: 7, rounded: true }));
  });

  it('writes the rows of T03 with codes as strings, levels, names and blank cells empty', () => {
    const files = renderOpenData(example());
    const { records } = parseCsv(files.get('data/T03-expenditure.csv')!);
    const total = records.find((r) => r['row_code'] === 'total')!;
    assert.deepEqual(
      [total['row_name'], total['level'], total['total'], total['toSuperior']],
      ['合计', '', '6510400.00', '0.00'],
    );
    const xiang = records.find((r) => r['row_code'] === '2010301')!;
    assert.deepEqual(
      [
        xiang['year'],
        xiang['entity'],
        xiang['entity_code'],
        xiang['table_id'],
        xiang['row_name'],
        xiang['level'],
      ],
      ['2022', '剑阁县人民政府办公室', '108', 'T03', '行政运行', '项'],
    );
    assert.equal(xiang['total'], '4026200.00');
    assert.equal(xiang['project'], '', 'blank in the source stays blank, not 0.00');
    assert.equal(records.find((r) => r['row_code'] === '201')!['level'], '类');
    const t01 = parseCsv(files.get('data/T01-income-expenditure-summary.csv')!).records;
    assert.deepEqual(
      t01.filter((r) => r['level'] !== '').map((r) => r['row_code']),
      ['201', '208', '210', '221'],
    );
    assert.equal(t01.find((r) => r['row_code'] === 'income.total')!['row_name'], '本年收入合计');
    assert.equal(files.get('data/T10-government-fund.csv')!.split('\r\n').length, 2, 'header only');
  });

  it('quotes commas, quotes and line breaks per RFC 4180, and csv-parse reads them back', () => {
    assert.equal(csvField('行政运行'), '行政运行');
    assert.equal(csvField('a,b'), '"a,b"');
    assert.equal(csvField('say "hi"'), '"say ""hi"""');
    const tricky = '行政运行, "其他"\r\n第二行';
    const ds = setRowName(example(), 'T03', '2010301', tricky);
    const { records } = parseCsv(renderOpenData(ds).get('data/T03-expenditure.csv')!);
    assert.equal(records.find((r) => r['row_code'] === '2010301')!['row_name'], tricky);
  });

  it('writes negative amounts and large amounts exactly', () => {
    const base = example();
    const t06 = base.tables.T06!;
    const rows = t06.rows.map((r) =>
      r.code === '2010301'
        ? { ...r, cells: { ...r.cells, project: fen(-1), basic: fen(Number.MAX_SAFE_INTEGER) } }
        : r,
    );
    const ds = { ...base, tables: { ...base.tables, T06: { rows } } };
    const { records } = parseCsv(renderOpenData(ds).get('data/T06-general-budget-expenditure.csv')!);
    const rec = records.find((r) => r['row_code'] === '2010301')!;
    assert.equal(rec['project'], '-0.01');
    assert.equal(rec['basic'], '90071992547409.91');
  });
});
