/**
 * Hand-written fragments in the styles of other provinces: a standalone 三公 page with a 预算/决算
 * table, a 元-denominated page, a traditional-character page (mirror site) and a page whose text came
 * through a font that maps hanzi to Kangxi radicals. Each is audited from a real file.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { auditFindingsJson } from './format.ts';
import { auditText, byRule, errors, quoted } from './testing.ts';

const SANGONG_PAGE = (
  receptionInTable: string,
) => `示例区司法局2023年度一般公共预算财政拨款“三公”经费支出决算情况说明

2023年度一般公共预算财政拨款“三公”经费支出年初预算为12.50万元，支出决算为10.86万元，完成年初预算的86.88%。其中：因公出国（境）费支出决算为0万元，全年未安排因公出国（境）团组；公务用车购置及运行维护费支出决算为6.30万元，其中：公务用车购置费0万元，公务用车运行维护费6.30万元，年末公务用车保有量为3辆；公务接待费支出决算为4.56万元，国内公务接待45批次，320人次。
2023年度“三公”经费支出决算比2022年减少1.14万元，下降9.50%。主要原因是厉行节约。

一般公共预算财政拨款“三公”经费支出决算表
单位：万元
项目	预算数	决算数
合计	12.50	10.86
因公出国（境）费	0.00	0.00
公务用车购置及运行维护费	7.00	6.30
  其中：公务用车购置费	0.00	0.00
        公务用车运行维护费	7.00	6.30
公务接待费	5.50	${receptionInTable}
`;

test('三公 page with a 预算/决算 table: consistent, nothing to report', async () => {
  const { findings, facts } = await auditText(SANGONG_PAGE('4.56'));
  assert.deepEqual(findings, []);
  assert.ok(facts.tableAmounts.some((a) => a.key === 'sangong.total' && a.role === 'budget'));
  assert.ok(facts.completions.some((c) => c.budget && c.actual && c.value === 8688));
});

test('三公 page: the table says 4.65 where the text says 4.56 — text vs table, and nothing else', async () => {
  const { findings } = await auditText(SANGONG_PAGE('4.65'));
  assert.deepEqual(
    findings.map((f) => f.rule),
    ['a.text-vs-table'],
  );
  const f = findings[0]!;
  assert.equal(f.severity, 'error');
  assert.match(quoted(f), /公务接待费支出决算为4\.56万元/);
  assert.match(quoted(f), /公务接待费，决算数 4\.65/);
});

const YUAN_PAGE = (project: string, rate: string) => `二、收入决算情况说明
2023年度本年收入合计3,456,789.12元，其中：一般公共预算财政拨款收入3,000,000.00元，占86.79%；其他收入456,789.12元，占13.21%。
三、支出决算情况说明
2023年度本年支出合计3,400,000.00元，其中：基本支出2,900,000.00元，占85.29%；项目支出${project}元，占14.71%。
十、其他重要事项的情况说明
（一）机关运行经费支出情况
2023年度机关运行经费支出123,456.00元，比2022年增加23,456.00元，增长${rate}%。
`;

test('a 元-denominated page: amounts in 元 are exact, so a 0.01元 gap is an error', async () => {
  assert.deepEqual((await auditText(YUAN_PAGE('500,000.00', '23.46'))).findings, []);
  const { findings } = await auditText(YUAN_PAGE('500,000.01', '20.00'));
  assert.deepEqual(
    findings.map((f) => `${f.severity} ${f.rule}`),
    ['error a.parts-vs-total', 'error a.change-rate'],
  );
  const json = auditFindingsJson(findings).findings;
  assert.equal(json[0]!.unit, '元');
  assert.equal(json[0]!.difference, '0.01');
  assert.match(json[0]!.message, /本年支出合计为3400000\.00元/);
  assert.equal(json[1]!.expected, '23.46%');
});

const TRADITIONAL_PAGE = (direction: string) => `二、收入決算情況說明
2022年本年收入合計651.04萬元，其中：一般公共預算財政撥款收入651.04萬元，佔100%；政府性基金預算財政撥款收入0萬元，佔0%。
三、支出決算情況說明
2022年本年支出合計651.04萬元，其中：基本支出631.04萬元，佔96.93%；項目支出20萬元，佔3.07%。與2021年相比，本年支出合計減少279.94萬元，下降30.07%。
十、其他重要事項的情況說明
（一）機關運行經費支出情況
2022年，機關運行經費支出100.46萬元，比2021年${direction}19.81萬元，下降16.47%。
`;

test('a traditional-character page (mirror site) reads like the simplified one', async () => {
  const ok = await auditText(TRADITIONAL_PAGE('減少'));
  assert.deepEqual(ok.findings, []);
  const keys = ok.facts.amounts.map((a) => a.key);
  for (const k of ['income.total', 'income.gpb', 'exp.basic', 'exp.project', 'opcost'])
    assert.ok(keys.includes(k), k);
  assert.equal(ok.facts.shareLists.length, 2);
  const { findings } = await auditText(TRADITIONAL_PAGE('增加'));
  assert.deepEqual(
    findings.map((f) => f.rule),
    ['a.direction-word'],
  );
  // Evidence quotes the page as published, in traditional characters.
  assert.match(quoted(findings[0]!), /機關運行經費支出100\.46萬元/);
});

const KANGXI_PAGE = (rate: string) =>
  '⼀般公共预算财政拨款⽀出决算情况说明\n' +
  `2022年⼀般公共预算财政拨款⽀出651.04万元，与2021年相⽐，减少279.94万元，下降${rate}%。\n` +
  '公务⽤⻋购置及运⾏维护费⽀出决算5.00万元。\n';

test('a page with Kangxi radicals (⼀般公共预算, ⽤⻋) is read as ideographs', async () => {
  const ok = await auditText(KANGXI_PAGE('30.07'));
  const keys = ok.facts.amounts.map((a) => a.key);
  assert.deepEqual(keys, ['gpb.exp', 'sangong.vehicle']);
  // 车 came from U+2EC5 (CJK Radicals Supplement), which NFKC leaves alone.
  assert.deepEqual(
    ok.findings.map((f) => `${f.severity} ${f.rule}`),
    ['warning a.sangong-details'],
  );
  const bad = await auditText(KANGXI_PAGE('30.70'));
  assert.deepEqual(
    errors(bad.findings).map((f) => [f.rule, f.expectedText, f.actualText]),
    [['a.change-rate', '30.07%', '30.70%']],
  );
});

test('a Shanghai-style page: zero base, template residue and a wrong year', async () => {
  const page = `上海市示例区某局2023年度部门决算
三、财政拨款“三公”经费支出决算情况说明
2023年度公务接待费支出决算为0.30万元，比2022年度增加0.30万元，增长100%。
2023年度机关运行经费支出XX万元，比2022年度增加（减少）2.55万元。
七、其他重要事项的情况说明
本表反映2022年度部门决算的国有资产情况。
`;
  const { findings } = await auditText(page);
  assert.deepEqual(
    findings.map((f) => `${f.severity} ${f.rule}`),
    [
      'error a.zero-base',
      'error a.template-residue',
      'error a.template-residue',
      'error a.year-label',
      // 接待费 0.30万元 with no 批次 or 人次: also a real gap of this page.
      'warning a.sangong-details',
    ],
  );
  assert.match(quoted(byRule(findings, 'a.zero-base')[0]!), /增长100%|增加0\.30万元/);
});
