/**
 * @module Profiles: the table set and section order of a province's 部门决算公开 template.
 * sichuan-13: QX-2024 / LZ-2023 (the seed's template); central-9: ZD-2021 (central template).
 */
import type { ProfileDef, TableId } from './types.ts';

const SICHUAN_SECTIONS = [
  'overall',
  'income',
  'expenditure',
  'fiscalOverall',
  'generalBudget',
  'basic',
  'sangong',
  'governmentFund',
  'stateCapital',
  'other',
] as const;

const SICHUAN_13: ProfileDef = {
  id: 'sichuan-13',
  name: '四川省部门决算公开（13张表）',
  tables: (
    ['T01', 'T02', 'T03', 'T04', 'T05', 'T06', 'T07', 'T08', 'T09', 'T10', 'T11', 'T12', 'T13'] as const
  ).map((table) => ({ table })),
  thousandsSeparator: false,
  sections: SICHUAN_SECTIONS,
  parts: ['overview', 'explanation', 'glossary', 'attachments', 'tables'],
  tableNumber: '公开{n}表',
};

const CENTRAL_9: ProfileDef = {
  id: 'central-9',
  name: '中央部门决算公开模板（9张表）',
  tables: [
    { table: 'T01' },
    { table: 'T02' },
    { table: 'T03' },
    { table: 'T04' },
    { table: 'T06' },
    { table: 'T08' },
    { table: 'T13', title: '一般公共预算财政拨款“三公”经费支出决算表' },
    { table: 'T10' },
    { table: 'T12' },
  ],
  thousandsSeparator: true,
  sections: SICHUAN_SECTIONS,
  parts: ['overview', 'tables', 'explanation', 'glossary', 'attachments'],
  tableNumber: '表{n}',
};

/** Every profile by id; `sichuan-13` is the default. */
export const PROFILES: Readonly<Record<string, ProfileDef>> = {
  'sichuan-13': SICHUAN_13,
  'central-9': CENTRAL_9,
};

export const DEFAULT_PROFILE = 'sichuan-13';

/** A profile by id, or undefined when unknown. */
export function profileDef(id: string): ProfileDef | undefined {
  return PROFILES[id];
}

/** Whether a profile publishes a table. */
export function profileHasTable(profile: ProfileDef, table: TableId): boolean {
  return profile.tables.some((t) => t.table === table);
}
