import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { catalogFor, fullPathName } from './index.ts';

describe('fullPathName', () => {
  const functional = catalogFor('functional', 2022);

  it('prints 类（类）款（款）项（项） for a functional 项', () => {
    assert.equal(
      fullPathName('2010301', functional),
      '一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）',
    );
    assert.equal(
      fullPathName('2080505', functional),
      '社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）',
    );
  });

  it('prints shorter paths for 款 and 类', () => {
    assert.equal(fullPathName('22102', functional), '住房保障支出（类）住房改革支出（款）');
    assert.equal(fullPathName('210', functional), '卫生健康支出（类）');
  });

  it('prints economic paths', () => {
    assert.equal(fullPathName('30101', catalogFor('economic', 2024)), '工资福利支出（类）基本工资（款）');
  });

  it('falls back to the code when it is not in the catalogue', () => {
    assert.equal(fullPathName('2019999', functional), '2019999');
    assert.equal(fullPathName('20139', functional), '20139');
    assert.equal(fullPathName('', functional), '');
  });
});
