import assert from 'node:assert/strict';
import { test } from 'node:test';
import { balancedLines, barOption, startAngleFor } from './options.ts';
import { barFigure, CLASSES_PIE, pieFigure, SINGLE_PIE, TOTALS_BAR } from './testing.ts';

test('balancedLines splits a category evenly instead of leaving one character behind', () => {
  assert.equal(balancedLines('社会保障和就业支出', 2), '社会保障和\n就业支出');
  assert.equal(balancedLines('卫生健康支出', 2), '卫生健\n康支出');
  assert.equal(balancedLines('2022年', 1), '2022年');
});

test('startAngleFor puts the middle of the largest slice at 9 o’clock', () => {
  // 85.68% first: its middle is 154.2° past the start, so the start is 180 + 154.2 = 334.2°.
  assert.ok(Math.abs(startAngleFor(CLASSES_PIE) - 334.224) < 1e-9);
  assert.equal(startAngleFor(SINGLE_PIE), 0);
  const lastLargest = pieFigure([
    ['甲', '10.00', '10.00'],
    ['乙', '90.00', '90.00'],
  ]);
  // 甲 (36°) is centred on 3 o'clock, 乙 on 9 o'clock.
  assert.ok(Math.abs(startAngleFor(lastLargest) - 18) < 1e-9);
});

test('bar values reach ECharts as 万元 numbers, only for drawing', () => {
  const option = barOption(TOTALS_BAR, 640);
  const series = option.series as { data: { value: number }[] }[];
  assert.deepEqual(
    series[0]?.data.map((d) => d.value),
    [930.98, 651.04],
  );
  const dense = barOption(
    barFigure(
      [
        '一般公共服务支出',
        '国防支出',
        '公共安全支出',
        '教育支出',
        '社会保障和就业支出',
        '卫生健康支出',
        '城乡社区支出',
      ],
      [
        ['2021年', ['12345.67', '1.00', '1.00', '1.00', '1.00', '1.00', '1.00']],
        ['2022年', ['11345.67', '1.00', '1.00', '1.00', '1.00', '1.00', '1.00']],
      ],
    ),
    640,
  );
  const rotated = (dense.series as { data: { label: { rotate?: number } }[] }[])[0]?.data[0]?.label.rotate;
  assert.equal(rotated, 90, 'crowded value labels stand upright');
});
