import assert from 'node:assert/strict';
import { test } from 'node:test';
import { example, patch, setCell, setTable, wan } from '../../../test/helpers.ts';
import type { Dataset } from '../../model/types.ts';
import type { Block } from '../../report/types.ts';
import { isTodo, runsText } from '../phrase/index.ts';
import { buildExplanation } from './index.ts';

const base = example();

/** Paragraph text of a section (by anchor, up to the next heading of the same or a higher level). */
function textIn(ds: Dataset, id: string): string {
  const bs = buildExplanation(ds);
  const start = bs.findIndex((b) => b.kind === 'heading' && b.id === id);
  assert.ok(start >= 0, `no section ${id}`);
  const level = (bs[start] as Extract<Block, { kind: 'heading' }>).level;
  const end = bs.findIndex((b, i) => i > start && b.kind === 'heading' && b.level <= level);
  return bs
    .slice(start + 1, end < 0 ? undefined : end)
    .flatMap((b) => (b.kind === 'paragraph' ? [runsText(b.runs)] : []))
    .join('\n');
}
const todosOf = (ds: Dataset) =>
  buildExplanation(ds).flatMap((b) =>
    b.kind === 'paragraph' ? b.runs.filter(isTodo).map((r) => r.text) : [],
  );
const withPrior = (p: Partial<Dataset['priorYear']>) =>
  patch(base, { priorYear: { ...base.priorYear, ...p } });
const withReasons = (changes: Dataset['reasons']['changes'], budgetVariance: Record<string, string> = {}) =>
  patch(base, { reasons: { changes, budgetVariance } });

test('持平: equal figures say 与2021年度持平 and need no reason', () => {
  const t = textIn(withPrior({ grandTotal: wan('651.04') }), 'sec-2-1');
  assert.equal(t, '2022年度收、支总计均为651.04万元，与2021年度持平。');
});

test('increase: 增加 / 增长 from the sign', () => {
  const t = textIn(withPrior({ grandTotal: wan('600') }), 'sec-2-1');
  assert.match(t, /与2021年度（600\.00万元）相比，收、支总计增加51\.04万元，增长8\.51%。主要原因是：/);
});

test('prior year blank: a visible marker, no made-up change, and the bar chart has this year only', () => {
  const ds = withPrior({ grandTotal: null });
  assert.match(textIn(ds, 'sec-2-1'), /与2021年度相比：【待补充：2021年度收、支总计数】。$/);
  const fig = buildExplanation(ds).find((b) => b.kind === 'figure' && b.id === 'fig-1');
  assert.ok(fig?.kind === 'figure' && fig.chart === 'bar');
  assert.deepEqual(fig.categories, ['2022年']);
});

test('reason missing: a 【待补充：…原因】 marker where a change needs explaining', () => {
  const ds = withReasons({});
  assert.match(textIn(ds, 'sec-2-1'), /下降30\.07%。【待补充：收、支总计增减变动原因】$/);
  assert.ok(todosOf(ds).includes('【待补充：机关运行经费增减变动原因】'));
  assert.ok(todosOf(ds).includes('【待补充：“三公”经费增减变动原因】'));
  assert.ok(todosOf(ds).includes('【待补充：公务接待费增减变动原因】'));
});

test('zero base: a new item is 本年新增, never 增长100%', () => {
  const prior = { ...base.priorYear.sangong, total: wan('0'), reception: wan('0') };
  const t = textIn(withPrior({ sangong: prior }), 'sec-2-7');
  assert.match(t, /2021年度无此项支出，本年新增18\.07万元。主要原因是：/);
  assert.doesNotMatch(t, /增长100/);
});

test('T01 sides that differ are both stated, each with its change', () => {
  const ds = setCell(base, 'T01', 'expenditure.grandTotal', 'amount', wan('650.00'));
  const t = textIn(ds, 'sec-2-1');
  assert.match(
    t,
    /^2022年度收入总计651\.04万元，与2021年度（930\.98万元）相比，收入总计减少279\.94万元，下降30\.07%；/,
  );
  assert.match(
    t,
    /支出总计650\.00万元，与2021年度（930\.98万元）相比，支出总计减少280\.98万元，下降30\.18%。主要原因是：/,
  );
});

test('具体情况: no budget says 未安排预算 without a completion rate; a variance needs its reason', () => {
  const items = { ...base.budget.generalBudgetItems, '2011308': wan('0'), '2010301': wan('400') };
  const ds = patch(base, { budget: { generalBudgetTotal: wan('631.04'), generalBudgetItems: items } });
  const t = textIn(ds, 'sec-2-5-3');
  assert.match(t, /完成预算的103\.17%，决算数大于预算数。具体情况如下：/);
  assert.match(
    t,
    /行政运行（项）：预算数为400\.00万元，支出决算为402\.62万元，完成预算的100\.66%，决算数大于预算数。【待补充：.*行政运行（项）决算数与预算数差异原因】/,
  );
  assert.match(t, /招商引资（项）：未安排预算，支出决算为20\.00万元。【待补充：/);
  assert.doesNotMatch(t, /招商引资（项）：[^\n]*完成/);
  const reasoned = patch(ds, {
    reasons: { changes: base.reasons.changes, budgetVariance: { '2011308': '年中追加招商引资工作经费。' } },
  });
  assert.match(
    textIn(reasoned, 'sec-2-5-3'),
    /招商引资（项）：未安排预算，支出决算为20\.00万元。主要原因是：年中追加招商引资工作经费。/,
  );
});

test('具体情况: no overall budget → 未安排预算 and no completion rate', () => {
  const ds = patch(base, { budget: { generalBudgetTotal: wan('0'), generalBudgetItems: {} } });
  const t = textIn(ds, 'sec-2-5-3');
  assert.match(t, /^2022年度一般公共预算财政拨款支出未安排预算，支出决算为651\.04万元。具体情况如下：/);
  assert.doesNotMatch(t, /完成/);
  // Item budgets that are not given are blanks to fill in, not zeros.
  assert.match(t, /行政运行（项）：预算数为【待补充：预算数】，支出决算为402\.62万元。/);
});

test('三公 all zero: one sentence, no subsections and no 图7', () => {
  let ds = base;
  for (const block of ['actual', 'budget']) {
    for (const col of ['total', 'abroad', 'vehicle', 'vehiclePurchase', 'vehicleOperation', 'reception']) {
      ds = setCell(ds, 'T13', 'amount', `${block}.${col}`, wan('0'));
    }
  }
  ds = patch(ds, {
    priorYear: {
      ...ds.priorYear,
      sangong: { ...ds.priorYear.sangong, total: wan('0'), reception: wan('0') },
    },
  });
  const bs = buildExplanation(ds);
  assert.equal(textIn(ds, 'sec-2-7'), '县政府办2022年度无财政拨款“三公”经费支出。');
  assert.ok(!bs.some((b) => b.kind === 'heading' && b.id.startsWith('sec-2-7-')));
  assert.ok(!bs.some((b) => b.kind === 'figure' && b.id === 'fig-7'));
  // Down to zero from a non-zero prior year: the fall, stated from 0.00万元, with its reason.
  const fell = patch(ds, {
    priorYear: { ...ds.priorYear, sangong: { ...ds.priorYear.sangong, total: wan('10.5') } },
  });
  assert.equal(
    textIn(fell, 'sec-2-7'),
    '县政府办2022年度无财政拨款“三公”经费支出，支出决算为0.00万元，与2021年度（10.50万元）相比，减少10.50万元，下降100.00%。' +
      '主要原因是：2022年是疫情关键的一年，上级疫情检查较多，但没有超预算支出。',
  );
});

test('三公 budget blank: a marker, not a silence', () => {
  const t = textIn(setCell(base, 'T13', 'amount', 'budget.total', null), 'sec-2-7-1');
  assert.match(t, /预算数为【待补充：预算数】。$/);
});

test('三公 item with budget but no spending: 无…支出 and a reason, never 完成预算0%', () => {
  let ds = setCell(base, 'T13', 'amount', 'budget.abroad', wan('5'));
  ds = setCell(ds, 'T13', 'amount', 'budget.total', wan('23.07'));
  const t = textIn(ds, 'sec-2-7');
  assert.match(
    t,
    /1\.因公出国（境）费：2022年度预算数为5\.00万元，无因公出国（境）费支出，与2021年度持平。【待补充：因公出国（境）费决算数与预算数差异原因】/,
  );
  assert.match(
    t,
    /预算数为23\.07万元，完成预算的78\.33%，决算数小于预算数。【待补充：“三公”经费决算数与预算数差异原因】/,
  );
  assert.doesNotMatch(t, /完成预算的?0/);
});

test('公务用车: 购置费 with 购置数, 运行费 with 保有量', () => {
  let ds = setCell(base, 'T13', 'amount', 'actual.vehicle', wan('30'));
  ds = setCell(ds, 'T13', 'amount', 'actual.vehiclePurchase', wan('25'));
  ds = setCell(ds, 'T13', 'amount', 'actual.vehicleOperation', wan('5'));
  ds = patch(ds, { sangong: { ...ds.sangong, vehicles: { purchased: 1, held: null } } });
  const t = textIn(ds, 'sec-2-7-2');
  assert.match(
    t,
    /其中：公务用车购置费25\.00万元，购置公务用车1辆；公务用车运行费5\.00万元。截至2022年12月31日，公务用车保有量为【待补充：公务用车保有量】辆。/,
  );
});

test('fund tables: empty → one sentence; with data → total, change and every 项', () => {
  assert.equal(
    textIn(setTable(base, 'T10', undefined), 'sec-2-8'),
    '县政府办2022年度无政府性基金预算财政拨款支出。',
  );
  const t10 = {
    rows: [
      { code: 'total', name: '合计', cells: { income: wan('12'), expenditure: wan('12') } },
      { code: '212', name: '城乡社区支出', cells: { expenditure: wan('12') } },
      { code: '2120803', name: '城市建设支出', cells: { expenditure: wan('12') } },
    ],
  };
  const ds = patch(setTable(base, 'T10', t10), {
    priorYear: { ...base.priorYear, governmentFundExpenditure: wan('0') },
  });
  const t = textIn(ds, 'sec-2-8');
  assert.match(
    t,
    /^2022年度政府性基金预算财政拨款支出12\.00万元，2021年度无此项支出，本年新增12\.00万元。【待补充：政府性基金预算财政拨款支出增减变动原因】/,
  );
  assert.match(t, /具体为：城乡社区支出（类）.*（款）城市建设支出（项）12\.00万元。/);
});

test('政府采购: amounts by kind and the shares granted to SMEs', () => {
  const ds = patch(base, {
    procurement: {
      total: wan('40'),
      goods: wan('10'),
      works: wan('0'),
      services: wan('30'),
      sme: wan('30'),
      smallMicro: null,
    },
  });
  const t = textIn(ds, 'sec-2-10-2');
  assert.equal(
    t,
    '2022年度，县政府办政府采购支出总额40.00万元，其中：政府采购货物支出10.00万元、政府采购工程支出0.00万元、政府采购服务支出30.00万元。' +
      '授予中小企业合同金额30.00万元，占政府采购支出总额的75.00%，其中：授予小微企业合同金额【待补充：授予小微企业合同金额】。',
  );
});

test('机关运行经费: not applicable to a non-参公 事业单位; 单位 wording and 本单位 without a short name', () => {
  const ds = patch(base, {
    entity: { ...base.entity, kind: 'unit', shortName: '', unitType: '事业单位' },
    operatingExpenses: null,
  });
  const t = textIn(ds, 'sec-2-10-1');
  assert.match(t, /本单位为事业单位，不涉及机关运行经费支出。$/);
  assert.doesNotMatch(t, /待补充/);
  assert.equal(textIn(ds, 'sec-2-8'), '本单位2022年度无政府性基金预算财政拨款支出。');
  const none = patch(base, {
    operatingExpenses: wan('0'),
    priorYear: { ...base.priorYear, operatingExpenses: wan('0') },
  });
  assert.equal(textIn(none, 'sec-2-10-1'), '2022年度，县政府办无机关运行经费支出，与2021年度持平。');
});

test('基本支出: a reported 0 is not listed, a blank is', () => {
  const ds = setCell(base, 'T08', '30103', 'amount', wan('0'));
  const t = textIn(ds, 'sec-2-6');
  assert.doesNotMatch(t, /奖金/);
  assert.match(t, /津贴补贴、绩效工资/);
});

test('assets: vehicles by category and equipment counts', () => {
  const ds = patch(base, {
    assets: {
      asOf: '2022-12-31',
      vehicleTotal: 3,
      vehicles: [
        { category: '应急保障用车', count: 1 },
        { category: '其他用车', count: 2 },
      ],
      generalEquipment50: 0,
      specialEquipment100: 1,
    },
  });
  assert.equal(
    textIn(ds, 'sec-2-10-3'),
    '截至2022年12月31日，县政府办共有车辆3辆，其中：应急保障用车1辆、其他用车2辆；单价50万元以上通用设备0台（套），单价100万元以上专用设备1台（套）。',
  );
});

test('支出决算: a T03 column blank in every row is not stated; a blank 合计 over reported rows is a marker', () => {
  let ds = base;
  for (const code of ['total', '201', '2010301']) ds = setCell(ds, 'T03', code, 'toSuperior', null);
  const t = textIn(ds, 'sec-2-3');
  assert.doesNotMatch(t, /上缴上级支出/);
  assert.match(t, /项目支出20\.00万元，占3\.07%；经营支出0\.00万元/);
  const marker = setCell(
    setCell(ds, 'T03', '2010301', 'toSuperior', wan('1')),
    'T03',
    'total',
    'toSuperior',
    null,
  );
  assert.match(textIn(marker, 'sec-2-3'), /上缴上级支出【待补充：上缴上级支出数】/);
});
