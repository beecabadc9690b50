/**
 * @module The 三公 items as the rules name them: T13 column suffix, the dataset's prior-year key,
 * the reason key of their change explanation, and display labels (params `item` / `itemEn`).
 */
import type { Dataset, ReasonKey, SangongItem } from '../../model/types.ts';
import { type Fen, sumFenOrNull } from '../../money/index.ts';
import { t13 } from './shared.ts';

export const SANGONG_LABELS: Readonly<Record<SangongItem, { readonly zh: string; readonly en: string }>> = {
  total: { zh: '“三公”经费合计', en: 'three public expenses (total)' },
  abroad: { zh: '因公出国（境）费', en: 'official travel abroad' },
  vehicle: { zh: '公务用车购置及运行费', en: 'official vehicle purchase and operation' },
  vehiclePurchase: { zh: '公务用车购置费', en: 'official vehicle purchase' },
  vehicleOperation: { zh: '公务用车运行费', en: 'official vehicle operation' },
  reception: { zh: '公务接待费', en: 'official reception' },
};

/** Params naming a 三公 item in both languages. */
export function itemParams(item: SangongItem): { item: string; itemEn: string } {
  return { item: SANGONG_LABELS[item].zh, itemEn: SANGONG_LABELS[item].en };
}

/** The items the report compares with the prior year, with the reason key of each change. */
export const COMPARED_ITEMS: readonly { readonly item: SangongItem; readonly reason: ReasonKey }[] = [
  { item: 'total', reason: 'sangongTotal' },
  { item: 'abroad', reason: 'sangongAbroad' },
  { item: 'vehicle', reason: 'sangongVehicle' },
  { item: 'reception', reason: 'sangongReception' },
];

/** A 三公 决算 (block 'actual') or 预算 (block 'budget') figure; the vehicle subtotal falls back to its split. */
export function sangongFigure(ds: Dataset, block: 'actual' | 'budget', item: SangongItem): Fen | null {
  const v = t13(ds, `${block}.${item}`);
  if (v !== null || item !== 'vehicle') return v;
  return sumFenOrNull([t13(ds, `${block}.vehiclePurchase`), t13(ds, `${block}.vehicleOperation`)]);
}

/** The prior-year 三公 figure; the vehicle subtotal falls back to its split. */
export function priorSangong(ds: Dataset, item: SangongItem): Fen | null {
  const p = ds.priorYear.sangong;
  const v = p[item];
  if (v !== null || item !== 'vehicle') return v;
  return sumFenOrNull([p.vehiclePurchase, p.vehicleOperation]);
}
