/**
 * @module Messages of the disclosure family. {expected} {actual} {difference} are the finding's
 * figures (万元, or the counts/markers in expectedText/actualText); other placeholders come from params.
 * Params named `…En` carry the English label of the same thing.
 */
import type { MessageCatalog } from '../types.ts';

export const ZH: MessageCatalog = {
  'd.table-missing':
    '公开模板要求的“{title}”（{table}）未提供，须公开（无数据的也须保留表格式并作空表说明）。',
  'd.table-detail-missing':
    '“{title}”（{table}）合计行有数，但没有类、款、项科目明细行；部门决算应公开到支出功能分类项级科目。',
  'd.empty-table-statement':
    '“{title}”（{table}）为空表，数据集未填写空表说明，将在表下印发标准说明：“{statement}”',
  'd.empty-table-statement-missing':
    '“{title}”（{table}）为空表，但没有空表说明（emptyTables.{table}），也没有标准说明可用，须补充。',
  'd.empty-statement-wrong-table':
    '“{title}”（{table}）的空表说明提到“{word}”，那是{otherTable}表的内容，疑似套用了其他表的说明。',
  'd.empty-statement-not-empty': '“{title}”（{table}）有数据，却填写了空表说明，须删除或核对。',
  'd.sangong-abroad-details':
    '因公出国（境）费决算{actual}万元，须说明因公出国（境）团组数和人数（均应大于0）。',
  'd.sangong-vehicle-details': '公务用车购置及运行费决算{actual}万元，须说明公务用车保有量。',
  'd.sangong-vehicle-purchase-count': '公务用车购置费决算{actual}万元，须说明公务用车购置数（至少1辆）。',
  'd.sangong-vehicle-purchase-cost': '填写了公务用车购置数{count}辆，但公务用车购置费决算为0，须核对。',
  'd.sangong-reception-details': '公务接待费决算{actual}万元，须说明国内公务接待批次和人数（均应大于0）。',
  'd.sangong-split':
    '“三公”经费{block}中公务用车购置及运行费为{actual}万元，未细化为公务用车购置费和公务用车运行费。',
  'd.sangong-overspend':
    '{item}决算{actual}万元，超过预算{expected}万元（超出{difference}万元），须说明超预算原因（reasons.changes.sangongBudget）。',
  'd.sangong-change-reason':
    '{item}决算{actual}万元，上年为{expected}万元，相差{difference}万元，须说明增减变化原因（reasons.changes.{key}）。',
  'd.sangong-prior-missing': '缺少上年{item}决算数，无法说明与上年相比的增减变化。',
  'c.prior-missing': '缺少上年{item}（priorYear），本年为{actual}万元，报告须与上年对比。',
  'c.change-reason':
    '{item}为{actual}万元，上年为{expected}万元，增减{difference}万元（{rate}），变化达10%以上，须说明原因（reasons.changes.{key}）。',
  'c.zero-base':
    '上年{item}为0，本年{actual}万元：不能表述增长率（不得写“增长100%”），应写“上年无此项支出”或“基数为0，不可比”。',
  'c.budget-missing':
    '一般公共预算财政拨款支出“{row}”决算{actual}万元，缺少年初预算数，无法表述完成预算的比例。',
  'c.budget-variance-reason':
    '一般公共预算财政拨款支出“{row}”决算{actual}万元，年初预算{expected}万元，相差{difference}万元，须说明决算数与预算数不同的原因（reasons.budgetVariance.{code}）。',
  'c.no-budget-completion':
    '“{row}”决算{actual}万元，年初预算为0：不表述“完成预算X%”（原报告写作“完成预算0%”），应说明未安排预算的原因。',
  'd.procurement-sum':
    '政府采购货物、工程、服务支出之和为{expected}万元，政府采购支出总额为{actual}万元，相差{difference}万元。',
  'd.procurement-sme': '政府采购支出总额{actual}万元，缺少授予中小企业合同金额（及其占比）。',
  'd.procurement-sme-limit': '{part}{actual}万元，超过{whole}{expected}万元（超出{difference}万元）。',
  'd.operating-expenses-missing': '{unitType}须说明机关运行经费支出，数据集未填写（无支出的填0）。',
  'd.assets-vehicles': '按用途分类的车辆数之和为{expected}辆，车辆总数为{actual}辆，不一致。',
  'd.assets-vehicle-categories':
    '共有车辆{count}辆，须按用途分类列示（如主要领导干部用车、机要通信用车等）。',
  'd.assets-vehicles-held': '“三公”经费中的公务用车保有量{actual}辆，多于国有资产中的车辆总数{expected}辆。',
  'd.assets-vehicle-total-missing': '国有资产占有使用情况缺少车辆总数（无车辆的填0）。',
  'd.assets-equipment-missing': '国有资产占有使用情况缺少“{label}”数量（台/套），没有的填0。',
  'd.staff-breakdown': '编制人数的分类之和为{expected}人，编制总数为{actual}人，不一致。',
  'd.staff-authorized-missing': '人员概况缺少编制人数。',
  'd.staff-actual-missing': '人员概况缺少年末实有人数。',
  'd.staff-over-authorized': '实有人数{actual}人，超过编制人数{expected}人（多{over}人），请确认。',
  'n.duties-missing': '缺少部门（单位）主要职责。',
  'n.work-summary-missing': '缺少年度重点工作完成情况。',
  'n.organization-units': '{entity}为部门，但未列出纳入决算编制范围的所属预算单位（机构设置）。',
  'n.placeholder': '文字中残留模板占位内容“{text}”，须改为实际内容。',
  'n.numbering': '序号有误：此处应为“{expected}”，实为“{actual}”（同一层级序号应连续、格式一致）。',
  'n.text-figures': '文字中出现“{text}”：年初预算为0时不表述完成预算比例，上年为0时不表述增长率。',
  'p.category-personnel':
    '部门整体绩效评价中“{name}”执行数{actual}万元，与人员经费合计{expected}万元不一致，相差{difference}万元。',
  'p.category-special':
    '部门整体绩效评价中“{name}”执行数{actual}万元，与一般公共预算财政拨款项目支出合计{expected}万元不一致，相差{difference}万元。',
  'p.project-execution': '项目“{name}”{part}{actual}万元，超过预算数{expected}万元（超出{difference}万元）。',
  'p.project-execution-total':
    '各项目财政拨款执行数之和{actual}万元，超过一般公共预算财政拨款项目支出合计{expected}万元（超出{difference}万元）。',
  'p.projects-missing': '一般公共预算财政拨款项目支出{actual}万元，但没有项目支出绩效自评表。',
  'p.project-indicators': '项目“{name}”没有绩效指标。',
  'p.indicator-incomplete': '项目“{name}”的绩效指标“{indicator}”缺少年度指标值或实际完成值。',
  'p.score-range': '绩效评分{actual}超出{expected}分的范围。',
  'p.overall-missing': '缺少部门整体支出绩效评价（自评）报告。',
  'p.categories-total':
    '部门整体绩效评价中{names}执行数之和为{actual}万元，与一般公共预算财政拨款支出{expected}万元不一致，相差{difference}万元（人员类、运转类、特定目标类项目应涵盖全部支出）。',
  'n.punctuation': '中文文字中的「{mark}」应为「{expectedMark}」（全角标点，引号成对）。',
  'n.terminology': '部门/单位用语与报告口径不一致：“{word}”，应为“{expectedWord}”。',
};

export const EN: MessageCatalog = {
  'd.table-missing':
    'Table "{title}" ({table}) required by the template is missing; publish it (an empty table keeps its layout and gets an empty-table statement).',
  'd.table-detail-missing':
    'Table "{title}" ({table}) has a 合计 row with amounts but no 类/款/项 rows; the disclosure must go down to 项 level.',
  'd.empty-table-statement':
    'Table "{title}" ({table}) is empty and the dataset gives no statement; the standard one will be printed: "{statement}"',
  'd.empty-table-statement-missing':
    'Table "{title}" ({table}) is empty but has no statement (emptyTables.{table}) and there is no standard one; add it.',
  'd.empty-statement-wrong-table':
    'The empty-table statement of "{title}" ({table}) mentions "{word}", which belongs to table {otherTable}: it seems copied from another table.',
  'd.empty-statement-not-empty':
    'Table "{title}" ({table}) has data but carries an empty-table statement; remove or check it.',
  'd.sangong-abroad-details':
    'Official travel abroad is {actual} 万元: state the number of delegations and of persons (both above 0).',
  'd.sangong-vehicle-details':
    'Official vehicle purchase and operation is {actual} 万元: state the number of vehicles held.',
  'd.sangong-vehicle-purchase-count':
    'Official vehicle purchase is {actual} 万元: state the number of vehicles purchased (at least 1).',
  'd.sangong-vehicle-purchase-cost':
    '{count} vehicle(s) purchased but the vehicle purchase expense is 0; check.',
  'd.sangong-reception-details':
    'Official reception is {actual} 万元: state the number of receptions (batches) and of persons (both above 0).',
  'd.sangong-split':
    'The {blockEn} of official vehicle purchase and operation is {actual} 万元 but is not split into purchase and operation.',
  'd.sangong-overspend':
    '{itemEn}: final {actual} 万元 exceeds the budget {expected} 万元 by {difference} 万元; give the reason (reasons.changes.sangongBudget).',
  'd.sangong-change-reason':
    '{itemEn}: {actual} 万元 against {expected} 万元 last year (difference {difference} 万元); give the reason (reasons.changes.{key}).',
  'd.sangong-prior-missing':
    'The prior-year figure of {itemEn} is missing; the change against last year cannot be stated.',
  'c.prior-missing':
    'The prior-year {itemEn} (priorYear) is missing; this year it is {actual} 万元 and the report compares with last year.',
  'c.change-reason':
    '{itemEn}: {actual} 万元 against {expected} 万元 last year, a change of {difference} 万元 ({rate}), 10% or more; give the reason (reasons.changes.{key}).',
  'c.zero-base':
    'The prior-year {itemEn} was 0 and is {actual} 万元 now: no growth rate can be stated (never "增长100%"); say 上年无此项支出 or 基数为0，不可比.',
  'c.budget-missing':
    'General budget expenditure "{rowEn}" is {actual} 万元 but has no initial budget; no budget completion rate can be stated.',
  'c.budget-variance-reason':
    'General budget expenditure "{rowEn}" is {actual} 万元 against an initial budget of {expected} 万元 (difference {difference} 万元); give the reason (reasons.budgetVariance.{code}).',
  'c.no-budget-completion':
    '"{rowEn}" is {actual} 万元 with an initial budget of 0: state no "完成预算X%" (the seed wrote "完成预算0%"); explain the missing budget instead.',
  'd.procurement-sum':
    'Procurement of goods, works and services adds up to {expected} 万元, the procurement total is {actual} 万元: difference {difference} 万元.',
  'd.procurement-sme':
    'Procurement total is {actual} 万元 but the amount of contracts awarded to SMEs (and its share) is missing.',
  'd.procurement-sme-limit':
    '{partEn} of {actual} 万元 exceed {wholeEn} of {expected} 万元 by {difference} 万元.',
  'd.operating-expenses-missing':
    'A {unitType} must state its operating expenses (机关运行经费); the dataset leaves them blank (enter 0 for none).',
  'd.assets-vehicles': 'Vehicles by category add up to {expected} but the vehicle total is {actual}.',
  'd.assets-vehicle-categories':
    '{count} vehicle(s) are held: list them by category (主要领导干部用车, 机要通信用车, …).',
  'd.assets-vehicles-held':
    'The number of official vehicles held ({actual}) exceeds the vehicle total of the assets section ({expected}).',
  'd.assets-vehicle-total-missing': 'State-owned assets: the number of vehicles is blank (enter 0 for none).',
  'd.assets-equipment-missing':
    'State-owned assets: the number of {labelEn} ("{label}", units/sets) is blank; enter 0 for none.',
  'd.staff-breakdown': 'The staff breakdown adds up to {expected} but the authorized staff is {actual}.',
  'd.staff-authorized-missing': 'Staff: the authorized number (编制人数) is missing.',
  'd.staff-actual-missing': 'Staff: the actual number at year end (实有人数) is missing.',
  'd.staff-over-authorized':
    'Actual staff {actual} exceeds the authorized {expected} by {over}; please confirm.',
  'n.duties-missing': 'The main duties of the department (unit) are missing.',
  'n.work-summary-missing': "The summary of the year's key work is missing.",
  'n.organization-units': '{entity} is a department but lists none of its budget units (机构设置).',
  'n.placeholder': 'Template residue "{text}" in the text; replace it with the actual content.',
  'n.numbering':
    'Numbering defect: "{expected}" expected here, "{actual}" found (one level must count on without gaps in one style).',
  'n.text-figures':
    'The text states "{text}": no completion rate when the initial budget is 0, no growth rate from a zero base.',
  'p.category-personnel':
    'Overall evaluation: "{name}" executed {actual} 万元, personnel expenses (人员经费合计) are {expected} 万元: difference {difference} 万元.',
  'p.category-special':
    'Overall evaluation: "{name}" executed {actual} 万元, project expenditure of the general budget is {expected} 万元: difference {difference} 万元.',
  'p.project-execution':
    'Project "{name}": {partEn} {actual} 万元 exceeds the budget {expected} 万元 by {difference} 万元.',
  'p.project-execution-total':
    "The projects' fiscal executions add up to {actual} 万元, above the project expenditure of the general budget, {expected} 万元, by {difference} 万元.",
  'p.projects-missing':
    'Project expenditure of the general budget is {actual} 万元 but there is no project self-evaluation.',
  'p.project-indicators': 'Project "{name}" has no performance indicators.',
  'p.indicator-incomplete': 'Project "{name}": indicator "{indicator}" lacks its target or its actual value.',
  'p.score-range': 'Score {actual} lies outside {expected}.',
  'p.overall-missing': 'The overall performance evaluation (self-evaluation) of the department is missing.',
  'p.categories-total':
    'Overall evaluation: the executions of {names} add up to {actual} 万元, not the general budget expenditure of {expected} 万元: difference {difference} 万元 (the three classes cover all spending).',
  'n.punctuation':
    'Chinese text uses 「{mark}」 where 「{expectedMark}」 belongs (full-width punctuation, paired quotes).',
  'n.terminology': '部门/单位 wording differs from the report: "{word}" should be "{expectedWord}".',
};
