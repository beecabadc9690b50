/**
 * @module 第二部分 决算情况说明 as report-tree blocks, built from the dataset in the profile's section order
 * (sichuan-13 and central-9 share it): 一、… 十、 with their （一） subsections, paragraphs and the seven charts.
 */
import { DEFAULT_PROFILE, profileDef } from '../../catalog/tables/profiles.ts';
import type { Dataset } from '../../model/types.ts';
import { headingNumber } from '../../report/numbering.ts';
import type { Block } from '../../report/types.ts';
import { basicSection } from './basic.ts';
import { contextOf, type SectionBuilder } from './context.ts';
import { governmentFundSection, stateCapitalSection } from './funds.ts';
import { generalBudgetSection } from './general-budget.ts';
import { otherSection } from './other.ts';
import { sangongSection } from './sangong.ts';
import { expenditureSection, incomeSection } from './structure.ts';
import { fiscalOverallSection, overallSection } from './totals.ts';

/** Section builders by the profile's section keys. */
export const SECTIONS: Readonly<Record<string, SectionBuilder>> = {
  overall: overallSection,
  income: incomeSection,
  expenditure: expenditureSection,
  fiscalOverall: fiscalOverallSection,
  generalBudget: generalBudgetSection,
  basic: basicSection,
  sangong: sangongSection,
  governmentFund: governmentFundSection,
  stateCapital: stateCapitalSection,
  other: otherSection,
};

/** The blocks of 第二部分 决算情况说明; section anchors are `${idPrefix}-N` (default 'sec-2'), subsections `-N-M`. */
export function buildExplanation(ds: Dataset, opts: { idPrefix?: string } = {}): Block[] {
  const profile = profileDef(ds.entity.profile) ?? profileDef(DEFAULT_PROFILE)!;
  const ctx = contextOf(ds);
  const prefix = opts.idPrefix ?? 'sec-2';
  const builders = profile.sections.flatMap((key) => (SECTIONS[key] ? [SECTIONS[key]] : []));
  return builders.flatMap((build, i) => build(ctx, headingNumber(1, i + 1), `${prefix}-${i + 1}`));
}
