import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as money from './index.ts';

test('the barrel exports exactly the public API', () => {
  assert.deepEqual(Object.keys(money).sort(), [
    'FEN_PER_WAN',
    'FEN_PER_YUAN',
    'WAN_CENT_FEN',
    'ZERO',
    'absFen',
    'addFen',
    'changeBetween',
    'completionRate',
    'fen',
    'formatPercent',
    'formatWan',
    'formatYuan',
    'isBlankCell',
    'mulFenInt',
    'negFen',
    'parseAmount',
    'parsePercent',
    'percentOf',
    'roundFenTo',
    'roundToWanCent',
    'roundingEnvelope',
    'sharesIndependent',
    'sharesLargestRemainder',
    'subFen',
    'sumFen',
    'sumFenOrNull',
    'withinEnvelope',
  ]);
});

test('unit constants', () => {
  assert.equal(money.FEN_PER_YUAN, 100);
  assert.equal(money.FEN_PER_WAN, 1_000_000);
  assert.equal(money.WAN_CENT_FEN, 10_000);
  assert.equal(money.ZERO, 0);
});
