/**
 * @module Tables: a.text-vs-table (a figure in the narrative differs from the same figure in a table;
 * a gap within the rounding of the two printed figures is a notice) and a.empty-table-statement (a table
 * without any figure, and no statement under it saying why).
 */
import { fen } from '../../money/index.ts';
import { sameDomain } from '../facts/domain.ts';
import { indicatorName, indicatorNameEn } from '../facts/indicators.ts';
import type { Facts } from '../facts/types.ts';
import { normaliseCell } from '../normalise.ts';
import type { AuditFinding } from './types.ts';
import { evidenceList, locationOf, unitOf } from './util.ts';

const ROLE = {
  actual: ['决算数', 'actual'],
  budget: ['预算数', 'budget'],
  prior: ['上年数', 'prior year'],
} as const;
const FIGURE = /^-?[\d,]+(\.\d+)?$/;
const NONZERO = /[1-9]/;
const STATEMENT = /本表无数据|本表为空|空表|故本表|无.{0,30}(收入|支出|数据|经费)/;

/**
 * Narrative figures against table figures of the same indicator and role, in the table the statement is
 * about (the domain its headings name: 本年收入合计 under 收入决算 is 公开01表's, not 公开04表's).
 */
export function checkTextVsTable(facts: Facts): AuditFinding[] {
  const out: AuditFinding[] = [];
  const done = new Set<string>();
  for (const t of facts.tableAmounts) {
    const k = `${t.key}|${t.role}|${t.domain}|${t.value}`;
    if (t.key === undefined || done.has(k)) continue;
    const text = facts.amounts.find(
      (a) =>
        a.key === t.key &&
        a.role === t.role &&
        sameDomain(a.domain, t.domain) &&
        (a.year === undefined || a.year === facts.reportYear),
    );
    if (!text) continue;
    done.add(k);
    const difference = fen(text.value - t.value);
    if (difference === 0) continue;
    const envelope = fen(text.halfUlp + t.halfUlp);
    const inside = Math.abs(difference) <= envelope;
    out.push({
      rule: 'a.text-vs-table',
      severity: inside ? 'notice' : 'error',
      locations: [locationOf(facts, text), locationOf(facts, t)],
      params: {
        item: indicatorName(t.key),
        itemEn: indicatorNameEn(t.key),
        role: ROLE[t.role][0],
        roleEn: ROLE[t.role][1],
      },
      expected: t.value,
      actual: text.value,
      difference,
      ...(inside ? { rounding: { parts: 2, envelope } } : {}),
      evidence: evidenceList(text, t),
      ...unitOf(text),
    });
  }
  return out;
}

/** Tables that hold no non-zero figure and carry no statement (in the table or the lines after it). */
export function checkEmptyTables(facts: Facts): AuditFinding[] {
  const out: AuditFinding[] = [];
  for (const table of facts.doc.tables) {
    const cells = table.rows.flat().map(normaliseCell);
    const figures = cells.filter((c) => FIGURE.test(c));
    const title = normaliseCell(table.title ?? '');
    if (!/表/.test(title) || cells.length === 0 || figures.some((c) => NONZERO.test(c))) continue;
    if (cells.some((c) => STATEMENT.test(c))) continue;
    const after = facts.doc.lines.slice(table.nextLine, table.nextLine + 3).map((l) => l.text);
    if (after.some((l) => STATEMENT.test(l))) continue;
    out.push({
      rule: 'a.empty-table-statement',
      severity: 'warning',
      locations: [{ field: title }],
      params: { title },
      evidence: [{ text: title, ...(table.page === undefined ? {} : { page: table.page }) }],
    });
  }
  return out;
}
