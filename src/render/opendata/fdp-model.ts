/**
 * @module The Fiscal Data Package `model`: a measure per amount column (CNY, factor 1, phase and
 * direction where the column says them) and, per table, the year, entity and classification dimensions.
 * Keys are `<table>_<column>` (`t13_budget_total`) because every table is its own resource.
 */
import { tableDef } from '../../catalog/tables/definitions.ts';
import type { TableId } from '../../catalog/tables/types.ts';
import { classificationOf } from './fields.ts';
import { resourceName } from './slug.ts';

type Measure = {
  source: string;
  resource: string;
  currency: 'CNY';
  factor: 1;
  phase: 'approved' | 'executed';
  direction?: 'expenditure' | 'revenue';
};
type Attribute = { source: string; resource: string; labelfor?: string };
type Dimension = {
  dimensionType: 'datetime' | 'entity' | 'classification' | 'other';
  classificationType?: 'functional' | 'economic';
  attributes: Record<string, Attribute>;
  primaryKey: string;
};
export type FdpModel = { measures: Record<string, Measure>; dimensions: Record<string, Dimension> };

/** Income columns; the rest of T02 is income too. Opening and closing balances have no direction. */
const REVENUE_COLUMNS: Partial<Record<TableId, readonly string[]>> = {
  T04: ['amount'],
  T10: ['income'],
  T11: ['income'],
};
const NO_DIRECTION: Partial<Record<TableId, readonly string[]>> = {
  T01: ['amount'], // the one 决算数 column holds the income side and the expenditure side
  T10: ['opening', 'closing'],
  T11: ['opening', 'closing'],
};

function directionOf(id: TableId, column: string): Measure['direction'] {
  if (NO_DIRECTION[id]?.includes(column)) return undefined;
  if (id === 'T02' || REVENUE_COLUMNS[id]?.includes(column)) return 'revenue';
  return 'expenditure';
}

/** A model key from a table and a field name: lower case, `_` for anything but letters and digits. */
function key(id: TableId, name: string): string {
  return `${id}_${name}`.toLowerCase().replace(/[^a-z0-9]+/g, '_');
}

/** The FDP model of the given tables. */
export function fdpModel(tables: readonly TableId[]): FdpModel {
  const measures: Record<string, Measure> = {};
  const dimensions: Record<string, Dimension> = {};
  for (const id of tables) {
    const def = tableDef(id);
    const resource = resourceName(id);
    for (const c of def.columns) {
      const direction = directionOf(id, c.id);
      measures[key(id, c.id)] = {
        source: c.id,
        resource,
        currency: 'CNY',
        factor: 1,
        // T13's 预算数 columns are the year's approved budget; every other figure is 决算 (executed).
        phase: c.id.startsWith('budget.') ? 'approved' : 'executed',
        ...(direction === undefined ? {} : { direction }),
      };
    }
    dimensions[key(id, 'year')] = {
      dimensionType: 'datetime',
      attributes: { year: { source: 'year', resource } },
      primaryKey: 'year',
    };
    dimensions[key(id, 'entity')] = {
      dimensionType: 'entity',
      attributes: {
        name: { source: 'entity', resource },
        code: { source: 'entity_code', resource },
      },
      primaryKey: 'name',
    };
    const kind = classificationOf(def);
    dimensions[key(id, 'classification')] = {
      dimensionType: kind === null ? 'other' : 'classification',
      // Balance tables (T01, T04) mix fixed income items with 功能分类 类 rows: no single type.
      ...(kind !== null && def.keying !== 'balance' ? { classificationType: kind } : {}),
      attributes: {
        code: { source: 'row_code', resource },
        name: { source: 'row_name', resource, labelfor: 'code' },
        level: { source: 'level', resource },
      },
      primaryKey: 'code',
    };
  }
  return { measures, dimensions };
}
