import assert from 'node:assert/strict';
import { test } from 'node:test';
import { wan } from '../../../test/helpers.ts';
import { fen, type Hundredths } from '../../money/index.ts';
import type { Run } from '../../report/types.ts';
import {
  amount,
  budgetSentence,
  changeClause,
  changeSentence,
  cleanReason,
  compact,
  completionText,
  directionWord,
  isTodo,
  percentText,
  reasonRuns,
  runsText,
  SHARE_ADJUSTMENT_NOTE,
  shareList,
  shareNote,
  sharesOf,
  text,
  todo,
} from './index.ts';

const ref = { table: 'T01' as const, row: 'income.grandTotal', column: 'amount' };
const todos = (runs: readonly Run[]) => runs.filter(isTodo).map((r) => r.text);
const change = (current: string, prior: string | null, subject = '收、支总计') =>
  changeClause({
    current: wan(current),
    prior: prior === null ? null : wan(prior),
    priorYear: 2021,
    label: subject,
    subject,
  });

test('amount: two decimals and 万元; a cell figure carries its reference and exact value', () => {
  assert.deepEqual(amount(wan('20'), ref), { text: '20.00万元', ref, fen: wan('20') });
  assert.deepEqual(amount(wan('0')), { text: '0.00万元' });
  // An exact amount prints rounded; the run keeps the exact value.
  const exact = fen(6_510_449); // 6.510449万元
  assert.equal(amount(exact, ref).text, '6.51万元');
  assert.equal(percentText(3007 as Hundredths), '30.07%');
});

test('change: decrease states the prior figure, 减少 and 下降 from the printed figures', () => {
  const c = change('651.04', '930.98');
  assert.equal(runsText(c.runs), '与2021年度（930.98万元）相比，收、支总计减少279.94万元，下降30.07%');
  assert.equal(c.kind, 'decrease');
  assert.equal(c.needsReason, true);
});

test('change: increase says 增加 and 增长', () => {
  const c = change('18.07', '10.50', '');
  assert.equal(runsText(c.runs), '与2021年度（10.50万元）相比，增加7.57万元，增长72.10%');
});

test('change: equal printed figures are 持平 and need no reason', () => {
  const c = change('651.04', '651.04');
  assert.equal(runsText(c.runs), '与2021年度持平');
  assert.equal(c.needsReason, false);
  // Exact figures that print the same are 持平 too (the report's own figures are compared).
  const exact = changeClause({ current: fen(6_510_449), prior: fen(6_510_351), priorYear: 2021, label: 'x' });
  assert.equal(exact.kind, 'flat');
});

test('change: amounts and rate come from the rounded figures', () => {
  // 1.004万元 → 1.00, 0.995万元 → 1.00 (half away from zero): printed equal, so 持平, not +0.01.
  const c = changeClause({ current: fen(1_004_000), prior: fen(995_000), priorYear: 2021, label: 'x' });
  assert.equal(c.kind, 'flat');
  // 2.006 → 2.01 vs 1.004 → 1.00: +1.01, 101.00%.
  const d = changeClause({ current: fen(2_006_000), prior: fen(1_004_000), priorYear: 2021, label: 'x' });
  assert.equal(runsText(d.runs), '与2021年度（1.00万元）相比，增加1.01万元，增长101.00%');
});

test('change: a zero base is a new item, never "增长100%"', () => {
  const c = change('18.07', '0', '');
  assert.equal(runsText(c.runs), '2021年度无此项支出，本年新增18.07万元');
  assert.equal(c.kind, 'zeroBase');
  assert.equal(c.needsReason, true);
  assert.doesNotMatch(runsText(c.runs), /增长/);
  // Both zero: 持平.
  assert.equal(change('0', '0').kind, 'flat');
  // A fall to zero is a 100% decrease.
  assert.equal(runsText(change('0', '5', '').runs), '与2021年度（5.00万元）相比，减少5.00万元，下降100.00%');
});

test('change: a blank prior figure is a visible marker, not a zero', () => {
  const c = change('651.04', null);
  assert.equal(c.kind, 'missing');
  assert.deepEqual(todos(c.runs), ['【待补充：2021年度收、支总计数】']);
  assert.doesNotMatch(runsText(c.runs), /增加|减少|新增/);
});

test('reason: "主要原因是：…。" without a doubled 。 or lead; missing → marker', () => {
  assert.equal(runsText(reasonRuns('项目经费减少。', 'x')), '主要原因是：项目经费减少。');
  assert.equal(runsText(reasonRuns('主要原因是：厉行节约。。', 'x')), '主要原因是：厉行节约。');
  assert.equal(cleanReason('  主要变动原因是项目减少；'), '项目减少');
  const missing = reasonRuns('  。 ', '收、支总计增减变动');
  assert.deepEqual(todos(missing), ['【待补充：收、支总计增减变动原因】']);
  assert.deepEqual(todos(reasonRuns(undefined, 'x')), ['【待补充：x原因】']);
});

test('changeSentence: adds the reason only when the change is not 持平', () => {
  const s = changeSentence(
    { current: wan('651.04'), prior: wan('930.98'), priorYear: 2021, label: 'x' },
    undefined,
    '收、支总计增减变动',
  );
  assert.match(runsText(s), /下降30\.07%。【待补充：收、支总计增减变动原因】$/);
  const flat = changeSentence(
    { current: wan('1'), prior: wan('1'), priorYear: 2021, label: 'x' },
    undefined,
    'x',
  );
  assert.equal(runsText(flat), '与2021年度持平。');
});

test('shares: largest remainder over the printed parts sums to 100.00%, and the adjustment is declared', () => {
  const parts = ['557.78', '41.45', '20.72', '31.09'].map(wan);
  const r = sharesOf(parts);
  // Independent rounding gives 85.68 + 6.37 + 3.18 + 4.78 = 100.01; largest remainder takes 0.01 from 85.68.
  assert.deepEqual(r?.shares, [8567, 637, 318, 478]);
  assert.equal(r?.adjusted, true);
  const list = shareList(parts.map((value, i) => ({ label: `项${i}`, value })));
  assert.equal(
    runsText(list.runs),
    '项0557.78万元，占85.67%；项141.45万元，占6.37%；项220.72万元，占3.18%；项331.09万元，占4.78%',
  );
  assert.deepEqual(shareNote(list), [text(SHARE_ADJUSTMENT_NOTE)]);
  // 631.04 / 20: independent rounding already sums to 100%: no note.
  const plain = shareList([
    { label: 'a', value: wan('631.04') },
    { label: 'b', value: wan('20') },
  ]);
  assert.deepEqual(plain.shares, [9693, 307]);
  assert.deepEqual(shareNote(plain), []);
});

test('shares: zero parts get 0.00%; blank parts a marker and no share; an all-zero list states no shares', () => {
  const list = shareList([
    { label: 'a', value: wan('651.04') },
    { label: 'b', value: wan('0') },
    { label: 'c', value: null },
  ]);
  assert.equal(runsText(list.runs), 'a651.04万元，占100.00%；b0.00万元，占0.00%；c【待补充：c数】');
  assert.deepEqual(list.shares, [10000, 0, null]);
  const zero = shareList([
    { label: 'a', value: wan('0') },
    { label: 'b', value: wan('0') },
  ]);
  assert.equal(runsText(zero.runs), 'a0.00万元；b0.00万元');
  // Shares are computed on printed figures: 0.004万元 prints as 0.00 and takes no share.
  const tiny = shareList([
    { label: 'a', value: fen(40) },
    { label: 'b', value: wan('1') },
  ]);
  assert.deepEqual(tiny.shares, [0, 10000]);
});

test('budget: 等于 / 大于 / 小于 with completion, reason only when they differ', () => {
  assert.equal(directionWord(wan('402.62'), wan('402.62')), '等于');
  assert.equal(directionWord(wan('402.63'), wan('402.62')), '大于');
  assert.equal(directionWord(wan('2'), wan('3')), '小于');
  const eq = budgetSentence(
    { actual: wan('402.62'), budget: wan('402.62'), style: 'annual', statesActual: true },
    undefined,
    'x',
  );
  assert.equal(
    runsText(eq),
    '预算数为402.62万元，支出决算为402.62万元，完成预算的100.00%，决算数等于预算数。',
  );
  const over = budgetSentence(
    { actual: wan('20'), budget: wan('16'), style: 'plain', statesActual: false },
    '追加招商活动经费。',
    'x',
  );
  assert.equal(
    runsText(over),
    '预算数为16.00万元，完成预算的125.00%，决算数大于预算数。主要原因是：追加招商活动经费。',
  );
  const under = budgetSentence(
    { actual: wan('2'), budget: wan('3'), style: 'annual', statesActual: true },
    undefined,
    '行政运行决算数与预算数差异',
  );
  assert.deepEqual(todos(under), ['【待补充：行政运行决算数与预算数差异原因】']);
});

test('budget: no budget → 未安排预算, never a completion rate; nothing spent → no 完成预算0%', () => {
  const none = budgetSentence(
    { actual: wan('20'), budget: wan('0'), style: 'annual', statesActual: true },
    undefined,
    'x',
  );
  assert.equal(runsText(none), '未安排预算，支出决算为20.00万元。【待补充：x原因】');
  assert.equal(completionText(wan('20'), wan('0'), 'annual'), null);
  assert.equal(completionText(wan('20'), null, 'annual'), null);
  const unspent = budgetSentence(
    { actual: wan('0'), budget: wan('5'), style: 'plain', statesActual: false },
    'r',
    'x',
  );
  assert.equal(runsText(unspent), '预算数为5.00万元，决算数小于预算数。主要原因是：r。');
  assert.doesNotMatch(runsText(unspent), /完成/);
  const blank = budgetSentence(
    { actual: wan('3'), budget: null, style: 'annual', statesActual: true },
    undefined,
    'x',
  );
  assert.deepEqual(todos(blank), ['【待补充：预算数】']);
});

test('compact merges plain runs and keeps figures and markers', () => {
  const runs = compact([
    text('a'),
    text(''),
    text('b'),
    amount(wan('1'), ref),
    todo('x'),
    text('c'),
    text('d'),
  ]);
  assert.deepEqual(
    runs.map((r) => r.text),
    ['ab', '1.00万元', '【待补充：x】', 'cd'],
  );
});
