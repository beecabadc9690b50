/**
 * @module Share lists "A X万元，占a%；B Y万元，占b%": shares by largest remainder over the printed parts,
 * summing to exactly 100.00%, with a declared note when that changed any share from its own rounding.
 */
import { type Fen, type Hundredths, sharesIndependent, sharesLargestRemainder } from '../../money/index.ts';
import type { CellRef, Run } from '../../report/types.ts';
import { amount, percentText, printed } from './amount.ts';
import { text, todo } from './runs.ts';

/** The note appended to a paragraph whose shares were adjusted to sum to 100%. */
export const SHARE_ADJUSTMENT_NOTE = '（各项占比保留两位小数，尾差已按最大余额法调整，合计为100.00%）';

export type ShareItem = {
  readonly label: string;
  /** null: blank in the dataset (stated as a marker, without a share). */
  readonly value: Fen | null;
  readonly ref?: CellRef;
};

export type ShareList = {
  readonly runs: Run[];
  /** Share of each item (null for blank items, or when no shares can be stated). */
  readonly shares: (Hundredths | null)[];
  /** The printed amount of each item (null for blank items). */
  readonly printed: (Fen | null)[];
  /** Whether the largest-remainder adjustment changed any share from its independent rounding. */
  readonly adjusted: boolean;
};

/** Shares of printed parts summing to 10000, and whether any differs from independent rounding; null when
 * no share can be stated (total 0 or a negative part). */
export function sharesOf(parts: readonly Fen[]): { shares: Hundredths[]; adjusted: boolean } | null {
  const rounded = parts.map(printed);
  if (rounded.some((p) => p < 0) || rounded.every((p) => p === 0)) return null;
  const shares = sharesLargestRemainder(rounded);
  const independent = sharesIndependent(rounded);
  return { shares, adjusted: shares.some((s, i) => s !== independent[i]) };
}

/** The list runs joined by "；" (no final punctuation); blank items get a marker and no share. */
export function shareList(items: readonly ShareItem[]): ShareList {
  const present = items.flatMap((it) => (it.value === null ? [] : [it.value]));
  const computed = sharesOf(present);
  const runs: Run[] = [];
  const shares: (Hundredths | null)[] = [];
  let k = 0;
  items.forEach((it, i) => {
    if (i > 0) runs.push(text('；'));
    runs.push(text(it.label));
    if (it.value === null) {
      runs.push(todo(`${it.label}数`));
      shares.push(null);
      return;
    }
    runs.push(amount(it.value, it.ref));
    const share = computed?.shares[k] ?? null;
    k += 1;
    shares.push(share);
    if (share !== null) runs.push(text(`，占${percentText(share)}`));
  });
  return {
    runs,
    shares,
    printed: items.map((it) => (it.value === null ? null : printed(it.value))),
    adjusted: computed?.adjusted ?? false,
  };
}

/** The adjustment note run when a list's shares were adjusted, else nothing. */
export function shareNote(list: ShareList): Run[] {
  return list.adjusted ? [text(SHARE_ADJUSTMENT_NOTE)] : [];
}
