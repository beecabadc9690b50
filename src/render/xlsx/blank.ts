/**
 * @module The tables of the blank standard workbook (`juesuan template`): every table of a profile with
 * its title, header, 栏次, 合计 row and fixed rows, no amounts, the 注 line without an empty-table
 * statement, and empty bordered rows to fill in under the 合计 row of the coded tables (above the
 * 人员经费合计 | 公用经费合计 footer of T08).
 */
import { tableDef } from '../../catalog/tables/definitions.ts';
import type { ProfileDef, TableDef } from '../../catalog/tables/types.ts';
import { parseDisclosure } from '../../model/parse.ts';
import type { Dataset } from '../../model/types.ts';
import { buildTable, tableNumber } from '../../report/tables/index.ts';
import type { BodyCell, BodyRow, ReportTable } from '../../report/types.ts';

/** Empty rows under the 合计 row of a coded table, and above the T08 footer. */
export const BLANK_CODED_ROWS = 15;
export const BLANK_T08_ROWS = 12;

/** The catalogue year of the placeholder dataset; a blank table has no rows to name from it. */
const PLACEHOLDER_YEAR = 2024;

/** A dataset with no figures, for building the blank tables with the report's own table builder. */
function placeholderDataset(profile: string): Dataset {
  const r = parseDisclosure(
    {
      entity: {
        name: '（空白模板）',
        kind: 'department',
        unitType: '行政单位',
        region: '',
        year: PLACEHOLDER_YEAR,
        profile,
        amountUnit: '万元',
      },
    },
    { file: '（空白模板）', csvTables: {}, unitDatasets: {} },
  );
  if (!r.ok) throw new Error(`internal: blank dataset rejected: ${JSON.stringify(r.errors)}`);
  return r.dataset;
}

const code = (): BodyCell => ({ text: '', align: 'left' });
const name = (): BodyCell => ({ text: '', align: 'left', rowHeader: true });
const amount = (): BodyCell => ({ text: '', align: 'right', fen: null });

function inputRows(count: number, cells: () => BodyCell[]): BodyRow[] {
  return Array.from({ length: count }, () => ({ kind: 'data' as const, cells: cells() }));
}

function blankBody(def: TableDef, body: readonly BodyRow[]): BodyRow[] {
  if (def.id === 'T08') {
    const panel = () => [code(), name(), amount()];
    return [...inputRows(BLANK_T08_ROWS, () => [...panel(), ...panel()]), ...body];
  }
  if (def.keying === 'functional' || def.keying === 'economic') {
    const row = () => [code(), name(), ...def.columns.map(amount)];
    return [...body, ...inputRows(BLANK_CODED_ROWS, row)];
  }
  return [...body];
}

/** The blank tables of a profile, in profile order, with their numbers and titles. */
export function blankTables(profile: ProfileDef): ReportTable[] {
  const ds = placeholderDataset(profile.id);
  return profile.tables.map((t, i) => {
    const table = buildTable(ds, t.table, tableNumber(profile, i + 1), t.title);
    const note = table.notes.find((n) => n.startsWith('注：'));
    return {
      ...table,
      body: blankBody(tableDef(t.table), table.body),
      notes: note !== undefined ? [note] : [],
      empty: false,
    };
  });
}
