import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { catalogFor, catalogYears } from './index.ts';

describe('catalogYears', () => {
  it('covers 2021 to 2025 in order', () => {
    assert.deepEqual(catalogYears(), [2021, 2022, 2023, 2024, 2025]);
  });
});

describe('catalogFor', () => {
  it('looks up a functional 项 by code and year', () => {
    const entry = catalogFor('functional', 2022).get('2010301');
    assert.equal(entry?.name, '行政运行');
    assert.equal(entry?.level, 'xiang');
    assert.equal(entry?.parent, '20103');
  });

  it('looks up an economic 款 by code and year', () => {
    const entry = catalogFor('economic', 2024).get('30212');
    assert.equal(entry?.name, '因公出国（境）费用');
    assert.equal(entry?.level, 'kuan');
    assert.equal(entry?.parent, '302');
  });

  it('only returns entries valid in the year', () => {
    // 20139 社会工作事务 first appears in the 2024 catalogue.
    assert.equal(catalogFor('functional', 2023).get('20139'), undefined);
    assert.equal(catalogFor('functional', 2024).get('20139')?.name, '社会工作事务');
    assert.equal(catalogFor('functional', 2022).get('9999999'), undefined);
  });

  it('is memoised per kind and covered year', () => {
    assert.equal(catalogFor('functional', 2022), catalogFor('functional', 2022));
    assert.notEqual(catalogFor('functional', 2022), catalogFor('economic', 2022));
  });

  it('uses the nearest covered year outside 2021–2025', () => {
    assert.equal(catalogFor('functional', 2019).year, 2021);
    assert.equal(catalogFor('functional', 2030).year, 2025);
    assert.equal(catalogFor('functional', 2019), catalogFor('functional', 2021));
    assert.equal(catalogFor('economic', 2023).year, 2023);
    assert.equal(catalogFor('economic', 2023).kind, 'economic');
  });

  it('lists children in code order', () => {
    const kids = catalogFor('functional', 2022).children('20103');
    const codes = kids.map((e) => e.code);
    assert.deepEqual(codes, [...codes].sort());
    assert.ok(codes.includes('2010301'));
    assert.ok(codes.includes('2010350'));
    assert.ok(kids.every((e) => e.parent === '20103'));
    assert.deepEqual(
      catalogFor('functional', 2024)
        .children('22102')
        .map((e) => e.code),
      ['2210201', '2210202', '2210203'],
    );
    assert.deepEqual(catalogFor('functional', 2024).children('2210201'), []);
  });

  it('lists the 类 of a year in code order', () => {
    const lei = catalogFor('functional', 2024).lei();
    const codes = lei.map((e) => e.code);
    assert.deepEqual(codes, [...codes].sort());
    assert.ok(lei.every((e) => e.level === 'lei' && e.parent === null));
    assert.deepEqual(
      catalogFor('economic', 2024)
        .lei()
        .filter((e) => e.code.startsWith('3'))
        .map((e) => e.code),
      ['301', '302', '303', '307', '309', '310', '311', '312', '313', '399'],
    );
  });
});

describe('Catalog.checkName', () => {
  const c2022 = catalogFor('functional', 2022);

  it('accepts the catalogue name, after normalisation', () => {
    const result = c2022.checkName('2010301', '行政运行');
    assert.equal(result.status, 'ok');
    assert.equal(result.status === 'ok' && result.entry.code, '2010301');
    assert.equal(c2022.checkName('20103', '政府办公厅(室)及相关\n机构事务').status, 'ok');
    assert.equal(catalogFor('economic', 2022).checkName('30213', '维修(护)费').status, 'ok');
  });

  it('reports a former name of a renamed code as obsolete', () => {
    assert.deepEqual(c2022.checkName('210', '医疗卫生与计划生育支出'), {
      status: 'obsolete-name',
      expected: '卫生健康支出',
      formerName: '医疗卫生与计划生育支出',
    });
    assert.deepEqual(catalogFor('functional', 2025).checkName('20805', '行政事业单位离退休'), {
      status: 'obsolete-name',
      expected: '行政事业单位养老支出',
      formerName: '行政事业单位离退休',
    });
    assert.equal(c2022.checkName('207', '文化体育与传媒支出').status, 'obsolete-name');
  });

  it('reports a different name for a known code as a mismatch', () => {
    assert.deepEqual(catalogFor('functional', 2022).checkName('2210201', '医疗保险'), {
      status: 'mismatch',
      expected: '住房公积金',
    });
    // A former name of another code is still a mismatch for this one.
    assert.equal(c2022.checkName('208', '医疗卫生与计划生育支出').status, 'mismatch');
    // The seed's own slip in 六: 其他交通费 for 30239 其他交通费用.
    assert.deepEqual(catalogFor('economic', 2022).checkName('30239', '其他交通费'), {
      status: 'mismatch',
      expected: '其他交通费用',
    });
  });

  it('reports a code missing from the year as unknown', () => {
    assert.deepEqual(c2022.checkName('2019999', '其他事务'), { status: 'unknown-code' });
    assert.deepEqual(c2022.checkName('20139', '社会工作事务'), { status: 'unknown-code' });
    assert.deepEqual(c2022.checkName('abc', '行政运行'), { status: 'unknown-code' });
  });
});
