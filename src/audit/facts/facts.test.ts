import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatWan } from '../../money/index.ts';
import { auditDocument } from '../audit.ts';
import { indicatorIn, roleOf } from './indicators.ts';
import { cjkNumber, lineMarker } from './markers.ts';
import { funcPathIn } from './sentence.ts';
import { scanTokens } from './tokens.ts';

function factsOf(text: string) {
  return auditDocument({ file: 't.txt', blocks: [{ kind: 'text', text }] }).facts;
}

test('numbering markers', () => {
  assert.deepEqual(
    [cjkNumber('十'), cjkNumber('十三'), cjkNumber('二十一'), cjkNumber('九')],
    [10, 13, 21, 9],
  );
  assert.ok(Number.isNaN(cjkNumber('十十')));
  assert.deepEqual(lineMarker('第3部分 名词解释'), {
    family: 'part',
    value: 3,
    text: '第3部分',
    digits: 'arabic',
    separator: '',
    length: 4,
  });
  assert.equal(lineMarker('十、其他重要事项')?.value, 10);
  assert.equal(lineMarker('(2) 调研工作')?.family, 'paren-arabic');
  assert.equal(lineMarker('10.11新冠疫情'), undefined, 'a date is not a marker');
  assert.equal(lineMarker('2022年度'), undefined);
  assert.equal(lineMarker('一是加强学习'), undefined);
});

test('indicators: the most specific name wins; roles from the words before the figure', () => {
  assert.equal(indicatorIn('一般公共服务支出')?.key, 'func:一般公共服务支出');
  assert.equal(indicatorIn('政府采购服务支出')?.key, 'procure.services');
  assert.equal(indicatorIn('一般公共预算财政拨款基本支出')?.key, 'gpb.basic');
  assert.equal(indicatorIn('2022年财政拨款收、支总计')?.key, 'fin.total');
  assert.equal(indicatorIn('公务用车购置及运行维护费支出决算')?.key, 'sangong.vehicle');
  assert.equal(indicatorIn('其中:公务用车购置费')?.key, 'sangong.vehicle-purchase');
  assert.equal(indicatorIn('为125户制造业中小微企业办理缓缴'), undefined);
  assert.equal(roleOf('一般公共预算财政拨款支出年初预算为', 2022), 'budget');
  assert.equal(roleOf('预算执行数', 2022), 'actual');
  assert.equal(roleOf('与2021年度(', 2022), 'prior');
  assert.equal(roleOf('一般公共预算财政拨款支出', 2022), 'actual');
});

test('类/款/项 paths', () => {
  assert.equal(
    funcPathIn('1.一般公共服务支出(类)政府办公厅(室)及相关机构事务(款)行政运行(项): 支出决算为402.62万元')
      ?.key,
    'func:一般公共服务支出/政府办公厅(室)及相关机构事务/行政运行',
  );
  assert.equal(
    funcPathIn('社会保障和就业支出(208类)行政事业单位养老支出(05款)')?.key,
    'func:社会保障和就业支出/行政事业单位养老支出',
  );
});

test('tokens: units to fen, thousands separators, counts after a comma, unit-less amounts', () => {
  const t = scanTokens(
    '收入3,456,789.12元,支出1.2亿元,接待126批次,1,642人次,决算数为651.04,完成预算100%',
    '万元',
  );
  assert.deepEqual(
    t.map((x) =>
      x.kind === 'amount'
        ? `${x.kind}:${formatWan(x.value, { decimals: 6 })}:${x.unitInferred}`
        : `${x.kind}:${x.value}`,
    ),
    [
      'amount:345.678912:false',
      'amount:12000.000000:false',
      'count:126',
      'count:1642',
      'amount:651.040000:true',
      'percent:10000',
    ],
  );
});

test('facts: a change linked to its amount, a share list with its total, a completion with its budget', () => {
  const f = factsOf(
    '2022年度部门决算\n2022年本年支出合计651.04万元，其中：基本支出631.04万元，占96.93%；项目支出20万元，占3.07%。\n' +
      '2022年机关运行经费支出100.46万元，比2021年减少19.81万元，下降16.47%。\n' +
      '人员类项目全年预算数530.28万元，预算执行数530.28万元，预算执行率100%。\n',
  );
  assert.equal(f.reportYear, 2022);
  const [list] = f.shareLists;
  assert.equal(list?.total?.key, 'exp.total');
  assert.deepEqual(
    list?.shares.map((s) => s.amount?.key),
    ['exp.basic', 'exp.project'],
  );
  const [change] = f.changes;
  assert.equal(change?.key, 'opcost');
  assert.equal(change?.current?.raw, '100.46万元');
  assert.deepEqual(
    change?.words.map(([s, w]) => `${s}${w}`),
    ['-1减少', '-1下降'],
  );
  const [completion] = f.completions;
  assert.equal(completion?.budget?.raw, '530.28万元');
  assert.equal(completion?.actual?.role, 'actual');
});

test('counts: 团组 with the figure after it ("团组1个", "团组数为2个")', () => {
  const f = factsOf('2022年度全年安排因公出国（境）团组1个，累计3人次；2021年团组数为2个。');
  assert.deepEqual(
    f.counts.map((c) => [c.key, c.value]),
    [
      ['abroad.groups', 1],
      ['abroad.persons', 3],
      ['abroad.groups', 2],
    ],
  );
});

test('domains: a narrative figure is about what its headings name; a table figure about what its title names', () => {
  const { facts } = auditDocument({
    file: 't.txt',
    blocks: [
      {
        kind: 'text',
        text: '二、收入决算情况说明\n2022年度本年收入合计10.00万元。\n四、财政拨款收入支出决算总体情况说明\n本年收入合计9.00万元。\n（一）“三公”经费\n公务接待费1.00万元。',
      },
      {
        kind: 'table',
        title: '公开04表 财政拨款收入支出决算总表',
        rows: [
          ['项目', '决算数'],
          ['本年收入合计', '9.00'],
        ],
      },
      {
        kind: 'table',
        rows: [
          ['项目', '决算数'],
          ['本年收入合计', '9.00'],
        ],
      },
    ],
  });
  assert.deepEqual(
    facts.amounts.map((a) => [a.key, a.domain]),
    [
      ['income.total', 'all'],
      ['income.total', 'fin'],
      ['sangong.reception', 'sangong'],
    ],
  );
  assert.deepEqual(
    facts.tableAmounts.map((a) => [a.key, a.domain]),
    [
      ['income.total', 'fin'],
      ['income.total', undefined],
    ],
  );
  assert.equal(factsOf('本年收入合计9.00万元。').amounts[0]!.domain, undefined, 'no heading: nothing says');
  assert.equal(
    factsOf('公务接待费4.56万元。').amounts[0]!.domain,
    'sangong',
    'a 三公 item is the 三公 table’s',
  );
});
