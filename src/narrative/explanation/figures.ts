/** @module The seven charts of the 决算情况说明 with their data (printed figures, shares as in the text). */
import type { Fen, Hundredths } from '../../money/index.ts';
import type { ChartSeries, Figure } from '../../report/types.ts';
import { printed } from '../phrase/index.ts';

/** Captions of 图1–图7, exactly as printed. */
export const CAPTIONS = {
  1: '图1：收、支决算总计变动情况图',
  2: '图2：收入决算结构图',
  3: '图3：支出决算结构图',
  4: '图4：财政拨款收、支决算总计变动情况图',
  5: '图5：一般公共预算财政拨款支出决算变动情况图',
  6: '图6：一般公共预算财政拨款支出决算结构图',
  7: '图7：“三公”经费财政拨款支出结构图',
} as const;

export type FigureNumber = keyof typeof CAPTIONS;

/** A bar chart of prior year vs this year; the prior category is left out when the prior figure is blank.
 * Series whose current figure is blank are left out; null when none is left. */
export function barFigure(
  n: FigureNumber,
  years: { prior: number; current: number },
  prior: Fen | null,
  series: readonly { name: string; current: Fen | null }[],
): Figure | null {
  const withData = series.filter((s): s is { name: string; current: Fen } => s.current !== null);
  if (withData.length === 0) return null;
  const categories = prior === null ? [`${years.current}年`] : [`${years.prior}年`, `${years.current}年`];
  const out: ChartSeries[] = withData.map((s) => ({
    name: s.name,
    values: prior === null ? [printed(s.current)] : [printed(prior), printed(s.current)],
  }));
  return {
    kind: 'figure',
    id: `fig-${n}`,
    number: n,
    caption: CAPTIONS[n],
    unit: '万元',
    chart: 'bar',
    categories,
    series: out,
  };
}

/** A pie chart of the non-zero items with the shares stated in the text; null when there is no slice. */
export function pieFigure(
  n: FigureNumber,
  items: readonly { label: string; printed: Fen | null; share: Hundredths | null }[],
): Figure | null {
  const slices = items.flatMap((it) =>
    it.printed !== null && it.printed !== 0 && it.share !== null
      ? [{ label: it.label, fen: it.printed, share: it.share }]
      : [],
  );
  if (slices.length === 0) return null;
  return {
    kind: 'figure',
    id: `fig-${n}`,
    number: n,
    caption: CAPTIONS[n],
    unit: '万元',
    chart: 'pie',
    slices,
  };
}
