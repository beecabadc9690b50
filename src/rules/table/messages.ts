/**
 * @module Messages of the table family, Chinese (canonical) and English. {expected} {actual}
 * {difference} are the finding's figures in 万元; the other placeholders come from its params.
 */
import { tableDef } from '../../catalog/tables/definitions.ts';
import type { MessageCatalog } from '../types.ts';
import { FUNCTIONAL_TREE_TABLES, prefix } from './hierarchy.ts';
import { TABLE_EN } from './shared.ts';

const TREE_TABLES = [...FUNCTIONAL_TREE_TABLES, 'T07'] as const;

function treeZh(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const t of TREE_TABLES) {
    const title = tableDef(t).title;
    const p = prefix(t);
    out[`${p}.hierarchy`] =
      `${title}“{row}”行“{column}”列：下级科目（{children}）之和为{expected}万元，本{level}为{actual}万元，相差{difference}万元。`;
    out[`${p}.total-row`] =
      `${title}合计行“{column}”列：各类（{children}）之和为{expected}万元，合计为{actual}万元，相差{difference}万元。`;
    if (t === 'T07') out[`${p}.missing-breakdown`] = `${title}只列了合计行，未按科目列示明细，无法逐行核对。`;
    else {
      out[`${p}.missing-level`] =
        `${title}缺少{levels}级科目行（{missing}），下级科目未逐级列示在其上级科目之下。`;
    }
  }
  return out;
}

function treeEn(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const t of TREE_TABLES) {
    const title = TABLE_EN[t];
    const p = prefix(t);
    out[`${p}.hierarchy`] =
      `${title}, row "{row}", column "{column}": its sub-rows ({children}) add up to {expected} 万元 but the {level} row shows {actual} 万元, a difference of {difference} 万元.`;
    out[`${p}.total-row`] =
      `${title}, total row, column "{column}": the classes ({children}) add up to {expected} 万元 but the total is {actual} 万元, a difference of {difference} 万元.`;
    if (t === 'T07') {
      out[`${p}.missing-breakdown`] =
        `${title} gives only its total row, without the classification rows, so it cannot be checked row by row.`;
    } else {
      out[`${p}.missing-level`] =
        `${title} lacks its {levels} rows ({missing}): lower rows are listed without the rows above them.`;
    }
  }
  return out;
}

export const ZH: MessageCatalog = {
  't01.income-total':
    '收入支出决算总表：收入第一至八项之和为{expected}万元，本年收入合计为{actual}万元，相差{difference}万元。',
  't01.income-grand-total':
    '收入支出决算总表：本年收入合计、使用非财政拨款结余与年初结转和结余之和为{expected}万元，收入总计为{actual}万元，相差{difference}万元。',
  't01.expenditure-total':
    '收入支出决算总表：各类支出（{children}）之和为{expected}万元，本年支出合计为{actual}万元，相差{difference}万元。',
  't01.expenditure-grand-total':
    '收入支出决算总表：本年支出合计、结余分配与年末结转和结余之和为{expected}万元，支出总计为{actual}万元，相差{difference}万元。',
  't01.balanced':
    '收入支出决算总表：收入总计为{expected}万元，支出总计为{actual}万元，两者不等，相差{difference}万元。',
  't01.missing-breakdown': '收入支出决算总表：本年支出合计有金额，但未按支出功能分类列示各类支出。',
  't04.fund-row-sum':
    '财政拨款收入支出决算总表“{row}”行：三项财政拨款之和为{expected}万元，合计为{actual}万元，相差{difference}万元。',
  't04.income-total':
    '财政拨款收入支出决算总表：三项财政拨款收入之和为{expected}万元，本年收入合计为{actual}万元，相差{difference}万元。',
  't04.opening-total':
    '财政拨款收入支出决算总表：三项财政拨款年初结转和结余之和为{expected}万元，年初财政拨款结转和结余为{actual}万元，相差{difference}万元。',
  't04.fund-balance':
    '财政拨款收入支出决算总表“{fund}”列：年初结转和结余加本年收入减本年支出为{expected}万元，年末结转和结余为{actual}万元，相差{difference}万元。',
  't04.income-grand-total':
    '财政拨款收入支出决算总表：本年收入合计与年初财政拨款结转和结余之和为{expected}万元，收入总计为{actual}万元，相差{difference}万元。',
  't04.expenditure-grand-total':
    '财政拨款收入支出决算总表“{column}”列：本年支出合计与年末财政拨款结转和结余之和为{expected}万元，支出总计为{actual}万元，相差{difference}万元。',
  't04.balanced':
    '财政拨款收入支出决算总表：收入总计为{expected}万元，支出总计为{actual}万元，两者不等，相差{difference}万元。',
  't04.expenditure-total':
    '财政拨款收入支出决算总表“{column}”列：各类支出（{children}）之和为{expected}万元，本年支出合计为{actual}万元，相差{difference}万元。',
  't04.missing-breakdown': '财政拨款收入支出决算总表：本年支出合计有金额，但未按支出功能分类列示各类支出。',
  't02.row-sum':
    '收入决算表“{row}”行：各项收入之和为{expected}万元，本年收入合计为{actual}万元，相差{difference}万元。',
  't03.row-sum':
    '支出决算表“{row}”行：基本支出、项目支出、上缴上级支出、经营支出与对附属单位补助支出之和为{expected}万元，本年支出合计为{actual}万元，相差{difference}万元。',
  't05.row-sum':
    '财政拨款支出决算明细表“{row}”行：三项财政拨款之和为{expected}万元，合计为{actual}万元，相差{difference}万元。',
  't06.row-sum':
    '一般公共预算财政拨款支出决算表“{row}”行：基本支出与项目支出之和为{expected}万元，合计列为{actual}万元，相差{difference}万元。',
  't07.row-sum':
    '一般公共预算财政拨款支出决算明细表“{row}”行：人员经费、公用经费与项目支出之和为{expected}万元，合计为{actual}万元，相差{difference}万元。',
  't10.expenditure-split':
    '政府性基金预算财政拨款收入支出决算表“{row}”行：基本支出与项目支出之和为{expected}万元，本年支出为{actual}万元，相差{difference}万元。',
  't11.expenditure-split':
    '国有资本经营预算财政拨款收入支出决算表“{row}”行：基本支出与项目支出之和为{expected}万元，本年支出为{actual}万元，相差{difference}万元。',
  't10.row-balance':
    '政府性基金预算财政拨款收入支出决算表“{row}”行：年初结转和结余加本年收入减本年支出为{expected}万元，年末结转和结余为{actual}万元，相差{difference}万元。',
  't11.row-balance':
    '国有资本经营预算财政拨款收入支出决算表“{row}”行：年初结转和结余加本年收入减本年支出为{expected}万元，年末结转和结余为{actual}万元，相差{difference}万元。',
  't12.row-sum':
    '国有资本经营预算财政拨款支出决算表“{row}”行：基本支出与项目支出之和为{expected}万元，合计为{actual}万元，相差{difference}万元。',
  ...treeZh(),
  't08.personnel-total':
    '一般公共预算财政拨款基本支出决算表：人员经费各科目（{children}）之和为{expected}万元，人员经费合计为{actual}万元，相差{difference}万元。',
  't08.public-total':
    '一般公共预算财政拨款基本支出决算表：公用经费各科目（{children}）之和为{expected}万元，公用经费合计为{actual}万元，相差{difference}万元。',
  't08.hierarchy':
    '一般公共预算财政拨款基本支出决算表“{row}”行：所属各款（{children}）之和为{expected}万元，本类为{actual}万元，相差{difference}万元。',
  't08.missing-breakdown':
    '一般公共预算财政拨款基本支出决算表：{row}为{actual}万元，但所列经济分类科目均无金额，应公开到款级科目。',
  't13.total':
    '“三公”经费支出决算表{block}：因公出国（境）费、公务用车购置及运行费与公务接待费之和为{expected}万元，合计为{actual}万元，相差{difference}万元。',
  't13.vehicle-subtotal':
    '“三公”经费支出决算表{block}：公务用车购置费与公务用车运行费之和为{expected}万元，公务用车购置及运行费为{actual}万元，相差{difference}万元。',
  'amount.negative': '{table}“{row}”行“{column}”列金额为负数（{actual}万元），该项金额不得为负。',
  'code.level':
    '{table}“{code} {name}”行：编码位数不符合本表所列{classification}科目级次（应为{lengths}位）。',
  'code.classification': '{table}“{code} {name}”行：该编码不属于{classification}科目，不应列在本表。',
  'code.unknown': '{table}“{code} {name}”行：编码不在{year}年度{classification}科目中，请核对。',
  'code.name-mismatch': '{table}“{code}”行：科目名称“{actual}”与{year}年度科目名称“{expected}”不一致。',
  'code.obsolete-name': '{table}“{code}”行：“{actual}”是已停用的旧科目名称，{year}年度应为“{expected}”。',
};

export const EN: MessageCatalog = {
  't01.income-total':
    'Income and expenditure summary: income items 1–8 add up to {expected} 万元 but total income is {actual} 万元, a difference of {difference} 万元.',
  't01.income-grand-total':
    'Income and expenditure summary: total income, non-fiscal balance used and opening balance add up to {expected} 万元 but the income grand total is {actual} 万元, a difference of {difference} 万元.',
  't01.expenditure-total':
    'Income and expenditure summary: the classes ({children}) add up to {expected} 万元 but total expenditure is {actual} 万元, a difference of {difference} 万元.',
  't01.expenditure-grand-total':
    'Income and expenditure summary: total expenditure, balance distribution and closing balance add up to {expected} 万元 but the expenditure grand total is {actual} 万元, a difference of {difference} 万元.',
  't01.balanced':
    'Income and expenditure summary: the income grand total {expected} 万元 differs from the expenditure grand total {actual} 万元 by {difference} 万元.',
  't01.missing-breakdown':
    'Income and expenditure summary: total expenditure has an amount but no functional class rows are listed.',
  't04.fund-row-sum':
    'Fiscal appropriation summary, row "{row}": the three funds add up to {expected} 万元 but the total is {actual} 万元, a difference of {difference} 万元.',
  't04.income-total':
    'Fiscal appropriation summary: the three appropriation incomes add up to {expected} 万元 but total income is {actual} 万元, a difference of {difference} 万元.',
  't04.opening-total':
    'Fiscal appropriation summary: the per-fund opening balances add up to {expected} 万元 but the opening balance is {actual} 万元, a difference of {difference} 万元.',
  't04.fund-balance':
    'Fiscal appropriation summary, column "{fund}": opening balance plus income minus expenditure is {expected} 万元 but the closing balance is {actual} 万元, a difference of {difference} 万元.',
  't04.income-grand-total':
    'Fiscal appropriation summary: total income and opening balance add up to {expected} 万元 but the income grand total is {actual} 万元, a difference of {difference} 万元.',
  't04.expenditure-grand-total':
    'Fiscal appropriation summary, column "{column}": total expenditure and closing balance add up to {expected} 万元 but the expenditure grand total is {actual} 万元, a difference of {difference} 万元.',
  't04.balanced':
    'Fiscal appropriation summary: the income grand total {expected} 万元 differs from the expenditure grand total {actual} 万元 by {difference} 万元.',
  't04.expenditure-total':
    'Fiscal appropriation summary, column "{column}": the classes ({children}) add up to {expected} 万元 but total expenditure is {actual} 万元, a difference of {difference} 万元.',
  't04.missing-breakdown':
    'Fiscal appropriation summary: total expenditure has an amount but no functional class rows are listed.',
  't02.row-sum':
    'Income statement, row "{row}": the income sources add up to {expected} 万元 but total income is {actual} 万元, a difference of {difference} 万元.',
  't03.row-sum':
    'Expenditure statement, row "{row}": basic, project, to-superior, operating and to-affiliated expenditure add up to {expected} 万元 but the total is {actual} 万元, a difference of {difference} 万元.',
  't05.row-sum':
    'Fiscal appropriation expenditure detail, row "{row}": the three funds add up to {expected} 万元 but the total is {actual} 万元, a difference of {difference} 万元.',
  't06.row-sum':
    'General public budget appropriation expenditure, row "{row}": basic and project expenditure add up to {expected} 万元 but the total is {actual} 万元, a difference of {difference} 万元.',
  't07.row-sum':
    'Appropriation expenditure by economic classification, row "{row}": personnel, public and project add up to {expected} 万元 but the total is {actual} 万元, a difference of {difference} 万元.',
  't10.expenditure-split':
    'Government fund appropriation table, row "{row}": basic and project expenditure add up to {expected} 万元 but expenditure is {actual} 万元, a difference of {difference} 万元.',
  't11.expenditure-split':
    'State capital operation appropriation table, row "{row}": basic and project expenditure add up to {expected} 万元 but expenditure is {actual} 万元, a difference of {difference} 万元.',
  't10.row-balance':
    'Government fund appropriation table, row "{row}": opening balance plus income minus expenditure is {expected} 万元 but the closing balance is {actual} 万元, a difference of {difference} 万元.',
  't11.row-balance':
    'State capital operation appropriation table, row "{row}": opening balance plus income minus expenditure is {expected} 万元 but the closing balance is {actual} 万元, a difference of {difference} 万元.',
  't12.row-sum':
    'State capital operation appropriation expenditure, row "{row}": basic and project expenditure add up to {expected} 万元 but the total is {actual} 万元, a difference of {difference} 万元.',
  ...treeEn(),
  't08.personnel-total':
    'Basic expenditure: the personnel rows ({children}) add up to {expected} 万元 but the personnel total is {actual} 万元, a difference of {difference} 万元.',
  't08.public-total':
    'Basic expenditure: the public-expense rows ({children}) add up to {expected} 万元 but the public total is {actual} 万元, a difference of {difference} 万元.',
  't08.hierarchy':
    'Basic expenditure, row "{row}": its categories ({children}) add up to {expected} 万元 but the class shows {actual} 万元, a difference of {difference} 万元.',
  't08.missing-breakdown':
    'Basic expenditure: {row} is {actual} 万元 but none of the listed economic categories has an amount; basic expenditure must be disclosed by category.',
  't13.total':
    '"Three public expenses" ({block}): travel abroad, official vehicles and reception add up to {expected} 万元 but the total is {actual} 万元, a difference of {difference} 万元.',
  't13.vehicle-subtotal':
    '"Three public expenses" ({block}): vehicle purchase and operation add up to {expected} 万元 but the vehicle subtotal is {actual} 万元, a difference of {difference} 万元.',
  'amount.negative': '{table}, row "{row}", column "{column}": the amount is negative ({actual} 万元).',
  'code.level':
    '{table}, row "{code} {name}": the code does not have the length of a {classification} level this table lists ({lengths} digits).',
  'code.classification':
    '{table}, row "{code} {name}": the code is not a {classification} code and does not belong in this table.',
  'code.unknown':
    '{table}, row "{code} {name}": the code is not in the {year} {classification} catalogue; please check it.',
  'code.name-mismatch':
    '{table}, row "{code}": the name "{actual}" differs from the {year} catalogue name "{expected}".',
  'code.obsolete-name':
    '{table}, row "{code}": "{actual}" is a former name; in {year} the name is "{expected}".',
};
