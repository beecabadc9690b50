import assert from 'node:assert/strict';
import { test } from 'node:test';
import { auditFile } from './audit.ts';
import { auditFindingsJson } from './format.ts';
import { byRule, quoted, SEED } from './testing.ts';

const { findings } = await auditFile(SEED);

test('the seed: 人员经费 530.58 vs 人员类项目 530.28 is an error quoting both', () => {
  const [f, ...more] = byRule(findings, 'a.indicator-repeat');
  assert.equal(more.length, 0);
  assert.equal(f?.severity, 'error');
  assert.match(quoted(f!), /人员经费530\.58万元/);
  assert.match(quoted(f!), /人员类项目全年预算数530\.28万元，预算执行数530\.28万元/);
  const json = auditFindingsJson([f!]).findings[0]!;
  assert.equal(json.expected, '530.58');
  assert.equal(json.actual, '530.28');
  assert.equal(json.difference, '-0.30');
  assert.equal(json.unit, '万元');
});

test('the seed: the share list forced to 100% (4.77% for 31.09/651.04 = 4.78%) is a warning', () => {
  const [f, ...more] = byRule(findings, 'a.share-forced');
  assert.equal(more.length, 0);
  assert.equal(f?.severity, 'warning');
  assert.equal(f?.expectedText, '4.78%');
  assert.equal(f?.actualText, '4.77%');
  assert.match(quoted(f!), /住房保障支出31\.09万元，占4\.77%/);
  assert.equal(byRule(findings, 'a.share').length, 0, 'the forced share is not also reported as wrong');
});

test('the seed: 完成预算0% for items without a budget (出国, 车辆)', () => {
  const list = byRule(findings, 'a.completion-no-budget');
  assert.equal(list.length, 2);
  assert.ok(list.every((f) => f.severity === 'warning'));
  assert.match(quoted(list[0]!), /因公出国（境）经费支出0万元，完成预算0%.*未安排国公出国\(境\)经费预算/);
  assert.match(
    quoted(list[1]!),
    /公务用车购置及运行维护费支出0万元,完成预算0%.*未安排公务用车购置及运行维护费预算/,
  );
});

test('the seed: numbering defects (1、 9、 10、 among 一、…; 第3部分; （2） and （4）)', () => {
  const mixed = byRule(findings, 'a.numbering-mixed', 'warning').map((f) => String(f.params['text']));
  assert.deepEqual(mixed.sort(), ['(2)', '(4)', '10、', '1、', '9、'].sort());
  const part = byRule(findings, 'a.numbering-part');
  assert.deepEqual(
    part.map((f) => f.params['text']),
    ['第3部分'],
  );
  // Two more, real: "（三）相关建议" after "（一）存在的问题", and "2.加大…" with no "1.".
  const seq = byRule(findings, 'a.numbering-sequence').map((f) => quoted(f));
  assert.equal(seq.length, 2);
  assert.ok(seq.some((q) => q.startsWith('(三)相关建议')));
  assert.ok(seq.some((q) => q.startsWith('2.加大绩效评价')));
});

test('the seed: 402.62 + 135.15 + 20 vs 557.78 and 15.24 + 5.49 vs 20.72 are notices, never errors', () => {
  const sums = byRule(findings, 'a.parts-vs-total');
  assert.equal(sums.length, 2);
  assert.ok(sums.every((f) => f.severity === 'notice' && f.rounding !== undefined));
  const json = auditFindingsJson(sums).findings;
  assert.deepEqual(
    json.map((j) => [j.expected, j.actual, j.difference]),
    [
      ['557.78', '557.77', '-0.01'],
      ['20.72', '20.73', '0.01'],
    ],
  );
  assert.match(json[0]!.message, /误差范围±0\.015万元以内，不是错误/);
});

test('the seed: the complete list of findings (each judged a real defect; no false alarm)', () => {
  const got = findings.map(
    (f) => `${f.severity} ${f.rule} ${String(f.params['text'] ?? f.params['item'] ?? '')}`,
  );
  assert.deepEqual(got, [
    'error a.indicator-repeat 人员经费',
    'warning a.share-forced 住房保障支出',
    'warning a.completion-no-budget 因公出国（境）费',
    'warning a.completion-no-budget 公务用车购置及运行维护费',
    'warning a.numbering-part 第3部分',
    'warning a.numbering-mixed (2)',
    'warning a.numbering-mixed 1、',
    'warning a.numbering-mixed 9、',
    'warning a.numbering-mixed 10、',
    'warning a.numbering-mixed (4)',
    'warning a.numbering-sequence 2.',
    'warning a.numbering-sequence (三)',
    'notice a.parts-vs-total ',
    'notice a.parts-vs-total ',
    'notice a.numbering-mixed 5、',
  ]);
});

test('the seed as a whole report (--complete): every part, section and table title is there', async () => {
  const whole = await auditFile(SEED, { complete: true });
  assert.equal(byRule(whole.findings, 'a.missing-part').length, 0);
  assert.equal(byRule(whole.findings, 'a.missing-table').length, 0);
});

test('evidence quotes the original text, without the Word bookmarks', () => {
  for (const f of findings) {
    assert.ok(f.evidence.length > 0, `${f.rule} has evidence`);
    for (const e of f.evidence) assert.doesNotMatch(e.text, /bookmark|_Toc/);
  }
});
