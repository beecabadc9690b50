/**
 * Mutated copies of the example give exactly the expected new findings, at the right places
 * (issue 2: a changed 项 amount, a removed 三公 item, a wrong code name, a unit breaking
 * department = Σ units, a 10%+ change without a reason).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TABLE_IDS } from '../../src/catalog/tables/types.ts';
import type { Dataset } from '../../src/model/types.ts';
import { sumUnitTables } from '../../src/model/views.ts';
import { runRules } from '../../src/rules/engine.ts';
import type { Finding } from '../../src/rules/types.ts';
import { example, setCell, setRowName, wan } from '../helpers.ts';

type Key = string;
const keyOf = (f: Finding): Key =>
  `${f.severity} ${f.rule} ${f.locations.map((l) => ('field' in l ? `${l.unit ?? ''}${l.field}` : `${l.unit ?? ''}${l.table}/${l.row ?? ''}/${l.column ?? ''}`)).join(' + ')}`;

/** The findings of `ds` that the unmodified example does not have. */
function newFindings(ds: Dataset, base: Dataset = example()): Finding[] {
  const before = new Set(runRules(base).map(keyOf));
  return runRules(ds).filter((f) => !before.has(keyOf(f)));
}

function keys(fs: Finding[]): string[] {
  return fs.map(keyOf).sort();
}

test('the unmodified example has no error finding, and its rounding gaps are notices', () => {
  const fs = runRules(example());
  assert.deepEqual(fs.filter((f) => f.severity === 'error').map(keyOf), []);
  const gaps = fs.filter((f) => f.rounding);
  assert.ok(gaps.length >= 4);
  assert.ok(gaps.every((f) => f.severity === 'notice'));
});

test('a changed 项 amount: the 类 sum, the T05 row and the budget variance are reported', () => {
  let ds = setCell(example(), 'T06', '2010301', 'total', wan('410.00'));
  ds = setCell(ds, 'T06', '2010301', 'basic', wan('410.00'));
  const fs = newFindings(ds);
  assert.deepEqual(keys(fs), [
    'error t06.hierarchy T06/201/basic',
    'error t06.hierarchy T06/201/total',
    'error x.t05-t06.rows T05/2010301/generalBudget + T06/2010301/total',
    'warning c.budget-variance-reason T06/2010301/total + reasons.budgetVariance.2010301',
  ]);
  const sum = fs.find((f) => f.rule === 't06.hierarchy' && keyOf(f).endsWith('/total'))!;
  assert.equal(sum.expected, wan('565.15'));
  assert.equal(sum.actual, wan('557.78'));
  assert.equal(sum.difference, wan('-7.37'));
});

test('a removed 三公 item: the T13 total no longer adds up', () => {
  const ds = setCell(example(), 'T13', 'amount', 'actual.reception', null);
  assert.deepEqual(keys(newFindings(ds)), ['error t13.total T13/amount/actual.total']);
});

test('removed 接待批次 and 人次: the 三公 details are reported', () => {
  const ex = example();
  const ds: Dataset = {
    ...ex,
    sangong: { ...ex.sangong, reception: { ...ex.sangong.reception, batches: null, persons: null } },
  };
  const fs = newFindings(ds);
  assert.ok(fs.length >= 1);
  assert.ok(
    fs.every((f) => f.rule === 'd.sangong-reception-details' && f.severity === 'error'),
    JSON.stringify(keys(fs)),
  );
});

test('a wrong code name: a name/code mismatch at the row', () => {
  const ds = setRowName(example(), 'T06', '2210201', '医疗保险');
  const fs = newFindings(ds);
  assert.deepEqual(keys(fs), ['error code.name-mismatch T06/2210201/']);
  assert.equal(fs[0]!.expectedText, '住房公积金');
  assert.equal(fs[0]!.actualText, '医疗保险');
});

test('an obsolete 类 name: reported as obsolete, with the current name expected', () => {
  const ds = setRowName(example(), 'T06', '210', '医疗卫生与计划生育支出');
  const fs = newFindings(ds);
  assert.deepEqual(keys(fs), ['error code.obsolete-name T06/210/']);
  assert.equal(fs[0]!.expectedText, '卫生健康支出');
});

test('a 10%+ change without a reason: a warning at the reason field; under 10% none', () => {
  const ex = example();
  const { operatingExpenses: _drop, ...rest } = ex.reasons.changes;
  const ds: Dataset = { ...ex, reasons: { ...ex.reasons, changes: rest } };
  assert.deepEqual(keys(newFindings(ds)), [
    'warning c.change-reason reasons.changes.operatingExpenses + operatingExpenses + priorYear.operatingExpenses',
  ]);
  const small: Dataset = { ...ds, priorYear: { ...ds.priorYear, operatingExpenses: wan('95.00') } };
  assert.deepEqual(
    keys(newFindings(small)).filter((k) => k.includes('operatingExpenses')),
    [],
    '100.46 vs 95.00 is +5.75%: no reason required',
  );
});

test("the seed's 人员类项目 530.28 against 人员经费 530.58 is an error", () => {
  const ex = example();
  const overall = ex.performance.overall!;
  const cats = overall.categories.map((c) =>
    c.name === '人员类项目' ? { ...c, budget: wan('530.28'), execution: wan('530.28') } : c,
  );
  const ds: Dataset = {
    ...ex,
    performance: { ...ex.performance, overall: { ...overall, categories: cats } },
  };
  const fs = newFindings(ds);
  assert.equal(fs.length, 1, JSON.stringify(keys(fs)));
  assert.equal(fs[0]!.rule, 'p.category-personnel');
  assert.equal(fs[0]!.severity, 'error');
  assert.equal(fs[0]!.difference === undefined ? null : Math.abs(fs[0]!.difference ?? 0), wan('0.30'));
});

/** A department of two units A and B whose tables are the example's, the department = A + B. */
function department(unitB: Dataset): Dataset {
  const a = {
    ...example(),
    entity: { ...example().entity, kind: 'unit' as const, name: '甲单位', units: [] },
  };
  const b = { ...unitB, entity: { ...unitB.entity, kind: 'unit' as const, name: '乙单位', units: [] } };
  const tables = Object.fromEntries(
    TABLE_IDS.map((id) => [id, sumUnitTables([a, b], id)]).filter(([, t]) => t !== undefined),
  );
  return {
    ...example(),
    tables,
    entity: {
      ...example().entity,
      units: [
        { name: '甲单位', unitType: '行政单位', dataset: a },
        { name: '乙单位', unitType: '行政单位', dataset: b },
      ],
    },
  };
}

test('department = Σ units: a unit that breaks the sum is named at the cell', () => {
  const good = department(example());
  const goodErrors = runRules(good).filter((f) => f.rule.startsWith('u.'));
  assert.deepEqual(
    goodErrors.map(keyOf),
    [],
    'a department equal to the sum of its units has no roll-up finding',
  );
  // Unit B reports 2.00万元 more on 2010301 (basic) than the department's sum accounts for.
  let b = setCell(example(), 'T06', '2010301', 'total', wan('404.62'));
  b = setCell(b, 'T06', '2010301', 'basic', wan('404.62'));
  const broken = {
    ...good,
    entity: {
      ...good.entity,
      units: [
        good.entity.units[0]!,
        { ...good.entity.units[1]!, dataset: { ...b, entity: good.entity.units[1]!.dataset!.entity } },
      ],
    },
  };
  const rollup = runRules(broken).filter((f) => f.rule === 'u.department-sum');
  assert.deepEqual(rollup.map(keyOf).sort(), [
    'error u.department-sum T06/2010301/basic + 甲单位T06/2010301/basic + 乙单位T06/2010301/basic',
    'error u.department-sum T06/2010301/total + 甲单位T06/2010301/total + 乙单位T06/2010301/total',
  ]);
  for (const f of rollup) {
    assert.match(String(f.params['units']), /乙单位 404\.62/);
    assert.equal(f.difference, wan('-2.00'));
  }
});
