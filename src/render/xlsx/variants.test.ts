import assert from 'node:assert/strict';
import { test } from 'node:test';
import { example } from '../../../test/helpers.ts';
import { tableDef } from '../../catalog/tables/definitions.ts';
import { profileDef } from '../../catalog/tables/profiles.ts';
import { readLayoutSheet } from './index.ts';
import { loadXlsx } from './testing.ts';
import { renderTablesXlsx } from './workbook.ts';

test('central-9 gives nine sheets 表1…表9 with the profile titles', async () => {
  const c = await loadXlsx(await renderTablesXlsx(example(), { profile: 'central-9' }));
  const profile = profileDef('central-9')!;
  assert.deepEqual(
    c.worksheets.map((w) => w.name),
    [...profile.tables.map((_, i) => `表${i + 1}`), '_juesuan'],
  );
  profile.tables.forEach((t, i) => {
    assert.equal(c.getWorksheet(`表${i + 1}`)!.getCell(1, 1).value, t.title ?? tableDef(t.table).title);
  });
  assert.equal(c.getWorksheet('表7')!.getCell(1, 1).value, '一般公共预算财政拨款“三公”经费支出决算表');
  assert.deepEqual(
    readLayoutSheet(c)!.tables.map((t) => t.table),
    ['T01', 'T02', 'T03', 'T04', 'T06', 'T08', 'T13', 'T10', 'T12'],
  );
});

test('an unknown profile is refused in Chinese', async () => {
  await assert.rejects(renderTablesXlsx(example(), { profile: 'nowhere-7' }), /未知的公开模板“nowhere-7”/);
});

test('a draft carries 「草稿 未通过校验」 under every table, in the page header and the title', async () => {
  const d = await loadXlsx(await renderTablesXlsx(example(), { profile: 'sichuan-13', draft: true }));
  const dl = readLayoutSheet(d)!;
  assert.match(d.title, /^【草稿 未通过校验】/);
  for (const l of dl.tables) {
    const ws = d.getWorksheet(l.sheet)!;
    const mark = ws.getCell(l.noteRows![1], 1);
    assert.match(String(mark.value), /草稿 未通过校验/);
    assert.equal(mark.font.bold, true);
    assert.match(ws.headerFooter.oddHeader ?? '', /草稿 未通过校验/);
  }
  const plain = await loadXlsx(await renderTablesXlsx(example(), { profile: 'sichuan-13' }));
  assert.doesNotMatch(plain.title, /草稿/);
  for (const l of readLayoutSheet(plain)!.tables) {
    const ws = plain.getWorksheet(l.sheet)!;
    assert.doesNotMatch(String(ws.getCell(l.noteRows![1], 1).value), /草稿/);
    assert.equal(ws.headerFooter.oddHeader ?? '', '');
  }
});
