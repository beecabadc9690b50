import assert from 'node:assert/strict';
import { test } from 'node:test';
import { example, patch } from '../../../test/helpers.ts';
import type { Dataset } from '../../model/types.ts';
import { runRulesOn } from '../engine.ts';
import type { Rule } from '../types.ts';
import {
  dutiesMissing,
  numbering,
  organizationUnits,
  placeholder,
  textFigures,
  workSummaryMissing,
} from './narrative.ts';
import { cnToInt, intToCn, numberingDefects } from './numbering.ts';

const run = (ds: Dataset, rule: Rule) => runRulesOn(ds, [rule]);
const withChanges = (ds: Dataset, changes: Dataset['reasons']['changes']) =>
  patch(ds, { reasons: { ...ds.reasons, changes: { ...ds.reasons.changes, ...changes } } });

test('n.duties-missing: no duties warn', () => {
  assert.deepEqual(run(example(), dutiesMissing), []);
  const [f, ...rest] = run(patch(example(), { duties: ['  '] }), dutiesMissing);
  assert.equal(rest.length, 0);
  assert.equal(f?.rule, 'n.duties-missing');
  assert.equal(f?.severity, 'warning');
  assert.deepEqual(f?.locations, [{ field: 'duties' }]);
});

test('n.work-summary-missing: an empty work summary warns', () => {
  assert.deepEqual(run(example(), workSummaryMissing), []);
  const [f, ...rest] = run(patch(example(), { workSummary: '' }), workSummaryMissing);
  assert.equal(rest.length, 0);
  assert.equal(f?.rule, 'n.work-summary-missing');
  assert.equal(f?.severity, 'warning');
  assert.deepEqual(f?.locations, [{ field: 'workSummary' }]);
});

test('n.organization-units: a department without units warns; a unit need not list any', () => {
  assert.deepEqual(run(example(), organizationUnits), []);
  const ex = example();
  const none = patch(ex, { entity: { ...ex.entity, units: [] } });
  const [f, ...rest] = run(none, organizationUnits);
  assert.equal(rest.length, 0);
  assert.equal(f?.rule, 'n.organization-units');
  assert.equal(f?.severity, 'warning');
  assert.deepEqual(f?.locations, [{ field: 'entity.units' }]);
  assert.deepEqual(run(patch(none, { entity: { ...none.entity, kind: 'unit' } }), organizationUnits), []);
});

test('n.placeholder: template residue is an error with an excerpt', () => {
  assert.deepEqual(run(example(), placeholder), []);
  const ds = withChanges(example(), { basic: '比上年增加（减少）XX万元，主要原因是【待补充】。' });
  const found = run(ds, placeholder);
  assert.deepEqual(
    found.map((f) => [f.rule, f.severity, f.locations, f.params['text']]),
    [
      [
        'n.placeholder',
        'error',
        [{ field: 'reasons.changes.basic', excerpt: '比上年增加（减少）XX万元，主要原因是【待' }],
        '增加（减少）',
      ],
      [
        'n.placeholder',
        'error',
        [{ field: 'reasons.changes.basic', excerpt: '比上年增加（减少）XX万元，主要原因是【待补充' }],
        'XX',
      ],
      [
        'n.placeholder',
        'error',
        [{ field: 'reasons.changes.basic', excerpt: '少）XX万元，主要原因是【待补充】。' }],
        '【待补充',
      ],
    ],
  );
});

test('n.numbering: the example workSummary mixes （2） into （一）（三）; fixing it clears that finding', () => {
  const onSummary = (ds: Dataset) =>
    run(ds, numbering).filter((f) => f.locations.some((l) => 'field' in l && l.field === 'workSummary'));
  const [f, ...rest] = onSummary(example());
  assert.equal(rest.length, 0);
  assert.equal(f?.rule, 'n.numbering');
  assert.equal(f?.severity, 'warning');
  assert.deepEqual(f?.locations, [{ field: 'workSummary', excerpt: '（2） 调研工作细致周密' }]);
  assert.equal(f?.expectedText, '（二）');
  assert.equal(f?.actualText, '（2）');
  const fixed = patch(example(), { workSummary: example().workSummary.replace('（2）', '（二）') });
  assert.deepEqual(onSummary(fixed), []);
});

test('numberingDefects: skips, repeats, mixed styles, late starts; resets under a higher level', () => {
  const d = (text: string) => numberingDefects(text).map((x) => [x.expected, x.actual]);
  assert.deepEqual(d('一、甲\n二、乙\n四、丙'), [['三、', '四、']]);
  assert.deepEqual(d('（一）甲\n（二）乙\n（二）丙'), [['（三）', '（二）']]);
  assert.deepEqual(d('（一）甲\n（2）乙\n（三）丙'), [['（二）', '（2）']]);
  assert.deepEqual(d('说明\n2.甲'), [['1.', '2.']]);
  assert.deepEqual(d('一、甲\n（一）a\n（二）b\n1.x\n2.y\n（三）c\n1.z\n二、乙\n（一）d\n①p\n②q'), []);
  const tens = Array.from({ length: 11 }, (_, i) => `${intToCn(i + 1)}、项`).join('\n');
  assert.deepEqual(d(`${tens}\n十三、项`), [['十二、', '十三、']]);
  assert.deepEqual(d('一是甲。二是乙。\n2022年收入\n10.11疫情期间'), []);
  assert.equal(cnToInt('二十一'), 21);
  assert.equal(cnToInt('一二'), null);
  assert.equal(intToCn(21), '二十一');
  assert.equal(intToCn(10), '十');
});

test('n.text-figures: 完成预算0% and 增长100% in the text warn', () => {
  assert.deepEqual(run(example(), textFigures), []);
  const ds = withChanges(example(), { sangongAbroad: '因公出国（境）费完成预算0%，较上年增长100%。' });
  const found = run(ds, textFigures);
  assert.deepEqual(
    found.map((f) => [f.rule, f.severity, f.locations[0], f.params['text']]),
    [
      [
        'n.text-figures',
        'warning',
        { field: 'reasons.changes.sangongAbroad', excerpt: '因公出国（境）费完成预算0%，较上年增长100%。' },
        '完成预算0%',
      ],
      [
        'n.text-figures',
        'warning',
        { field: 'reasons.changes.sangongAbroad', excerpt: '）费完成预算0%，较上年增长100%。' },
        '增长100%',
      ],
    ],
  );
});
