import assert from 'node:assert/strict';
import { test } from 'node:test';
import { columnWidths, placeRows, type Slot, textEms } from './grid.ts';

type C = { text: string; colSpan?: number; rowSpan?: number };

/** A row as 'text[span]' tokens: 'A:2' colSpan 2, 'B|3' rowSpan 3, '^' continuation of X, '.' padding. */
function show(rows: Slot<C>[][]): string[] {
  return rows.map((row) =>
    row
      .map((s) => {
        if (s.kind === 'pad') return '.';
        if (s.kind === 'continue') return `^${s.origin.text}${s.colSpan > 1 ? `:${s.colSpan}` : ''}`;
        return `${s.cell.text}${s.colSpan > 1 ? `:${s.colSpan}` : ''}${s.merge ? '|' : ''}`;
      })
      .join(' '),
  );
}

test('the 三公 header: row spans continue in the rows below, column spans keep their width', () => {
  // 公开13表: 项目 spans 3 rows; 预算数/决算数 6 columns; 合计 … span 2 rows; 公务用车… 3 columns.
  const header: C[][] = [
    [
      { text: '项目', rowSpan: 3 },
      { text: '预算', colSpan: 6 },
      { text: '决算', colSpan: 6 },
    ],
    [
      { text: '合', rowSpan: 2 },
      { text: '出', rowSpan: 2 },
      { text: '车', colSpan: 3 },
      { text: '待', rowSpan: 2 },
      { text: 'h', rowSpan: 2 },
      { text: 'c', rowSpan: 2 },
      { text: 'v', colSpan: 3 },
      { text: 'j', rowSpan: 2 },
    ],
    [{ text: '小' }, { text: '购' }, { text: '运' }, { text: 's' }, { text: 'b' }, { text: 'r' }],
  ];
  const placed = placeRows(header);
  assert.equal(placed.columns, 13);
  assert.deepEqual(show(placed.rows), [
    '项目| 预算:6 决算:6',
    '^项目 合| 出| 车:3 待| h| c| v:3 j|',
    '^项目 ^合 ^出 小 购 运 ^待 ^h ^c s b r ^j',
  ]);
  for (const row of placed.rows) {
    assert.equal(
      row.reduce((n, s) => n + (s.kind === 'pad' ? 1 : s.colSpan), 0),
      13,
    );
  }
});

test('a 自评表 body: a label merged down over rows whose own cells start further right', () => {
  const body: C[][] = [
    [{ text: '年度绩效', rowSpan: 3 }, { text: '一级' }, { text: '二级' }],
    [{ text: '产出', rowSpan: 2 }, { text: '数量' }],
    [{ text: '质量' }],
    [{ text: '满意度', colSpan: 2 }, { text: '≥98%' }],
  ];
  assert.deepEqual(show(placeRows(body).rows), [
    '年度绩效| 一级 二级',
    '^年度绩效 产出| 数量',
    '^年度绩效 ^产出 质量',
    '满意度:2 ≥98%',
  ]);
});

test('short rows are padded to the grid and spans past the last row are cut', () => {
  const placed = placeRows<C>(
    [
      [{ text: 'a', rowSpan: 5 }, { text: 'b' }],
      [{ text: 'c' }, { text: 'd' }, { text: 'e' }],
    ],
    4,
  );
  assert.equal(placed.columns, 4);
  assert.deepEqual(show(placed.rows), ['a| b . .', '^a c d e']);
  assert.deepEqual(show(placeRows<C>([[{ text: 'x', colSpan: 0 }], []], 2).rows), ['x .', '. .']);
});

test('textEms counts hanzi as one em and digits as about half', () => {
  assert.equal(textEms('科目名称'), 4);
  assert.ok(Math.abs(textEms('651.04') - 3.3) < 1e-9);
});

test('columnWidths fills the width: one-line widths when they fit, minimums plus shares when not', () => {
  const em = 200;
  // Everything fits: widths in proportion to the one-line widths, adding up to the total.
  const roomy = columnWidths(
    [
      { min: 2, max: 4 },
      { min: 3, max: 3 },
    ],
    em,
    0,
    1400,
  );
  assert.deepEqual(roomy, [800, 600]);
  // Too narrow for one line each: each keeps its minimum and takes a share of the rest by what it lacks.
  const tight = columnWidths(
    [
      { min: 4, max: 16 },
      { min: 3.3, max: 5 },
      { min: 3.3, max: 5 },
    ],
    em,
    0,
    3000,
  );
  assert.equal(
    tight.reduce((a, b) => a + b, 0),
    3000,
  );
  assert.ok((tight[0] ?? 0) > 4 * em && (tight[1] ?? 0) > 3.3 * em, tight.join(','));
  assert.ok((tight[0] ?? 0) - 4 * em > (tight[1] ?? 0) - 3.3 * em, 'the long label gains most');
  // Not even the minimums fit: scaled down in proportion.
  assert.deepEqual(
    columnWidths(
      [
        { min: 10, max: 10 },
        { min: 10, max: 20 },
      ],
      em,
      0,
      1000,
    ),
    [500, 500],
  );
});
