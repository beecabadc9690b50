import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normaliseName } from './normalise.ts';

describe('normaliseName', () => {
  it('turns half-width brackets into full-width ones', () => {
    assert.equal(normaliseName('维修(护)费'), '维修（护）费');
    assert.equal(normaliseName('政府办公厅(室)及相关机构事务'), '政府办公厅（室）及相关机构事务');
  });

  it('keeps full-width brackets (NFKC would fold them to half-width)', () => {
    assert.equal(normaliseName('因公出国（境）费用'), '因公出国（境）费用');
  });

  it('removes spaces, ideographic spaces, line breaks and zero-width characters', () => {
    assert.equal(normaliseName(' 机关事业单位基本养老\n保险缴费支出 '), '机关事业单位基本养老保险缴费支出');
    assert.equal(normaliseName('行政\u3000运行\r\n'), '行政运行');
    assert.equal(normaliseName('住房\u200B公积金\uFEFF'), '住房公积金');
  });

  it('folds compatibility characters from PDF text (Kangxi radicals, full-width digits)', () => {
    assert.equal(normaliseName('\u2F8F政运\u2F8F'), '行政运行');
    assert.equal(normaliseName('ＡＢ１２'), 'AB12');
  });

  it('is idempotent', () => {
    for (const name of ['维修(护)费', ' 行 政 运 行 ', '因公出国（境）费用']) {
      assert.equal(normaliseName(normaliseName(name)), normaliseName(name));
    }
  });
});
