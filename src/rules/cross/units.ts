/**
 * @module Department roll-up (DESIGN §2): when a department lists its units with their own datasets,
 * every cell of every table of the department is the sum of the units' cells. The sum is checked only
 * on a complete, consistent set of unit datasets (same year and profile, none missing); the gaps are
 * reported by their own rules.
 */
import { tableDef } from '../../catalog/tables/definitions.ts';
import { TABLE_IDS, type TableId } from '../../catalog/tables/types.ts';
import type { Dataset, TableData } from '../../model/types.ts';
import { findRow, isTableEmpty, sumUnitTables } from '../../model/views.ts';
import { type Fen, formatWan } from '../../money/index.ts';
import { defineRule } from '../define.ts';
import type { FindingDraft, Location, RuleContext } from '../types.ts';
import { at, cell, columnLabel, rowLabel, sumOfFigures } from './util.ts';

type UnitData = { readonly name: string; readonly dataset: Dataset };

function sameBasis(dept: Dataset, unit: Dataset): boolean {
  return unit.entity.year === dept.entity.year && unit.entity.profile === dept.entity.profile;
}

/** The units' datasets when every listed unit has one of the department's year and profile. */
function completeUnits(ds: Dataset): UnitData[] | null {
  const units = ds.entity.units;
  if (units.length === 0) return null;
  const out: UnitData[] = [];
  for (const u of units) {
    if (!u.dataset || !sameBasis(ds, u.dataset)) return null;
    out.push({ name: u.name, dataset: u.dataset });
  }
  return out;
}

function basisText(ds: Dataset): string {
  return `${ds.entity.year} ${ds.entity.profile}`;
}

function unitFigures(units: readonly UnitData[], parts: readonly (Fen | null)[]): string {
  const shown = units.flatMap((u, i) => {
    const v = parts[i];
    return v === null || v === undefined ? [] : [`${u.name} ${formatWan(v)}`];
  });
  return shown.length ? shown.join(' + ') : '—';
}

function* tableAgainstUnits(
  ctx: RuleContext,
  id: TableId,
  dept: TableData,
  summed: TableData,
  units: readonly UnitData[],
): Generator<FindingDraft> {
  const codes = [...summed.rows.map((r) => r.code), ...dept.rows.map((r) => r.code)];
  for (const code of [...new Set(codes)]) {
    const deptRow = findRow(dept, code);
    const sumRow = findRow(summed, code);
    const columns = new Set([...Object.keys(sumRow?.cells ?? {}), ...Object.keys(deptRow?.cells ?? {})]);
    for (const column of columns) {
      const parts = units.map((u) => {
        const t = u.dataset.tables[id];
        return t ? cell(t, code, column) : null;
      });
      const unitLocations: Location[] = units.flatMap((u, i) =>
        parts[i] === null ? [] : [{ table: id, row: code, column, unit: u.name }],
      );
      const d = sumOfFigures(ctx, cell(dept, code, column), parts, [at(id, code, column), ...unitLocations], {
        table: id,
        tableTitle: tableDef(id).title,
        ...rowLabel(id, code, deptRow ?? sumRow),
        ...columnLabel(id, column),
        units: unitFigures(units, parts),
      });
      if (d) yield d;
    }
  }
}

export const DEPARTMENT_SUM = defineRule({
  id: 'u.department-sum',
  severity: 'error',
  title: {
    zh: '部门决算各表等于所属单位之和',
    en: 'Every cell of the department equals the sum over its units',
  },
  source: 'DESIGN §2 (部门 = Σ 单位); rounding envelope n × 0.005万元 for n unit figures',
  *check(ctx) {
    const units = completeUnits(ctx.ds);
    if (!units) return;
    // Exact only when every figure was entered to the fen; otherwise each unit figure is rounded.
    const exact = ctx.exact && units.every((u) => u.dataset.entity.amountUnit === 'yuan');
    const sumCtx: RuleContext = { ...ctx, exact };
    for (const id of TABLE_IDS) {
      const summed = sumUnitTables(
        units.map((u) => u.dataset),
        id,
      );
      const dept = ctx.ds.tables[id];
      if (!summed || !dept) continue;
      yield* tableAgainstUnits(sumCtx, id, dept, summed, units);
    }
  },
});

export const DEPARTMENT_TABLE_MISSING = defineRule({
  id: 'u.department-table-missing',
  severity: 'warning',
  title: {
    zh: '所属单位有数的表部门也应列示',
    en: 'A table the units fill is also in the department dataset',
  },
  source: 'DESIGN §2 (部门 = Σ 单位)',
  *check({ ds }) {
    const units = completeUnits(ds);
    if (!units) return;
    for (const id of TABLE_IDS) {
      if (ds.tables[id]) continue;
      const withData = units.filter((u) => !isTableEmpty(u.dataset.tables[id]));
      if (withData.length === 0) continue;
      yield {
        locations: [{ table: id }, ...withData.map((u) => ({ table: id, unit: u.name }))],
        params: { table: id, tableTitle: tableDef(id).title, units: withData.map((u) => u.name).join('、') },
      };
    }
  },
});

export const UNIT_YEAR_MISMATCH = defineRule({
  id: 'u.unit-year-mismatch',
  severity: 'error',
  title: {
    zh: '所属单位数据集与部门年度、模板一致',
    en: 'Unit datasets are of the department’s year and profile',
  },
  source: 'DESIGN §2 (one dataset = one entity for one year; 部门 = Σ 单位 of the same year)',
  *check({ ds }) {
    for (const [i, u] of ds.entity.units.entries()) {
      if (!u.dataset || sameBasis(ds, u.dataset)) continue;
      yield {
        locations: [{ field: `entity.units.${i}.dataset.entity`, unit: u.name }],
        params: { unit: u.name },
        expectedText: basisText(ds),
        actualText: basisText(u.dataset),
      };
    }
  },
});

export const UNIT_MISSING_DATA = defineRule({
  id: 'u.unit-missing-data',
  severity: 'warning',
  title: {
    zh: '所属单位都有数据集',
    en: 'Every listed unit has its dataset when any has',
  },
  source: 'DESIGN §2 (部门 = Σ 单位 can only be checked on all units)',
  *check({ ds }) {
    const units = ds.entity.units;
    if (!units.some((u) => u.dataset)) return;
    for (const [i, u] of units.entries()) {
      if (u.dataset) continue;
      yield { locations: [{ field: `entity.units.${i}.dataset`, unit: u.name }], params: { unit: u.name } };
    }
  },
});

export const UNIT_RULES = [DEPARTMENT_SUM, DEPARTMENT_TABLE_MISSING, UNIT_YEAR_MISMATCH, UNIT_MISSING_DATA];
