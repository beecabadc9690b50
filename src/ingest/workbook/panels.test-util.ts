/**
 * @module Test helpers: the side-by-side and single-row tables laid out the way other exports do —
 * T01/T04 with 行次 columns, 金额 headers and unnumbered labels; T08 in panels with split 类|款 codes;
 * T13 as 预算数/决算数 pairs or transposed.
 */
import { catalogFor } from '../../catalog/classification/index.ts';
import { TABLES } from '../../catalog/tables/definitions.ts';
import type { Dataset } from '../../model/types.ts';
import type { Unit } from '../../money/index.ts';
import type { Matrix } from './books.test-util.ts';
import { amount, type Cell, headerRows, unitLine } from './variants.test-util.ts';

const CN = [
  '一',
  '二',
  '三',
  '四',
  '五',
  '六',
  '七',
  '八',
  '九',
  '十',
  '十一',
  '十二',
  '十三',
  '十四',
  '十五',
];

/** T01 or T04 with 行次 columns, 金额 for 决算数, income labels without numbering and numbered 类 lines. */
export function balanceMatrix(ds: Dataset, table: 'T01' | 'T04', unit: Unit, title: string): Matrix {
  const def = TABLES[table];
  const rows = ds.tables[table]?.rows ?? [];
  const incomeCols = def.columns.filter((c) => c.side !== 'expenditure');
  const expCols = def.columns.filter((c) => c.side !== 'income');
  const label = (l: string) => (l === '决算数' ? '金额' : l);
  const paths = [
    ['收入', '项目'],
    ['收入', '行次'],
    ...incomeCols.map((c) => ['收入', label(c.label)]),
    ['支出', '项目'],
    ['支出', '行次'],
    ...expCols.map((c) => ['支出', label(c.label)]),
  ];
  const width = paths.length;
  const blank = (): Cell[] => Array.from({ length: width }, () => null);
  const out: Cell[][] = [];
  const t = blank();
  t[0] = `${ds.entity.year}年度${title}`;
  out.push(t);
  const info = blank();
  info[0] = `部门：${ds.entity.name}`;
  info[width - 1] = unitLine(unit);
  out.push(info);
  const h = headerRows(paths, true, out.length);
  out.push(...h.rows);
  const fixed = def.fixedRows ?? [];
  const byKey = new Map(rows.map((r) => [r.code, r]));
  const catalog = catalogFor('functional', ds.entity.year);
  const income = fixed
    .filter((f) => f.side === 'income')
    .map((f) => ({ text: f.label.replace(/^[一二三四五六七八九十]+、/, ''), key: f.key }));
  const lei = rows.filter((r) => /^\d{3}$/.test(r.code));
  const expenditure = [
    ...lei.map((r, i) => ({ text: `${CN[i]}、${r.name || catalog.get(r.code)?.name}`, key: r.code })),
    ...fixed.filter((f) => f.side === 'expenditure').map((f) => ({ text: f.label, key: f.key })),
  ];
  const n = Math.max(income.length, expenditure.length);
  const expAt = 2 + incomeCols.length;
  for (let i = 0; i < n; i++) {
    const row = blank();
    const inc = income[i];
    if (inc) {
      row[0] = inc.text;
      row[1] = i + 1;
      incomeCols.forEach((c, k) => {
        row[2 + k] = amount(byKey.get(inc.key)?.cells[c.id], unit);
      });
    }
    const exp = expenditure[i];
    if (exp) {
      row[expAt] = exp.text;
      row[expAt + 1] = 100 + i;
      expCols.forEach((c, k) => {
        row[expAt + 2 + k] = amount(byKey.get(exp.key)?.cells[c.id], unit);
      });
    }
    out.push(row);
  }
  return { name: table, rows: out, merges: h.merges };
}

/** T08 as two panels {类, 款, 科目名称, 金额} captioned 人员经费 | 公用经费, each closed by a 合计 line. */
export function t08Matrix(ds: Dataset, unit: Unit): Matrix {
  const rows = ds.tables.T08?.rows ?? [];
  const panel = (caption: string) => [
    [caption, '科目编码', '类'],
    [caption, '科目编码', '款'],
    [caption, '科目名称'],
    [caption, '金额'],
  ];
  const paths = [...panel('人员经费'), ...panel('公用经费')];
  const out: Cell[][] = [
    ['一般公共预算财政拨款基本支出决算明细表', null, null, null, null, null, null, null],
  ];
  out.push([`编制单位：${ds.entity.name}`, null, null, null, null, null, null, unitLine(unit)]);
  const h = headerRows(paths, true, out.length);
  out.push(...h.rows);
  const coded = rows.filter((r) => /^\d+$/.test(r.code));
  const left = coded.filter((r) => /^30[13]/.test(r.code));
  const right = coded.filter((r) => !/^30[13]/.test(r.code));
  const part = (r: (typeof rows)[number] | undefined): Cell[] =>
    r === undefined
      ? [null, null, null, null]
      : [r.code.slice(0, 3), r.code.slice(3) || null, r.name, amount(r.cells['amount'], unit)];
  for (let i = 0; i < Math.max(left.length, right.length); i++)
    out.push([...part(left[i]), ...part(right[i])]);
  const total = (key: string) => amount(rows.find((r) => r.code === key)?.cells['amount'], unit);
  out.push(['合计', null, null, total('total.personnel'), '合计', null, null, total('total.public')]);
  return { name: '基本支出', rows: out, merges: h.merges };
}

const SANGONG: readonly [string, string][] = [
  ['total', '合计'],
  ['abroad', '因公出国（境）费'],
  ['vehicle', '公务用车购置及运行维护费'],
  ['vehiclePurchase', '其中：公务用车购置费'],
  ['vehicleOperation', '公务用车运行维护费'],
  ['reception', '公务接待费'],
];

/** T13 as six 预算数|决算数 pairs (Shanghai) or transposed (one row per item). */
export function t13Matrix(ds: Dataset, layout: 'pairs' | 'transposed', unit: Unit): Matrix {
  const cells = ds.tables.T13?.rows.find((r) => r.code === 'amount')?.cells ?? {};
  const title = ['财政拨款“三公”经费支出决算表'];
  const info = [`编制单位：${ds.entity.name}`, unitLine(unit)];
  if (layout === 'transposed') {
    const rows: Cell[][] = [title, info, ['项目', '预算数', '决算数']];
    for (const [id, text] of SANGONG)
      rows.push([text, amount(cells[`budget.${id}`], unit), amount(cells[`actual.${id}`], unit)]);
    return { name: '三公', rows };
  }
  const paths = SANGONG.flatMap(([, text]) => {
    const group =
      text.startsWith('其中') || text === '公务用车运行维护费' || text === '公务用车购置及运行维护费';
    const label = text.replace('其中：', '');
    const p = group
      ? ['公务用车购置及运行维护费', label === '公务用车购置及运行维护费' ? '小计' : label]
      : [label];
    return [
      [...p, '预算数'],
      [...p, '决算数'],
    ];
  });
  const h = headerRows(paths, true, 2);
  const row = SANGONG.flatMap(([id]) => [
    amount(cells[`budget.${id}`], unit),
    amount(cells[`actual.${id}`], unit),
  ]);
  return { name: '三公', rows: [title, info, ...h.rows, row], merges: h.merges };
}
