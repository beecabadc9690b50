import type { ReasonKey } from './types.ts';

/** What each change explanation (reasons.changes.<key>) explains, as the forms and skeletons show it. */
export const REASON_LABELS: Readonly<Record<ReasonKey, string>> = {
  grandTotal: '收入、支出决算总计变动的主要原因',
  incomeTotal: '本年收入合计变动的主要原因',
  expenditureTotal: '本年支出合计变动的主要原因',
  fiscalGrandTotal: '财政拨款收入、支出总计变动的主要原因',
  generalBudgetExpenditure: '一般公共预算财政拨款支出变动的主要原因',
  basic: '一般公共预算财政拨款基本支出变动的主要原因',
  sangongTotal: '“三公”经费支出变动的主要原因',
  sangongBudget: '“三公”经费决算数与预算数存在差异的主要原因',
  sangongAbroad: '因公出国（境）费变动的主要原因',
  sangongVehicle: '公务用车购置及运行费变动的主要原因',
  sangongReception: '公务接待费变动的主要原因',
  operatingExpenses: '机关运行经费变动的主要原因',
  governmentFund: '政府性基金预算财政拨款收支变动的主要原因',
  stateCapital: '国有资本经营预算财政拨款支出变动的主要原因',
};
