/**
 * @module Findings for people and programs: messages from the catalogues with their placeholders
 * filled (amounts in 万元 with two decimals), and the findings JSON of DESIGN.md §1.
 */
import { tableDef } from '../catalog/tables/definitions.ts';
import type { TableId } from '../catalog/tables/types.ts';
import { absFen, type Fen, formatWan } from '../money/index.ts';
import { type Locale, messagesFor } from './registry.ts';
import type { Finding, Location } from './types.ts';

const TEMPLATE_PARAM = /\{(\w+)\}/g;

function wan(f: Fen | null | undefined): string {
  return f === null || f === undefined ? '' : formatWan(f);
}

/** The display of a location: table title with row and column labels, or the dataset field. */
export function describeLocation(loc: Location, locale: Locale): string {
  const unit = loc.unit ? (locale === 'zh-CN' ? `〔${loc.unit}〕` : `[${loc.unit}] `) : '';
  if ('field' in loc) {
    const excerpt = loc.excerpt ? (locale === 'zh-CN' ? `：“${loc.excerpt}”` : `: "${loc.excerpt}"`) : '';
    return `${unit}${loc.field}${excerpt}`;
  }
  const def = tableDef(loc.table as TableId);
  const row =
    loc.row === undefined
      ? ''
      : loc.row === 'total'
        ? '合计'
        : (def.fixedRows?.find((r) => r.key === loc.row)?.label ?? loc.row);
  const col =
    loc.column === undefined ? '' : (def.columns.find((c) => c.id === loc.column)?.label ?? loc.column);
  const parts = [
    row && (locale === 'zh-CN' ? `行“${row}”` : `row "${row}"`),
    col && (locale === 'zh-CN' ? `列“${col}”` : `column "${col}"`),
  ].filter(Boolean);
  return `${unit}${loc.table} ${def.title}${parts.length ? ` ${parts.join(' ')}` : ''}`;
}

/** The message of a finding in a locale; amounts in 万元. */
export function formatFinding(f: Finding, locale: Locale): string {
  const template = messagesFor(locale)[f.rule] ?? f.rule;
  const values: Record<string, string> = {
    expected: f.expectedText ?? wan(f.expected),
    actual: f.actualText ?? wan(f.actual),
    difference: wan(
      f.difference === null || f.difference === undefined ? f.difference : absFen(f.difference),
    ),
    ...Object.fromEntries(Object.entries(f.params).map(([k, v]) => [k, String(v)])),
  };
  let text = template.replace(TEMPLATE_PARAM, (m, key: string) => values[key] ?? m);
  if (f.rounding) {
    // n × 0.005万元 needs three decimals (0.015), so it is printed exactly rather than rounded to 0.01.
    const env = formatWan(f.rounding.envelope, { decimals: 4 }).replace(/0+$/, '').replace(/\.$/, '');
    text +=
      locale === 'zh-CN'
        ? `（差额在${f.rounding.parts}个数各自四舍五入的误差范围±${env}万元以内，不是错误）`
        : ` (within the rounding envelope of ${f.rounding.parts} parts, ±${env} 万元: not an error)`;
  }
  return text;
}

export type FindingJson = {
  rule: string;
  severity: Finding['severity'];
  message: string;
  locations: Location[];
  expected?: string;
  actual?: string;
  difference?: string;
  unit?: '万元';
};

/** The findings JSON (DESIGN.md §1): amounts as decimal strings in 万元, never floats. */
export function findingsJson(findings: readonly Finding[], locale: Locale = 'zh-CN') {
  const items: FindingJson[] = findings.map((f) => {
    const isAmount = f.expected !== undefined || f.actual !== undefined;
    return {
      rule: f.rule,
      severity: f.severity,
      message: formatFinding(f, locale),
      locations: [...f.locations],
      ...(f.expectedText !== undefined
        ? { expected: f.expectedText }
        : f.expected != null
          ? { expected: wan(f.expected) }
          : {}),
      ...(f.actualText !== undefined
        ? { actual: f.actualText }
        : f.actual != null
          ? { actual: wan(f.actual) }
          : {}),
      ...(f.difference != null ? { difference: wan(f.difference) } : {}),
      ...(isAmount && f.expectedText === undefined ? { unit: '万元' as const } : {}),
    };
  });
  return {
    findings: items,
    summary: {
      errors: findings.filter((f) => f.severity === 'error').length,
      warnings: findings.filter((f) => f.severity === 'warning').length,
      notices: findings.filter((f) => f.severity === 'notice').length,
    },
  };
}
