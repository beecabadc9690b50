import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { example } from '../../../test/helpers.ts';
import { synthDataset } from '../../../test/synth.ts';
import type { TableId } from '../../catalog/tables/types.ts';
import type { Dataset } from '../../model/types.ts';
import { absFen, addFen, fen } from '../../money/index.ts';
import { renderOpenData } from './index.ts';
import { parseCsv } from './schemas.test-util.ts';
import { type SumCheck, sumChecks } from './sums.test-util.ts';

/** Every identity of every CSV of a rendered dataset. */
function checksOf(ds: Dataset): SumCheck[] {
  const files = renderOpenData(ds);
  const dp = JSON.parse(files.get('datapackage.json')!) as { resources: { path: string }[] };
  return dp.resources.flatMap((r) =>
    sumChecks(
      r.path.slice(5, 8) as TableId,
      parseCsv(files.get(r.path)!).records,
      ds.entity.amountUnit === 'wanYuan',
    ),
  );
}

const show = (c: SumCheck) =>
  `${c.label}: Σ${c.parts}=${c.sum} vs ${c.total} fen (gap ${c.gap}, allowed ${c.allowed})`;

describe('the CSV amounts add up to their tables’ totals', () => {
  it('the example (entered in 万元): every total equals the sum of its items exactly', () => {
    const checks = checksOf(example());
    const totals = checks.filter((c) =>
      /Σ类 = |Σ收入|收入总计|支出总计|Σ年初|合计 = 出国|车辆小计/.test(c.label),
    );
    // T01 (income items, 类, both 总计), T03/T05/T06/T09 Σ类, T04 (income, 类 by fund, 总计), T13.
    assert.ok(totals.length >= 25, `only ${totals.length} total checks`);
    for (const label of [
      'T01 Σ收入1–8 = 本年收入合计 amount',
      'T01 Σ类 = 本年支出合计 amount',
      'T03 Σ类 = 合计 total',
    ]) {
      assert.ok(
        totals.some((c) => c.label === label),
        `${label} is checked`,
      );
    }
    for (const c of totals) assert.equal(c.gap, 0, show(c));
  });

  it('the example: the only gaps are the seed’s own ±0.01万元 between 项 and 类, inside n × 50元', () => {
    const checks = checksOf(example());
    assert.ok(checks.length >= 90, `only ${checks.length} checks`);
    for (const c of checks) assert.ok(absFen(c.gap) <= c.allowed, show(c));
    const gaps = checks.filter((c) => c.gap !== 0);
    // 201 一般公共服务支出 557.78 vs 项 402.62+135.15+20.00 = 557.77; 210 卫生健康支出 20.72 vs 15.24+5.49 = 20.73.
    const expected = ['T03', 'T05', 'T06'].flatMap((t) => {
      const fund = t === 'T05' ? 'generalBudget' : 'basic';
      return [
        [`${t} 201 = Σ下级 total`, -10000, 15000], // 3 项
        [`${t} 201 = Σ下级 ${fund}`, -10000, t === 'T05' ? 15000 : 10000], // 招商引资 is a project
        [`${t} 210 = Σ下级 total`, 10000, 10000],
        [`${t} 210 = Σ下级 ${fund}`, 10000, 10000],
      ];
    });
    assert.deepEqual(
      gaps.map((c) => [c.label, c.gap, c.allowed]),
      expected,
    );
  });

  it('a synthetic department in 元 (seed 7): every identity holds to the fen', () => {
    const checks = checksOf(synthDataset({ seed: 7 }));
    assert.ok(checks.length >= 100, `only ${checks.length} checks`);
    for (const c of checks) {
      assert.equal(c.allowed, 0);
      assert.equal(c.gap, 0, show(c));
    }
  });

  it('the same department rounded to 0.01万元 figure by figure stays inside the rounding envelope', () => {
    const checks = checksOf(synthDataset({ seed: 7, rounded: true }));
    for (const c of checks) assert.ok(absFen(c.gap) <= c.allowed, show(c));
    assert.ok(
      checks.some((c) => c.gap !== 0),
      'rounding leaves some gaps, so the envelope is exercised',
    );
  });

  it('catches a wrong amount (the checks can fail)', () => {
    const base = synthDataset({ seed: 7 });
    const t03 = base.tables.T03!;
    const lei = t03.rows.find((r) => r.code.length === 3)!;
    const rows = t03.rows.map((r) =>
      r === lei ? { ...r, cells: { ...r.cells, total: addFen(r.cells['total']!, fen(1)) } } : r,
    );
    const broken = checksOf({ ...base, tables: { ...base.tables, T03: { rows } } }).filter(
      (c) => c.gap !== 0,
    );
    assert.ok(broken.some((c) => c.label === 'T03 Σ类 = 合计 total' && c.gap === 1));
  });
});
