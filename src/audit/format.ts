/**
 * @module Audit findings for people and programs: messages from the audit catalogues, the findings
 * JSON of DESIGN.md §1 with `evidence`, and a terminal listing.
 */
import { absFen, type Fen, formatWan, formatYuan } from '../money/index.ts';
import { describeLocation } from '../rules/format.ts';
import type { Locale } from '../rules/registry.ts';
import type { Location } from '../rules/types.ts';
import { EN, ZH } from './checks/messages.ts';
import type { AuditFinding } from './checks/types.ts';
import type { Evidence } from './facts/doc.ts';

/** Amount text in the finding's unit (万元, or 元 for reports printed in 元). */
function amountText(f: AuditFinding, v: Fen | null | undefined): string {
  if (v === null || v === undefined) return '';
  return f.amountUnit === '元' ? formatYuan(v) : formatWan(v);
}

/** The message of an audit finding in a locale. */
export function auditMessage(f: AuditFinding, locale: Locale): string {
  const catalog = locale === 'zh-CN' ? ZH : EN;
  const raw = catalog[f.messageKey ?? f.rule] ?? catalog[f.rule] ?? f.rule;
  const template = f.amountUnit === '元' ? raw.replaceAll('万元', '元') : raw;
  const values: Record<string, string> = {
    expected: f.expectedText ?? amountText(f, f.expected),
    actual: f.actualText ?? amountText(f, f.actual),
    difference:
      f.difference === null || f.difference === undefined ? '' : amountText(f, absFen(f.difference)),
    ...Object.fromEntries(Object.entries(f.params).map(([k, v]) => [k, String(v)])),
  };
  let text = template.replace(/\{(\w+)\}/g, (m, key: string) => values[key] ?? m);
  if (f.rounding) {
    const yuan = f.amountUnit === '元';
    const env = (yuan ? formatYuan(f.rounding.envelope) : formatWan(f.rounding.envelope, { decimals: 4 }))
      .replace(/0+$/, '')
      .replace(/\.$/, '');
    const u = yuan ? '元' : '万元';
    text +=
      locale === 'zh-CN'
        ? `（差额在${f.rounding.parts}个数各自四舍五入的误差范围±${env}${u}以内，不是错误）`
        : ` (within the rounding envelope of ${f.rounding.parts} printed figures, ±${env} ${u}: not an error)`;
  }
  return text;
}

export type AuditFindingJson = {
  rule: string;
  severity: AuditFinding['severity'];
  message: string;
  locations: Location[];
  expected?: string;
  actual?: string;
  difference?: string;
  unit?: '万元' | '元';
  evidence: Evidence[];
};

/** Counts by severity. */
export function auditSummary(findings: readonly AuditFinding[]) {
  const n = (s: AuditFinding['severity']) => findings.filter((f) => f.severity === s).length;
  return { errors: n('error'), warnings: n('warning'), notices: n('notice') };
}

/** The findings JSON (DESIGN.md §1) of an audit: amounts as 万元 decimal strings, with evidence. */
export function auditFindingsJson(findings: readonly AuditFinding[], locale: Locale = 'zh-CN') {
  const items: AuditFindingJson[] = findings.map((f) => {
    const amounts = f.expectedText === undefined && (f.expected != null || f.actual != null);
    return {
      rule: f.rule,
      severity: f.severity,
      message: auditMessage(f, locale),
      locations: [...f.locations],
      ...(f.expectedText !== undefined
        ? { expected: f.expectedText }
        : f.expected != null
          ? { expected: amountText(f, f.expected) }
          : {}),
      ...(f.actualText !== undefined
        ? { actual: f.actualText }
        : f.actual != null
          ? { actual: amountText(f, f.actual) }
          : {}),
      ...(f.difference != null ? { difference: amountText(f, f.difference) } : {}),
      ...(amounts ? { unit: f.amountUnit ?? ('万元' as const) } : {}),
      evidence: [...f.evidence],
    };
  });
  return { findings: items, summary: auditSummary(findings) };
}

const LABEL = {
  'zh-CN': { error: '错误', warning: '警告', notice: '提示', where: '位置', quote: '原文', page: '第{n}页' },
  en: { error: 'error', warning: 'warning', notice: 'notice', where: 'where', quote: 'text', page: 'p. {n}' },
} as const;

/** Findings as text for a terminal, with their quoted evidence. */
export function auditFindingsText(findings: readonly AuditFinding[], locale: Locale): string {
  const l = LABEL[locale];
  const lines = findings.map((f) => {
    const where = f.locations.map((x) => ('field' in x ? x.field : describeLocation(x, locale))).join('；');
    const quotes = f.evidence
      .map((e) => `“${e.text}”${e.page === undefined ? '' : `（${l.page.replace('{n}', String(e.page))}）`}`)
      .join(' ');
    return `[${l[f.severity]}] ${f.rule}\n    ${auditMessage(f, locale)}\n    ${l.where}：${where}${quotes ? `\n    ${l.quote}：${quotes}` : ''}`;
  });
  const s = auditSummary(findings);
  lines.push(
    locale === 'zh-CN'
      ? `共 ${s.errors} 个错误，${s.warnings} 个警告，${s.notices} 个提示。`
      : `${s.errors} errors, ${s.warnings} warnings, ${s.notices} notices.`,
  );
  return `${lines.join('\n')}\n`;
}
