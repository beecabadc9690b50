import assert from 'node:assert/strict';
import { test } from 'node:test';
import { example, patch, wan } from '../../../test/helpers.ts';
import { synthDataset } from '../../../test/synth.ts';
import { headingNumber } from '../../report/numbering.ts';
import { rowWidths } from '../../report/tables/grid.test-util.ts';
import type { Block, Paragraph, ReportTable, Run } from '../../report/types.ts';
import { buildAttachments } from './build.ts';
import type { SpanCell } from './perf-table.ts';

const ds = example();
const blocks = buildAttachments(ds);
const runsText = (runs: readonly Run[]) => runs.map((r) => r.text).join('');
const plain = (bs: readonly Block[]) =>
  bs
    .map((b) =>
      b.kind === 'heading'
        ? `${b.number}${b.text}`
        : b.kind === 'paragraph'
          ? runsText(b.runs)
          : b.kind === 'list'
            ? b.items.map(runsText).join('\n')
            : b.kind === 'table'
              ? b.body.map((r) => r.cells.map((c) => c.text).join('|')).join('\n')
              : '',
    )
    .join('\n');
const paragraphAfter = (bs: readonly Block[], heading: string): Paragraph => {
  const i = bs.findIndex((b) => b.kind === 'heading' && b.text === heading);
  const p = bs[i + 1];
  assert.ok(p?.kind === 'paragraph', `paragraph after ${heading}`);
  return p;
};

test('the overall report, the project report and the 自评表, in that order', () => {
  const titles = blocks.flatMap((b) =>
    b.kind === 'heading' && b.number === '' ? [b.text] : b.kind === 'table' ? [`${b.number} ${b.title}`] : [],
  );
  assert.deepEqual(titles, [
    '剑阁县人民政府办公室2022年部门整体绩效评价报告',
    '剑阁县人民政府办公室2022年招商引资项目支出绩效自评报告',
    '附表 剑阁县人民政府办公室2022年招商引资项目绩效自评表',
  ]);
  const ids = blocks.flatMap((b) => (b.kind === 'heading' || b.kind === 'table' ? [b.id] : []));
  assert.equal(new Set(ids).size, ids.length);
});

test('headings are numbered consistently within each attachment', () => {
  const counters = [0, 0, 0, 0, 0];
  for (const b of blocks) {
    if (b.kind !== 'heading') continue;
    if (b.number === '') {
      counters.fill(0);
      continue;
    }
    counters[b.level]!++;
    for (let l = b.level + 1; l <= 4; l++) counters[l] = 0;
    assert.equal(b.number, headingNumber(b.level, counters[b.level]!), `${b.id} ${b.text}`);
  }
  const text = plain(blocks);
  assert.match(text, /（一）存在的问题\n项目绩效评价编制质量较低。\n（二）相关建议\n无/u);
  assert.match(text, /（三）部门整体支出绩效目标/u);
  assert.match(text, /四、评价结论及建议\n经自评，剑阁县人民政府办公室2022年度部门整体绩效自评得分为97分。/u);
});

test('项目绩效 categories use the dataset’s 530.58 (not the seed’s 530.28); a blank category is 未安排', () => {
  const text = plain(blocks);
  assert.ok(
    text.includes('县政府办2022年人员类项目全年预算数530.58万元，预算执行数530.58万元，预算执行率100.00%。'),
  );
  assert.ok(!text.includes('530.28'));
  assert.ok(text.includes('县政府办2022年未安排运转类项目经费。'));
  assert.ok(text.includes('97分'));
  const half = buildAttachments(
    patch(ds, {
      performance: {
        ...ds.performance,
        overall: {
          ...ds.performance.overall!,
          categories: [{ name: '人员类项目', budget: wan('10'), execution: null }],
        },
      },
    }),
  );
  const p = paragraphAfter(half, '人员类项目绩效分析');
  assert.equal(
    runsText(p.runs),
    '县政府办2022年人员类项目全年预算数10.00万元，预算执行数【待补充：人员类项目预算执行数】。',
  );
  assert.ok(p.runs.some((r) => 'todo' in r));
});

test('资金收支 figures come from T01/T03 with cell references and shares summing to 100%', () => {
  const income = paragraphAfter(blocks, '部门总体收入情况');
  assert.equal(
    runsText(income.runs),
    '2022年县政府办本年收入合计651.04万元，其中：一般公共预算财政拨款收入651.04万元，占100.00%。',
  );
  const total = income.runs.find((r) => 'ref' in r);
  assert.deepEqual(total, {
    text: '651.04',
    ref: { table: 'T01', row: 'income.total', column: 'amount' },
    fen: 651040000,
  });
  const spending = paragraphAfter(blocks, '部门总体支出情况');
  assert.equal(
    runsText(spending.runs),
    '2022年县政府办本年支出合计651.04万元，其中：基本支出631.04万元，占96.93%；项目支出20.00万元，占3.07%。',
  );
  assert.ok(spending.runs.some((r) => 'ref' in r && r.ref.table === 'T03' && r.ref.column === 'basic'));
  assert.equal(
    runsText(paragraphAfter(blocks, '部门总体结转结余情况').runs),
    '2022年县政府办年初结转和结余0.00万元，年末结转和结余0.00万元。',
  );
});

test('a list replaces the user’s half-numbered 改进建议', () => {
  const i = blocks.findIndex((b) => b.kind === 'heading' && b.text === '改进建议');
  const list = blocks[i + 1];
  assert.equal(list?.kind, 'list');
  assert.equal(list?.kind === 'list' && list.items.length, 2);
  assert.match(list?.kind === 'list' ? runsText(list.items[1]!) : '', /^加大绩效评价工作/u);
});

test('the 自评表: 8 indicator rows, 一级/二级 merged by rowSpan, every row six columns wide', () => {
  const table = blocks.find((b): b is ReportTable => b.kind === 'table')!;
  assert.equal(table.id, 'table-perf-1');
  assert.equal(table.number, '附表');
  const rows = table.body.map((r) => r.cells as readonly SpanCell[]);
  assert.deepEqual(
    rowWidths(rows),
    rows.map(() => 6),
  );
  const head = rows.findIndex((r) => r.some((c) => c.text === '一级指标'));
  assert.deepEqual(
    rows[head]!.map((c) => c.text),
    ['年度绩效指标完成情况', '一级指标', '二级指标', '三级指标', '预期指标值', '实际完成指标值'],
  );
  assert.equal(rows[head]![0]!.rowSpan, 9);
  const indicators = rows.slice(head + 1, head + 9);
  assert.equal(indicators.length, 8);
  assert.deepEqual(
    indicators.map((r) => r.map((c) => (c.rowSpan ? `${c.text}/${c.rowSpan}` : c.text)).slice(0, -2)),
    [
      ['完成指标/7', '数量指标/3', '外出招商次数'],
      ['签约项目'],
      ['引进外商'],
      ['质量指标', '完成率'],
      ['时效指标', '完成时间'],
      ['成本指标', '成本控制'],
      ['社会效益指标', '社会效益指标'],
      ['满意度指标', '满意度指标', '服务对象满意度'],
    ],
  );
  assert.deepEqual(
    rows[1]!.map((c) => c.text),
    ['项目预算执行情况（万元）', '预算数', '20.00', '执行数', '20.00'],
  );
  assert.equal(rows[3]![1]!.text, '');
  assert.equal(rows[3]![1]!.fen, null);
  const scored = buildAttachments(
    patch(ds, {
      performance: { ...ds.performance, projects: [{ ...ds.performance.projects[0]!, score: 95 }] },
    }),
  );
  const last = scored.find((b): b is ReportTable => b.kind === 'table')!.body.at(-1)!;
  assert.deepEqual(
    last.cells.map((c) => c.text),
    ['自评得分', '95分'],
  );
});

test('without any 绩效 material the part says what is missing', () => {
  const none = buildAttachments(patch(ds, { performance: { management: '', overall: null, projects: [] } }));
  assert.equal(none.length, 1);
  assert.equal(plain(none), '【待补充：部门整体绩效评价报告及项目支出绩效自评表】');
});

test('synthetic departments: the 资金收支 shares printed add up to 100.00%', () => {
  for (const seed of [1, 2, 3, 4, 5, 6]) {
    const synth = synthDataset({ seed, rounded: true });
    const withOverall = patch(synth, {
      performance: { management: '', overall: { score: 90, categories: [], report: [] }, projects: [] },
    });
    const spending = runsText(paragraphAfter(buildAttachments(withOverall), '部门总体支出情况').runs);
    const shares = [...spending.matchAll(/占(\d+)\.(\d{2})%/gu)].map(
      (m) => Number(m[1]) * 100 + Number(m[2]),
    );
    assert.equal(
      shares.reduce((s, x) => s + x, 0),
      10000,
      spending,
    );
  }
});
