/**
 * @module The defects injected into the example's report tree, one (or more) per check kind, and the
 * test runner every format shares: the clean report has no error and no warning; each injected defect
 * is found by its rule, quoting the injected text, and nothing else is an error.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { example } from '../../../test/helpers.ts';
import { buildReport } from '../../narrative/document.ts';
import type { Report } from '../../report/types.ts';
import { auditFile } from '../audit.ts';
import type { AuditFinding } from '../checks/types.ts';
import { type Format, writeReport } from './formats.testing.ts';
import {
  dropNotes,
  type Injection,
  inject,
  removePart,
  removeTable,
  renumberHeading,
  renumberPart,
  replace,
  setCell,
} from './inject.testing.ts';

export type Case = {
  readonly name: string;
  readonly edits: readonly Injection[];
  readonly rule: string;
  readonly severity: AuditFinding['severity'];
  /** Text the finding quotes (its evidence, or its parameters when a rule quotes none). */
  readonly quote: string;
  /** Other rules the same defect rightly raises at error level. */
  readonly also?: readonly string[];
  readonly complete?: boolean;
};

export const CASES: readonly Case[] = [
  {
    name: 'change amount',
    edits: [replace('收、支总计减少279.94万元', '收、支总计减少279.49万元')],
    rule: 'a.change-amount',
    severity: 'error',
    quote: '279.49万元',
  },
  {
    name: 'direction word',
    edits: [replace('收、支总计减少279.94万元', '收、支总计增加279.94万元')],
    rule: 'a.direction-word',
    severity: 'error',
    quote: '增加279.94万元',
  },
  {
    name: 'change rate',
    edits: [replace('下降30.07%', '下降30.70%')],
    rule: 'a.change-rate',
    severity: 'error',
    quote: '30.70%',
  },
  {
    name: 'rate on the wrong base',
    edits: [replace('下降16.47%', '下降19.72%')],
    rule: 'a.rate-base',
    severity: 'error',
    quote: '19.72%',
  },
  {
    name: 'zero base',
    edits: [
      replace(
        '与2021年度（120.27万元）相比，减少19.81万元，下降16.47%',
        '与2021年度（0万元）相比，增加100.46万元，增长100%',
      ),
    ],
    rule: 'a.zero-base',
    severity: 'error',
    quote: '与2021年度（0万元',
  },
  {
    name: 'share',
    edits: [replace('占96.93%', '占96.39%')],
    rule: 'a.share',
    severity: 'error',
    quote: '96.39%',
    also: ['a.share-sum'],
  },
  {
    name: 'shares swapped',
    edits: [
      replace(
        '占85.67%；社会保障和就业支出41.45万元，占6.37%',
        '占6.37%；社会保障和就业支出41.45万元，占85.67%',
      ),
    ],
    rule: 'a.share',
    severity: 'error',
    quote: '占6.37%',
  },
  {
    name: 'completion rate',
    edits: [replace('预算数为18.07万元，完成预算的100.00%', '预算数为18.07万元，完成预算的110.00%')],
    rule: 'a.completion-rate',
    severity: 'error',
    quote: '110.00%',
  },
  {
    name: 'completion without a budget',
    edits: [replace('无因公出国（境）费支出，与2021年度持平', '因公出国（境）费支出0.00万元，完成预算0%')],
    rule: 'a.completion-no-budget',
    severity: 'warning',
    quote: '完成预算0%',
  },
  {
    name: 'parts vs total',
    edits: [replace('人员经费530.58万元', '人员经费530.85万元')],
    rule: 'a.parts-vs-total',
    severity: 'error',
    quote: '530.85万元',
    also: ['a.text-vs-table', 'a.indicator-repeat'],
  },
  {
    name: 'text vs table',
    edits: [setCell('T13', 0, -1, '18.70')],
    rule: 'a.text-vs-table',
    severity: 'error',
    quote: '18.70',
  },
  {
    name: 'indicator repeated in the 附件',
    edits: [replace('本年收入合计651.04万元', '本年收入合计615.04万元', { part: 4 })],
    rule: 'a.indicator-repeat',
    severity: 'error',
    quote: '615.04万元',
    also: ['a.parts-vs-total', 'a.share'],
  },
  {
    name: 'template residue',
    edits: [replace('主要原因是：认真贯彻', '主要原因是：XX认真贯彻')],
    rule: 'a.template-residue',
    severity: 'error',
    quote: 'XX',
  },
  {
    name: 'year label',
    edits: [replace('2022年度部门决算情况说明', '2021年度部门决算情况说明')],
    rule: 'a.year-label',
    severity: 'error',
    quote: '2021年度部门决算',
  },
  {
    name: 'vehicles held',
    edits: [replace('公务用车保有量为0辆', '公务用车保有量为2辆')],
    rule: 'a.vehicle-count',
    severity: 'warning',
    quote: '2辆',
  },
  {
    name: '三公 details missing',
    edits: [replace('2022年度国内公务接待126批次，1642人次；', '')],
    rule: 'a.sangong-details',
    severity: 'warning',
    quote: '18.07万元',
  },
  {
    name: 'numbering mixed',
    edits: [renumberHeading('九、', '9、')],
    rule: 'a.numbering-mixed',
    severity: 'warning',
    quote: '9、国有资本经营预算支出决算情况说明',
  },
  {
    name: 'part numbering',
    edits: [renumberPart('第三部分', '第3部分')],
    rule: 'a.numbering-part',
    severity: 'warning',
    quote: '第3部分',
  },
  {
    name: 'numbering skipped',
    edits: [renumberHeading('四、', '五、')],
    rule: 'a.numbering-sequence',
    severity: 'warning',
    quote: '五、财政拨款收入支出决算总体情况说明',
  },
  {
    name: 'empty table without its statement',
    edits: [dropNotes('T10', /故本表为空表/)],
    rule: 'a.empty-table-statement',
    severity: 'warning',
    quote: '政府性基金预算财政拨款收入支出决算表',
  },
  {
    name: 'missing part (--complete)',
    edits: [removePart('名词解释')],
    rule: 'a.missing-part',
    severity: 'error',
    quote: '名词解释',
    complete: true,
  },
  {
    name: 'missing table (--complete)',
    edits: [removeTable('T07')],
    rule: 'a.missing-table',
    severity: 'error',
    quote: '一般公共预算财政拨款支出决算明细表',
    complete: true,
  },
];

let clean: Report | undefined;

/** The example's generated report tree. */
export function exampleReport(): Report {
  clean ??= buildReport(example());
  return clean;
}

/**
 * Whether a finding quotes `text`: in its evidence (a rate finding quotes the stated rate), else in its
 * parameters when it has no evidence (a missing part).
 */
export function quotes(f: AuditFinding, text: string): boolean {
  const plain = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
  const where =
    f.evidence.length > 0 ? f.evidence.map((e) => e.text) : Object.values(f.params ?? {}).map(String);
  return where.some((w) => plain(w).includes(plain(text)));
}

const describe = (fs: readonly AuditFinding[]) =>
  fs.map((f) => `${f.severity} ${f.rule} ${f.evidence.map((e) => e.text).join(' | ')}`);

/** The injected-defect tests of one format (`skip`: the reason the format cannot be made here). */
export function injectedTests(
  format: Format,
  cases: readonly Case[] = CASES,
  skip: string | false = false,
): void {
  test(`${format}: the generated example report has no error and no warning (notices allowed), also with --complete`, {
    skip,
  }, async () => {
    const file = await writeReport(exampleReport(), format);
    for (const complete of [false, true]) {
      const { findings } = await auditFile(file, { complete });
      assert.deepEqual(
        describe(findings.filter((f) => f.severity !== 'notice')),
        [],
        `complete: ${complete}`,
      );
      assert.ok(
        findings.some((f) => f.rule === 'a.parts-vs-total' && f.severity === 'notice'),
        'rounding gaps stay notices',
      );
    }
  });
  for (const c of cases) {
    test(`${format}: injected defect (${c.name}) is found as ${c.rule}, quoting it; nothing else is an error`, {
      skip,
    }, async () => {
      const file = await writeReport(inject(exampleReport(), ...c.edits), format);
      const { findings } = await auditFile(file, { complete: c.complete === true });
      const hits = findings.filter((f) => f.rule === c.rule && f.severity === c.severity);
      assert.ok(
        hits.length > 0,
        `${c.rule} ${c.severity} expected; found:\n${describe(findings).join('\n')}`,
      );
      assert.ok(
        hits.some((f) => quotes(f, c.quote)),
        `${c.rule} quotes “${c.quote}”; found:\n${describe(hits).join('\n')}`,
      );
      const allowed = new Set([c.rule, ...(c.also ?? [])]);
      const others = findings.filter((f) => f.severity === 'error' && !allowed.has(f.rule));
      assert.deepEqual(describe(others), []);
    });
  }
}
