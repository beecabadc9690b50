/**
 * @module Amounts read from tables: each figure with its row label (item or 类/款/项 code) and its
 * column label (预算数 / 决算数 / 上年, or an item in the wide 三公 layout). Blank cells are not zero.
 */
import { catalogFor } from '../../catalog/classification/index.ts';
import { normaliseCell } from '../normalise.ts';
import type { TableBlock } from '../types.ts';
import { domainOfTitle } from './domain.ts';
import { indicatorIn, roleOf } from './indicators.ts';
import { type AmountUnit, halfUlpOf, toFen } from './tokens.ts';
import type { AmountFact } from './types.ts';

const FIGURE = /^(-?\d{1,3}(?:,\d{3})+|-?\d+)(?:\.(\d+))?$/;
const UNIT = /单位[:：]?\s*(万元|亿元|元)/;
const TOTAL_ROW = /^(合计|总计|小计)$/;
/** Rows whose figures are what their columns name: the totals, and a single-row table's 金额 line (T13). */
const COLUMN_ROW = /^(合计|总计|小计|金额|决算数|预算数)$/;
const CODE_HEADER = /编码|代码|行次|栏次/;
// Column headers that say which figure of the row (its total, budget or actual), not another figure.
const GENERIC_COLUMN =
  /^(合计|小计|金额|本年|上年|决算|预算|年初预算|全年预算|调整预算|调整后预算|执行|实际|本年决算|上年决算|本年支出|本年收入)数?(\(万元\)|\(元\))?$/;

/** The 类/款/项 path of a functional code ("2010301", "201 03 01"), for a year. */
function funcKeyOfCode(label: string, year: number): string | undefined {
  const m = /^(\d{3})\s*(\d{2})?\s*(\d{2})?(?!\d)/.exec(label);
  if (!m) return undefined;
  const code = m.slice(1).filter(Boolean).join('');
  const cat = catalogFor('functional', year);
  const names: string[] = [];
  for (const len of [3, 5, 7]) {
    if (code.length < len) break;
    const e = cat.get(code.slice(0, len));
    if (!e) return undefined;
    names.push(e.name.normalize('NFKC'));
  }
  return `func:${names.join('/')}`;
}

function keyOf(label: string, tableKey: string | undefined, year: number): string | undefined {
  const plain = label.replace(/\s+/g, '');
  if (TOTAL_ROW.test(plain.replace(/^其中[:：]?/, ''))) return tableKey;
  return funcKeyOfCode(label, year) ?? indicatorIn(plain)?.key;
}

/** The unit of a table: a "单位：…" cell or the title, else the document's default. */
function tableUnit(rows: readonly string[][], title: string, fallback: AmountUnit): AmountUnit {
  for (const text of [title, ...rows.flat()]) {
    const m = UNIT.exec(text);
    if (m) return m[1] as AmountUnit;
  }
  return fallback;
}

/** Amount facts of one table; ids come from `nextId`. */
export function tableFacts(
  table: TableBlock,
  opts: { defaultUnit: AmountUnit; year: number; nextId: () => number },
): AmountFact[] {
  const rows = table.rows.map((r) => r.map(normaliseCell));
  const title = normaliseCell(table.title ?? '');
  const unit = tableUnit(rows, title, opts.defaultUnit);
  const tableKey = indicatorIn(title.replace(/决算表|预算表|表$/, ''))?.key;
  const firstData = rows.findIndex(
    (r) => r.slice(1).some((c) => FIGURE.test(c)) && !r.every((c) => /^\d{1,2}$/.test(c) || c === ''),
  );
  // Without a title or a header row nothing says what the figures are (chart data, stray lists).
  if (firstData < 0 || (firstData === 0 && title === '')) return [];
  const header = rows.slice(0, firstData).filter((r) => !r.some((c) => UNIT.test(c)));
  const width = Math.max(...rows.map((r) => r.length));
  // A blank header cell under-spans its left neighbour only when the row below names sub-columns there.
  const headerCell = (r: number, j: number): string => {
    const row = header[r]!;
    if ((row[j] ?? '') !== '') return row[j]!;
    if (r + 1 >= header.length || (header[r + 1]![j] ?? '') === '') return '';
    for (let k = j - 1; k >= 1; k -= 1) if ((row[k] ?? '') !== '') return row[k]!;
    return '';
  };
  const columns = Array.from({ length: width }, (_, j) =>
    header.map((_, r) => headerCell(r, j)).filter(Boolean),
  );
  const codeColumn = columns.map((c) => c.some((h) => CODE_HEADER.test(h)));
  // Figures of a table for one fund other than the general budget, or of income by function, are not the
  // narrative's figures of the same name: their keys are scoped to the table.
  const funcScope = /一般公共预算/.test(title) && !/收入决算/.test(title) ? '' : `${title}|`;
  const scope = /政府性基金|国有资本经营/.test(title) ? `${title}|` : '';
  const domain = domainOfTitle(title);
  const out: AmountFact[] = [];
  for (const row of rows.slice(firstData)) {
    let label: string[] = [];
    let fresh = true;
    for (let j = 0; j < width; j += 1) {
      const cell = row[j] ?? '';
      const m = FIGURE.exec(cell);
      if (cell === '') continue;
      if (!m || codeColumn[j]) {
        // Label cells (and codes) name the figures to their right, up to the next label (panels).
        label = fresh ? [cell] : [...label, cell];
        fresh = false;
        continue;
      }
      fresh = true;
      const fact = cellFact(cell, m, label, columns[j] ?? [], {
        tableKey,
        scope,
        funcScope,
        unit,
        title,
        year: opts.year,
      });
      if (fact)
        out.push({
          ...fact,
          id: opts.nextId(),
          ...(domain === undefined ? {} : { domain }),
          ...(table.page === undefined ? {} : { evidence: { text: fact.evidence.text, page: table.page } }),
        });
    }
  }
  return out;
}

type CellContext = {
  tableKey: string | undefined;
  scope: string;
  funcScope: string;
  unit: AmountUnit;
  title: string;
  year: number;
};

/** The fact of one figure cell, from its row label and its column's header labels. */
function cellFact(
  cell: string,
  m: RegExpExecArray,
  label: readonly string[],
  column: readonly string[],
  ctx: CellContext,
): Omit<AmountFact, 'id'> | undefined {
  const rowLabel = label.join(' ');
  // Several labels naming different indicators are a chart's series names, not a row label.
  if (new Set(label.map((c) => keyOf(c, ctx.tableKey, ctx.year)).filter(Boolean)).size > 1) return undefined;
  let rowKey = keyOf(rowLabel, ctx.tableKey, ctx.year);
  if (rowKey?.startsWith('func:')) rowKey = `${ctx.funcScope}${rowKey}`;
  const col = column.join(' ');
  const last = column[column.length - 1] ?? '';
  const colKey = indicatorIn(last.replace(/\s+/g, ''))?.key ?? indicatorIn(col.replace(/\s+/g, ''))?.key;
  // A row nothing names (an economic 款 such as 30101 基本工资) is not the column's or the table's
  // total: only an unlabelled row or the 合计/总计 row stands for them.
  const totalRow = rowLabel === '' || COLUMN_ROW.test(rowLabel.replace(/\s+/g, ''));
  let key = rowKey ?? (totalRow ? (colKey ?? (TOTAL_ROW.test(last) ? ctx.tableKey : undefined)) : undefined);
  // A column that qualifies the row (基本支出, a fund, a year) makes a different figure of that row.
  if (rowKey && !GENERIC_COLUMN.test(last.replace(/\s+/g, '')) && last !== '')
    key = `${rowKey}|${colKey ?? last}`;
  const value = toFen(m[1]!, m[2] ?? '', ctx.unit);
  if (value === null || key === undefined) return undefined;
  key = `${ctx.scope}${key}`;
  const role = /预算|上年/.test(col) ? roleOf(col, ctx.year) : roleOf(rowLabel, ctx.year);
  const shown = ctx.title.replace(/\s*单位[:：].*$/, '') || '表格';
  return {
    sentence: -1,
    line: -1,
    part: -1,
    pos: 0,
    evidence: { text: `${shown}：${[rowLabel, col].filter(Boolean).join('，')} ${cell}` },
    key,
    inherited: false,
    role,
    value,
    halfUlp: halfUlpOf((m[2] ?? '').length, ctx.unit),
    unit: ctx.unit,
    unitInferred: true,
    raw: cell,
    label: [rowLabel, col].filter(Boolean).join(' '),
    source: 'table',
  };
}
