import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderChartSvg } from './render.ts';
import {
  barFigure,
  CLASSES_PIE,
  drawnTexts,
  parseSvg,
  pieFigure,
  SINGLE_PIE,
  THREE_PIE,
  TOTALS_BAR,
} from './testing.ts';

test('bar: well-formed accessible SVG with the values in 万元 and the years', () => {
  const svg = renderChartSvg(TOTALS_BAR);
  const root = parseSvg(svg);
  assert.equal(root['@_role'], 'img');
  assert.equal(root['@_aria-label'], '图1：收、支决算总计变动情况图（柱状图，单位：万元）');
  assert.equal(root['title'], '图1：收、支决算总计变动情况图（柱状图，单位：万元）');
  assert.equal(root['desc'], '2021年：930.98万元；2022年：651.04万元');
  assert.equal(root['@_width'], '640');
  assert.equal(root['@_height'], '360');
  const texts = drawnTexts(svg);
  for (const t of ['930.98', '651.04', '2021年', '2022年', '万元'])
    assert.ok(texts.includes(t), `missing ${t}`);
  // The caption is printed by the report, not drawn; one series has no legend.
  assert.ok(!texts.some((t) => t.includes('收、支')), 'caption or series name drawn in the chart');
  assert.match(svg, /fill="#ffffff"/);
  assert.match(svg, /fill="#9b1c1c"/);
  assert.match(svg, /font-family:'Noto Sans SC', 'Source Han Sans SC', 'Microsoft YaHei', sans-serif/);
});

test('bar labels are formatted from fen, not from the float drawn', () => {
  // 1.005万元: a float prints 1.00 (toFixed) or 1.005 (ECharts); formatWan rounds half away from zero.
  const svg = renderChartSvg(barFigure(['2021年', '2022年'], [['支出', ['1.005', '0.004999']]]));
  const texts = drawnTexts(svg);
  assert.ok(texts.includes('1.01'), texts.join('|'));
  assert.ok(texts.includes('0.00'), texts.join('|'));
  assert.ok(!texts.includes('1.005') && !texts.includes('1.00'));
  assert.match(svg, /<desc>2021年：1.01万元；2022年：0.00万元<\/desc>/);
});

test('bar with several series has a legend and describes each series', () => {
  const fig = barFigure(
    ['一般公共服务支出', '卫生健康支出'],
    [
      ['2021年', ['800.12', '30.00']],
      ['2022年', ['557.78', '20.72']],
    ],
    'fig-5',
  );
  const svg = renderChartSvg(fig);
  parseSvg(svg);
  const texts = drawnTexts(svg);
  assert.ok(texts.includes('2021年') && texts.includes('2022年'), 'legend missing');
  for (const t of ['800.12', '30.00', '557.78', '20.72']) assert.ok(texts.includes(t), `missing ${t}`);
  assert.match(
    svg,
    /<desc>2021年：一般公共服务支出800.12万元，卫生健康支出30.00万元；2022年：一般公共服务支出557.78万元，卫生健康支出20.72万元<\/desc>/,
  );
});

test('negative bars keep their sign', () => {
  const svg = renderChartSvg(barFigure(['2021年', '2022年'], [['结余', ['-12.34', '45.60']]]));
  assert.ok(drawnTexts(svg).includes('-12.34'));
});

test('pie of the four 类: label, amount and the figure’s own share on each slice', () => {
  const svg = renderChartSvg(CLASSES_PIE);
  const root = parseSvg(svg);
  assert.equal(root['@_role'], 'img');
  assert.equal(
    root['desc'],
    '一般公共服务支出：557.78万元，占85.68%；社会保障和就业支出：41.45万元，占6.37%；' +
      '卫生健康支出：20.72万元，占3.18%；住房保障支出：31.09万元，占4.77%',
  );
  const texts = drawnTexts(svg);
  for (const t of [
    '一般公共服务支出',
    '557.78万元，85.68%',
    '社会保障和就业支出',
    '41.45万元，6.37%',
    '卫生健康支出',
    '20.72万元，3.18%',
    '住房保障支出',
    '31.09万元，4.77%',
  ]) {
    assert.ok(texts.includes(t), `missing ${t} in ${texts.join('|')}`);
  }
  // 31.09 / 651.04 alone rounds to 4.78%: the chart must not compute its own percentages.
  assert.ok(!svg.includes('4.78'));
  assert.ok(!texts.some((t) => t.includes('一般公共预算')), 'caption drawn in the chart');
});

test('pie with three slices (a zero one dropped by the caller) draws exactly those three', () => {
  const svg = renderChartSvg(THREE_PIE);
  parseSvg(svg);
  const texts = drawnTexts(svg);
  for (const t of [
    '人员经费',
    '530.58万元，81.50%',
    '公用经费',
    '100.46万元，15.43%',
    '项目支出',
    '20.00万元，3.07%',
  ]) {
    assert.ok(texts.includes(t), `missing ${t}`);
  }
  assert.equal(texts.length, 6);
  assert.equal((svg.match(/<path d="M[^"]*Z" fill="#/g) ?? []).length, 3, 'three slices');
});

test('single-slice pie shows 100.00%', () => {
  const svg = renderChartSvg(SINGLE_PIE);
  parseSvg(svg);
  assert.ok(drawnTexts(svg).includes('18.07万元，100.00%'));
  assert.match(svg, /<desc>公务接待费：18.07万元，占100.00%<\/desc>/);
});

test('the same input gives byte-identical output, whatever was rendered before', () => {
  const first = renderChartSvg(CLASSES_PIE);
  renderChartSvg(TOTALS_BAR);
  renderChartSvg(SINGLE_PIE);
  assert.equal(renderChartSvg(CLASSES_PIE), first);
  assert.equal(renderChartSvg(TOTALS_BAR), renderChartSvg(TOTALS_BAR));
  assert.doesNotMatch(first, /zr\d+|ecmeta_|:hover/);
});

test('labels are XML-escaped', () => {
  const svg = renderChartSvg(pieFigure([['R&D <研发> "费"', '1.00', '100.00']]));
  parseSvg(svg);
  assert.ok(drawnTexts(svg).includes('R&amp;D &lt;研发&gt; &quot;费&quot;'));
  assert.match(svg, /<desc>R&amp;D &lt;研发&gt; &quot;费&quot;：1.00万元，占100.00%<\/desc>/);
});

test('size options set the SVG size', () => {
  const root = parseSvg(renderChartSvg(TOTALS_BAR, { width: 800, height: 450 }));
  assert.equal(root['@_width'], '800');
  assert.equal(root['@_viewBox'], '0 0 800 450');
});

test('figures with nothing to draw or mismatched series are rejected', () => {
  assert.throws(() => renderChartSvg(pieFigure([])), RangeError);
  assert.throws(() => renderChartSvg(barFigure(['2021年', '2022年'], [['支出', ['1.00']]])), RangeError);
  assert.throws(() => renderChartSvg(barFigure([], [])), RangeError);
  assert.throws(() => renderChartSvg(TOTALS_BAR, { width: 0 }), RangeError);
});
