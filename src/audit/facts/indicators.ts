/**
 * @module What a printed figure is: the indicator named by the words before it (收支总计, 本年收入合计,
 * 人员经费, 公务接待费, each 类/款/项 …), its role (决算 / 预算 / 上年) and its year. Indicators are data:
 * ordered patterns, most specific first.
 */
import { catalogFor } from '../../catalog/classification/index.ts';

export type Role = 'actual' | 'budget' | 'prior';

type IndicatorDef = { readonly key: string; readonly re: RegExp; readonly zh: string };

const P = '[(（]'; // brackets after NFKC are ASCII; both kept for labels from table cells
const Q = '[)）]';

/** Indicators by key with their Chinese display name; order matters (most specific first). */
export const INDICATORS: readonly IndicatorDef[] = [
  { key: 'fin.total', zh: '财政拨款收、支总计', re: /财政拨款收[、,]?支总计|财政拨款收入支出总计/ },
  { key: 'total.all', zh: '收、支总计', re: /收[、,]?支总计|收入支出总计/ },
  { key: 'income.total', zh: '本年收入合计', re: /本年收入合计|收入合计/ },
  { key: 'exp.total', zh: '本年支出合计', re: /本年支出合计|支出合计/ },
  { key: 'income.gpb', zh: '一般公共预算财政拨款收入', re: /一般公共预算(财政)?拨款收入/ },
  { key: 'income.govfund', zh: '政府性基金预算财政拨款收入', re: /政府性基金预算(财政)?拨款收入/ },
  { key: 'income.soe', zh: '国有资本经营预算财政拨款收入', re: /国有资本经营预算(财政)?拨款收入/ },
  { key: 'income.superior', zh: '上级补助收入', re: /上级补助收入/ },
  { key: 'income.affiliate', zh: '附属单位上缴收入', re: /附属单位上缴收入/ },
  { key: 'income.business', zh: '事业收入', re: /事业收入/ },
  { key: 'income.operating', zh: '经营收入', re: /经营收入/ },
  { key: 'income.other', zh: '其他收入', re: /其他收入/ },
  { key: 'income.fin', zh: '财政拨款收入', re: /财政拨款收入/ },
  { key: 'gpb.basic', zh: '一般公共预算财政拨款基本支出', re: /一般公共预算财政拨款基本支出/ },
  { key: 'gpb.project', zh: '一般公共预算财政拨款项目支出', re: /一般公共预算财政拨款项目支出/ },
  { key: 'gpb.exp', zh: '一般公共预算财政拨款支出', re: /一般公共预算(财政拨款)?支出/ },
  { key: 'govfund.exp', zh: '政府性基金预算财政拨款支出', re: /政府性基金预算(财政拨款)?支出/ },
  { key: 'soe.exp', zh: '国有资本经营预算财政拨款支出', re: /国有资本经营预算(财政拨款)?支出/ },
  {
    key: 'sangong.vehicle',
    zh: '公务用车购置及运行维护费',
    re: /公务用车购置(及|和)运行(维护)?(经)?费/,
  },
  { key: 'sangong.vehicle-purchase', zh: '公务用车购置费', re: /公务用车购置(费|支出)/ },
  { key: 'sangong.vehicle-run', zh: '公务用车运行维护费', re: /公务用车运行(维护)?(经)?费/ },
  { key: 'sangong.abroad', zh: '因公出国（境）费', re: new RegExp(`出国${P}境${Q}(经)?费`) },
  { key: 'sangong.reception-domestic', zh: '国内公务接待费', re: /国内公务接待(费|支出)/ },
  { key: 'sangong.reception-foreign', zh: '外事接待费', re: /外事接待(费|支出)|外宾接待(费|支出)/ },
  { key: 'sangong.reception', zh: '公务接待费', re: /公务接待(费|支出)/ },
  { key: 'sangong.total', zh: '“三公”经费', re: /三公.?经费/ },
  { key: 'personnel', zh: '人员经费', re: /人员经费|人员类项目/ },
  { key: 'public', zh: '公用经费', re: /公用经费/ },
  { key: 'opcost', zh: '机关运行经费', re: /机关运行经费/ },
  { key: 'procure.goods', zh: '政府采购货物支出', re: /采购货物|货物采购/ },
  { key: 'procure.works', zh: '政府采购工程支出', re: /采购工程|工程采购/ },
  { key: 'procure.services', zh: '政府采购服务支出', re: /采购服务|服务采购/ },
  { key: 'procure.small', zh: '授予小微企业合同金额', re: /授予[^,，;；]*小微企业|小微企业[^,，;；]*合同/ },
  { key: 'procure.sme', zh: '授予中小企业合同金额', re: /授予[^,，;；]*中小企业|中小企业[^,，;；]*合同/ },
  { key: 'procure.total', zh: '政府采购支出总额', re: /政府采购/ },
  { key: 'carry.begin', zh: '年初结转和结余', re: /年初(财政拨款)?结转和结余/ },
  { key: 'carry.end', zh: '年末结转和结余', re: /年末(财政拨款)?结转和结余/ },
  { key: 'exp.superior', zh: '上缴上级支出', re: /上缴上级支出/ },
  { key: 'exp.affiliate', zh: '对附属单位补助支出', re: /对附属单位补助支出/ },
  { key: 'exp.operating', zh: '经营支出', re: /经营支出/ },
  { key: 'exp.basic', zh: '基本支出', re: /基本支出/ },
  { key: 'exp.project', zh: '项目支出', re: /项目支出/ },
];

const ZH_BY_KEY = new Map(INDICATORS.map((d) => [d.key, d.zh]));

/** Names of the functional 类 (any covered year) with and without the trailing 支出. */
const LEI_NAMES: readonly string[] = (() => {
  const names = new Set<string>();
  for (const year of [2021, 2022, 2023, 2024, 2025]) {
    for (const e of catalogFor('functional', year).lei()) names.add(e.name.normalize('NFKC'));
  }
  return [...names].sort((a, b) => b.length - a.length);
})();

export type Indicator = { readonly key: string; readonly text: string; readonly index: number };

/** The indicator a label names (the last one when several), or undefined. */
export function indicatorIn(label: string): Indicator | undefined {
  for (const def of INDICATORS) {
    const all = [...label.matchAll(new RegExp(def.re.source, 'g'))];
    const m = all[all.length - 1];
    if (m) return { key: def.key, text: m[0], index: m.index };
  }
  for (const name of LEI_NAMES) {
    const i = label.lastIndexOf(name);
    if (i >= 0 && !label.slice(i + name.length).startsWith('(类)')) {
      return { key: `func:${name}`, text: name, index: i };
    }
  }
  return undefined;
}

const EN: Readonly<Record<string, string>> = {
  'fin.total': 'total fiscal appropriation income and expenditure',
  'total.all': 'total income and expenditure',
  'income.total': 'income of the year',
  'exp.total': 'expenditure of the year',
  'income.gpb': 'general budget appropriation income',
  'income.govfund': 'government fund appropriation income',
  'income.soe': 'state capital appropriation income',
  'income.superior': 'subsidies from the higher level',
  'income.affiliate': 'remittances from affiliated units',
  'income.business': 'business income',
  'income.operating': 'operating income',
  'income.other': 'other income',
  'income.fin': 'fiscal appropriation income',
  'gpb.basic': 'general budget basic expenditure',
  'gpb.project': 'general budget project expenditure',
  'gpb.exp': 'general budget expenditure',
  'govfund.exp': 'government fund expenditure',
  'soe.exp': 'state capital expenditure',
  'sangong.vehicle': 'official vehicle purchase and running',
  'sangong.vehicle-purchase': 'official vehicle purchase',
  'sangong.vehicle-run': 'official vehicle running',
  'sangong.abroad': 'official travel abroad',
  'sangong.reception-domestic': 'domestic official reception',
  'sangong.reception-foreign': 'foreign guest reception',
  'sangong.reception': 'official reception',
  'sangong.total': '"three public" expenses',
  personnel: 'personnel expenses',
  public: 'public (office) expenses',
  opcost: 'agency running costs',
  'procure.goods': 'procurement of goods',
  'procure.works': 'procurement of works',
  'procure.services': 'procurement of services',
  'procure.small': 'contracts to small and micro enterprises',
  'procure.sme': 'contracts to SMEs',
  'procure.total': 'government procurement',
  'carry.begin': 'balance brought forward',
  'carry.end': 'balance carried forward',
  'exp.superior': 'remittances to the higher level',
  'exp.affiliate': 'subsidies to affiliated units',
  'exp.operating': 'operating expenditure',
  'exp.basic': 'basic expenditure',
  'exp.project': 'project expenditure',
};

/** English name of an indicator key (类/款/项 keep their Chinese names). */
export function indicatorNameEn(key: string): string {
  return EN[key] ?? indicatorName(key);
}

/** Display name of an indicator key. */
export function indicatorName(key: string): string {
  if (key.startsWith('func:')) return key.slice(5).split('/').join('—');
  return ZH_BY_KEY.get(key) ?? key;
}

// Fund names contain 预算 but say nothing about the role.
const FUND_WORDS = /一般公共预算|政府性基金预算|国有资本经营预算|预算单位|部门预算|单位预算|预算绩效/g;

/** The role of a figure from the words before it: 预算 (budget), 上年/去年 (prior) or 决算 (actual). */
export function roleOf(label: string, reportYear: number | undefined): Role {
  const l = label.replace(FUND_WORDS, '');
  if (/上年|上一年|去年|上年度/.test(l)) return 'prior';
  if (
    reportYear !== undefined &&
    new RegExp(`${reportYear - 1}年`).test(l) &&
    !l.includes(`${reportYear}年`)
  ) {
    return 'prior';
  }
  if (/预算/.test(l) && !/执行|决算|完成/.test(l)) return 'budget';
  return 'actual';
}

/** The year a label states ("2022年…"), if any. */
export function yearOf(label: string): number | undefined {
  const all = [...label.matchAll(/(?<!\d)(20\d\d)年(?!\d{1,2}月)/g)];
  const m = all[all.length - 1];
  return m ? Number(m[1]) : undefined;
}
