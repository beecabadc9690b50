/**
 * @module What a statement or a table is about — the department's money of every source, the fiscal
 * appropriations, the general budget, a fund, or the 三公 — so that a figure in the narrative is compared
 * only with the table the statement is about: 本年收入合计 under 二、收入决算情况说明 is 公开01表's
 * (every source), not 公开04表's (fiscal appropriations only); 项目支出 under 三、支出决算情况说明 is
 * 公开03表's, not 公开06表's.
 */

/** The money a statement or a table is about; `all` is the department's, every source. */
export type Domain = 'all' | 'fin' | 'gpb' | 'govfund' | 'soe' | 'sangong';

// Most specific first: "财政拨款“三公”经费" is about the 三公, "一般公共预算财政拨款" about the general budget.
const DOMAINS: readonly (readonly [Domain, RegExp])[] = [
  ['sangong', /三公/],
  ['govfund', /政府性基金/],
  ['soe', /国有资本经营/],
  ['gpb', /一般公共预算/],
  ['fin', /财政拨款/],
];

/** The fund or spending a title or heading names, or undefined when it names none. */
export function domainNamed(text: string): Domain | undefined {
  return DOMAINS.find(([, re]) => re.test(text))?.[0];
}

/**
 * The domain of a statement from its headings (outermost first): the innermost heading that names one;
 * `all` under headings that name none; undefined without headings (a fragment: nothing says).
 */
export function domainOfHeadings(headings: readonly string[]): Domain | undefined {
  if (headings.length === 0) return undefined;
  for (let i = headings.length - 1; i >= 0; i -= 1) {
    const d = domainNamed(headings[i]!);
    if (d) return d;
  }
  return 'all';
}

// Indicators that are about one domain whatever the heading they stand under.
const KEY_DOMAINS: readonly (readonly [Domain, RegExp])[] = [
  ['sangong', /^sangong\./],
  ['gpb', /^gpb\./],
  ['govfund', /^govfund\./],
  ['soe', /^soe\./],
];

/**
 * The domain of a narrative figure: what its indicator is about (a 三公 item is the 三公 table's, under
 * any heading), else what its headings name.
 */
export function domainOfStatement(key: string | undefined, headings: readonly string[]): Domain | undefined {
  const own = key === undefined ? undefined : KEY_DOMAINS.find(([, re]) => re.test(key))?.[0];
  return own ?? domainOfHeadings(headings);
}

/** The domain of a table from its title: `all` when the title names no fund; undefined without a title. */
export function domainOfTitle(title: string): Domain | undefined {
  if (title.trim() === '') return undefined;
  return domainNamed(title) ?? 'all';
}

/** Whether a statement of one domain is about a table of another (either unknown: it may be). */
export function sameDomain(a: Domain | undefined, b: Domain | undefined): boolean {
  return a === undefined || b === undefined || a === b;
}
