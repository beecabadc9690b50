/**
 * @module Messages of the cross-table and department roll-up rules. {expected} {actual} {difference}
 * are filled from the finding's figures (万元); the other placeholders come from its params.
 */
import type { MessageCatalog } from '../types.ts';

export const ZH: MessageCatalog = {
  'x.t01-t02.income-total':
    '收入支出决算总表“本年收入合计”为{expected}万元，收入决算表合计行“本年收入合计”为{actual}万元，相差{difference}万元。',
  'x.t01-t02.income-sources':
    '“{item}”：收入支出决算总表为{expected}万元，收入决算表合计行为{actual}万元，相差{difference}万元。',
  'x.t01-t03.expenditure-total':
    '收入支出决算总表“本年支出合计”为{expected}万元，支出决算表合计行“本年支出合计”为{actual}万元，相差{difference}万元。',
  'x.t01-t03.lei':
    '“{row}”：收入支出决算总表为{expected}万元，支出决算表本年支出合计为{actual}万元，相差{difference}万元。',
  'x.t01-t04.balances':
    '财政拨款收入支出决算总表中财政拨款的“{item}”为{actual}万元，大于收入支出决算总表的“{item}”{expected}万元（财政拨款结转和结余只是其中一部分），超出{difference}万元。',
  'x.t04-t01.fiscal-income':
    '财政拨款收入支出决算总表“{item}”为{actual}万元，收入支出决算总表对应的财政拨款收入为{expected}万元，相差{difference}万元。',
  'x.t04-t02.fiscal-income':
    '财政拨款收入支出决算总表“本年收入合计”为{expected}万元，收入决算表合计行“财政拨款收入”为{actual}万元，相差{difference}万元。',
  'x.t04-t06.general-budget':
    '“{row}”：财政拨款收入支出决算总表一般公共预算财政拨款支出为{expected}万元，一般公共预算财政拨款支出决算表合计为{actual}万元，相差{difference}万元。',
  'x.t06-t03.lei':
    '“{row}”：一般公共预算财政拨款支出决算表合计为{actual}万元，大于支出决算表本年支出合计{expected}万元（一般公共预算财政拨款支出只是全部支出的一部分），超出{difference}万元。',
  'x.t06-t03.basic-project':
    '一般公共预算财政拨款支出决算表合计行“{column}”为{actual}万元，大于支出决算表合计行“{column}”{expected}万元，超出{difference}万元。',
  'x.t06-t08.basic':
    '一般公共预算财政拨款支出决算表合计行“基本支出”为{actual}万元，一般公共预算财政拨款基本支出决算表人员经费合计与公用经费合计之和为{expected}万元，相差{difference}万元。',
  'x.t05-t04.total':
    '财政拨款支出决算明细表合计行“{column}”为{actual}万元，财政拨款收入支出决算总表“本年支出合计”同列为{expected}万元，相差{difference}万元。',
  'x.t05-t04.lei':
    '“{row}”“{column}”：财政拨款支出决算明细表为{actual}万元，财政拨款收入支出决算总表为{expected}万元，相差{difference}万元。',
  'x.t05-t06.rows':
    '“{row}”：财政拨款支出决算明细表一般公共预算财政拨款为{actual}万元，一般公共预算财政拨款支出决算表合计为{expected}万元，相差{difference}万元。',
  'x.t07-t06.total':
    '一般公共预算财政拨款支出决算明细表合计行“{column}”为{actual}万元，一般公共预算财政拨款支出决算表合计行同列为{expected}万元，相差{difference}万元。',
  'x.t07-t08.basic':
    '一般公共预算财政拨款支出决算明细表合计行“{column}”为{actual}万元，一般公共预算财政拨款基本支出决算表“{item}”为{expected}万元，相差{difference}万元。',
  'x.t07-t08.rows':
    '“{row}”：一般公共预算财政拨款基本支出决算表为{actual}万元，一般公共预算财政拨款支出决算明细表人员经费与公用经费之和为{expected}万元，相差{difference}万元。',
  'x.t09-t06.project':
    '“{row}”：一般公共预算财政拨款项目支出决算表为{actual}万元，一般公共预算财政拨款支出决算表项目支出为{expected}万元，相差{difference}万元。',
  'x.t10-t04.government-fund':
    '政府性基金预算财政拨款收入支出决算表“{row}”行“{column}”为{actual}万元，财政拨款收入支出决算总表对应的政府性基金预算财政拨款数为{expected}万元，相差{difference}万元。',
  'x.t11-t04.state-capital':
    '国有资本经营预算财政拨款收入支出决算表“{row}”行“{column}”为{actual}万元，财政拨款收入支出决算总表对应的国有资本经营预算财政拨款数为{expected}万元，相差{difference}万元。',
  'x.t12-t11.expenditure':
    '“{row}”：国有资本经营预算财政拨款支出决算表“{column}”为{actual}万元，国有资本经营预算财政拨款收入支出决算表“{t11Column}”为{expected}万元，相差{difference}万元。',
  'x.t05-t10.rows':
    '“{row}”：财政拨款支出决算明细表政府性基金预算财政拨款为{actual}万元，政府性基金预算财政拨款收入支出决算表本年支出为{expected}万元，相差{difference}万元。',
  'x.t05-t11.rows':
    '“{row}”：财政拨款支出决算明细表国有资本经营预算财政拨款为{actual}万元，国有资本经营预算财政拨款收入支出决算表本年支出为{expected}万元，相差{difference}万元。',
  'x.t08-t13.sangong':
    '一般公共预算财政拨款基本支出决算表“{row}”为{actual}万元，大于“三公”经费支出决算表“{item}”{expected}万元，超出{difference}万元（“三公”经费含项目支出，对应经济科目不应大于它）。',
  'x.t07-t13.sangong':
    '一般公共预算财政拨款支出决算明细表“{row}”为{actual}万元，大于“三公”经费支出决算表“{item}”{expected}万元，超出{difference}万元。',
  'x.t13-t06.sangong-within-budget-spending':
    '“三公”经费决算数合计{actual}万元，大于一般公共预算财政拨款支出合计{expected}万元，超出{difference}万元。',
  'x.operating-expenses-t08':
    '机关运行经费为{actual}万元，一般公共预算财政拨款基本支出决算表“公用经费合计”为{expected}万元，相差{difference}万元（单位性质：{unitTypes}；全部为行政单位、参公事业单位时两者应相等，含其他单位时机关运行经费不应大于公用经费合计）。',
  'u.department-sum':
    '{tableTitle}“{row}”行“{column}”：部门数为{actual}万元，所属单位之和为{expected}万元（{units}），相差{difference}万元。',
  'u.department-table-missing':
    '所属单位（{units}）的{tableTitle}有数，部门数据集没有该表，无法核对部门数等于所属单位之和。',
  'u.unit-year-mismatch':
    '所属单位“{unit}”的数据集为{actual}，与部门数据集的{expected}（年度、模板）不一致，不能汇总为部门数。',
  'u.unit-missing-data': '所属单位“{unit}”没有数据集，而其他所属单位有；部门数等于所属单位之和无法核对。',
};

export const EN: MessageCatalog = {
  'x.t01-t02.income-total':
    'T01 income total (本年收入合计) is {expected} 万元 but the T02 total row shows {actual} 万元 (difference {difference} 万元).',
  'x.t01-t02.income-sources':
    '“{item}”: T01 shows {expected} 万元, the T02 total row {actual} 万元 (difference {difference} 万元).',
  'x.t01-t03.expenditure-total':
    'T01 expenditure total (本年支出合计) is {expected} 万元 but the T03 total row shows {actual} 万元 (difference {difference} 万元).',
  'x.t01-t03.lei':
    '“{row}”: T01 shows {expected} 万元, the T03 expenditure total {actual} 万元 (difference {difference} 万元).',
  'x.t01-t04.balances':
    'The appropriation part of “{item}” in T04 ({actual} 万元) exceeds “{item}” in T01 ({expected} 万元) by {difference} 万元.',
  'x.t04-t01.fiscal-income':
    'T04 “{item}” is {actual} 万元; the matching appropriation income of T01 is {expected} 万元 (difference {difference} 万元).',
  'x.t04-t02.fiscal-income':
    'T04 income total is {expected} 万元 but the fiscal appropriation income (财政拨款收入) of the T02 total row is {actual} 万元 (difference {difference} 万元).',
  'x.t04-t06.general-budget':
    '“{row}”: the T04 general-budget expenditure is {expected} 万元, the T06 total {actual} 万元 (difference {difference} 万元).',
  'x.t06-t03.lei':
    '“{row}”: the T06 total ({actual} 万元) exceeds the T03 expenditure total ({expected} 万元), of which it is a part, by {difference} 万元.',
  'x.t06-t03.basic-project':
    'The T06 total of “{column}” ({actual} 万元) exceeds the T03 total of “{column}” ({expected} 万元) by {difference} 万元.',
  'x.t06-t08.basic':
    'T06 basic expenditure is {actual} 万元 but T08 personnel plus public expenses total {expected} 万元 (difference {difference} 万元).',
  'x.t05-t04.total':
    'T05 total row, “{column}”: {actual} 万元; T04 expenditure total, same column: {expected} 万元 (difference {difference} 万元).',
  'x.t05-t04.lei':
    '“{row}”, “{column}”: T05 shows {actual} 万元, T04 {expected} 万元 (difference {difference} 万元).',
  'x.t05-t06.rows':
    '“{row}”: the T05 general-budget column shows {actual} 万元, the T06 total {expected} 万元 (difference {difference} 万元).',
  'x.t07-t06.total':
    'T07 total row, “{column}”: {actual} 万元; T06 total row, same column: {expected} 万元 (difference {difference} 万元).',
  'x.t07-t08.basic':
    'T07 total row, “{column}”: {actual} 万元; T08 “{item}”: {expected} 万元 (difference {difference} 万元).',
  'x.t07-t08.rows':
    '“{row}”: T08 shows {actual} 万元, T07 personnel plus public expenses {expected} 万元 (difference {difference} 万元).',
  'x.t09-t06.project':
    '“{row}”: T09 shows {actual} 万元, the T06 project expenditure {expected} 万元 (difference {difference} 万元).',
  'x.t10-t04.government-fund':
    'T10 row “{row}”, column “{column}”: {actual} 万元; the matching government-fund figure of T04: {expected} 万元 (difference {difference} 万元).',
  'x.t11-t04.state-capital':
    'T11 row “{row}”, column “{column}”: {actual} 万元; the matching state-capital figure of T04: {expected} 万元 (difference {difference} 万元).',
  'x.t12-t11.expenditure':
    '“{row}”: T12 “{column}” is {actual} 万元, T11 “{t11Column}” {expected} 万元 (difference {difference} 万元).',
  'x.t05-t10.rows':
    '“{row}”: the T05 government-fund column shows {actual} 万元, T10 expenditure {expected} 万元 (difference {difference} 万元).',
  'x.t05-t11.rows':
    '“{row}”: the T05 state-capital column shows {actual} 万元, T11 expenditure {expected} 万元 (difference {difference} 万元).',
  'x.t08-t13.sangong':
    'T08 “{row}” ({actual} 万元) exceeds the 三公 item “{item}” of T13 ({expected} 万元) by {difference} 万元; 三公 includes project spending, so the economic 款 cannot be larger.',
  'x.t07-t13.sangong':
    'T07 “{row}” ({actual} 万元) exceeds the 三公 item “{item}” of T13 ({expected} 万元) by {difference} 万元.',
  'x.t13-t06.sangong-within-budget-spending':
    'The 三公 total ({actual} 万元) exceeds the general-budget expenditure total of T06 ({expected} 万元) by {difference} 万元.',
  'x.operating-expenses-t08':
    '机关运行经费 is {actual} 万元, the T08 public expenses total {expected} 万元 (difference {difference} 万元). Unit types: {unitTypes}; for 行政单位/参公事业单位 only they must be equal, otherwise 机关运行经费 must not exceed the public expenses.',
  'u.department-sum':
    '{tableTitle}, row “{row}”, column “{column}”: the department shows {actual} 万元, its units sum to {expected} 万元 ({units}); difference {difference} 万元.',
  'u.department-table-missing':
    'Units ({units}) fill {tableTitle} but the department dataset has no such table; the roll-up cannot be checked.',
  'u.unit-year-mismatch':
    'The dataset of unit “{unit}” is {actual}, not the department’s {expected} (year, profile); it cannot be rolled up.',
  'u.unit-missing-data':
    'Unit “{unit}” has no dataset while other units have one; the department roll-up cannot be checked.',
};
