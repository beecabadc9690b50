/**
 * @module `juesuan rules [--json]`: the rule catalogue, so users can read every rule.
 */
import { RULES } from '../rules/registry.ts';
import { localeOf, parseCommandArgs } from './usage.ts';

export async function runRulesList(args: string[]): Promise<number> {
  const { values } = parseCommandArgs(
    args,
    { json: { type: 'boolean' }, lang: { type: 'string' } },
    'juesuan rules [--json] [--lang en]',
  );
  const locale = localeOf(values.lang);
  const rules = RULES.map((r) => ({
    id: r.id,
    severity: r.severity,
    checks: locale === 'zh-CN' ? r.title.zh : r.title.en,
    title: r.title,
    source: r.source,
  }));
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ rules, count: rules.length }, null, 2)}\n`);
  } else {
    for (const r of rules)
      process.stdout.write(`${r.id}  [${r.severity}]  ${r.checks}\n    依据：${r.source}\n`);
    process.stdout.write(`共 ${rules.length} 条规则。\n`);
  }
  return 0;
}
