/**
 * @module Wording: a.template-residue (XX, ××, 增加（减少）, 大于（小于） … left from the template) and
 * a.year-label (a year that contradicts the report's year: "2021年度部门决算" in a 2022 report, a
 * comparison with a year other than the prior one, "截至" a year-end other than the report's).
 */
import type { Line } from '../facts/doc.ts';
import type { Facts } from '../facts/types.ts';
import type { AuditFinding } from './types.ts';

const RESIDUE: readonly RegExp[] = [
  /(?<![A-Za-z])[XＸ]{2,}(?![A-Za-z])/g,
  /[×]{2,}/g,
  /(增加|减少|增长|下降|大于|小于|上升|降低)\((减少|增加|下降|增长|小于|大于|降低|上升|持平)\)/g,
  /\((增加|减少|增长|下降)\/(增加|减少|增长|下降)\)/g,
  /如持平作持平表述|\[单位名称\]|某某单位/g,
];

function at(line: Line, start: number, end: number): { text: string; page?: number } {
  const text = line.text.slice(Math.max(0, start - 12), Math.min(line.text.length, end + 12));
  return line.page === undefined ? { text } : { text, page: line.page };
}

function loc(line: Line, excerpt: string) {
  return [{ field: line.headings.join(' › ') || '正文', excerpt }];
}

/** Template placeholders left in the text. */
export function checkResidue(facts: Facts): AuditFinding[] {
  const out: AuditFinding[] = [];
  for (const line of facts.doc.lines) {
    for (const re of RESIDUE) {
      for (const m of line.text.matchAll(re)) {
        out.push({
          rule: 'a.template-residue',
          severity: 'error',
          locations: loc(line, m[0]),
          params: { text: m[0] },
          evidence: [at(line, m.index, m.index + m[0].length)],
        });
      }
    }
  }
  return out;
}

/** Years that contradict the report year. */
export function checkYears(facts: Facts): AuditFinding[] {
  const year = facts.reportYear;
  if (year === undefined) return [];
  const out: AuditFinding[] = [];
  const push = (
    line: Line,
    m: RegExpMatchArray,
    reason: string,
    reasonEn: string,
    severity: AuditFinding['severity'],
  ) =>
    out.push({
      rule: 'a.year-label',
      severity,
      locations: loc(line, m[0]),
      params: { year: String(year), text: m[0], reason, reasonEn },
      evidence: [at(line, m.index!, m.index! + m[0].length)],
    });
  for (const line of facts.doc.lines) {
    for (const m of line.text.matchAll(/(20\d\d)年度?(部门|单位)(决算)/g)) {
      if (Number(m[1]) !== year)
        push(line, m, `，本报告是${year}年度决算`, `: this is the ${year} report`, 'error');
    }
    for (const m of line.text.matchAll(/(?:与|比|较|同)(20\d\d)年度?(?:相比|决算|同期)?/g)) {
      const y = Number(m[1]);
      if (y !== year - 1 && y !== year)
        push(line, m, `，与上年比较应为${year - 1}年`, `: the comparison year must be ${year - 1}`, 'error');
    }
    for (const m of line.text.matchAll(/截[至止](20\d\d)年12月31日/g)) {
      if (Number(m[1]) !== year)
        push(line, m, `，年末时点应为${year}年12月31日`, `: the year end is 31 Dec ${year}`, 'warning');
    }
  }
  return out;
}
