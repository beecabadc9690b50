/**
 * Fuzz: 1,000 mutated inputs built from a small real workbook with deterministic seeds — random cell
 * edits through exceljs (valid workbooks with hostile content) and in the sheet XML, truncation,
 * tampered zip entries (flipped bytes, garbage or deleted entries, lying sizes and CRCs), damaged .xls
 * and CSV bytes. Zero crashes: every failure is an ImportError with a Chinese message naming the file,
 * none of them an unexpected internal error.
 */
import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { test } from 'node:test';
import ExcelJS from 'exceljs';
import { example } from '../../../test/helpers.ts';
import { rng } from '../../../test/synth.ts';
import { xlsOf, xlsxOf } from './books.test-util.ts';
import { ImportError } from './errors.ts';
import { importWorkbookBytes } from './index.ts';
import { balanceMatrix, t13Matrix } from './panels.test-util.ts';
import { codedMatrix } from './variants.test-util.ts';
import { unzip, zipOf } from './zip.test-util.ts';

type Rand = () => number;
const int = (r: Rand, n: number) => Math.floor(r() * n);
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[int(r, xs.length)]!;

const VALUES: readonly ExcelJS.CellValue[] = [
  '',
  '-',
  '—',
  '0',
  '0.00',
  '12万',
  '1,234.5678912',
  '(3.00)',
  '合计',
  '总计',
  '2010301',
  '201 03 01',
  '2010301 行政运行',
  '99999999999999999999999999',
  '单位：千元',
  '单位：元',
  '编制单位：',
  '注：',
  '财决04表',
  '收入支出决算总表',
  '栏次',
  '项目',
  '类',
  '一、一般公共服务支出',
  '人员经费合计',
  'NaN',
  '\u0000\uFFFF',
  '😀',
  -1,
  0,
  1e-9,
  1e21,
  123.456789,
  Number.MAX_VALUE,
  true,
  new Date(2022, 0, 1),
  { formula: 'A1+1' } as ExcelJS.CellFormulaValue,
  { formula: 'A1+1', result: 7 } as ExcelJS.CellFormulaValue,
  { error: '#DIV/0!' } as ExcelJS.CellErrorValue,
  { richText: [{ text: '合' }, { text: '计' }] },
  { text: '201', hyperlink: 'https://example.invalid' },
  null,
];

const XML_CELLS = [
  (ref: string) => `<c r="${ref}" t="inlineStr"><is><t>junk&amp;</t></is></c>`,
  (ref: string) => `<c r="${ref}"><v>1e308</v></c>`,
  (ref: string) => `<c r="${ref}"><v>abc</v></c>`,
  (ref: string) => `<c r="${ref}"><f>SUM(A1:A2)</f></c>`,
  (ref: string) => `<c r="${ref}" t="e"><v>#REF!</v></c>`,
  (ref: string) => `<c r="${ref}" t="b"><v>1</v></c>`,
  (ref: string) => `<c r="${ref}" t="s"><v>99999</v></c>`,
  (ref: string) => `<c r="${ref}" t="s"><v>-1</v></c>`,
  () => '<c r="XFD1048576"><v>5</v></c>',
  (ref: string) => `<c r="${ref}" s="9999"><v>1</v></c>`,
  () => '<c>',
  () => '',
];

async function baseWorkbook(): Promise<Uint8Array> {
  const ds = example();
  return xlsxOf([
    codedMatrix(ds, 'T06', {
      title: '一般公共预算财政拨款支出决算表',
      sheet: 'T06',
      unit: 'wanYuan',
      split: false,
      totalAtBottom: false,
      extra: false,
      merged: true,
    }),
    balanceMatrix(ds, 'T01', 'wanYuan', '收入支出决算总表'),
    t13Matrix(ds, 'pairs', 'wanYuan'),
  ]);
}

/** Random edits to a loaded workbook, written out, then undone (loading once keeps the fuzz fast). */
async function editCells(wb: ExcelJS.Workbook, r: Rand): Promise<Uint8Array> {
  const undo: (() => void)[] = [];
  for (let i = 0, n = 1 + int(r, 6); i < n; i++) {
    const ws = pick(r, wb.worksheets);
    const cell = ws.getCell(1 + int(r, 24), 1 + int(r, 14));
    if (cell.isMerged || cell.type === ExcelJS.ValueType.Merge) continue;
    const before = cell.value;
    cell.value = pick(r, VALUES);
    undo.push(() => {
      cell.value = before;
    });
  }
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  for (const u of undo.reverse()) u();
  return bytes;
}

function editXml(entries: { name: string; data: Uint8Array }[], r: Rand): Uint8Array {
  const sheets = entries.filter((e) => /^xl\/worksheets\/sheet\d+\.xml$/.test(e.name));
  const target = pick(r, sheets);
  let xml = Buffer.from(target.data).toString('utf8');
  const cells = [...xml.matchAll(/<c r="([A-Z]+\d+)"[^>]*?(?:\/>|>.*?<\/c>)/g)];
  for (let i = 0, n = 1 + int(r, 4); i < n && cells.length > 0; i++) {
    const m = pick(r, cells);
    xml = xml.replace(m[0], pick(r, XML_CELLS)(m[1]!));
  }
  return zipOf(
    entries.map((e) => (e === target ? { name: e.name, data: new Uint8Array(Buffer.from(xml)) } : e)),
  );
}

function tamperZip(entries: { name: string; data: Uint8Array }[], bytes: Uint8Array, r: Rand): Uint8Array {
  switch (int(r, 6)) {
    case 0: {
      const out = new Uint8Array(bytes);
      for (let i = 0, n = 1 + int(r, 8); i < n; i++) out[int(r, out.length)] = int(r, 256);
      return out;
    }
    case 1:
      return zipOf(entries.filter((e) => e !== pick(r, entries)));
    case 2: {
      const victim = pick(r, entries);
      const junk = new Uint8Array(Array.from({ length: int(r, 400) }, () => int(r, 256)));
      return zipOf(entries.map((e) => (e === victim ? { name: e.name, data: junk } : e)));
    }
    case 3: {
      const victim = pick(r, entries);
      return zipOf(
        entries.map((e) => (e === victim ? { ...e, declaredSize: int(r, e.data.length + 10) } : e)),
      );
    }
    case 4: {
      const victim = pick(r, entries);
      const text = Buffer.from(victim.data).toString('utf8');
      const cut = new Uint8Array(Buffer.from(text.slice(0, int(r, text.length))));
      return zipOf(entries.map((e) => (e === victim ? { name: e.name, data: cut } : e)));
    }
    default:
      return zipOf(entries.map((e) => ({ ...e, method: (r() < 0.5 ? 0 : 8) as 0 | 8 })).reverse());
  }
}

function damage(bytes: Uint8Array, r: Rand): Uint8Array {
  if (r() < 0.5) return bytes.subarray(0, int(r, bytes.length));
  const out = new Uint8Array(bytes);
  for (let i = 0, n = 1 + int(r, 16); i < n; i++) out[int(r, out.length)] = int(r, 256);
  return out;
}

test('fuzz: 1,000 mutated workbooks, zero crashes, every failure an ImportError in Chinese', async (t) => {
  const base = await baseWorkbook();
  const entries = unzip(base);
  const loaded = new ExcelJS.Workbook();
  await loaded.xlsx.load(Buffer.from(base) as never);
  const xls = xlsOf(base);
  const csv = new Uint8Array(
    Buffer.from(
      '一般公共预算财政拨款支出决算表\n编制单位：某局,,单位：万元\n科目编码,科目名称,合计\n合计,,651.04\n201,一般公共服务支出,557.78\n',
    ),
  );
  const counts = { ok: 0, failed: 0, crashed: 0 };
  const kinds = new Map<string, number>();
  let slowest = 0;
  const perKind = new Map<string, number>();
  const start = performance.now();
  const N = 1000;
  for (let i = 0; i < N; i++) {
    const r = rng(1000 + i);
    const kind =
      i % 10 < 3
        ? 'cells'
        : i % 10 < 5
          ? 'xml'
          : i % 10 < 6
            ? 'truncate'
            : i % 10 < 8
              ? 'zip'
              : i % 10 < 9
                ? 'xls'
                : 'csv';
    let bytes: Uint8Array;
    let name = 'fuzz.xlsx';
    if (kind === 'cells') bytes = await editCells(loaded, r);
    else if (kind === 'xml') bytes = editXml(entries, r);
    else if (kind === 'truncate') bytes = base.subarray(0, int(r, base.length));
    else if (kind === 'zip') bytes = tamperZip(entries, base, r);
    else if (kind === 'xls') [bytes, name] = [damage(xls, r), 'fuzz.xls'];
    else [bytes, name] = [damage(csv, r), 'fuzz.csv'];
    const t0 = performance.now();
    try {
      const result = await importWorkbookBytes(bytes, name);
      if (result.ok) counts.ok++;
      else {
        counts.failed++;
        for (const e of result.errors) {
          assert.ok(e instanceof ImportError, `seed ${1000 + i}: not an ImportError`);
          assert.match(e.message, /^文件“fuzz\.(xlsx|xls|csv)”.*：.*[\u4e00-\u9fa5]/su, `seed ${1000 + i}`);
          assert.equal(
            (e as { unexpected?: boolean }).unexpected,
            undefined,
            `seed ${1000 + i} (${kind}): ${e.message}`,
          );
          const key = `${kind}: ${e.detail.replace(/“[^”]*”/g, '“…”').slice(0, 40)}`;
          kinds.set(key, (kinds.get(key) ?? 0) + 1);
        }
      }
    } catch (e) {
      counts.crashed++;
      assert.fail(`seed ${1000 + i} (${kind}) crashed: ${e instanceof Error ? e.stack : String(e)}`);
    }
    slowest = Math.max(slowest, performance.now() - t0);
    perKind.set(kind, (perKind.get(kind) ?? 0) + performance.now() - t0);
  }
  const seconds = (performance.now() - start) / 1000;
  assert.equal(counts.crashed, 0);
  assert.equal(counts.ok + counts.failed, N);
  assert.ok(counts.failed > N / 3, 'most mutations are caught');
  t.diagnostic(
    `fuzz: ${N} inputs in ${seconds.toFixed(1)} s (slowest ${slowest.toFixed(0)} ms): ${counts.ok} imported, ${counts.failed} refused, ${counts.crashed} crashes`,
  );
  t.diagnostic(
    `distinct refusals: ${kinds.size}; import ms by kind: ${[...perKind].map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')}`,
  );
});
