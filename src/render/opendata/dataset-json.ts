/**
 * @module dataset.json: the whole dataset in the shape of disclosure.yaml (schema/disclosure.schema.json),
 * with `amountUnit: 元` and every amount a decimal string in 元 with two decimals, straight from fen (no
 * float on the way); a blank amount is null. Units that have their own dataset get a file of their own
 * under `units/`, named in the unit's `dataset` field (a path relative to the file that names it).
 */
import type { TableId } from '../../catalog/tables/types.ts';
import type { DisclosureInput } from '../../model/schema.ts';
import type { Dataset, TableData } from '../../model/types.ts';
import { type Fen, formatYuan } from '../../money/index.ts';
import { packageName } from './slug.ts';

type Yuan = string | null;

/** An amount as a decimal string in 元 (`"6510400.00"`), or null when blank. */
export function yuanOrNull(f: Fen | null | undefined): Yuan {
  return f === null || f === undefined ? null : formatYuan(f);
}

function yuanRecord(cells: Readonly<Record<string, Fen | null>>): Record<string, Yuan> {
  return Object.fromEntries(Object.entries(cells).map(([k, v]) => [k, yuanOrNull(v)]));
}

function tablesJson(tables: Dataset['tables']): NonNullable<DisclosureInput['tables']> {
  const out: NonNullable<DisclosureInput['tables']> = {};
  for (const [id, t] of Object.entries(tables) as [TableId, TableData | undefined][]) {
    if (t === undefined) continue;
    out[id] = t.rows.map((r) => ({ code: r.code, name: r.name, cells: yuanRecord(r.cells) }));
  }
  return out;
}

const opt = <K extends string, V>(k: K, v: V | undefined) =>
  (v === undefined ? {} : { [k]: v }) as Partial<Record<K, V>>;

function disclosureJson(ds: Dataset, unitPaths: readonly (string | undefined)[]): DisclosureInput {
  const e = ds.entity;
  const py = ds.priorYear;
  const p = ds.performance;
  const sg = ds.sangong;
  return {
    entity: {
      name: e.name,
      shortName: e.shortName,
      ...opt('code', e.code),
      kind: e.kind,
      unitType: e.unitType,
      region: e.region,
      year: e.year,
      profile: e.profile,
      amountUnit: '元',
      units: e.units.map((u, i) => ({
        name: u.name,
        ...opt('code', u.code),
        unitType: u.unitType,
        ...opt('dataset', unitPaths[i]),
      })),
      ...opt('supervisor', e.supervisor),
      ...opt('publishedOn', e.publishedOn),
    },
    staff: {
      authorized: ds.staff.authorized,
      actual: ds.staff.actual,
      breakdown: ds.staff.breakdown.map((b) => ({ label: b.label, count: b.count })),
      ...opt('asOf', ds.staff.asOf),
    },
    duties: [...ds.duties],
    workSummary: ds.workSummary,
    organization: ds.organization,
    tables: tablesJson(ds.tables),
    emptyTables: { ...ds.emptyTables },
    priorYear: {
      year: py.year,
      grandTotal: yuanOrNull(py.grandTotal),
      incomeTotal: yuanOrNull(py.incomeTotal),
      expenditureTotal: yuanOrNull(py.expenditureTotal),
      fiscalGrandTotal: yuanOrNull(py.fiscalGrandTotal),
      generalBudgetExpenditure: yuanOrNull(py.generalBudgetExpenditure),
      basic: yuanOrNull(py.basic),
      personnel: yuanOrNull(py.personnel),
      public: yuanOrNull(py.public),
      governmentFundExpenditure: yuanOrNull(py.governmentFundExpenditure),
      stateCapitalExpenditure: yuanOrNull(py.stateCapitalExpenditure),
      sangong: yuanRecord(py.sangong),
      operatingExpenses: yuanOrNull(py.operatingExpenses),
      procurementTotal: yuanOrNull(py.procurementTotal),
    },
    budget: {
      generalBudgetTotal: yuanOrNull(ds.budget.generalBudgetTotal),
      generalBudgetItems: yuanRecord(ds.budget.generalBudgetItems),
    },
    sangong: {
      abroad: { ...sg.abroad },
      vehicles: { ...sg.vehicles },
      reception: { ...sg.reception, foreignAmount: yuanOrNull(sg.reception.foreignAmount) },
    },
    operatingExpenses: yuanOrNull(ds.operatingExpenses),
    procurement: yuanRecord(ds.procurement),
    assets: {
      ...opt('asOf', ds.assets.asOf),
      vehicleTotal: ds.assets.vehicleTotal,
      vehicles: ds.assets.vehicles.map((v) => ({ category: v.category, count: v.count })),
      generalEquipment50: ds.assets.generalEquipment50,
      specialEquipment100: ds.assets.specialEquipment100,
    },
    performance: {
      management: p.management,
      ...(p.overall === null
        ? {}
        : {
            overall: {
              score: p.overall.score,
              categories: p.overall.categories.map((c) => ({
                name: c.name,
                budget: yuanOrNull(c.budget),
                execution: yuanOrNull(c.execution),
              })),
              report: p.overall.report.map((s) => ({ ...s })),
            },
          }),
      projects: p.projects.map((pr) => ({
        name: pr.name,
        ...opt('supervisor', pr.supervisor),
        ...opt('implementer', pr.implementer),
        budget: yuanRecord(pr.budget),
        execution: yuanRecord(pr.execution),
        goal: pr.goal,
        goalResult: pr.goalResult,
        indicators: pr.indicators.map((i) => ({ ...i })),
        score: pr.score,
        report: pr.report.map((s) => ({ ...s })),
      })),
    },
    reasons: { changes: { ...ds.reasons.changes }, budgetVariance: { ...ds.reasons.budgetVariance } },
    glossary: ds.glossary.map((g) => ({ ...g })),
    notes: [...ds.notes],
  };
}

/** Serialises a dataset (and, recursively, its units' own datasets) into `<dir>dataset.json` and `units/`. */
function addFiles(ds: Dataset, file: string, files: Map<string, string>): void {
  const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
  const unitPaths = ds.entity.units.map((u, i) => {
    if (u.dataset === undefined) return undefined;
    const rel = `units/${String(i + 1).padStart(2, '0')}-${packageName(u.dataset)}.json`;
    addFiles(u.dataset, dir + rel, files);
    return rel;
  });
  files.set(file, `${JSON.stringify(disclosureJson(ds, unitPaths), null, 2)}\n`);
}

/** `dataset.json` and the files of the units that have their own dataset, by relative path. */
export function datasetJsonFiles(ds: Dataset): Map<string, string> {
  const files = new Map<string, string>();
  addFiles(ds, 'dataset.json', files);
  return files;
}
