/**
 * @module Test helpers: the additive identities of each table, checked on the open-data CSV records
 * (amounts parsed from 元 text to fen and summed exactly). With figures entered in 万元, each rounded to
 * 0.01万元, n parts may miss their total by the rounding envelope n × 0.005万元 = n × 50元; with figures
 * entered in 元 every identity must hold to the fen.
 */
import { tableDef } from '../../catalog/tables/definitions.ts';
import type { TableId } from '../../catalog/tables/types.ts';
import { type Fen, parseAmount, roundingEnvelope, sumFen } from '../../money/index.ts';

type Rec = Readonly<Record<string, string>>;

/** One identity: the parts, their total, the gap and the gap allowed. */
export type SumCheck = {
  readonly label: string;
  readonly parts: number;
  readonly sum: Fen;
  readonly total: Fen;
  readonly gap: Fen;
  readonly allowed: Fen;
};

function amount(text: string | undefined): Fen | null {
  if (text === undefined || text === '') return null;
  const r = parseAmount(text, 'yuan');
  if (!r.ok) throw new Error(`not an amount in 元: "${text}"`);
  return r.value;
}

const FUNCTIONAL_ROWS: Partial<Record<TableId, [string, string[]][]>> = {
  T02: [['total', ['fiscal', 'superior', 'business', 'operating', 'affiliated', 'other']]],
  T03: [['total', ['basic', 'project', 'toSuperior', 'operating', 'toAffiliated']]],
  T05: [['total', ['generalBudget', 'governmentFund', 'stateCapital']]],
  T06: [['total', ['basic', 'project']]],
  T07: [['total', ['personnel', 'public', 'project']]],
  T10: [['expenditure', ['basic', 'project']]],
  T11: [['expenditure', ['basic', 'project']]],
  T12: [['total', ['basic', 'project']]],
};

/** Every additive identity of one table's CSV records; `rounded` when the figures were entered in 万元. */
export function sumChecks(id: TableId, records: readonly Rec[], rounded: boolean): SumCheck[] {
  const def = tableDef(id);
  const out: SumCheck[] = [];
  const row = (code: string) => records.find((r) => r['row_code'] === code);
  const check = (label: string, parts: (string | undefined)[], total: string | undefined) => {
    const values = parts.map(amount).filter((v): v is Fen => v !== null);
    const t = amount(total);
    // No part stated (e.g. the seed's T08 gives the 人员/公用经费 totals but no 款 amounts): nothing to add up.
    if (values.length === 0) return;
    const sum = sumFen(values);
    const tt = t ?? (0 as Fen);
    out.push({
      label,
      parts: values.length,
      sum,
      total: tt,
      gap: (sum - tt) as Fen,
      allowed: rounded ? roundingEnvelope(values.length) : (0 as Fen),
    });
  };
  const byCol = (label: string, parts: readonly Rec[], total: Rec | undefined, cols: readonly string[]) => {
    if (total === undefined || parts.length === 0) return;
    for (const c of cols)
      check(
        `${id} ${label} ${c}`,
        parts.map((p) => p[c]),
        total[c],
      );
  };
  const cols = def.columns.map((c) => c.id);
  const level = (l: string) => records.filter((r) => r['level'] === l);

  // 1. The total row against its items.
  if (def.keying === 'functional' || def.keying === 'economic') {
    byCol('Σ类 = 合计', level('类'), row('total'), cols);
  }
  if (id === 'T01') {
    const income = records.filter((r) =>
      /^income\.(generalBudget|governmentFund|stateCapital|superior|business|operating|affiliated|other)$/.test(
        r['row_code']!,
      ),
    );
    byCol('Σ收入1–8 = 本年收入合计', income, row('income.total'), cols);
    byCol('Σ类 = 本年支出合计', level('类'), row('expenditure.total'), cols);
    const grand = ['income.total', 'income.useNonFiscalBalance', 'income.opening']
      .map(row)
      .filter((r) => r !== undefined);
    byCol('收入总计', grand, row('income.grandTotal'), cols);
    const out2 = ['expenditure.total', 'expenditure.balanceDistribution', 'expenditure.closing']
      .map(row)
      .filter((r) => r !== undefined);
    byCol('支出总计', out2, row('expenditure.grandTotal'), cols);
  }
  if (id === 'T04') {
    const income = ['income.generalBudget', 'income.governmentFund', 'income.stateCapital']
      .map(row)
      .filter((r) => r !== undefined);
    byCol('Σ收入 = 本年收入合计', income, row('income.total'), ['amount']);
    const opening = [
      'income.opening.generalBudget',
      'income.opening.governmentFund',
      'income.opening.stateCapital',
    ]
      .map(row)
      .filter((r) => r !== undefined);
    byCol('Σ年初 = 年初结转和结余', opening, row('income.opening'), ['amount']);
    const grand = ['income.total', 'income.opening'].map(row).filter((r) => r !== undefined);
    byCol('收入总计', grand, row('income.grandTotal'), ['amount']);
    const spend = ['total', 'generalBudget', 'governmentFund', 'stateCapital'];
    byCol('Σ类 = 本年支出合计', level('类'), row('expenditure.total'), spend);
    const out2 = ['expenditure.total', 'expenditure.closing'].map(row).filter((r) => r !== undefined);
    byCol('支出总计', out2, row('expenditure.grandTotal'), spend);
    for (const r of records.filter((x) => x['row_code']!.startsWith('expenditure.') || x['level'] === '类'))
      check(
        `${id} ${r['row_code']} 合计 = Σ资金`,
        ['generalBudget', 'governmentFund', 'stateCapital'].map((c) => r[c]),
        r['total'],
      );
  }
  if (id === 'T08') {
    const kuan = level('款');
    const personnel = kuan.filter((r) => /^30[13]/.test(r['row_code']!));
    byCol('Σ人员经费款 = 人员经费合计', personnel, row('total.personnel'), cols);
    byCol(
      'Σ公用经费款 = 公用经费合计',
      kuan.filter((r) => !personnel.includes(r)),
      row('total.public'),
      cols,
    );
  }
  if (id === 'T13') {
    for (const b of ['budget', 'actual']) {
      const r = row('amount');
      if (r === undefined) continue;
      check(
        `${id} ${b} 合计 = 出国+车辆+接待`,
        [r[`${b}.abroad`], r[`${b}.vehicle`], r[`${b}.reception`]],
        r[`${b}.total`],
      );
      check(
        `${id} ${b} 车辆小计 = 购置+运行`,
        [r[`${b}.vehiclePurchase`], r[`${b}.vehicleOperation`]],
        r[`${b}.vehicle`],
      );
    }
  }

  // 2. Each 类 and 款 against the nearest level of its children that the table lists.
  if (def.keying === 'functional' || def.keying === 'economic') {
    for (const parent of records.filter((r) => r['level'] === '类' || r['level'] === '款')) {
      const code = parent['row_code']!;
      const below = records.filter(
        (r) => r['row_code']!.startsWith(code) && r['row_code'] !== code && /^\d+$/.test(r['row_code']!),
      );
      const nearest = Math.min(...below.map((r) => r['row_code']!.length));
      byCol(
        `${code} = Σ下级`,
        below.filter((r) => r['row_code']!.length === nearest),
        parent,
        cols,
      );
    }
  }

  // 3. Across the columns of each row.
  for (const [totalCol, partCols] of FUNCTIONAL_ROWS[id] ?? []) {
    for (const r of records)
      check(
        `${id} ${r['row_code']} ${totalCol} = Σ栏`,
        partCols.map((c) => r[c]),
        r[totalCol],
      );
  }
  return out;
}
