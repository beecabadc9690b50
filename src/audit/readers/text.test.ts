import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { AuditInputError } from '../types.ts';
import { read, textToDocument } from './text.ts';

function file(name: string, content: string | Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'juesuan-txt-'));
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

// "2022年本年收入合計651.04萬元，其中：一般公共預算財政撥款收入651.04萬元，佔100%。" encoded as GB18030
// (Python's gb18030 codec): the encoding of reports saved by Chinese Windows editors.
const GB18030 =
  '32303232c4eab1bec4eacad5c8ebbacfd38b3635312e3034c866d4aaa3acc6e4d6d0a3bad2bbb0e3b9abb9b2ee41cbe3d894d5fe93dcbfeecad5c8eb3635312e3034c866d4aaa3ac81d731303025a1a3';

test('UTF-8 with BOM, GB18030 and UTF-16 files decode', async () => {
  const utf8 = await read(file('a.txt', '\uFEFF第一部分 部门概况\n'));
  assert.deepEqual(utf8.blocks, [{ kind: 'text', text: '第一部分 部门概况\n' }]);
  const gb = await read(file('b.txt', Buffer.from(GB18030, 'hex')));
  assert.equal(
    gb.blocks[0]?.kind === 'text' && gb.blocks[0].text,
    '2022年本年收入合計651.04萬元，其中：一般公共預算財政撥款收入651.04萬元，佔100%。',
  );
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('收支总计651.04万元', 'utf16le')]);
  const u = await read(file('c.txt', utf16));
  assert.equal(u.blocks[0]?.kind === 'text' && u.blocks[0].text, '收支总计651.04万元');
});

test('unusable files: a Chinese message naming the file', async () => {
  await assert.rejects(
    read(file('empty.txt', '  \n')),
    (e: unknown) => e instanceof AuditInputError && /empty\.txt.*空的/.test(e.message),
  );
  await assert.rejects(
    read(file('bin.txt', Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2]))),
    /bin\.txt.*不是文本文件/,
  );
  await assert.rejects(read('/nonexistent/x.txt'), /找不到该文件/);
});

test('form feeds are pages; Word bookmarks are removed; tab and space tables become table blocks', () => {
  const doc = textToDocument(
    '[bookmark: _Toc1]第一页\f第二页正文\n一般公共预算财政拨款“三公”经费支出决算表\n单位：万元\n项目\t预算数\t决算数\n合计\t12.50\t10.86\n说明文字\n合计    1.00    2.00\n小计    0.50    1.00\n',
    'r.txt',
  );
  assert.deepEqual(doc.blocks[0], { kind: 'text', text: '第一页', page: 1 });
  assert.deepEqual(doc.blocks[2], {
    kind: 'table',
    rows: [
      ['项目', '预算数', '决算数'],
      ['合计', '12.50', '10.86'],
    ],
    title: '一般公共预算财政拨款“三公”经费支出决算表 单位：万元',
    page: 2,
  });
  assert.deepEqual(doc.blocks[4], {
    kind: 'table',
    rows: [
      ['合计', '1.00', '2.00'],
      ['小计', '0.50', '1.00'],
    ],
    page: 2,
  });
});

test('a 栏次 row under the header is not read as data', () => {
  const doc = textToDocument(
    [
      '公开06表 一般公共预算财政拨款支出决算表',
      '科目编码\t科目名称\t合计\t基本支出\t项目支出',
      '栏次\t\t1\t2\t3',
      '合计\t\t651.04\t631.04\t20.00',
    ].join('\n'),
    't.txt',
  );
  const table = doc.blocks.find((b) => b.kind === 'table');
  assert.ok(table && table.kind === 'table');
  assert.equal(
    table.rows.some((r) => r[0]?.trim() === '栏次'),
    false,
  );
  assert.equal(
    table.rows.some((r) => r[0]?.trim() === '合计'),
    true,
  );
});
