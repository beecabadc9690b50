/**
 * @module Helpers shared by the audit checks: locations from heading context, evidence lists,
 * percentages at a printed precision, and the rounding of ratios of rounded amounts.
 */
import { absFen, type Fen, fen, formatPercent, formatWan, formatYuan } from '../../money/index.ts';
import type { Hundredths } from '../../money/percent.ts';
import type { Location } from '../../rules/types.ts';
import type { Evidence } from '../facts/doc.ts';
import type { Facts, Place } from '../facts/types.ts';

/** The location of a fact: the headings it stands under (or the table), with its excerpt. */
export function locationOf(facts: Facts, place: Place): Location {
  const line = place.line >= 0 ? facts.doc.lines[place.line] : undefined;
  const field = line ? line.headings.join(' › ') || '正文' : '表格';
  return { field, excerpt: place.evidence.text };
}

/** Evidence of several facts, without repeats. */
export function evidenceList(...places: readonly (Place | Evidence | undefined)[]): Evidence[] {
  const out: Evidence[] = [];
  for (const p of places) {
    if (p === undefined) continue;
    const ev = 'evidence' in p ? p.evidence : p;
    if (ev.text !== '' && !out.some((e) => e.text === ev.text && e.page === ev.page)) out.push(ev);
  }
  return out;
}

/** `{ amountUnit: '元' }` when the figures of a finding were printed in 元. */
export function unitOf(...facts: readonly ({ unit: string } | undefined)[]): { amountUnit?: '元' } {
  return facts.some((f) => f?.unit === '元') ? { amountUnit: '元' } : {};
}

/** 万元 with two decimals. */
export function wan(f: Fen): string {
  return formatWan(f);
}

/** An amount's digits in the unit its fact was printed in (元 or 万元), without the unit word. */
export function amountOf(f: Fen, like?: { unit: string }): string {
  return like?.unit === '元' ? formatYuan(f) : formatWan(f);
}

/** An amount in the unit its fact was printed in, with the unit word: "651.04万元", "3456789.12元". */
export function money(f: Fen, like?: { unit: string }): string {
  return like?.unit === '元' ? `${formatYuan(f)}元` : `${formatWan(f)}万元`;
}

/** A percentage printed with `decimals` decimals (0–2) from hundredths. */
export function pct(h: number, decimals = 2): string {
  const s = formatPercent(h as Hundredths);
  const [i, d = ''] = s.split('.');
  return `${decimals === 0 ? i : `${i}.${d.slice(0, decimals)}`}%`;
}

/** part / whole in units of 10^-decimals percent, rounded half away from zero; null when whole is 0. */
export function ratioAt(part: bigint, whole: bigint, decimals: number): bigint | null {
  if (whole === 0n) return null;
  const num = part * 10n ** BigInt(2 + decimals);
  const neg = num < 0n !== whole < 0n;
  const n = num < 0n ? -num : num;
  const w = whole < 0n ? -whole : whole;
  const q = (2n * n + w) / (2n * w);
  return neg ? -q : q;
}

/** A printed percentage (hundredths, `decimals` decimals) in units of 10^-decimals percent. */
export function printedAt(hundredths: number, decimals: number): bigint {
  return BigInt(hundredths) / 10n ** BigInt(2 - decimals);
}

/** Whether a printed percentage can come from part/whole when each is off by up to its half-unit. */
export function withinRatioEnvelope(
  printed: bigint,
  decimals: number,
  part: { value: bigint; half: bigint },
  whole: { value: bigint; half: bigint },
): boolean {
  const scale = 10n ** BigInt(2 + decimals);
  const wMin = whole.value - whole.half;
  if (wMin <= 0n) return true;
  const lo = ((part.value - part.half) * scale) / (whole.value + whole.half);
  const hi = ((part.value + part.half) * scale + wMin - 1n) / wMin;
  return printed >= lo && printed <= hi;
}

/** Units of 10^-decimals percent back to hundredths. */
export function toHundredths(units: bigint, decimals: number): number {
  return Number(units * 10n ** BigInt(2 - decimals));
}

/** |a − b| as Fen. */
export function gap(a: Fen, b: Fen): Fen {
  return absFen(fen(a - b));
}
