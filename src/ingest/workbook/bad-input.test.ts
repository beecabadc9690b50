/**
 * Bad input: every problem is an ImportError with a Chinese message naming the file, the sheet and the
 * cell (A1) — corrupt, truncated, zip bombs (declared and lying sizes, cells, merged area), encrypted
 * workbooks, formulas without a cached value, text and error values in amount cells, duplicate and
 * malformed codes, unknown units, missing sheets, wrong encodings.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import ExcelJS from 'exceljs';
import XLSX from 'xlsx';
import { example } from '../../../test/helpers.ts';
import { renderTablesXlsx } from '../../render/xlsx/index.ts';
import { xlsxOf } from './books.test-util.ts';
import { ImportError } from './errors.ts';
import { type ImportOptions, importWorkbookBytes } from './index.ts';
import { unzip, zipOf } from './zip.test-util.ts';

async function failure(bytes: Uint8Array, file: string, opts: ImportOptions = {}): Promise<ImportError[]> {
  const r = await importWorkbookBytes(bytes, file, opts);
  assert.ok(!r.ok, 'the import must fail');
  for (const e of r.errors) {
    assert.ok(e instanceof ImportError);
    assert.match(e.message, /[\u4e00-\u9fa5]/, 'a Chinese message');
    assert.ok(e.message.startsWith(`文件“${e.file}”`), e.message);
    assert.equal(
      (e as { unexpected?: boolean }).unexpected,
      undefined,
      `not an unexpected failure: ${e.message}`,
    );
  }
  return [...r.errors];
}

const T06_HEAD = [
  ['一般公共预算财政拨款支出决算表'],
  ['编制单位：某局', null, null, null, '单位：万元'],
  ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
];

async function t06(body: (string | number | null | ExcelJS.CellValue)[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('公开06表');
  [...T06_HEAD, ...body].forEach((row, r) => {
    row.forEach((v, c) => {
      if (v !== null) ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue;
    });
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

test('corrupt and truncated files', async () => {
  const junk = new Uint8Array(Array.from({ length: 3000 }, (_, i) => (i * 7919) % 256));
  const [a] = await failure(junk, '决算.xlsx');
  assert.match(a!.message, /^文件“决算.xlsx”：文件已损坏或不是 Excel 工作簿/);
  const good = await renderTablesXlsx(example(), { profile: 'sichuan-13' });
  const [b] = await failure(good.subarray(0, Math.floor(good.length / 2)), '决算.xlsx');
  assert.match(b!.message, /文件已损坏或不完整（找不到压缩目录，文件可能被截断）/);
  const [c] = await failure(new Uint8Array(0), '空.xlsx');
  assert.match(c!.message, /文件是空的/);
});

test('zip bombs: declared size, lying size, too many cells, huge merged ranges', async () => {
  const good = unzip(await renderTablesXlsx(example(), { profile: 'sichuan-13' }));
  const zeros = new Uint8Array(120 * 1024 * 1024);
  const [a] = await failure(zipOf([...good, { name: 'xl/media/bomb.bin', data: zeros }]), 'bomb.xlsx');
  assert.match(a!.message, /解压后内容过大（超过 100 MB），可能是压缩炸弹/);
  const lying = zipOf([
    ...good,
    { name: 'xl/media/bomb.bin', data: zeros.subarray(0, 8 * 1024 * 1024), declaredSize: 1000 },
  ]);
  const [b] = await failure(lying, 'bomb.xlsx');
  assert.match(b!.message, /条目“xl\/media\/bomb.bin”无法解压或解压后大小与声明不符/);
  const [c] = await failure(zipOf(good), 'cells.xlsx', { limits: { maxCells: 20 } });
  assert.match(c!.message, /单元格或合并区域过多/);
  const sheet = good.find((e) => e.name === 'xl/worksheets/sheet1.xml')!;
  const xml = Buffer.from(sheet.data).toString('utf8');
  const merged = xml.includes('<mergeCells')
    ? xml.replace(/<mergeCells count="\d+">/, '<mergeCells count="99"><mergeCell ref="A30:XFD1048576"/>')
    : xml.replace(
        '</sheetData>',
        '</sheetData><mergeCells count="1"><mergeCell ref="A30:XFD1048576"/></mergeCells>',
      );
  const bomb = good.map((e) =>
    e === sheet ? { name: e.name, data: new Uint8Array(Buffer.from(merged)) } : e,
  );
  const [d] = await failure(zipOf(bomb), 'merge.xlsx');
  assert.match(d!.message, /合并区域过多/);
  const [e] = await failure(zipOf(good.map((x) => (x === sheet ? { ...x, declaredCrc: 1 } : x))), 'crc.xlsx');
  assert.match(e!.message, /条目“xl\/worksheets\/sheet1.xml”校验和不符/);
});

test('password-protected workbooks (encrypted OOXML in a CFB container)', async () => {
  const CFB = (
    XLSX as unknown as {
      CFB: {
        utils: Record<string, (...a: unknown[]) => unknown>;
        write: (c: unknown, o: unknown) => Uint8Array;
      };
    }
  ).CFB;
  const cfb = CFB.utils['cfb_new']!();
  CFB.utils['cfb_add']!(cfb, '/EncryptionInfo', Buffer.alloc(200, 1));
  CFB.utils['cfb_add']!(cfb, '/EncryptedPackage', Buffer.alloc(5000, 2));
  const bytes = new Uint8Array(CFB.write(cfb, { type: 'buffer' }));
  const [a] = await failure(bytes, '加密.xlsx');
  assert.match(a!.message, /^文件“加密.xlsx”：工作簿设置了打开密码（已加密），无法读取/);
});

test('a formula without a cached value, text and error values in amount cells', async () => {
  const bytes = await t06([
    ['合计', null, 30, 20, 10],
    ['201', '一般公共服务支出', { formula: 'D5+E5' }, '12万', { error: '#REF!' }],
  ]);
  const errors = await failure(bytes, 'f.xlsx');
  assert.deepEqual(
    errors.map((e) => [e.sheet, e.cell]),
    [
      ['公开06表', 'C5'],
      ['公开06表', 'D5'],
      ['公开06表', 'E5'],
    ],
  );
  assert.match(errors[0]!.message, /^文件“f.xlsx”，工作表“公开06表”，单元格 C5：公式“=D5\+E5”没有计算结果/);
  assert.match(errors[1]!.message, /单元格 D5：“12万”不是金额/);
  assert.match(errors[2]!.message, /单元格 E5：单元格是错误值“#REF!”/);
});

test('duplicate, malformed and missing codes', async () => {
  const bytes = await t06([
    ['201', '一般公共服务支出', 10, 10, null],
    ['201', '一般公共服务支出', 10, 10, null],
    ['20103AB', '行政运行', 5, 5, null],
    ['201030', '行政运行', 5, 5, null],
    [null, '没有编码', 5, 5, null],
  ]);
  const errors = await failure(bytes, 'd.xlsx');
  assert.deepEqual(
    errors.map((e) => [e.cell, e.detail]),
    [
      ['A5', '科目编码“201”重复（首次出现在 A4）'],
      ['A6', '科目编码“20103AB”不是有效的编码（应为数字）'],
      ['A7', '科目编码“201030”位数不对（功能分类应为3、5或7位数字）'],
      ['B8', '这一行有金额，但没有科目编码（名称“没有编码”）'],
    ],
  );
});

test('an unknown unit and a header that cannot be found', async () => {
  const wb = await xlsxOf([
    {
      name: 'A',
      rows: [
        ['支出决算表'],
        ['编制单位：某局', null, '金额单位：千元'],
        ['科目编码', '科目名称', '本年支出合计'],
        ['201', 'x', 1],
      ],
    },
    { name: 'B', rows: [['收入决算表'], ['没有表头的表'], ['201', 'x', 1]] },
  ]);
  const errors = await failure(wb, 'u.xlsx');
  assert.deepEqual(
    errors.map((e) => [e.sheet, e.cell ?? '']),
    [
      ['B', ''],
      ['A', 'C2'],
    ],
  );
  assert.match(errors[0]!.detail, /在表“收入决算表”的标题下找不到表头/);
  assert.match(errors[1]!.detail, /不支持的金额单位“千元”（应为万元或元）/);
});

test('unknown sheets are ignored with a warning; a workbook without tables, a deleted template sheet, a missing table of a chosen profile are errors', async () => {
  const ok = await importWorkbookBytes(
    await xlsxOf([
      { name: '封面', rows: [['2022年度部门决算']] },
      { name: 'T06', rows: [...(T06_HEAD as (string | null)[][]), ['201', 'x', 1, 1, null]] },
    ]),
    'w.xlsx',
  );
  assert.ok(ok.ok);
  assert.ok(
    ok.imported.warnings.some((w) => w === '工作表“封面”不是可识别的决算表（标题中没有表名），已忽略'),
  );
  const [none] = await failure(await xlsxOf([{ name: '封面', rows: [['说明']] }]), 'n.xlsx');
  assert.match(none!.detail, /没有找到任何决算表/);
  const ours = unzip(await renderTablesXlsx(example(), { profile: 'sichuan-13' }));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(zipOf(ours)) as never);
  wb.removeWorksheet(wb.getWorksheet('公开05表')!.id);
  const [lost] = await failure(new Uint8Array(await wb.xlsx.writeBuffer()), 't.xlsx');
  assert.match(lost!.detail, /工作簿缺少工作表：“公开05表”（财政拨款支出决算明细表）/);
  const only = await xlsxOf([
    { name: 'T06', rows: [...(T06_HEAD as (string | null)[][]), ['201', 'x', 1, 1, null]] },
  ]);
  const [missing] = await failure(only, 'm.xlsx', { profile: 'central-9' });
  assert.match(missing!.detail, /工作簿缺少工作表：T01 收入支出决算总表、/);
});

test('CSV in a wrong encoding', async () => {
  const invalid = new Uint8Array([0x31, 0x2c, 0xff, 0xff, 0xff, 0x0a, 0x80, 0x80]);
  const [a] = await failure(invalid, 'bad.csv');
  assert.match(a!.message, /^文件“bad.csv”：文件编码无法识别（既不是 UTF-8 也不是 GB18030\/GBK）/);
  // Shift-JIS bytes decode as (wrong) GB18030 text: no title is found, and the message says why.
  const sjis = new Uint8Array([
    0x8e, 0x78, 0x8f, 0x6f, 0x8c, 0x88, 0x8e, 0x5a, 0x95, 0x5c, 0x0a, 0x31, 0x2c, 0x32, 0x0a,
  ]);
  const [b] = await failure(sjis, 'sjis.csv');
  assert.match(b!.message, /没有找到任何决算表.*请确认其编码为 UTF-8 或 GB18030/);
  const [c] = await failure(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'x.csv');
  assert.match(c!.message, /文件已损坏或不完整/);
});
