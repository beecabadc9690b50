/**
 * Header-driven reading proven on layouts our writer never makes: split 类|款|项 codes, 元 and 万元,
 * 合计 at the bottom, blank rows and columns, amount columns in reverse order, headers without merged
 * cells, alias titles, T01/T04 with 行次 and unnumbered labels, T08 panels with split codes, T13 as
 * pairs or transposed. Every figure comes back exact.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TableId } from '../../catalog/tables/types.ts';
import type { Dataset } from '../../model/types.ts';
import { fullDataset, tableDiffs, xlsxOf } from './books.test-util.ts';
import { type ImportOptions, type ImportResult, importWorkbookBytes } from './index.ts';
import { balanceMatrix, t08Matrix, t13Matrix } from './panels.test-util.ts';
import { type CodedOpts, codedMatrix } from './variants.test-util.ts';

const CODED: readonly TableId[] = ['T02', 'T03', 'T05', 'T06', 'T07', 'T09', 'T10', 'T11', 'T12'];
const TITLES: Partial<Record<TableId, string>> = {
  T02: '收入决算表',
  T03: '财决04表',
  T05: '财政拨款支出决算明细表',
  T06: '一般公共预算财政拨款支出决算表',
  T07: '一般公共预算财政拨款支出决算明细表',
  T09: '一般公共预算财政拨款项目支出决算表',
  T10: '政府性基金预算财政拨款收入支出决算表',
  T11: '国有资本经营预算财政拨款收入支出决算表',
  T12: '国有资本经营预算财政拨款支出决算表',
};

function ok(r: ImportResult): Extract<ImportResult, { ok: true }>['imported'] {
  assert.ok(r.ok, r.ok ? '' : r.errors.map((e) => e.message).join('\n'));
  return r.imported;
}

async function importCoded(ds: Dataset, o: Omit<CodedOpts, 'title' | 'sheet'>, opts: ImportOptions = {}) {
  const sheets = CODED.map((t, i) => codedMatrix(ds, t, { ...o, title: TITLES[t]!, sheet: `Sheet${i + 1}` }));
  return ok(await importWorkbookBytes(await xlsxOf(sheets), 'export.xlsx', opts));
}

test('split 类|款|项 codes on every row, amounts in 元, 合计 at the bottom, blank rows and columns', async () => {
  const ds = fullDataset(5);
  const im = await importCoded(ds, {
    unit: 'yuan',
    split: 'full',
    totalAtBottom: true,
    extra: true,
    merged: true,
  });
  assert.deepEqual(tableDiffs(ds.tables, im.tables, CODED), []);
  assert.equal(im.unit, 'yuan', 'every sheet in 元: the dataset stays in 元');
  assert.equal(im.year, ds.entity.year);
  assert.equal(im.entityName, ds.entity.name);
});

test('类 and 款 printed once (inherited by the rows below), 万元, headers without merged cells, columns reversed', async () => {
  const ds = fullDataset(6);
  const im = await importCoded(ds, {
    unit: 'wanYuan',
    split: 'inherit',
    totalAtBottom: false,
    extra: true,
    merged: false,
    reversed: true,
  });
  assert.deepEqual(tableDiffs(ds.tables, im.tables, CODED), []);
  assert.equal(im.unit, 'wanYuan');
});

test('元 and 万元 give the same fen', async () => {
  const ds = fullDataset(8);
  const base = { split: false, totalAtBottom: false, extra: false, merged: true } as const;
  const yuan = await importCoded(ds, { ...base, unit: 'yuan' });
  const wan = await importCoded(ds, { ...base, unit: 'wanYuan' });
  assert.deepEqual(tableDiffs(yuan.tables, wan.tables, CODED), []);
  assert.deepEqual(tableDiffs(ds.tables, wan.tables, CODED), []);
});

test('alias titles: 财决04表 is T03, 一般公共预算财政拨款基本支出决算明细表 is T08', async () => {
  const ds = fullDataset(9);
  const t03 = codedMatrix(ds, 'T03', {
    title: '财决04表',
    sheet: 'Sheet3',
    unit: 'wanYuan',
    split: false,
    totalAtBottom: false,
    extra: false,
    merged: true,
  });
  const im = ok(await importWorkbookBytes(await xlsxOf([t03, t08Matrix(ds, 'wanYuan')]), 'x.xlsx'));
  assert.deepEqual(Object.keys(im.tables).sort(), ['T03', 'T08']);
  assert.deepEqual(tableDiffs(ds.tables, im.tables, ['T03', 'T08']), []);
});

test('T01 and T04 with 行次 columns, 金额 headers, unnumbered income labels and numbered 类 lines, in 元', async () => {
  for (const seed of [1, 2, 3]) {
    const ds = fullDataset(seed);
    const sheets = [
      balanceMatrix(ds, 'T01', 'yuan', '收入支出决算总表'),
      balanceMatrix(ds, 'T04', 'yuan', '财政拨款收入支出决算总表'),
    ];
    const im = ok(await importWorkbookBytes(await xlsxOf(sheets), 'x.xlsx'));
    assert.deepEqual(tableDiffs(ds.tables, im.tables, ['T01', 'T04']), []);
  }
});

test('T08 panels with split 类|款 codes and a 合计 under each caption', async () => {
  const ds = fullDataset(4);
  const im = ok(await importWorkbookBytes(await xlsxOf([t08Matrix(ds, 'yuan')]), 'x.xlsx', { year: 2022 }));
  assert.deepEqual(tableDiffs(ds.tables, im.tables, ['T08']), []);
});

test('T13 as 预算数|决算数 pairs and transposed, with 运行维护费 wording', async () => {
  const ds = fullDataset(12);
  for (const layout of ['pairs', 'transposed'] as const) {
    const im = ok(
      await importWorkbookBytes(await xlsxOf([t13Matrix(ds, layout, 'wanYuan')]), 'x.xlsx', { year: 2022 }),
    );
    assert.deepEqual(tableDiffs(ds.tables, im.tables, ['T13']), [], layout);
  }
});

test('a blank 合计 row and blank fixed rows count as absent; a code row with blank cells stays', async () => {
  const ds = fullDataset(2);
  const t06 = ds.tables.T06!;
  const blanked: Dataset = {
    ...ds,
    tables: {
      T06: {
        rows: t06.rows.map((r) =>
          r.code === 'total' || r.code.length === 3
            ? { ...r, cells: Object.fromEntries(Object.keys(r.cells).map((k) => [k, null])) }
            : r,
        ),
      },
    },
  };
  const m = codedMatrix(blanked, 'T06', {
    title: TITLES.T06!,
    sheet: 'S',
    unit: 'wanYuan',
    split: false,
    totalAtBottom: false,
    extra: false,
    merged: true,
  });
  const im = ok(await importWorkbookBytes(await xlsxOf([m]), 'x.xlsx'));
  const codes = im.tables.T06!.rows.map((r) => r.code);
  assert.ok(!codes.includes('total'));
  const lei = im.tables.T06!.rows.find((r) => r.code.length === 3)!;
  assert.ok(
    Object.values(lei.cells).every((v) => v === null),
    'blank stays blank, never 0',
  );
});

test('the unit from the header (合计（元）) when no 单位 line states it', async () => {
  const ds = fullDataset(3);
  const m = codedMatrix(ds, 'T06', {
    title: TITLES.T06!,
    sheet: 'S',
    unit: 'yuan',
    split: false,
    totalAtBottom: false,
    extra: false,
    merged: true,
  });
  const header = (v: string | number | null) =>
    v === '合计' || v === '基本支出' || v === '项目支出' ? `${v}（元）` : v;
  const rows = m.rows.map((row, r) =>
    row.map((v) => (v === '金额单位：元' ? null : r === 2 || r === 3 ? header(v) : v)),
  );
  const im = ok(await importWorkbookBytes(await xlsxOf([{ ...m, rows }]), 'x.xlsx'));
  assert.equal(im.unit, 'yuan');
  assert.deepEqual(tableDiffs(ds.tables, im.tables, ['T06']), []);
});
