/**
 * @module Messages of the audit checks (rule ids `a.*`) in Chinese and English. {expected} {actual}
 * {difference} are the finding's figures (万元, or the texts in expectedText/actualText); other
 * placeholders come from params; `…En` params carry the English label of the same thing.
 */
import type { MessageCatalog } from '../../rules/types.ts';

export const ZH: MessageCatalog = {
  'a.parts-vs-total':
    '{total}为{expected}万元，其组成部分（{parts}）之和为{actual}万元，相差{difference}万元。',
  'a.parts-exceed-total':
    '{total}为{expected}万元，但其中列明的部分（{parts}）之和已达{actual}万元，超出{difference}万元。',
  'a.change-amount':
    '{item}本年{current}万元、上年{prior}万元，实际{direction}{expected}万元，报告写“{stated}{actual}万元”，相差{difference}万元。',
  'a.change-rate': '{item}的变动率写作{actual}，按变动额{amount}万元÷上年{prior}万元计算应为{expected}。',
  'a.rate-base':
    '{item}的变动率写作{actual}，是用变动额{amount}万元除以本年数{current}万元算出的；变动率应以上年数{prior}万元为基数，应为{expected}。',
  'a.direction-word': '{item}：{reason}',
  'a.zero-base':
    '{item}上年为0（本年{current}万元，{stated}），基数为0不能计算增长率，不得写“{rate}”，应写“上年无此项支出”或“基数为0，不可比”。',
  'a.share': '{item}{part}万元占{total}{totalValue}万元的比重应为{expected}，报告写作{actual}。',
  'a.share-forced':
    '比重合计被凑成100%：{item}按{part}万元÷{total}万元应为{expected}，报告写作{actual}（各比重单独四舍五入后合计为{sum}，报告为使合计等于100%而调整了这一项，且未说明）。',
  'a.share-forced-declared':
    '比重合计调整为100%：{item}按金额计算应为{expected}，报告写作{actual}；报告已说明尾差调整。',
  'a.share-sum': '“{item}”各项比重之和为{actual}，不是100%（各项金额之和等于合计）。',
  'a.completion-no-budget':
    '{item}未安排预算（预算为0），不能表述“{stated}”；应说明未安排预算，不写完成预算的比例。',
  'a.completion-rate':
    '{item}决算{current}万元、预算{budget}万元，完成预算应为{expected}，报告写作{actual}。',
  'a.vehicle-count': '车辆总数写作{actual}辆，分类车辆之和为{expected}辆，不一致。',
  'a.vehicle-held': '公务用车保有量{actual}辆，多于车辆总数{expected}辆。',
  'a.indicator-repeat': '同一指标“{item}”（{role}）在报告中出现了不同的数：{values}。',
  'a.text-vs-table': '“{item}”（{role}）正文为{actual}万元，表格为{expected}万元，相差{difference}万元。',
  'a.year-label': '年份与报告年度（{year}年）矛盾：“{text}”{reason}。',
  'a.template-residue': '疑似模板残留：“{text}”，应替换为实际内容。',
  'a.numbering-part': '部分编号格式不一致：“{text}”与其他部分（{others}）的写法不同。',
  'a.numbering-mixed': '同一级标题编号混用：“{text}”与同级的“{others}”格式不同。',
  'a.numbering-sequence': '编号不连续：“{text}”{reason}。',
  'a.missing-part': '报告缺少“{title}”。',
  'a.missing-table': '报告缺少附表“{title}”（{table}）。',
  'a.empty-table-statement': '“{title}”没有数据，但表下没有空表说明（如“本单位无……，故本表无数据”）。',
  'a.sangong-details': '“三公”经费说明不完整：{item}为{actual}万元，但没有说明{details}。',
  'a.sangong-split': '公务用车购置及运行维护费为{actual}万元，未分别说明公务用车购置费和公务用车运行维护费。',
};

export const EN: MessageCatalog = {
  'a.parts-vs-total':
    '{totalEn} is {expected} 万元 but its parts ({partsEn}) add up to {actual} 万元: a gap of {difference} 万元.',
  'a.parts-exceed-total':
    '{totalEn} is {expected} 万元 but the parts listed ({partsEn}) already add up to {actual} 万元, {difference} 万元 more.',
  'a.change-amount':
    '{itemEn}: current {current}, prior {prior} 万元, so the change is {expected} 万元; the report states {actual} 万元 (off by {difference} 万元).',
  'a.change-rate': '{itemEn}: rate stated {actual}; change {amount} ÷ prior {prior} 万元 gives {expected}.',
  'a.rate-base':
    '{itemEn}: rate stated {actual} is change {amount} ÷ the current year {current} 万元; it must be based on the prior year {prior} 万元: {expected}.',
  'a.direction-word': '{itemEn}: {reasonEn}',
  'a.zero-base':
    '{itemEn}: the prior year was 0 (current {current} 万元); no growth rate can be stated ("{rate}"); say "new this year" / "base 0, not comparable".',
  'a.share': '{itemEn} {part} 万元 of {totalEn} {totalValue} 万元 is {expected}; the report says {actual}.',
  'a.share-forced':
    'Shares forced to 100%: {itemEn} {part} ÷ {total} 万元 is {expected}, printed {actual} (rounded on their own the shares add up to {sum}; this one was pushed to make 100%, without saying so).',
  'a.share-forced-declared':
    'Shares adjusted to 100%: {itemEn} is {expected} by the amounts, printed {actual}; the report declares the adjustment.',
  'a.share-sum': 'The shares of "{itemEn}" add up to {actual}, not 100% (the parts add up to the total).',
  'a.completion-no-budget':
    '{itemEn} had no budget (0): "{stated}" must not be stated; say that no budget was set.',
  'a.completion-rate':
    '{itemEn}: actual {current}, budget {budget} 万元: completion is {expected}, the report says {actual}.',
  'a.vehicle-count': 'Vehicles stated {actual} in total, the categories add up to {expected}.',
  'a.vehicle-held': '{actual} official cars held, more than the {expected} vehicles in total.',
  'a.indicator-repeat':
    'The same indicator "{itemEn}" ({roleEn}) has different values in the report: {valuesEn}.',
  'a.text-vs-table':
    '"{itemEn}" ({roleEn}): text {actual} 万元, table {expected} 万元, off by {difference} 万元.',
  'a.year-label': 'Year contradicts the report year {year}: "{text}" {reasonEn}.',
  'a.template-residue': 'Template residue: "{text}" must be replaced by the actual content.',
  'a.numbering-part': 'Part numbering is inconsistent: "{text}" differs from the other parts ({others}).',
  'a.numbering-mixed': 'Numbering styles mixed at one level: "{text}" among "{others}".',
  'a.numbering-sequence': 'Numbering out of sequence: "{text}" {reasonEn}.',
  'a.missing-part': 'The report lacks "{title}".',
  'a.missing-table': 'The report lacks the table "{title}" ({table}).',
  'a.empty-table-statement': '"{title}" has no data and no statement saying why.',
  'a.sangong-details':
    '三公 explanation incomplete: {itemEn} is {actual} 万元 but {detailsEn} are not stated.',
  'a.sangong-split':
    'Vehicle purchase and running costs ({actual} 万元) are not split into purchase and running.',
};
