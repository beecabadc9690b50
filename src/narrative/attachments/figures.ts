/**
 * @module Figures in the 附件 text: a 万元 amount read from a table cell keeps a reference to that
 * cell; a blank figure becomes a visible 【待补充：…】; shares and rates with two decimals.
 */
import type { TableId } from '../../catalog/tables/types.ts';
import type { Dataset } from '../../model/types.ts';
import { cellOf } from '../../model/views.ts';
import { type Fen, formatPercent, formatWan, type Hundredths } from '../../money/index.ts';
import { datasetProfile } from '../../report/tables/index.ts';
import type { Run } from '../../report/types.ts';

/** A 万元 amount as printed in this report (thousands separators when the profile uses them). */
export function wanText(ds: Dataset, value: Fen): string {
  return formatWan(value, { thousands: datasetProfile(ds).thousandsSeparator });
}

/** '30.07%' */
export function percentText(h: Hundredths): string {
  return `${formatPercent(h)}%`;
}

/** A visible 【待补充：…】 marker. */
export function todo(what: string): Run {
  return { text: `【待补充：${what}】`, todo: true };
}

/** An amount read from a table cell, '万元' after it, linked to the cell; 【待补充】 when blank. */
export function cellFigure(ds: Dataset, table: TableId, row: string, column: string, what: string): Run[] {
  const value = cellOf(ds, table, row, column);
  if (value === null) return [todo(what)];
  return [{ text: wanText(ds, value), ref: { table, row, column }, fen: value }, { text: '万元' }];
}

/** An amount that is not in a table (e.g. a 绩效 category), '万元' after it; 【待补充】 when blank. */
export function plainFigure(ds: Dataset, value: Fen | null, what: string): Run[] {
  return value === null ? [todo(what)] : [{ text: `${wanText(ds, value)}万元` }];
}
