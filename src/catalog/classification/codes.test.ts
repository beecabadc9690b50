import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { levelOfCode, parentCode } from './codes.ts';

describe('levelOfCode', () => {
  it('reads functional 类/款/项 from 3/5/7 digits', () => {
    assert.equal(levelOfCode('201', 'functional'), 'lei');
    assert.equal(levelOfCode('20103', 'functional'), 'kuan');
    assert.equal(levelOfCode('2010301', 'functional'), 'xiang');
  });

  it('reads economic 类/款 from 3/5 digits and has no 项', () => {
    assert.equal(levelOfCode('301', 'economic'), 'lei');
    assert.equal(levelOfCode('30101', 'economic'), 'kuan');
    assert.equal(levelOfCode('3010101', 'economic'), null);
  });

  it('rejects other lengths and non-digits', () => {
    for (const code of ['', '2', '20', '2010', '201030', '20103011', '20a03', ' 201', '201 ', '２０１']) {
      assert.equal(levelOfCode(code, 'functional'), null, code);
    }
  });
});

describe('parentCode', () => {
  it('drops the last two digits of 款 and 项 codes', () => {
    assert.equal(parentCode('2010301'), '20103');
    assert.equal(parentCode('20103'), '201');
    assert.equal(parentCode('30101'), '301');
  });

  it('gives null for 类 and malformed codes', () => {
    assert.equal(parentCode('201'), null);
    assert.equal(parentCode('2010'), null);
    assert.equal(parentCode('20x03'), null);
    assert.equal(parentCode(''), null);
  });
});
