import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { example, patch, ROOT } from '../../../test/helpers.ts';
import { synthDataset } from '../../../test/synth.ts';
import { tableDef } from '../../catalog/tables/definitions.ts';
import type { TableId } from '../../catalog/tables/types.ts';
import { parseDisclosure } from '../../model/parse.ts';
import type { Dataset, TableData } from '../../model/types.ts';
import { renderOpenData } from './index.ts';

const AMOUNT = /^-?\d+\.\d{2}$/;

/** Reads `path` of the rendered files back through the project's own validated parser (and its units'). */
function reparse(files: Map<string, string>, path = 'dataset.json'): Dataset {
  const raw = JSON.parse(files.get(path)!) as { entity: { units?: { dataset?: string }[] } };
  const dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : '';
  const unitDatasets: Record<string, Dataset> = {};
  for (const u of raw.entity.units ?? []) {
    if (u.dataset !== undefined) unitDatasets[u.dataset] = reparse(files, dir + u.dataset);
  }
  const r = parseDisclosure(raw, { file: path, csvTables: {}, unitDatasets });
  assert.ok(r.ok, `${path}: ${JSON.stringify(!r.ok && r.errors)}`);
  return r.dataset;
}

/** The dataset without what dataset.json does not carry: row provenance and the unit of entry. */
function normalised(ds: Dataset): Dataset {
  const tables: Partial<Record<TableId, TableData>> = {};
  for (const [id, t] of Object.entries(ds.tables) as [TableId, TableData][]) {
    const def = tableDef(id);
    tables[id] = {
      rows: t.rows.map((r) => ({
        code: r.code,
        // The loader names an unnamed fixed row by its label.
        name: r.name.trim() || def.fixedRows?.find((f) => f.key === r.code)?.label || '',
        cells: r.cells,
      })),
    };
  }
  return {
    ...ds,
    entity: {
      ...ds.entity,
      amountUnit: 'yuan',
      units: ds.entity.units.map((u) => (u.dataset ? { ...u, dataset: normalised(u.dataset) } : u)),
    },
    tables,
  };
}

function assertRoundTrip(ds: Dataset): Map<string, string> {
  const files = renderOpenData(ds);
  const back = reparse(files);
  assert.equal(back.entity.amountUnit, 'yuan');
  assert.deepStrictEqual(normalised(back), normalised(ds));
  return files;
}

describe('dataset.json', () => {
  it('is the example in the disclosure.yaml shape, valid against schema/disclosure.schema.json', () => {
    const files = renderOpenData(example());
    const doc = JSON.parse(files.get('dataset.json')!) as Record<string, unknown>;
    const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'disclosure.schema.json'), 'utf8'));
    const validate = new Ajv2020({ strict: false, allErrors: true }).compile(schema);
    assert.ok(validate(doc), JSON.stringify(validate.errors));
    assert.equal((doc['entity'] as { amountUnit: string }).amountUnit, '元');
  });

  it('writes amounts as decimal strings in 元 with two decimals, blanks as null', () => {
    const doc = JSON.parse(renderOpenData(example()).get('dataset.json')!);
    assert.equal(doc.priorYear.grandTotal, '9309800.00');
    assert.equal(doc.priorYear.sangong.reception, '105000.00');
    const t06 = doc.tables.T06 as { code: string; cells: Record<string, string | null> }[];
    assert.deepEqual(t06.find((r) => r.code === '2010301')!.cells, {
      total: '4026200.00',
      basic: '4026200.00',
      project: null,
    });
    for (const rows of Object.values(doc.tables) as { cells: Record<string, unknown> }[][]) {
      for (const r of rows) {
        for (const v of Object.values(r.cells))
          assert.ok(v === null || (typeof v === 'string' && AMOUNT.test(v)));
      }
    }
  });

  it('round-trips the example to the same fen amounts (and everything else)', () => {
    assertRoundTrip(example());
  });

  it('round-trips a synthetic department (seed 7), plain and rounded', () => {
    assertRoundTrip(synthDataset({ seed: 7 }));
    assertRoundTrip(synthDataset({ seed: 7, rounded: true }));
  });

  it('writes units that have their own dataset to units/, named from the department file', () => {
    const a = synthDataset({ seed: 8, name: '甲单位' });
    const b = synthDataset({ seed: 9, name: '乙单位' });
    const unit = (ds: Dataset) => ({ ...ds, entity: { ...ds.entity, kind: 'unit' as const } });
    const dept = patch(synthDataset({ seed: 7 }), {
      entity: {
        ...synthDataset({ seed: 7 }).entity,
        units: [
          { name: '甲单位', unitType: '行政单位', dataset: unit(a) },
          { name: '乙单位', code: '108002', unitType: '事业单位', dataset: unit(b) },
          { name: '丙单位', unitType: '事业单位' },
        ],
      },
    });
    const files = assertRoundTrip(dept);
    const unitFiles = [...files.keys()].filter((p) => p.startsWith('units/')).sort();
    assert.deepEqual(unitFiles, [
      'units/01-mou-jdw-2022-danwei-juesuan.json',
      'units/02-mou-ydw-2022-danwei-juesuan.json',
    ]);
    const doc = JSON.parse(files.get('dataset.json')!);
    assert.equal(doc.entity.units[0].dataset, unitFiles[0]);
    assert.equal(doc.entity.units[2].dataset, undefined);
  });
});
