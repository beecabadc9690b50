/**
 * Reports Juesuan generates from the example, as text: the clean report has nothing at error level;
 * with one injected defect per check kind, that defect is found and nothing else is an error.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { example } from '../../test/helpers.ts';
import { buildReport } from '../narrative/document.ts';
import { reportText } from './report-text.testing.ts';
import { auditText, byRule, errors } from './testing.ts';

const TEXT = reportText(buildReport(example()));

/** Replaces the first occurrence of `from`, failing when the generated text no longer has it. */
function inject(from: string, to: string): string {
  assert.ok(TEXT.includes(from), `generated report has "${from}"`);
  return TEXT.replace(from, to);
}

test('the generated example report: no error, no warning; rounding gaps and the declared 尾差 are notices', async () => {
  const { findings, facts } = await auditText(TEXT);
  assert.deepEqual(
    findings.map((f) => `${f.severity} ${f.rule}`),
    ['notice a.parts-vs-total', 'notice a.parts-vs-total', 'notice a.share-forced'],
  );
  assert.ok(facts.tableAmounts.length > 50, 'the tables are read');
  const complete = await auditText(TEXT, { complete: true });
  assert.deepEqual(errors(complete.findings), []);
});

test('spaces typed around the figures of the text ("支出 12.34 万元", "与 2021 年度") change nothing', async () => {
  const spaced = TEXT.split('\n')
    .map((l) =>
      l.includes('\t')
        ? l
        : l.replace(/(?<=[\u4e00-\u9fff（：，])(\d+(?:\.\d+)?)(?=万元|元|%|年|批次|人次|辆|个)/g, ' $1 '),
    )
    .join('\n');
  assert.ok(spaced.includes('支出决算为 18.07 万元'), 'figures are spaced');
  const plain = await auditText(TEXT);
  const { findings, facts } = await auditText(spaced);
  const brief = (fs: readonly { severity: string; rule: string }[]) =>
    fs.map((f) => `${f.severity} ${f.rule}`);
  assert.deepEqual(brief(findings), brief(plain.findings));
  const read = (f: typeof facts) => [
    f.amounts.map((a) => `${a.key} ${a.role} ${a.value} ${a.year}`),
    f.changes.map((c) => `${c.key} ${c.amount?.value} ${c.rate?.value} ${c.prior?.value}`),
    f.shares.map((s) => s.value),
    f.completions.map((c) => `${c.value} ${c.actual?.value} ${c.budget?.value}`),
    f.counts.map((c) => `${c.key} ${c.value}`),
  ];
  assert.deepEqual(read(facts), read(plain.facts));
  // Evidence quotes the text as typed, spaces included.
  assert.ok(facts.amounts.some((a) => a.evidence.text.includes(' 万元')));
});

const CASES: readonly {
  name: string;
  from: string;
  to: string;
  rule: string;
  severity: string;
  also?: string[];
}[] = [
  {
    name: 'change amount',
    from: '收、支总计减少279.94万元',
    to: '收、支总计减少279.49万元',
    rule: 'a.change-amount',
    severity: 'error',
  },
  {
    name: 'direction word',
    from: '收、支总计减少279.94万元',
    to: '收、支总计增加279.94万元',
    rule: 'a.direction-word',
    severity: 'error',
  },
  {
    name: 'rate on the wrong base',
    from: '下降16.47%',
    to: '下降19.72%',
    rule: 'a.rate-base',
    severity: 'error',
  },
  { name: 'change rate', from: '下降16.47%', to: '下降16.74%', rule: 'a.change-rate', severity: 'error' },
  {
    name: 'share',
    from: '占96.93%',
    to: '占96.39%',
    rule: 'a.share',
    severity: 'error',
    also: ['a.share-sum'],
  },
  {
    name: 'completion rate',
    from: '预算数为18.07万元，完成预算的100.00%',
    to: '预算数为18.07万元，完成预算的110.00%',
    rule: 'a.completion-rate',
    severity: 'error',
  },
  {
    name: 'parts vs total',
    from: '人员经费530.58万元',
    to: '人员经费530.85万元',
    rule: 'a.parts-vs-total',
    severity: 'error',
    // The same figure stands in T08 and again in the 附件: both now disagree with the text.
    also: ['a.text-vs-table', 'a.indicator-repeat'],
  },
  {
    name: 'text vs table',
    from: '0.00\t0.00\t0.00\t0.00\t18.07\n',
    to: '0.00\t0.00\t0.00\t0.00\t18.70\n',
    rule: 'a.text-vs-table',
    severity: 'error',
  },
  {
    name: 'indicator repeat',
    from: '2022年度本年支出合计651.04万元',
    to: '2022年度本年支出合计651.40万元',
    rule: 'a.indicator-repeat',
    severity: 'error',
    also: ['a.parts-vs-total', 'a.share', 'a.text-vs-table'],
  },
  {
    name: 'template residue',
    from: '主要原因是：认真贯彻',
    to: '主要原因是：XX认真贯彻',
    rule: 'a.template-residue',
    severity: 'error',
  },
  {
    name: 'year label',
    from: '截至2022年12月31日，县政府办',
    to: '截至2021年12月31日，县政府办',
    rule: 'a.year-label',
    severity: 'warning',
  },
  {
    name: 'vehicles held',
    from: '公务用车保有量为0辆',
    to: '公务用车保有量为2辆',
    rule: 'a.vehicle-count',
    severity: 'warning',
  },
  {
    name: 'numbering mixed',
    from: '三、支出决算情况说明',
    to: '3、支出决算情况说明',
    rule: 'a.numbering-mixed',
    severity: 'warning',
  },
  {
    name: 'numbering part',
    from: '第三部分 名词解释',
    to: '第3部分 名词解释',
    rule: 'a.numbering-part',
    severity: 'warning',
  },
  {
    name: '三公 details',
    from: '2022年度国内公务接待126批次，1642人次；',
    to: '',
    rule: 'a.sangong-details',
    severity: 'warning',
  },
  {
    name: 'zero base',
    from: '与2021年度（120.27万元）相比，减少19.81万元，下降16.47%',
    to: '与2021年度（0万元）相比，增加100.46万元，增长100%',
    rule: 'a.zero-base',
    severity: 'error',
  },
];

for (const c of CASES) {
  test(`generated report with an injected defect (${c.name}): ${c.rule} found, nothing else at error level`, async () => {
    const { findings } = await auditText(inject(c.from, c.to));
    assert.ok(byRule(findings, c.rule, c.severity).length > 0, `${c.rule} ${c.severity} expected`);
    const allowed = new Set([c.rule, ...(c.also ?? [])]);
    const others = errors(findings).filter((f) => !allowed.has(f.rule));
    assert.deepEqual(
      others.map((f) => f.rule),
      [],
    );
  });
}
