/**
 * Counts the audit's errors and warnings on reports Juesuan generates for synthetic departments (every
 * one a false alarm, or a defect of the narrative): `node --import tsx scripts/audit-false-alarms.ts
 * [format=txt] [n=20] [-v]` — seeds 1..n, each exact and rounded to 0.01万元.
 */
import type { Format } from '../src/audit/injected/formats.testing.ts';
import { auditVariant, describeAlarms, variantOf } from '../src/audit/synthetic.testing.ts';

const [format = 'txt', n = '20'] = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const verbose = process.argv.includes('-v');
const byRule = new Map<string, number>();
let total = 0;
for (let seed = 1; seed <= Number(n); seed += 1) {
  for (const rounded of [false, true]) {
    const a = await auditVariant(variantOf(seed, rounded), format as Format);
    for (const f of a.alarms)
      byRule.set(`${f.severity} ${f.rule}`, (byRule.get(`${f.severity} ${f.rule}`) ?? 0) + 1);
    total += a.alarms.length;
    if (verbose) for (const line of describeAlarms(a)) console.log(line);
  }
}
console.log(
  `${format}: ${Number(n) * 2} reports (seeds 1..${n}, exact and rounded): ${total} errors and warnings`,
);
for (const [rule, count] of [...byRule].sort()) console.log(`  ${rule}: ${count}`);
