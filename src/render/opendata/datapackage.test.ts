import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { example, patch } from '../../../test/helpers.ts';
import { synthDataset } from '../../../test/synth.ts';
import { tableDef } from '../../catalog/tables/definitions.ts';
import type { TableId } from '../../catalog/tables/types.ts';
import type { Dataset } from '../../model/types.ts';
import { renderOpenData } from './index.ts';
import { compile, errorsOf, patchedFdp, patchedTdp, vendored } from './schemas.test-util.ts';

type Resource = {
  name: string;
  path: string;
  title: string;
  bytes: number;
  hash: string;
  schema: { fields: { name: string; type: string }[]; primaryKey: string[] };
};
type Descriptor = {
  profile: string;
  name: string;
  title: string;
  resources: Resource[];
  model: {
    measures: Record<string, { source: string; resource: string; currency: string; factor: number }>;
    dimensions: Record<string, { attributes: Record<string, { source: string; resource: string }> }>;
  };
  [k: string]: unknown;
};

function descriptorOf(files: Map<string, string>): Descriptor {
  return JSON.parse(files.get('datapackage.json')!) as Descriptor;
}

/** Every check against the vendored profiles, for one rendered package. */
function assertValidPackage(files: Map<string, string>): void {
  const dp = descriptorOf(files);
  const dataPackage = compile(vendored('data-package'));
  assert.ok(dataPackage(dp), errorsOf(dataPackage).join('\n'));

  // As shipped, the FDP profile rejects `profile: fiscal-data-package` through its inlined TDP part,
  // and for nothing else.
  const fdpAsShipped = compile(vendored('fiscal-data-package'));
  assert.equal(fdpAsShipped(dp), false);
  assert.deepEqual(
    (fdpAsShipped.errors ?? []).map((e) => `${e.instancePath} ${e.schemaPath}`),
    ['/profile #/allOf/0/properties/profile/enum'],
  );
  const fdp = compile(patchedFdp());
  assert.ok(fdp(dp), errorsOf(fdp).join('\n'));
  const tdp = compile(patchedTdp());
  assert.ok(tdp(dp), errorsOf(tdp).join('\n'));
  // Declared as a plain Tabular Data Package, the same descriptor passes the profiles unchanged.
  assert.ok(compile(vendored('fiscal-data-package'))({ ...dp, profile: 'tabular-data-package' }));

  const resourceProfile = compile(vendored('tabular-data-resource'));
  const tableSchema = compile(vendored('table-schema'));
  for (const r of dp.resources) {
    assert.ok(resourceProfile(r), `${r.name}: ${errorsOf(resourceProfile).join('\n')}`);
    assert.ok(tableSchema(r.schema), `${r.name}: ${errorsOf(tableSchema).join('\n')}`);
  }
}

describe('datapackage.json', () => {
  it('validates the example against the vendored Data Package, FDP and Table Schema profiles', () => {
    assertValidPackage(renderOpenData(example(), { errors: 0, warnings: 2, notices: 1 }));
  });

  it('validates a synthetic department (seed 7), plain and rounded to 0.01万元', () => {
    assertValidPackage(renderOpenData(synthDataset({ seed: 7 })));
    assertValidPackage(renderOpenData(synthDataset({ seed: 7, rounded: true })));
  });

  it('names, titles and dates the package', () => {
    const dp = descriptorOf(renderOpenData(example()));
    assert.equal(dp.profile, 'fiscal-data-package');
    assert.equal(dp.name, 'jiange-108-2022-bumen-juesuan');
    assert.equal(dp.title, '剑阁县人民政府办公室2022年度部门决算');
    assert.equal(dp['countryCode'], 'CN');
    assert.deepEqual(dp['fiscalPeriod'], { start: '2022-01-01', end: '2022-12-31' });
    assert.equal(dp['created'], undefined, 'no clock in the core: created only when given');
    assert.equal(dp['findings'], undefined);
    assert.ok((dp['licenses'] as unknown[]).length > 0);
    assert.ok((dp['sources'] as unknown[]).length > 0);
  });

  it('takes created from the caller, and the date-time format is checked', () => {
    const fdp = compile(patchedFdp());
    const good = descriptorOf(renderOpenData(example(), undefined, { created: '2023-09-28T10:00:00+08:00' }));
    assert.equal(good['created'], '2023-09-28T10:00:00+08:00');
    assert.ok(fdp(good), errorsOf(fdp).join('\n'));
    const bad = descriptorOf(renderOpenData(example(), undefined, { created: '2023年9月28日' }));
    assert.equal(fdp(bad), false);
  });

  it('marks a dataset with error findings as a draft', () => {
    const dp = descriptorOf(renderOpenData(example(), { errors: 2, warnings: 0, notices: 0 }));
    assert.ok(dp.title.startsWith('【草稿 未通过校验】'));
    assert.equal(dp['draft'], true);
    assert.deepEqual(dp['findings'], { errors: 2, warnings: 0, notices: 0 });
  });

  it('has one resource per table of the profile, in profile order, whose bytes and hash are the file', () => {
    for (const ds of [
      example(),
      patch(example(), { entity: { ...example().entity, profile: 'central-9' } }),
    ]) {
      const files = renderOpenData(ds);
      const dp = descriptorOf(files);
      const expected: Record<string, TableId[]> = {
        'sichuan-13': [
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
        ],
        'central-9': ['T01', 'T02', 'T03', 'T04', 'T06', 'T08', 'T13', 'T10', 'T12'],
      };
      const ids = expected[ds.entity.profile]!;
      assert.deepEqual(
        dp.resources.map((r) => r.path.slice('data/'.length, 'data/'.length + 3)),
        ids,
      );
      for (const r of dp.resources) {
        assert.match(r.path, /^data\/T\d\d-[a-z0-9-]+\.csv$/);
        const csv = files.get(r.path);
        assert.ok(csv !== undefined, `${r.path} is among the files`);
        assert.equal(r.bytes, Buffer.byteLength(csv, 'utf8'));
        assert.equal(r.hash, `sha256:${createHash('sha256').update(csv).digest('hex')}`);
      }
      const csvFiles = [...files.keys()].filter((p) => p.startsWith('data/'));
      assert.equal(csvFiles.length, ids.length);
    }
    const central = descriptorOf(
      renderOpenData(patch(example(), { entity: { ...example().entity, profile: 'central-9' } })),
    );
    assert.equal(central.resources[6]!.title, '表7 一般公共预算财政拨款“三公”经费支出决算表');
  });

  it('models every amount column as a CNY measure and every key column as a dimension attribute', () => {
    const ds: Dataset = example();
    const dp = descriptorOf(renderOpenData(ds));
    const fieldsOf = new Map(dp.resources.map((r) => [r.name, new Set(r.schema.fields.map((f) => f.name))]));
    const measures = Object.values(dp.model.measures);
    for (const r of dp.resources) {
      const id = r.path.slice(5, 8) as TableId;
      const amountFields = r.schema.fields.filter((f) => f.type === 'number').map((f) => f.name);
      assert.deepEqual(
        amountFields,
        tableDef(id).columns.map((c) => c.id),
      );
      const ofResource = measures.filter((m) => m.resource === r.name);
      assert.deepEqual(
        ofResource.map((m) => m.source),
        amountFields,
      );
      for (const m of ofResource) assert.deepEqual([m.currency, m.factor], ['CNY', 1]);
    }
    for (const d of Object.values(dp.model.dimensions)) {
      for (const a of Object.values(d.attributes)) {
        assert.ok(fieldsOf.get(a.resource)?.has(a.source), `${a.resource}.${a.source} exists`);
      }
    }
    const t03 = dp.model.dimensions['t03_classification'] as unknown as Record<string, unknown>;
    assert.equal(t03['classificationType'], 'functional');
    assert.equal(
      (dp.model.dimensions['t07_classification'] as unknown as Record<string, unknown>)['classificationType'],
      'economic',
    );
    assert.equal(
      (dp.model.measures['t13_budget_total'] as unknown as Record<string, unknown>)['phase'],
      'approved',
    );
    assert.equal(
      (dp.model.measures['t13_actual_total'] as unknown as Record<string, unknown>)['phase'],
      'executed',
    );
  });

  it('fails validation when the FDP model is broken (the profiles are really applied)', () => {
    const fdp = compile(patchedFdp());
    const dp = descriptorOf(renderOpenData(example()));
    const noCurrency = structuredClone(dp);
    delete (noCurrency.model.measures['t03_total'] as Partial<{ currency: string }>).currency;
    assert.equal(fdp(noCurrency), false);
    const noModel = { ...dp, model: undefined };
    assert.equal(fdp(noModel), false);
    const badName = { ...dp, name: '剑阁-2022' };
    assert.equal(fdp(badName), false);
    const tableSchema = compile(vendored('table-schema'));
    const badField = structuredClone(dp.resources[0]!.schema);
    badField.fields[7]!.type = 'money';
    assert.equal(tableSchema(badField), false);
  });
});
