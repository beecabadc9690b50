import assert from 'node:assert/strict';
import { test } from 'node:test';
import { example, patch, setCell, setTable, wan } from '../../../test/helpers.ts';
import { synthDataset } from '../../../test/synth.ts';
import type { Run } from '../../report/types.ts';
import { buildGlossary, glossaryEntries } from './build.ts';

const ds = example();
const textOf = (runs: readonly Run[]) => runs.map((r) => r.text).join('');
const terms = (entries: readonly (readonly Run[])[]) => entries.map((e) => textOf(e).split('：')[0]!);

test('one numbered list: the standard entries, then the seven 项 of T06, each explained', () => {
  const [list] = buildGlossary(ds);
  assert.equal(list?.kind, 'list');
  assert.equal(list?.kind === 'list' && list.style, '1.');
  const entries = glossaryEntries(ds);
  assert.deepEqual(terms(entries).slice(0, 10), [
    '财政拨款收入',
    '一般公共预算财政拨款收入',
    '年初结转和结余',
    '年末结转和结余',
    '基本支出',
    '项目支出',
    '人员经费',
    '公用经费',
    '“三公”经费',
    '机关运行经费',
  ]);
  const codes = entries.slice(10);
  assert.deepEqual(terms(codes), [
    '一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）',
    '一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）事业运行（项）',
    '一般公共服务支出（类）商贸事务（款）招商引资（项）',
    '社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）',
    '卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）',
    '卫生健康支出（类）行政事业单位医疗（款）事业单位医疗（项）',
    '住房保障支出（类）住房改革支出（款）住房公积金（项）',
  ]);
  for (const e of codes) {
    assert.equal(e.length, 1);
    assert.match(textOf(e), /（项）：反映.+。$/u);
  }
  assert.equal(
    textOf(codes[0]!),
    '一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）：反映行政单位（包括实行公务员管理的事业单位）的基本支出。',
  );
  const sangong = entries.find((e) => textOf(e).startsWith('“三公”经费'))!;
  assert.match(
    textOf(sangong),
    /因公出国（境）费、公务用车购置及运行费和公务接待费。其中，因公出国（境）费反映/u,
  );
});

test('income and expenditure kinds appear only when the dataset has them non-zero', () => {
  const base = terms(glossaryEntries(ds));
  for (const absent of [
    '政府性基金预算财政拨款收入',
    '事业收入',
    '经营收入',
    '上缴上级支出',
    '经营支出',
    '结余分配',
  ]) {
    assert.ok(!base.includes(absent), absent);
  }
  const more = setCell(
    setCell(ds, 'T01', 'income.business', 'amount', wan('3')),
    'T03',
    'total',
    'operating',
    wan('1'),
  );
  const withMore = terms(glossaryEntries(more));
  assert.ok(withMore.indexOf('事业收入') > withMore.indexOf('一般公共预算财政拨款收入'));
  assert.ok(withMore.includes('经营支出'));
});

test('dataset entries override a standard term (matched loosely) or are added after the standard ones', () => {
  const entries = glossaryEntries(
    patch(ds, {
      glossary: [
        { term: '一般公共预算拨款收入', definition: '指县级财政当年拨付的资金。' },
        { term: '"三公"经费', definition: '自定义。' },
        { term: '政务服务', definition: '指本部门提供的政务服务。' },
      ],
    }),
  );
  const texts = entries.map(textOf);
  assert.equal(texts[1], '一般公共预算财政拨款收入：指县级财政当年拨付的资金。');
  assert.equal(texts.filter((t) => t.includes('一般公共预算')).length, 1);
  assert.equal(texts[8], '“三公”经费：自定义。');
  assert.equal(texts[10], '政务服务：指本部门提供的政务服务。');
  assert.match(texts[11]!, /^一般公共服务支出（类）/u);
});

test('a code without 科目说明 gets a visible 待补充 marker; fund tables with data add their codes', () => {
  const t10 = {
    rows: [
      { code: 'total', name: '合计', cells: { expenditure: wan('5') } },
      { code: '2010399', name: '其他政府办公厅（室）及相关机构事务支出', cells: { expenditure: wan('2') } },
      { code: '2129999', name: '', cells: { expenditure: wan('3') } },
    ],
  };
  const entries = glossaryEntries(setTable(ds, 'T10', t10));
  const last = entries.find((e) => textOf(e).startsWith('城乡社区支出'))!;
  assert.equal(textOf(last).split('：')[0], '城乡社区支出（类）其他城乡社区支出（款）其他城乡社区支出（项）');
  assert.deepEqual(last[1], { text: '【待补充：2129999 其他城乡社区支出科目说明】', todo: true });
  assert.ok(
    entries.some((e) =>
      textOf(e).startsWith('一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）其他政府办公厅'),
    ),
  );
});

test('synthetic departments: one entry per leaf code of T06, explained or marked 待补充', () => {
  for (const seed of [1, 2, 3, 4, 5, 6]) {
    const synth = synthDataset({ seed });
    const leaves = (synth.tables.T06?.rows ?? [])
      .map((r) => r.code)
      .filter((c, _, all) => /^\d+$/.test(c) && !all.some((d) => d !== c && d.startsWith(c)));
    const codes = glossaryEntries(synth).filter((e) => /（类）/u.test(textOf(e)));
    assert.equal(codes.length, leaves.length, `seed ${seed}`);
    for (const e of codes) assert.ok(e.length === 1 ? /：反映/u.test(textOf(e)) : 'todo' in e[1]!, textOf(e));
  }
});
