/**
 * @module From the parsed disclosure.yaml (and its CSV tables) to the Dataset: amounts to fen,
 * counts to numbers, defaults for what was not given (blank, never zero).
 */
import { DEFAULT_PROFILE, profileDef } from '../catalog/tables/profiles.ts';
import { TABLE_IDS, type TableId } from '../catalog/tables/types.ts';
import { type Fen, parseAmount, type Unit } from '../money/index.ts';
import type { InputError } from './errors.ts';
import type { DisclosureInput } from './schema.ts';
import { type RawRow, readTable } from './tables-in.ts';
import type { Dataset, SangongItem, TableData, UnitRef } from './types.ts';

export type BuildSources = {
  /** The file the input came from, for messages (e.g. `examples/jiange-2022/disclosure.yaml`). */
  readonly file: string;
  /** Tables read from CSV files, by id. */
  readonly csvTables: Readonly<Partial<Record<TableId, readonly RawRow[]>>>;
  /** Datasets of units that have their own folder, by the `dataset` path given in entity.units. */
  readonly unitDatasets: Readonly<Record<string, Dataset>>;
};

export type BuildResult = { ok: true; dataset: Dataset } | { ok: false; errors: InputError[] };

type AmountIn = string | number | null | undefined;
type CountIn = string | number | null | undefined;

/** Build a Dataset from a schema-valid input; every unusable value is reported with its place. */
export function buildDataset(input: DisclosureInput, src: BuildSources): BuildResult {
  const errors: InputError[] = [];
  const unit: Unit = input.entity.amountUnit === '元' ? 'yuan' : 'wanYuan';
  const at = (path: string) => `${src.file}，字段 ${path}`;
  const amt = (v: AmountIn, path: string): Fen | null => {
    if (v === null || v === undefined) return null;
    const text = typeof v === 'number' ? String(v) : v;
    if (text.trim() === '') return null;
    const r = parseAmount(text, unit);
    if (r.ok) return r.value;
    errors.push({ where: at(path), message: `不是有效的金额：“${text}”` });
    return null;
  };
  const cnt = (v: CountIn): number | null => (v === null || v === undefined || v === '' ? null : Number(v));

  const profile = input.entity.profile ?? DEFAULT_PROFILE;
  if (profileDef(profile) === undefined) {
    errors.push({
      where: at('entity.profile'),
      message: `未知的公开模板“${profile}”（可用：sichuan-13、central-9）`,
    });
  }

  const tables: Partial<Record<TableId, TableData>> = {};
  for (const id of TABLE_IDS) {
    const inline = input.tables?.[id];
    const csv = src.csvTables[id];
    if (inline && csv) {
      errors.push({
        where: at(`tables.${id}`),
        message: `表${id}既在 disclosure.yaml 中填写，又有 CSV 文件，只能保留一处`,
      });
      continue;
    }
    if (csv) tables[id] = readTable(id, csv, unit, errors);
    else if (inline) {
      const rows: RawRow[] = inline.map((r, i) => {
        const { code, name, cells, ...rest } = r as { code: string; name?: string; cells?: unknown };
        const flat = (cells && typeof cells === 'object' ? cells : rest) as RawRow['cells'];
        return {
          code,
          ...(name === undefined ? {} : { name }),
          cells: flat,
          where: at(`tables.${id}[${i}]`),
        };
      });
      tables[id] = readTable(id, rows, unit, errors);
    }
  }

  const units: UnitRef[] = (input.entity.units ?? []).map((u) => {
    const ds = u.dataset === undefined ? undefined : src.unitDatasets[u.dataset];
    return {
      name: u.name,
      unitType: u.unitType,
      ...(u.code === undefined ? {} : { code: u.code }),
      ...(ds === undefined ? {} : { dataset: ds }),
    };
  });

  const py = input.priorYear ?? {};
  const sg = py.sangong ?? {};
  const sangongPrior = {} as Record<SangongItem, Fen | null>;
  for (const k of [
    'total',
    'abroad',
    'vehicle',
    'vehiclePurchase',
    'vehicleOperation',
    'reception',
  ] as const) {
    sangongPrior[k] = amt(sg[k], `priorYear.sangong.${k}`);
  }
  const year = Number(input.entity.year);
  const perf = input.performance ?? {};

  const budgetItems: Record<string, Fen | null> = {};
  for (const [code, v] of Object.entries(input.budget?.generalBudgetItems ?? {})) {
    budgetItems[code] = amt(v, `budget.generalBudgetItems.${code}`);
  }

  const dataset: Dataset = {
    entity: {
      name: input.entity.name,
      shortName: input.entity.shortName ?? input.entity.name,
      ...(input.entity.code === undefined ? {} : { code: input.entity.code }),
      kind: input.entity.kind,
      unitType: input.entity.unitType,
      region: input.entity.region,
      year,
      profile,
      amountUnit: unit,
      units,
      ...(input.entity.supervisor === undefined ? {} : { supervisor: input.entity.supervisor }),
      ...(input.entity.publishedOn === undefined ? {} : { publishedOn: input.entity.publishedOn }),
    },
    staff: {
      authorized: cnt(input.staff?.authorized),
      actual: cnt(input.staff?.actual),
      breakdown: (input.staff?.breakdown ?? []).map((b) => ({ label: b.label, count: Number(b.count) })),
      ...(input.staff?.asOf === undefined ? {} : { asOf: input.staff.asOf }),
    },
    duties: input.duties ?? [],
    workSummary: input.workSummary ?? '',
    organization: input.organization ?? '',
    tables,
    emptyTables: input.emptyTables ?? {},
    priorYear: {
      year: py.year === undefined ? year - 1 : Number(py.year),
      grandTotal: amt(py.grandTotal, 'priorYear.grandTotal'),
      incomeTotal: amt(py.incomeTotal, 'priorYear.incomeTotal'),
      expenditureTotal: amt(py.expenditureTotal, 'priorYear.expenditureTotal'),
      fiscalGrandTotal: amt(py.fiscalGrandTotal, 'priorYear.fiscalGrandTotal'),
      generalBudgetExpenditure: amt(py.generalBudgetExpenditure, 'priorYear.generalBudgetExpenditure'),
      basic: amt(py.basic, 'priorYear.basic'),
      personnel: amt(py.personnel, 'priorYear.personnel'),
      public: amt(py.public, 'priorYear.public'),
      governmentFundExpenditure: amt(py.governmentFundExpenditure, 'priorYear.governmentFundExpenditure'),
      stateCapitalExpenditure: amt(py.stateCapitalExpenditure, 'priorYear.stateCapitalExpenditure'),
      sangong: sangongPrior,
      operatingExpenses: amt(py.operatingExpenses, 'priorYear.operatingExpenses'),
      procurementTotal: amt(py.procurementTotal, 'priorYear.procurementTotal'),
    },
    budget: {
      generalBudgetTotal: amt(input.budget?.generalBudgetTotal, 'budget.generalBudgetTotal'),
      generalBudgetItems: budgetItems,
    },
    sangong: {
      abroad: { groups: cnt(input.sangong?.abroad?.groups), persons: cnt(input.sangong?.abroad?.persons) },
      vehicles: {
        purchased: cnt(input.sangong?.vehicles?.purchased),
        held: cnt(input.sangong?.vehicles?.held),
      },
      reception: {
        batches: cnt(input.sangong?.reception?.batches),
        persons: cnt(input.sangong?.reception?.persons),
        foreignBatches: cnt(input.sangong?.reception?.foreignBatches),
        foreignPersons: cnt(input.sangong?.reception?.foreignPersons),
        foreignAmount: amt(input.sangong?.reception?.foreignAmount, 'sangong.reception.foreignAmount'),
      },
    },
    operatingExpenses: amt(input.operatingExpenses, 'operatingExpenses'),
    procurement: {
      total: amt(input.procurement?.total, 'procurement.total'),
      goods: amt(input.procurement?.goods, 'procurement.goods'),
      works: amt(input.procurement?.works, 'procurement.works'),
      services: amt(input.procurement?.services, 'procurement.services'),
      sme: amt(input.procurement?.sme, 'procurement.sme'),
      smallMicro: amt(input.procurement?.smallMicro, 'procurement.smallMicro'),
    },
    assets: {
      ...(input.assets?.asOf === undefined ? {} : { asOf: input.assets.asOf }),
      vehicleTotal: cnt(input.assets?.vehicleTotal),
      vehicles: (input.assets?.vehicles ?? []).map((v) => ({ category: v.category, count: Number(v.count) })),
      generalEquipment50: cnt(input.assets?.generalEquipment50),
      specialEquipment100: cnt(input.assets?.specialEquipment100),
    },
    performance: {
      management: perf.management ?? '',
      overall:
        perf.overall === undefined
          ? null
          : {
              score: cnt(perf.overall.score),
              categories: (perf.overall.categories ?? []).map((c, i) => ({
                name: c.name,
                budget: amt(c.budget, `performance.overall.categories[${i}].budget`),
                execution: amt(c.execution, `performance.overall.categories[${i}].execution`),
              })),
              report: perf.overall.report,
            },
      projects: (perf.projects ?? []).map((p, i) => {
        const path = `performance.projects[${i}]`;
        return {
          name: p.name,
          ...(p.supervisor === undefined ? {} : { supervisor: p.supervisor }),
          ...(p.implementer === undefined ? {} : { implementer: p.implementer }),
          budget: {
            total: amt(p.budget.total, `${path}.budget.total`),
            fiscal: amt(p.budget.fiscal, `${path}.budget.fiscal`),
            other: amt(p.budget.other, `${path}.budget.other`),
          },
          execution: {
            total: amt(p.execution.total, `${path}.execution.total`),
            fiscal: amt(p.execution.fiscal, `${path}.execution.fiscal`),
            other: amt(p.execution.other, `${path}.execution.other`),
          },
          goal: p.goal ?? '',
          goalResult: p.goalResult ?? '',
          indicators: p.indicators ?? [],
          score: cnt(p.score),
          report: p.report ?? [],
        };
      }),
    },
    reasons: { changes: input.reasons?.changes ?? {}, budgetVariance: input.reasons?.budgetVariance ?? {} },
    glossary: input.glossary ?? [],
    notes: input.notes ?? [],
  };
  return errors.length > 0 ? { ok: false, errors } : { ok: true, dataset };
}
