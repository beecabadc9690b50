/**
 * @module Synthetic departments for property tests and benchmarks: every table built from one set of
 * exact 项 amounts, so all identities hold; optionally every figure rounded to 0.01万元 one by one,
 * as published reports are (then sums may miss by the rounding envelope, never more).
 */
import { catalogFor } from '../src/catalog/classification/index.ts';
import type { TableId } from '../src/catalog/tables/types.ts';
import type { Dataset, TableData, TableRow } from '../src/model/types.ts';
import { type Fen, fen, roundToWanCent } from '../src/money/index.ts';

/** A small deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
/** A random amount in fen between lo and hi 元. */
const yuan = (r: Rand, lo: number, hi: number): Fen => fen(int(r, lo, hi) * 100 + int(r, 0, 99));

const PERSONNEL_KUAN = [
  '30101',
  '30102',
  '30103',
  '30107',
  '30108',
  '30110',
  '30112',
  '30113',
  '30302',
  '30305',
];
const PUBLIC_KUAN = [
  '30201',
  '30205',
  '30206',
  '30211',
  '30213',
  '30226',
  '30228',
  '30229',
  '30239',
  '30299',
];

type Item = { code: string; basic: Fen; project: Fen; other: Fen };

function split(r: Rand, total: Fen, n: number): Fen[] {
  if (n <= 1) return [total];
  const cuts = Array.from({ length: n - 1 }, () => Math.floor(r() * (total + 1))).sort((a, b) => a - b);
  const out: Fen[] = [];
  let prev = 0;
  for (const c of [...cuts, total]) {
    out.push(fen(c - prev));
    prev = c;
  }
  return out;
}

const add = (...xs: Fen[]): Fen => fen(xs.reduce((s, x) => s + x, 0));

export type SynthOptions = { seed: number; year?: number; rounded?: boolean; name?: string };

/** A consistent department dataset. With `rounded`, amounts are in 万元, each rounded to 0.01万元. */
export function synthDataset(opts: SynthOptions): Dataset {
  const r = rng(opts.seed);
  const year = opts.year ?? 2022;
  const cat = catalogFor('functional', year);
  const econ = catalogFor('economic', year);
  const xiang = cat.lei().flatMap((l) => cat.children(l.code).flatMap((k) => cat.children(k.code)));
  const chosen = new Set<string>();
  const nItems = int(r, 3, 14);
  while (chosen.size < Math.min(nItems, xiang.length)) chosen.add(pick(r, xiang).code);
  const items: Item[] = [...chosen].sort().map((code) => ({
    code,
    basic: r() < 0.8 ? yuan(r, 10_000, 4_000_000) : fen(0),
    project: r() < 0.35 ? yuan(r, 5_000, 2_000_000) : fen(0),
    other: r() < 0.15 ? yuan(r, 1_000, 300_000) : fen(0),
  }));
  const out = (f: Fen): Fen => (opts.rounded ? roundToWanCent(f) : f);
  const nameOf = (code: string) => cat.get(code)?.name ?? '';

  // Functional hierarchy rows from 项 amounts, for chosen columns.
  const functionalTable = (cols: Record<string, (it: Item) => Fen>, withTotal = true): TableData => {
    const rows: TableRow[] = [];
    const sumFor = (pred: (it: Item) => boolean) =>
      Object.fromEntries(
        Object.entries(cols).map(([c, f]) => [c, out(add(...items.filter(pred).map(f)))]),
      ) as Record<string, Fen>;
    if (withTotal) rows.push({ code: 'total', name: '合计', cells: sumFor(() => true) });
    const leis = [...new Set(items.map((i) => i.code.slice(0, 3)))].sort();
    for (const l of leis) {
      rows.push({ code: l, name: nameOf(l), cells: sumFor((i) => i.code.startsWith(l)) });
      const kuans = [
        ...new Set(items.filter((i) => i.code.startsWith(l)).map((i) => i.code.slice(0, 5))),
      ].sort();
      for (const k of kuans) {
        rows.push({ code: k, name: nameOf(k), cells: sumFor((i) => i.code.startsWith(k)) });
        for (const it of items.filter((i) => i.code.startsWith(k))) {
          rows.push({ code: it.code, name: nameOf(it.code), cells: sumFor((i) => i === it) });
        }
      }
    }
    // Published tables list only rows with an amount.
    return {
      rows: rows.filter((row) => row.code === 'total' || Object.values(row.cells).some((v) => v !== 0)),
    };
  };
  const gb = (i: Item) => add(i.basic, i.project);
  const all = (i: Item) => add(i.basic, i.project, i.other);
  const basicTotal = add(...items.map((i) => i.basic));
  const projectTotal = add(...items.map((i) => i.project));
  const otherTotal = add(...items.map((i) => i.other));
  const gbTotal = add(basicTotal, projectTotal);
  const allTotal = add(gbTotal, otherTotal);

  // 三公 within 公用经费 and 项目支出.
  const reception = r() < 0.8 ? yuan(r, 1_000, 80_000) : fen(0);
  const vehicleOperation = r() < 0.5 ? yuan(r, 1_000, 60_000) : fen(0);
  const vehiclePurchase =
    projectTotal >= 30_000_000 && r() < 0.3
      ? yuan(r, 100_000, Math.min(250_000, Math.floor(projectTotal / 100)))
      : fen(0);
  const abroad = r() < 0.1 ? yuan(r, 5_000, 60_000) : fen(0);
  // Basic expenditure = 人员经费 + 公用经费; 公用经费 must cover the 三公 items paid from it.
  const publicMin = add(reception, vehicleOperation, abroad);
  const personnel = fen(
    Math.max(0, basicTotal - Math.max(publicMin, Math.floor(basicTotal * (0.1 + r() * 0.2)))),
  );
  const pub = fen(basicTotal - personnel);
  const personnelKuan = PERSONNEL_KUAN.filter(() => r() < 0.6);
  if (personnelKuan.length === 0) personnelKuan.push('30101');
  const personnelParts = split(r, personnel, personnelKuan.length);
  const publicFixed: [string, Fen][] = [];
  if (reception > 0) publicFixed.push(['30217', reception]);
  if (vehicleOperation > 0) publicFixed.push(['30231', vehicleOperation]);
  if (abroad > 0) publicFixed.push(['30212', abroad]);
  const rest = fen(pub - add(reception, vehicleOperation, abroad));
  const publicKuan = PUBLIC_KUAN.filter(() => r() < 0.5);
  if (publicKuan.length === 0) publicKuan.push('30201');
  const publicParts = split(r, rest, publicKuan.length);
  const econAmounts = new Map<string, { personnel: Fen; public: Fen; project: Fen }>();
  const put = (code: string, col: 'personnel' | 'public' | 'project', v: Fen) => {
    const e = econAmounts.get(code) ?? { personnel: fen(0), public: fen(0), project: fen(0) };
    e[col] = add(e[col], v);
    econAmounts.set(code, e);
  };
  for (const [i, c] of personnelKuan.entries()) put(c, 'personnel', personnelParts[i]!);
  for (const [i, c] of publicKuan.entries()) put(c, 'public', publicParts[i]!);
  for (const [c, v] of publicFixed) put(c, 'public', v);
  if (projectTotal > 0) {
    if (vehiclePurchase > 0) put('31013', 'project', vehiclePurchase);
    const projectParts = split(r, fen(projectTotal - vehiclePurchase), 2);
    put('30299', 'project', projectParts[0]!);
    put('30226', 'project', projectParts[1]!);
  }
  const econCodes = [...econAmounts.keys()].sort();
  const econName = (c: string) => econ.get(c)?.name ?? '';
  const econTable = (cols: ('personnel' | 'public' | 'project')[], total: boolean): TableRow[] => {
    const rows: TableRow[] = [];
    const leis = [...new Set(econCodes.map((c) => c.slice(0, 3)))].sort();
    const cell = (codes: string[]) => {
      const cells: Record<string, Fen> = {};
      for (const col of cols) cells[col] = out(add(...codes.map((c) => econAmounts.get(c)![col])));
      if (total)
        cells['total'] = out(add(...codes.flatMap((c) => cols.map((col) => econAmounts.get(c)![col]))));
      return cells;
    };
    for (const l of leis) {
      const inLei = econCodes.filter(
        (c) => c.startsWith(l) && cols.some((col) => econAmounts.get(c)![col] > 0),
      );
      if (inLei.length === 0) continue;
      rows.push({ code: l, name: econName(l), cells: cell(inLei) });
      for (const c of inLei) rows.push({ code: c, name: econName(c), cells: cell([c]) });
    }
    return rows;
  };
  const projectEcon = add(...econCodes.map((c) => econAmounts.get(c)!.project));
  const t07Rows = econTable(['personnel', 'public', 'project'], true);
  const t08Rows = econTable(['personnel', 'public'], false).map((row) => ({
    ...row,
    cells: { amount: add(...(Object.values(row.cells) as Fen[])) },
  }));

  const opening = r() < 0.5 ? yuan(r, 0, 500_000) : fen(0);
  const t04Lei = functionalTable({ total: gb, generalBudget: gb }, false).rows.filter(
    (x) => x.code.length === 3,
  );
  const leiAll = functionalTable({ amount: all }, false).rows.filter((x) => x.code.length === 3);
  const tables: Partial<Record<TableId, TableData>> = {
    T01: {
      rows: [
        {
          code: 'income.generalBudget',
          name: '一、一般公共预算财政拨款收入',
          cells: { amount: out(gbTotal) },
        },
        { code: 'income.governmentFund', name: '', cells: { amount: fen(0) } },
        { code: 'income.stateCapital', name: '', cells: { amount: fen(0) } },
        { code: 'income.superior', name: '', cells: { amount: fen(0) } },
        { code: 'income.business', name: '', cells: { amount: out(otherTotal) } },
        { code: 'income.operating', name: '', cells: { amount: fen(0) } },
        { code: 'income.affiliated', name: '', cells: { amount: fen(0) } },
        { code: 'income.other', name: '', cells: { amount: fen(0) } },
        { code: 'income.total', name: '本年收入合计', cells: { amount: out(allTotal) } },
        { code: 'income.useNonFiscalBalance', name: '', cells: { amount: fen(0) } },
        { code: 'income.opening', name: '', cells: { amount: out(opening) } },
        { code: 'income.grandTotal', name: '总计', cells: { amount: out(add(allTotal, opening)) } },
        ...leiAll,
        { code: 'expenditure.total', name: '本年支出合计', cells: { amount: out(allTotal) } },
        { code: 'expenditure.balanceDistribution', name: '', cells: { amount: fen(0) } },
        { code: 'expenditure.closing', name: '', cells: { amount: out(opening) } },
        { code: 'expenditure.grandTotal', name: '总计', cells: { amount: out(add(allTotal, opening)) } },
      ],
    },
    T02: functionalTable({ total: all, fiscal: gb, business: (i) => i.other }),
    T03: functionalTable({ total: all, basic: (i) => i.basic, project: (i) => add(i.project, i.other) }),
    T04: {
      rows: [
        { code: 'income.generalBudget', name: '', cells: { amount: out(gbTotal) } },
        { code: 'income.governmentFund', name: '', cells: { amount: fen(0) } },
        { code: 'income.stateCapital', name: '', cells: { amount: fen(0) } },
        { code: 'income.total', name: '', cells: { amount: out(gbTotal) } },
        { code: 'income.opening', name: '', cells: { amount: out(opening) } },
        { code: 'income.opening.generalBudget', name: '', cells: { amount: out(opening) } },
        { code: 'income.grandTotal', name: '', cells: { amount: out(add(gbTotal, opening)) } },
        ...t04Lei,
        {
          code: 'expenditure.total',
          name: '',
          cells: {
            total: out(gbTotal),
            generalBudget: out(gbTotal),
            governmentFund: fen(0),
            stateCapital: fen(0),
          },
        },
        {
          code: 'expenditure.closing',
          name: '',
          cells: {
            total: out(opening),
            generalBudget: out(opening),
            governmentFund: fen(0),
            stateCapital: fen(0),
          },
        },
        {
          code: 'expenditure.grandTotal',
          name: '',
          cells: {
            total: out(add(gbTotal, opening)),
            generalBudget: out(add(gbTotal, opening)),
            governmentFund: fen(0),
            stateCapital: fen(0),
          },
        },
      ],
    },
    T05: functionalTable({ total: gb, generalBudget: gb }),
    T06: functionalTable({ total: gb, basic: (i) => i.basic, project: (i) => i.project }),
    T07: {
      rows: [
        {
          code: 'total',
          name: '合计',
          cells: {
            total: out(add(personnel, pub, projectEcon)),
            personnel: out(personnel),
            public: out(pub),
            project: out(projectEcon),
          },
        },
        ...t07Rows,
      ],
    },
    T08: {
      rows: [
        { code: 'total.personnel', name: '人员经费合计', cells: { amount: out(personnel) } },
        { code: 'total.public', name: '公用经费合计', cells: { amount: out(pub) } },
        ...t08Rows,
      ],
    },
    T09: functionalTable({ total: (i) => i.project }),
    T10: { rows: [] },
    T11: { rows: [] },
    T12: { rows: [] },
    T13: {
      rows: [
        {
          code: 'amount',
          name: '金额',
          cells: Object.fromEntries(
            (['budget', 'actual'] as const).flatMap((b) => [
              [`${b}.total`, out(add(abroad, vehiclePurchase, vehicleOperation, reception))],
              [`${b}.abroad`, out(abroad)],
              [`${b}.vehicle`, out(add(vehiclePurchase, vehicleOperation))],
              [`${b}.vehiclePurchase`, out(vehiclePurchase)],
              [`${b}.vehicleOperation`, out(vehicleOperation)],
              [`${b}.reception`, out(reception)],
            ]),
          ),
        },
      ],
    },
  };
  const t09 = tables.T09!;
  tables.T09 = { rows: t09.rows.filter((row) => row.code === 'total' || (row.cells['total'] ?? 0) > 0) };
  const name = opts.name ?? `合成部门${opts.seed}`;
  const prior = (f: Fen) => out(fen(Math.floor(f * (0.95 + r() * 0.08))));
  const changes = {
    grandTotal: '业务量变化。',
    incomeTotal: '业务量变化。',
    expenditureTotal: '业务量变化。',
    fiscalGrandTotal: '业务量变化。',
    generalBudgetExpenditure: '业务量变化。',
    basic: '人员变动。',
    sangongTotal: '公务活动变化。',
    sangongBudget: '公务活动变化。',
    sangongAbroad: '公务活动变化。',
    sangongVehicle: '公务活动变化。',
    sangongReception: '公务活动变化。',
    operatingExpenses: '厉行节约。',
    governmentFund: '无。',
    stateCapital: '无。',
  };
  return {
    entity: {
      name,
      shortName: name,
      kind: 'department',
      unitType: '行政单位',
      region: '四川省某县',
      year,
      profile: 'sichuan-13',
      amountUnit: opts.rounded ? 'wanYuan' : 'yuan',
      units: [{ name, unitType: '行政单位' }],
    },
    staff: { authorized: 30, actual: 28, breakdown: [{ label: '行政编制', count: 30 }] },
    duties: ['负责本部门职责范围内的工作。'],
    workSummary: '一、完成年度重点工作。',
    organization: '',
    tables,
    emptyTables: {},
    priorYear: {
      year: year - 1,
      grandTotal: prior(add(allTotal, opening)),
      incomeTotal: prior(allTotal),
      expenditureTotal: prior(allTotal),
      fiscalGrandTotal: prior(add(gbTotal, opening)),
      generalBudgetExpenditure: prior(gbTotal),
      basic: prior(basicTotal),
      personnel: prior(personnel),
      public: prior(pub),
      governmentFundExpenditure: fen(0),
      stateCapitalExpenditure: fen(0),
      sangong: {
        total: out(add(abroad, vehiclePurchase, vehicleOperation, reception)),
        abroad: out(abroad),
        vehicle: out(add(vehiclePurchase, vehicleOperation)),
        vehiclePurchase: out(vehiclePurchase),
        vehicleOperation: out(vehicleOperation),
        reception: out(reception),
      },
      operatingExpenses: prior(pub),
      procurementTotal: fen(0),
    },
    budget: {
      generalBudgetTotal: out(gbTotal),
      generalBudgetItems: Object.fromEntries(items.filter((i) => gb(i) > 0).map((i) => [i.code, out(gb(i))])),
    },
    sangong: {
      abroad: { groups: abroad > 0 ? 1 : 0, persons: abroad > 0 ? 3 : 0 },
      vehicles: {
        purchased: vehiclePurchase > 0 ? 1 : 0,
        held: vehicleOperation > 0 || vehiclePurchase > 0 ? 2 : 0,
      },
      reception: {
        batches: reception > 0 ? int(r, 5, 100) : 0,
        persons: reception > 0 ? int(r, 100, 1000) : 0,
        foreignBatches: 0,
        foreignPersons: 0,
        foreignAmount: fen(0),
      },
    },
    operatingExpenses: out(pub),
    procurement: {
      total: fen(0),
      goods: fen(0),
      works: fen(0),
      services: fen(0),
      sme: fen(0),
      smallMicro: fen(0),
    },
    assets: {
      vehicleTotal: vehicleOperation > 0 || vehiclePurchase > 0 ? 2 : 0,
      vehicles: vehicleOperation > 0 || vehiclePurchase > 0 ? [{ category: '其他用车', count: 2 }] : [],
      generalEquipment50: 0,
      specialEquipment100: 0,
    },
    performance: {
      management: '本部门对全部项目开展了绩效自评。',
      overall: {
        score: 95,
        categories: [
          { name: '人员类项目', budget: out(personnel), execution: out(personnel) },
          { name: '运转类项目', budget: out(pub), execution: out(pub) },
          { name: '特定目标类项目', budget: out(projectTotal), execution: out(projectTotal) },
        ],
        report: [{ heading: '部门整体绩效', body: '完成年度目标。' }],
      },
      projects:
        projectTotal > 0
          ? [
              {
                name: '重点工作专项',
                budget: { total: out(projectTotal), fiscal: out(projectTotal), other: null },
                execution: { total: out(projectTotal), fiscal: out(projectTotal), other: null },
                goal: '完成年度重点工作。',
                goalResult: '已完成。',
                indicators: [
                  {
                    level1: '产出指标',
                    level2: '数量指标',
                    level3: '完成事项',
                    target: '≥10项',
                    actual: '12项',
                  },
                  {
                    level1: '满意度指标',
                    level2: '服务对象满意度指标',
                    level3: '满意度',
                    target: '≥90%',
                    actual: '95%',
                  },
                ],
                score: 95,
                report: [{ heading: '项目概况', body: '按计划实施。' }],
              },
            ]
          : [],
    },
    reasons: { changes, budgetVariance: {} },
    glossary: [],
    notes: [],
  };
}
