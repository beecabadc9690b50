/**
 * @module 二、部门资金收支情况 of the 部门整体绩效评价报告: 本年收入合计 and its sources with shares,
 * 本年支出合计 split into 基本支出/项目支出 (and the other kinds present) with shares, and the
 * 结转结余, every figure linked to its cell in T01/T03.
 */
import { tableDef } from '../../catalog/tables/definitions.ts';
import type { TableId } from '../../catalog/tables/types.ts';
import type { Dataset } from '../../model/types.ts';
import { cellOf } from '../../model/views.ts';
import { type Fen, ZERO } from '../../money/index.ts';
import type { Run } from '../../report/types.ts';
import { stripNumbering } from '../overview/index.ts';
import { SHARE_ADJUSTMENT_NOTE, sharesOf } from '../phrase/shares.ts';
import { cellFigure, percentText } from './figures.ts';

type Part = {
  readonly label: string;
  readonly table: TableId;
  readonly row: string;
  readonly column: string;
  readonly always: boolean;
};

const INCOME_ITEMS: readonly Part[] = (tableDef('T01').fixedRows ?? [])
  .filter((r) => r.side === 'income' && !r.total && /^[一二三四五六七八]、/u.test(r.label))
  .map((r) => ({
    label: stripNumbering(r.label),
    table: 'T01',
    row: r.key,
    column: 'amount',
    always: false,
  }));

const EXPENDITURE_KINDS: readonly Part[] = tableDef('T03')
  .columns.filter((c) => c.id !== 'total')
  .map((c) => ({
    label: c.label,
    table: 'T03',
    row: 'total',
    column: c.id,
    always: c.id === 'basic' || c.id === 'project',
  }));

/**
 * '其中：A X万元，占a%；B Y万元，占b%' over the parts present, shares of the printed parts summing to
 * 100.00% — the same shares as the 决算情况说明 gives for the same parts — and the declared note when the
 * largest remainder moved a share off its own rounding (`adjusted`: the note goes after the sentence).
 */
function breakdown(ds: Dataset, parts: readonly Part[]): { runs: Run[]; adjusted: boolean } {
  const values = parts.map((p) => cellOf(ds, p.table, p.row, p.column));
  const shown = parts.map((p, i) => p.always || (values[i] ?? 0) !== 0);
  if (!shown.some(Boolean)) return { runs: [], adjusted: false };
  const nonNegative = values.every((v) => v === null || v >= 0);
  const computed = nonNegative ? sharesOf(values.map((v) => v ?? ZERO)) : null;
  const shares = computed?.shares ?? null;
  const runs: Run[] = [{ text: '，其中：' }];
  let first = true;
  parts.forEach((p, i) => {
    if (!shown[i]) return;
    if (!first) runs.push({ text: '；' });
    first = false;
    runs.push({ text: p.label }, ...cellFigure(ds, p.table, p.row, p.column, p.label));
    const share = shares?.[i];
    if (share !== undefined && values[i] !== null && sumOf(values) !== 0)
      runs.push({ text: `，占${percentText(share)}` });
  });
  return { runs, adjusted: computed?.adjusted ?? false };
}

/** The sentence's end, and the adjustment note after it when the shares were adjusted. */
function end(b: { adjusted: boolean }): Run[] {
  return [{ text: '。' }, ...(b.adjusted ? [{ text: SHARE_ADJUSTMENT_NOTE }] : [])];
}

const sumOf = (vs: readonly (Fen | null)[]): number => vs.reduce<number>((s, v) => s + (v ?? 0), 0);

/** '2022年县政府办' */
function who(ds: Dataset): string {
  return `${ds.entity.year}年${ds.entity.shortName || ds.entity.name}`;
}

/** （一）总体收入情况 */
export function incomeRuns(ds: Dataset): Run[] {
  const income = breakdown(ds, INCOME_ITEMS);
  return [
    { text: `${who(ds)}本年收入合计` },
    ...cellFigure(ds, 'T01', 'income.total', 'amount', '本年收入合计'),
    ...income.runs,
    ...end(income),
  ];
}

/** （二）总体支出情况 */
export function expenditureRuns(ds: Dataset): Run[] {
  const spending = breakdown(ds, EXPENDITURE_KINDS);
  return [
    { text: `${who(ds)}本年支出合计` },
    ...cellFigure(ds, 'T01', 'expenditure.total', 'amount', '本年支出合计'),
    ...spending.runs,
    ...end(spending),
  ];
}

/** （三）总体结转结余情况 */
export function balanceRuns(ds: Dataset): Run[] {
  return [
    { text: `${who(ds)}年初结转和结余` },
    ...cellFigure(ds, 'T01', 'income.opening', 'amount', '年初结转和结余'),
    { text: '，年末结转和结余' },
    ...cellFigure(ds, 'T01', 'expenditure.closing', 'amount', '年末结转和结余'),
    { text: '。' },
  ];
}
