/**
 * Each check on a small page: the consistent page gives nothing, the page with one injected defect
 * gives that finding (and nothing else at error level). Pages are audited from real files.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { auditFindingsJson } from '../format.ts';
import { auditText, byRule, errors } from '../testing.ts';

const HEAD = '示例县示例局2022年度部门决算\n';

async function rulesOf(body: string, complete = false): Promise<string[]> {
  const { findings } = await auditText(HEAD + body, { complete });
  return findings.map((f) => `${f.severity} ${f.rule}`);
}

test('a.rate-base: a rate divided by the current year instead of the prior year', async () => {
  const ok = '2022年机关运行经费支出100.46万元，比2021年减少19.81万元，下降16.47%。\n';
  assert.deepEqual(await rulesOf(ok), []);
  const { findings } = await auditText(HEAD + ok.replace('16.47%', '19.72%'));
  assert.deepEqual(
    findings.map((f) => [f.rule, f.severity, f.expectedText, f.actualText]),
    [['a.rate-base', 'error', '16.47%', '19.72%']],
  );
  // The evidence quotes the stated rate with its amount.
  assert.match(findings[0]!.evidence.map((e) => e.text).join(' | '), /减少19\.81万元，下降19\.72%/);
});

test('a.change-rate: a rate the rounding cannot explain is an error; one it can is a notice', async () => {
  assert.deepEqual(await rulesOf('2022年机关运行经费支出100.46万元，比2021年减少19.81万元，下降16.74%。\n'), [
    'error a.change-rate',
  ]);
  // 0.03 / 0.10 = 30%, but 0.025 / 0.105 … 0.035 / 0.095 allows 23.8% … 36.8%.
  assert.deepEqual(await rulesOf('2022年机关运行经费支出0.13万元，比2021年增加0.03万元，增长33.33%。\n'), [
    'notice a.change-rate',
  ]);
});

test('a.change-amount and a.direction-word against a stated prior year', async () => {
  const page = (change: string) =>
    `2022年机关运行经费支出18.07万元，2021年机关运行经费支出10.50万元，${change}，增长72.10%。\n`;
  assert.deepEqual(await rulesOf(page('增加7.57万元')), []);
  assert.deepEqual(await rulesOf(page('增加7.75万元')), ['error a.change-amount']);
  assert.deepEqual(await rulesOf(page('增加7.58万元')), ['notice a.change-amount']);
  assert.deepEqual(
    await rulesOf('2022年机关运行经费支出18.07万元，2021年机关运行经费支出20.00万元，增加1.93万元。\n'),
    ['error a.direction-word'],
  );
  assert.deepEqual(await rulesOf('2022年机关运行经费支出18.07万元，较上年增加7.57万元，下降72.10%。\n'), [
    'error a.direction-word',
  ]);
  assert.deepEqual(await rulesOf('“三公”经费预算12.50万元，决算10.86万元，决算数与预算数持平。\n'), [
    'error a.direction-word',
  ]);
});

test('a.indicator-repeat: 年初预算 and 调整预算 are different figures, not a contradiction', async () => {
  const page = '“三公”经费年初预算为12.50万元，调整预算为13.00万元，支出决算为12.80万元。\n';
  assert.deepEqual(await rulesOf(page), []);
  assert.deepEqual(await rulesOf(`${page}附件：“三公”经费支出决算为12.08万元。\n`), [
    'error a.indicator-repeat',
  ]);
});

test('a.zero-base: 增长100% from a prior year of 0', async () => {
  assert.deepEqual(await rulesOf('2022年培训费支出0.30万元，比2021年增加0.30万元，增长100%。\n'), [
    'error a.zero-base',
  ]);
});

test('a.share: wrong shares are errors; a share the rounding of small amounts can explain is a warning, a notice when the list adds up to 100%', async () => {
  const page = (a: string, b: string) =>
    `2022年本年支出合计651.04万元，其中：基本支出631.04万元，占${a}%；项目支出20万元，占${b}%。\n`;
  assert.deepEqual(await rulesOf(page('96.93', '3.07')), []);
  assert.deepEqual(await rulesOf(page('96.39', '3.61')), ['error a.share', 'error a.share']);
  assert.deepEqual(await rulesOf(page('96.93', '3.70')), ['error a.share', 'error a.share-sum']);
  assert.deepEqual(
    await rulesOf(
      '2022年本年支出合计0.15万元，其中：基本支出0.10万元，占66.67%；项目支出0.05万元，占34.00%。\n',
    ),
    ['warning a.share'],
  );
  // Shares computed from the exact amounts (3.1349 and 7.4051 of 10.54): off the printed figures' own
  // rounding, inside their envelope, adding up to 100%.
  assert.deepEqual(
    await rulesOf(
      '2022年本年支出合计10.54万元，其中：基本支出3.13万元，占29.74%；项目支出7.41万元，占70.26%。\n',
    ),
    ['notice a.share', 'notice a.share'],
  );
  // 3.13 + 7.42 printed for a total of 10.54: the shares of the printed parts' sum (10.55) are right.
  assert.deepEqual(
    await rulesOf(
      '2022年本年支出合计10.54万元，其中：基本支出3.13万元，占29.67%；项目支出7.42万元，占70.33%。\n',
    ),
    ['notice a.parts-vs-total'],
  );
});

test('a.share-forced is a notice when the text declares the adjustment', async () => {
  const list =
    '2022年一般公共预算财政拨款支出651.04万元，主要用于以下方面:一般公共服务支出557.78万元，占85.68%；社会保障和就业支出41.45万元，占6.37%；卫生健康支出20.72万元，占3.18%；住房保障支出31.09万元，占4.77%。';
  assert.deepEqual(await rulesOf(`${list}\n`), ['warning a.share-forced']);
  assert.deepEqual(await rulesOf(`${list}（比重尾差已调整，合计为100%。）\n`), ['notice a.share-forced']);
});

test('a.parts-vs-total: beyond the envelope an error; 项 lines short of their 类 a warning', async () => {
  assert.deepEqual(
    await rulesOf(
      '2022年一般公共预算财政拨款基本支出100.00万元，其中：\n人员经费80.00万元，主要包括工资。\n公用经费30.00万元。\n',
    ),
    ['error a.parts-vs-total'],
  );
  const { findings } = await auditText(
    `${HEAD}2022年一般公共预算财政拨款支出60.00万元，主要用于以下方面:卫生健康支出60.00万元，占100%。\n1.卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）:支出决算为15.24万元。\n`,
  );
  assert.deepEqual(
    findings.map((f) => `${f.severity} ${f.rule}`),
    ['warning a.parts-vs-total'],
  );
  assert.equal(auditFindingsJson(findings).findings[0]!.difference, '-44.76');
});

test('a.completion-rate: 预算执行率 that is not 决算 ÷ 预算', async () => {
  const page = (rate: string) =>
    `人员类项目全年预算数530.28万元，预算执行数500.00万元，预算执行率${rate}。\n`;
  assert.deepEqual(await rulesOf(page('94.29%')), []);
  const { findings } = await auditText(HEAD + page('100%'));
  assert.deepEqual(
    findings.map((f) => [f.rule, f.expectedText, f.actualText]),
    [['a.completion-rate', '94%', '100%']],
  );
});

test('a.vehicle-count: total vs categories, and 保有量 above the vehicles held', async () => {
  assert.deepEqual(
    await rulesOf('截至2022年12月31日，共有车辆5辆，其中：机要通信用车1辆，应急保障用车2辆。\n'),
    ['error a.vehicle-count'],
  );
  assert.deepEqual(
    await rulesOf(
      '公务用车保有量6辆。\n截至2022年12月31日，共有车辆5辆，其中：机要通信用车2辆，应急保障用车3辆。\n',
    ),
    ['warning a.vehicle-count'],
  );
});

test('a.text-vs-table: a gap within the rounding of 万元 against a 元 table is a notice', async () => {
  const table = (v: string) =>
    `2022年公务接待费支出决算为4.56万元，国内公务接待10批次，50人次。\n财政拨款“三公”经费支出决算表\n单位：元\n项目\t决算数\n公务接待费\t${v}\n`;
  assert.deepEqual(await rulesOf(table('45,600.00')), []);
  assert.deepEqual(await rulesOf(table('45,649.00')), ['notice a.text-vs-table']);
  assert.deepEqual(await rulesOf(table('45,651.00')), ['error a.text-vs-table']);
});

test('a.empty-table-statement: an empty table needs its statement', async () => {
  const table =
    '政府性基金预算财政拨款收入支出决算表\n单位：万元\n项目\t本年收入\t本年支出\n合计\t0.00\t0.00\n';
  assert.deepEqual(await rulesOf(table), ['warning a.empty-table-statement']);
  assert.deepEqual(
    await rulesOf(`${table}注：本单位无政府性基金预算财政拨款收入和支出，故本表无数据。\n`),
    [],
  );
});

test('a.year-label: comparisons with a year other than the prior one; 截至 another year end', async () => {
  assert.deepEqual(
    await rulesOf('与2020年相比，收、支总计减少279.94万元。\n截至2021年12月31日，共有车辆0辆。\n'),
    ['error a.year-label', 'warning a.year-label'],
  );
});

test('completeness only with --complete: a fragment is not a report with missing parts', async () => {
  const fragment = '二、收入决算情况说明\n2022年本年收入合计651.04万元。\n';
  assert.deepEqual(await rulesOf(fragment), []);
  const { findings } = await auditText(HEAD + fragment, { complete: true });
  const parts = byRule(findings, 'a.missing-part').map((f) => f.params['title']);
  assert.ok(parts.includes('名词解释') && parts.includes('附表'));
  assert.equal(byRule(findings, 'a.missing-table').length, 13);
  assert.ok(errors(findings).every((f) => f.rule === 'a.missing-part' || f.rule === 'a.missing-table'));
});

test('numbering on a fragment: a list seen from its start is checked; one cut by the fragment is not', async () => {
  assert.deepEqual(await rulesOf('三、支出决算情况说明\n五、一般公共预算财政拨款支出决算情况说明\n'), []);
  assert.deepEqual(await rulesOf('一、收入决算情况说明\n(一)总体情况\n(三)结构情况\n二、支出\n'), [
    'warning a.numbering-sequence',
  ]);
  assert.deepEqual(await rulesOf('一、收入决算情况说明\n二、支出\n二、支出决算情况说明\n'), [
    'warning a.numbering-sequence',
  ]);
});

test('a.text-vs-table compares a statement with the table it is about: 本年收入合计 of 公开01表, not of 公开04表', async () => {
  const page = (t01: string) =>
    `二、收入决算情况说明\n2022年度本年收入合计10.00万元。\n公开01表 收入支出决算总表\n单位：万元\n项目\t决算数\n本年收入合计\t${t01}\n公开04表 财政拨款收入支出决算总表\n单位：万元\n项目\t决算数\n本年收入合计\t9.00\n`;
  assert.deepEqual(await rulesOf(page('10.00')), []);
  const { findings } = await auditText(HEAD + page('10.50'));
  assert.deepEqual(
    findings.map((f) => `${f.severity} ${f.rule}`),
    ['error a.text-vs-table'],
  );
  assert.match(findings[0]!.evidence.map((e) => e.text).join(' | '), /公开01表.*10\.50/);
});
