/**
 * @module The standard 名词解释 entries (domain-standard.md §3.2; wording of the Sichuan and central
 * templates and the seed), each with the condition under which a report needs it: an income or
 * expenditure kind only when the dataset has it non-zero, the others always.
 */
import type { Dataset } from '../../model/types.ts';
import { cellOf } from '../../model/views.ts';

/** A standard term, its definition and whether a dataset needs it. */
export type StandardTerm = {
  readonly term: string;
  readonly definition: string;
  readonly applies: (ds: Dataset) => boolean;
};

const always = (): boolean => true;
const nonZero = (v: number | null): boolean => v !== null && v !== 0;
const t01 = (row: string) => (ds: Dataset) => nonZero(cellOf(ds, 'T01', row, 'amount'));
const t03 = (column: string) => (ds: Dataset) => nonZero(cellOf(ds, 'T03', 'total', column));

/** Standard terms in printed order. */
export const STANDARD_TERMS: readonly StandardTerm[] = [
  { term: '财政拨款收入', definition: '指单位从同级财政部门取得的财政预算资金。', applies: always },
  {
    term: '一般公共预算财政拨款收入',
    definition: '指单位从同级财政部门取得的一般公共预算资金。',
    applies: t01('income.generalBudget'),
  },
  {
    term: '政府性基金预算财政拨款收入',
    definition: '指单位从同级财政部门取得的政府性基金预算资金。',
    applies: t01('income.governmentFund'),
  },
  {
    term: '国有资本经营预算财政拨款收入',
    definition: '指单位从同级财政部门取得的国有资本经营预算资金。',
    applies: t01('income.stateCapital'),
  },
  {
    term: '上级补助收入',
    definition: '指事业单位从主管部门和上级单位取得的非财政补助收入。',
    applies: t01('income.superior'),
  },
  {
    term: '事业收入',
    definition: '指事业单位开展专业业务活动及其辅助活动取得的收入。',
    applies: t01('income.business'),
  },
  {
    term: '经营收入',
    definition: '指事业单位在专业业务活动及其辅助活动之外开展非独立核算经营活动取得的收入。',
    applies: t01('income.operating'),
  },
  {
    term: '附属单位上缴收入',
    definition: '指事业单位附属的独立核算单位按照有关规定上缴的收入。',
    applies: t01('income.affiliated'),
  },
  { term: '其他收入', definition: '指单位取得的除上述收入以外的各项收入。', applies: t01('income.other') },
  {
    term: '使用非财政拨款结余',
    definition: '指事业单位使用以前年度积累的非财政拨款结余弥补当年收支差额的金额。',
    applies: t01('income.useNonFiscalBalance'),
  },
  {
    term: '年初结转和结余',
    definition: '指以前年度尚未完成、结转到本年按有关规定继续使用的资金。',
    applies: always,
  },
  {
    term: '结余分配',
    definition: '指事业单位按照规定缴纳的所得税、提取的专用基金以及转入非财政拨款结余的金额等。',
    applies: t01('expenditure.balanceDistribution'),
  },
  {
    term: '年末结转和结余',
    definition: '指单位按有关规定结转到下年或以后年度继续使用的资金。',
    applies: always,
  },
  {
    term: '基本支出',
    definition: '指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。',
    applies: always,
  },
  {
    term: '项目支出',
    definition: '指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。',
    applies: always,
  },
  {
    term: '上缴上级支出',
    definition: '指事业单位按照财政部门和主管部门的规定上缴上级单位的支出。',
    applies: t03('toSuperior'),
  },
  {
    term: '经营支出',
    definition: '指事业单位在专业业务活动及其辅助活动之外开展非独立核算经营活动发生的支出。',
    applies: t03('operating'),
  },
  {
    term: '对附属单位补助支出',
    definition: '指事业单位用财政拨款收入之外的收入对附属单位补助发生的支出。',
    applies: t03('toAffiliated'),
  },
  { term: '人员经费', definition: '指基本支出中的工资福利支出和对个人和家庭的补助。', applies: always },
  {
    term: '公用经费',
    definition: '指基本支出中为保障机构正常运转、完成日常工作任务用于购买商品和服务等的支出。',
    applies: always,
  },
  {
    term: '“三公”经费',
    definition:
      '指单位用财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。其中，因公出国（境）费反映单位公务出国（境）的国际旅费、国外城市间交通费、住宿费、伙食费、培训费、公杂费等支出；公务用车购置及运行费反映单位公务用车车辆购置支出（含车辆购置税）及租用费、燃料费、维修费、过路过桥费、保险费等支出；公务接待费反映单位按规定开支的各类公务接待（含外宾接待）支出。',
    applies: always,
  },
  {
    term: '机关运行经费',
    definition:
      '指为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务的各项资金，包括办公及印刷费、邮电费、差旅费、会议费、福利费、日常维修费、办公用房水电费、办公用房物业管理费、公务用车运行维护费以及其他费用。',
    applies: (ds) =>
      nonZero(ds.operatingExpenses) ||
      [ds.entity.unitType, ...ds.entity.units.map((u) => u.unitType)].some(
        (t) => t === '行政单位' || t === '参公事业单位',
      ),
  },
];

/** The key a term is matched by: no quotes, brackets or spaces, and 预算拨款 read as 预算财政拨款. */
export function termKey(term: string): string {
  return term
    .replace(/[\s"“”'‘’「」]/gu, '')
    .replaceAll('(', '（')
    .replaceAll(')', '）')
    .replace(/预算拨款/gu, '预算财政拨款')
    .replace(/[：:]$/u, '');
}
