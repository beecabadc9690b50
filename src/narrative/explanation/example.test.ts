import assert from 'node:assert/strict';
import { test } from 'node:test';
import { example, patch } from '../../../test/helpers.ts';
import type { Block, Figure, Paragraph, Run } from '../../report/types.ts';
import { isTodo, runsText, SHARE_ADJUSTMENT_NOTE } from '../phrase/index.ts';
import { buildExplanation } from './index.ts';

const blocks = buildExplanation(example());
const paragraphs = blocks.filter((b): b is Paragraph => b.kind === 'paragraph');
const all = paragraphs.map((p) => runsText(p.runs)).join('\n');

/** The blocks of the section with the given anchor, up to the next level-1 heading. */
function section(bs: readonly Block[], id: string): Block[] {
  const start = bs.findIndex((b) => b.kind === 'heading' && b.id === id);
  assert.ok(start >= 0, `no section ${id}`);
  const end = bs.findIndex((b, i) => i > start && b.kind === 'heading' && b.level === 1);
  return bs.slice(start + 1, end < 0 ? undefined : end);
}
const textOf = (bs: readonly Block[]) =>
  bs.flatMap((b) => (b.kind === 'paragraph' ? [runsText(b.runs)] : [])).join('\n');

test('headings: 一、… 十、 with ids sec-2-N, （一） subsections under 五, 七 and 十', () => {
  const h1 = blocks.flatMap((b) =>
    b.kind === 'heading' && b.level === 1 ? [`${b.id} ${b.number}${b.text}`] : [],
  );
  assert.deepEqual(h1, [
    'sec-2-1 一、收入支出决算总体情况说明',
    'sec-2-2 二、收入决算情况说明',
    'sec-2-3 三、支出决算情况说明',
    'sec-2-4 四、财政拨款收入支出决算总体情况说明',
    'sec-2-5 五、一般公共预算财政拨款支出决算情况说明',
    'sec-2-6 六、一般公共预算财政拨款基本支出决算情况说明',
    'sec-2-7 七、财政拨款“三公”经费支出决算情况说明',
    'sec-2-8 八、政府性基金预算支出决算情况说明',
    'sec-2-9 九、国有资本经营预算支出决算情况说明',
    'sec-2-10 十、其他重要事项的情况说明',
  ]);
  const h2 = blocks.flatMap((b) => (b.kind === 'heading' && b.level === 2 ? [`${b.id} ${b.number}`] : []));
  assert.deepEqual(h2, [
    'sec-2-5-1 （一）',
    'sec-2-5-2 （二）',
    'sec-2-5-3 （三）',
    'sec-2-7-1 （一）',
    'sec-2-7-2 （二）',
    'sec-2-10-1 （一）',
    'sec-2-10-2 （二）',
    'sec-2-10-3 （三）',
    'sec-2-10-4 （四）',
  ]);
  const ids = blocks.flatMap((b) => (b.kind === 'heading' || b.kind === 'figure' ? [b.id] : []));
  assert.equal(new Set(ids).size, ids.length, 'anchor ids are unique');
});

test('一 and 四: totals 651.04, down 279.94 / 30.07% from 930.98, with the reason', () => {
  const one = textOf(section(blocks, 'sec-2-1'));
  assert.equal(
    one,
    '2022年度收、支总计均为651.04万元，与2021年度（930.98万元）相比，收、支总计减少279.94万元，下降30.07%。' +
      '主要原因是：2022年项目经费减少，收支总额减少。',
  );
  const four = textOf(section(blocks, 'sec-2-4'));
  assert.match(
    four,
    /^2022年度财政拨款收、支总计均为651\.04万元，.*减少279\.94万元，下降30\.07%。主要原因是：/,
  );
  // The figure run points at the T01 cell and carries its value.
  const run = (section(blocks, 'sec-2-1')[0] as Paragraph).runs.find((r) => r.text === '651.04万元');
  assert.deepEqual(run, {
    text: '651.04万元',
    ref: { table: 'T01', row: 'income.grandTotal', column: 'amount' },
    fen: 651_040_000,
  });
});

test('二: 本年收入合计 and all eight income items, zeros included', () => {
  const two = textOf(section(blocks, 'sec-2-2'));
  assert.match(
    two,
    /^2022年度本年收入合计651\.04万元，其中：一般公共预算财政拨款收入651\.04万元，占100\.00%；/,
  );
  assert.match(two, /政府性基金预算财政拨款收入0\.00万元，占0\.00%；/);
  for (const item of [
    '国有资本经营预算财政拨款收入',
    '上级补助收入',
    '事业收入',
    '经营收入',
    '附属单位上缴收入',
    '其他收入',
  ]) {
    assert.ok(two.includes(`${item}0.00万元，占0.00%`), item);
  }
});

test('三: 基本支出 96.93% and 项目支出 3.07%', () => {
  const three = textOf(section(blocks, 'sec-2-3'));
  assert.match(
    three,
    /本年支出合计651\.04万元，其中：基本支出631\.04万元，占96\.93%；项目支出20\.00万元，占3\.07%；/,
  );
  assert.match(three, /对附属单位补助支出0\.00万元，占0\.00%。$/);
});

test('五: share of 本年支出合计, 类 structure with the declared share adjustment, every 项 in table order', () => {
  const five = textOf(section(blocks, 'sec-2-5'));
  assert.match(five, /一般公共预算财政拨款支出651\.04万元，占本年支出合计的100\.00%。/);
  // Largest remainder over the printed parts: 85.67 + 6.37 + 3.18 + 4.78 = 100.00 (independent rounding
  // would give 85.68 and sum to 100.01), and the paragraph says so.
  assert.match(
    five,
    /一般公共服务支出557\.78万元，占85\.67%；社会保障和就业支出41\.45万元，占6\.37%；卫生健康支出20\.72万元，占3\.18%；住房保障支出31\.09万元，占4\.78%。/,
  );
  assert.ok(five.includes(`占4.78%。${SHARE_ADJUSTMENT_NOTE}`));
  assert.match(five, /预算数为651\.04万元，支出决算为651\.04万元，完成预算的100\.00%，决算数等于预算数。/);
  const items: [string, string][] = [
    ['一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）', '402.62'],
    ['一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）事业运行（项）', '135.15'],
    ['一般公共服务支出（类）商贸事务（款）招商引资（项）', '20.00'],
    ['社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）', '41.45'],
    ['卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）', '15.24'],
    ['卫生健康支出（类）行政事业单位医疗（款）事业单位医疗（项）', '5.49'],
    ['住房保障支出（类）住房改革支出（款）住房公积金（项）', '31.09'],
  ];
  items.forEach(([name, amount], i) => {
    const line = `${i + 1}.${name}：预算数为${amount}万元，支出决算为${amount}万元，完成预算的100.00%，决算数等于预算数。`;
    assert.ok(five.includes(line), line);
  });
});

test('六: 人员经费 530.58 and 公用经费 100.46 with the T08 names', () => {
  const six = textOf(section(blocks, 'sec-2-6'));
  assert.match(six, /基本支出631\.04万元，其中：/);
  assert.match(six, /人员经费530\.58万元，主要包括：基本工资、津贴补贴、.*其他对个人和家庭的补助。/);
  assert.match(six, /公用经费100\.46万元，主要包括：办公费、.*公务接待费、.*其他商品和服务支出。/);
  assert.doesNotMatch(six.split('\n')[1] ?? '', /办公费/);
});

test('七: 18.07, up 7.57 / 72.10%, items with shares, counts, and no 完成预算0%', () => {
  const seven = textOf(section(blocks, 'sec-2-7'));
  assert.match(
    seven,
    /“三公”经费财政拨款支出决算为18\.07万元，与2021年度（10\.50万元）相比，增加7\.57万元，增长72\.10%。主要原因是：/,
  );
  assert.match(seven, /预算数为18\.07万元，完成预算的100\.00%，决算数等于预算数。/);
  assert.match(
    seven,
    /因公出国（境）费支出决算0\.00万元，占0\.00%；公务用车购置及运行费支出决算0\.00万元，占0\.00%；公务接待费支出决算18\.07万元，占100\.00%。/,
  );
  assert.match(
    seven,
    /1\.因公出国（境）费：2022年度未安排因公出国（境）费预算，无因公出国（境）费支出，与2021年度持平。/,
  );
  assert.match(seven, /2\.公务用车购置及运行费：.*无公务用车购置及运行费支出.*公务用车保有量为0辆。/);
  assert.match(
    seven,
    /3\.公务接待费支出决算为18\.07万元，与2021年度（10\.50万元）相比，增加7\.57万元，增长72\.10%。/,
  );
  assert.match(seven, /国内公务接待126批次，1642人次；无外事接待支出。/);
});

test('八 to 十: no fund expenditure, 机关运行经费 100.46 down 19.81 / 16.47%, no procurement, assets, performance', () => {
  assert.equal(textOf(section(blocks, 'sec-2-8')), '县政府办2022年度无政府性基金预算财政拨款支出。');
  assert.equal(textOf(section(blocks, 'sec-2-9')), '县政府办2022年度无国有资本经营预算财政拨款支出。');
  const ten = textOf(section(blocks, 'sec-2-10'));
  assert.match(
    ten,
    /2022年度，县政府办机关运行经费支出100\.46万元，与2021年度（120\.27万元）相比，减少19\.81万元，下降16\.47%。主要原因是：认真贯彻落实/,
  );
  assert.match(ten, /2022年度，县政府办无政府采购支出。/);
  assert.doesNotMatch(ten, /政府采购货物支出0/);
  assert.match(
    ten,
    /截至2022年12月31日，县政府办共有车辆0辆；单价50万元以上通用设备【待补充：单价50万元以上通用设备数】台（套）/,
  );
  const perf = section(blocks, 'sec-2-10-4').filter((b) => b.kind === 'paragraph');
  assert.equal(perf.length, 2, 'performance text split into its two paragraphs');
});

test('the example says nothing the seed got wrong and leaves only the blank equipment counts to fill in', () => {
  assert.doesNotMatch(all, /完成预算0|完成(年初)?预算的0\.00%/);
  assert.doesNotMatch(all, /增长100(\.00)?%/);
  assert.doesNotMatch(all, /主要原因是：。|主要原因是：$/m);
  assert.doesNotMatch(all, /（减少）|（增长）|XX|××/);
  const todoRuns = paragraphs.flatMap((p) => p.runs.filter(isTodo).map((r: Run) => r.text));
  assert.deepEqual(todoRuns, [
    '【待补充：单价50万元以上通用设备数】',
    '【待补充：单价100万元以上专用设备数】',
  ]);
});

test('figures: the seven charts with their captions; pies carry the text shares', () => {
  const figs = blocks.filter((b): b is Figure => b.kind === 'figure');
  assert.deepEqual(
    figs.map((f) => `${f.id} ${f.number} ${f.chart} ${f.caption}`),
    [
      'fig-1 1 bar 图1：收、支决算总计变动情况图',
      'fig-2 2 pie 图2：收入决算结构图',
      'fig-3 3 pie 图3：支出决算结构图',
      'fig-4 4 bar 图4：财政拨款收、支决算总计变动情况图',
      'fig-5 5 bar 图5：一般公共预算财政拨款支出决算变动情况图',
      'fig-6 6 pie 图6：一般公共预算财政拨款支出决算结构图',
      'fig-7 7 pie 图7：“三公”经费财政拨款支出结构图',
    ],
  );
  const fig1 = figs[0]!;
  assert.ok(fig1.chart === 'bar');
  assert.deepEqual(fig1.categories, ['2021年', '2022年']);
  assert.deepEqual(fig1.series, [{ name: '收、支总计', values: [930_980_000, 651_040_000] }]);
  const fig6 = figs[5]!;
  assert.ok(fig6.chart === 'pie');
  assert.deepEqual(
    fig6.slices.map((s) => [s.label, s.share]),
    [
      ['一般公共服务支出', 8567],
      ['社会保障和就业支出', 637],
      ['卫生健康支出', 318],
      ['住房保障支出', 478],
    ],
  );
  const fig3 = figs[2]!;
  assert.ok(fig3.chart === 'pie');
  assert.deepEqual(
    fig3.slices.map((s) => s.share),
    [9693, 307],
    'zero slices are left out',
  );
});

test('central-9 uses the same sections', () => {
  const ds = example();
  const central = buildExplanation(patch(ds, { entity: { ...ds.entity, profile: 'central-9' } }));
  const heads = (bs: readonly Block[]) =>
    bs.flatMap((b) => (b.kind === 'heading' ? [b.number + b.text] : []));
  assert.deepEqual(heads(central), heads(blocks));
  assert.equal(textOf(section(central, 'sec-2-9')), '县政府办2022年度无国有资本经营预算财政拨款支出。');
});
