import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { example, patch } from '../../../test/helpers.ts';
import { synthDataset } from '../../../test/synth.ts';
import { TABLE_IDS } from '../../catalog/tables/types.ts';
import { asciiSlug, innermostDivision, packageName, resourceName, resourcePath } from './slug.ts';

/** The Data Package `name` pattern (schema/vendor/data-package.json). */
const NAME = /^([-a-z0-9._/])+$/;

describe('open-data names', () => {
  it('finds the innermost division of a region', () => {
    const cases: [string, string][] = [
      ['四川省广元市剑阁县', '剑阁'],
      ['广东省广州市', '广州'],
      ['北京市', '北京'],
      ['重庆市渝中区', '渝中'],
      ['四川省乐山市市中区', '市中'],
      ['河北省保定市易县', '易'],
      ['新疆维吾尔自治区乌鲁木齐市', '乌鲁木齐'],
      ['内蒙古自治区呼伦贝尔市鄂温克族自治旗', '鄂温克族'],
    ];
    for (const [region, want] of cases) assert.equal(innermostDivision(region), want, region);
  });

  it('transliterates to lower-case ASCII', () => {
    assert.equal(asciiSlug('剑阁'), 'jiange');
    assert.equal(asciiSlug('吕梁'), 'lvliang');
    assert.equal(asciiSlug('县政府办', { initials: true }), 'xzfb');
    assert.equal(asciiSlug(' A-1 剑阁 '), 'a-1-jiange');
  });

  it('names the package from region, entity code, year and kind', () => {
    const ds = example();
    assert.equal(packageName(ds), 'jiange-108-2022-bumen-juesuan');
    const { code: _code, ...noCode } = ds.entity;
    assert.equal(packageName(patch(ds, { entity: noCode })), 'jiange-xzfb-2022-bumen-juesuan');
    assert.equal(
      packageName(patch(ds, { entity: { ...ds.entity, kind: 'unit', year: 2023 } })),
      'jiange-108-2023-danwei-juesuan',
    );
    assert.equal(packageName(synthDataset({ seed: 7 })), 'mou-hcbm7-2022-bumen-juesuan');
    for (const name of [packageName(ds), packageName(synthDataset({ seed: 3 }))]) assert.match(name, NAME);
  });

  it('gives every table a distinct resource name and path', () => {
    const names = TABLE_IDS.map(resourceName);
    const paths = TABLE_IDS.map(resourcePath);
    assert.equal(new Set(names).size, TABLE_IDS.length);
    assert.equal(new Set(paths).size, TABLE_IDS.length);
    for (const n of names) assert.match(n, NAME);
    assert.equal(resourcePath('T03'), 'data/T03-expenditure.csv');
    assert.equal(resourceName('T03'), 't03-expenditure');
  });
});
