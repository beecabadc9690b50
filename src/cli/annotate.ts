/**
 * @module `juesuan check <dataset> --annotate <workbook> --out <annotated.xlsx>`: the user's own
 * workbook with every cell a finding points at filled (red error, yellow warning, blue notice) and
 * commented (rule id, message, expected, actual, difference), and a 校验结果 sheet listing every finding
 * with links to its cells. The cells are found by re-reading the workbook with the importer, which
 * records the sheet and A1 address of every figure. .xls and CSV inputs come back as .xlsx.
 */
import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type ExcelJS from 'exceljs';
import {
  type CellMapping,
  type CellPlace,
  containerOf,
  DEFAULT_LIMITS,
  excelOfBook,
  ImportError,
  importBook,
  loadXlsx,
  placeOfLocation,
  readBookBytes,
  readBookPath,
} from '../ingest/workbook/index.ts';
import { describeLocation, findingsJson } from '../rules/format.ts';
import { type Finding, SEVERITY_ORDER, type Severity } from '../rules/types.ts';

export const RESULTS_SHEET = '校验结果';

const FILL: Readonly<Record<Severity, string>> = {
  error: 'FFFFC7CE',
  warning: 'FFFFEB9C',
  notice: 'FFDDEBF7',
};
const LABEL: Readonly<Record<Severity, string>> = { error: '错误', warning: '警告', notice: '提示' };

type Locale = 'zh-CN' | 'en';

/** The workbook cells of a finding (locations in a unit's own dataset are not in this workbook). */
export function placesOf(f: Finding, mapping: CellMapping): CellPlace[] {
  const out: CellPlace[] = [];
  for (const loc of f.locations) {
    if (!('table' in loc) || loc.unit !== undefined) continue;
    const p = placeOfLocation(mapping, loc);
    if (p !== undefined && !out.some((o) => o.sheet === p.sheet && o.cell === p.cell)) out.push(p);
  }
  return out;
}

/** An internal link target: `#'Sheet'!C7`. */
export function linkTarget(p: CellPlace): string {
  return `#'${p.sheet.replaceAll("'", "''")}'!${p.cell}`;
}

function noteText(n: ExcelJS.Cell['note']): string {
  if (n === undefined || n === null) return '';
  if (typeof n === 'string') return n;
  return (n.texts ?? []).map((t) => t.text).join('');
}

/** Marks the cells of the findings and adds the 校验结果 sheet to an exceljs workbook. */
export function annotateExcel(
  wb: ExcelJS.Workbook,
  findings: readonly Finding[],
  mapping: CellMapping,
  locale: Locale = 'zh-CN',
): void {
  const json = findingsJson(findings, locale).findings;
  const marks = new Map<string, { place: CellPlace; items: number[] }>();
  const placesByFinding = findings.map((f) => placesOf(f, mapping));
  placesByFinding.forEach((places, i) => {
    for (const p of places) {
      const key = `${p.sheet}!${p.cell}`;
      const m = marks.get(key) ?? { place: p, items: [] };
      m.items.push(i);
      marks.set(key, m);
    }
  });
  for (const { place, items } of marks.values()) {
    const ws = wb.getWorksheet(place.sheet);
    if (ws === undefined) continue;
    const cell = ws.getCell(place.cell);
    const worst = items
      .map((i) => findings[i]!.severity)
      .sort((a, b) => SEVERITY_ORDER[a] - SEVERITY_ORDER[b])[0]!;
    cell.style = {
      ...cell.style,
      fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: FILL[worst] } },
    };
    const text = items
      .map((i) => {
        const j = json[i]!;
        const figures = [
          j.expected !== undefined ? `应为：${j.expected}` : '',
          j.actual !== undefined ? `实际：${j.actual}` : '',
          j.difference !== undefined ? `差额：${j.difference}` : '',
        ].filter(Boolean);
        const unit = j.unit !== undefined && figures.length > 0 ? `（${j.unit}）` : '';
        return `【${LABEL[j.severity]}】${j.rule}\n${j.message}${figures.length > 0 ? `\n${figures.join('；')}${unit}` : ''}`;
      })
      .join('\n\n');
    const before = noteText(cell.note);
    cell.note = { texts: [{ text: before === '' ? text : `${before}\n\n${text}` }] };
  }
  const old = wb.getWorksheet(RESULTS_SHEET);
  if (old !== undefined) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(RESULTS_SHEET);
  const most = Math.max(1, ...placesByFinding.map((p) => p.length));
  const links = Array.from({ length: most }, (_, i) => (most === 1 ? '单元格' : `单元格${i + 1}`));
  ws.addRow(['序号', '严重程度', '规则', '说明', '数据位置', '应为', '实际', '差额', '单位', ...links]);
  ws.getRow(1).font = { bold: true };
  json.forEach((j, i) => {
    const where = findings[i]!.locations.map((l) => describeLocation(l, locale)).join('；');
    const row = ws.addRow([
      i + 1,
      LABEL[j.severity],
      j.rule,
      j.message,
      where,
      j.expected ?? '',
      j.actual ?? '',
      j.difference ?? '',
      j.unit ?? '',
    ]);
    placesByFinding[i]!.forEach((p, k) => {
      const c = row.getCell(10 + k);
      const label = `${p.sheet}!${p.cell}`.replaceAll('"', '""');
      c.value = {
        formula: `HYPERLINK("${linkTarget(p).replaceAll('"', '""')}","${label}")`,
        result: `${p.sheet}!${p.cell}`,
      };
      c.font = { color: { argb: 'FF0563C1' }, underline: true };
    });
    row.getCell(2).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILL[j.severity] } };
  });
  ws.getColumn(4).width = 70;
  ws.getColumn(5).width = 40;
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  ws.pageSetup = { ...ws.pageSetup, orientation: 'landscape' };
}

async function workbookOf(bytes: Uint8Array, file: string): Promise<ExcelJS.Workbook> {
  if (containerOf(bytes) === 'zip') return loadXlsx(bytes, file, DEFAULT_LIMITS);
  return excelOfBook(await readBookBytes(bytes, file, DEFAULT_LIMITS));
}

/** The workbook (.xlsx, .xls or CSV bytes) with the findings marked, as .xlsx bytes. */
export async function annotateWorkbook(
  workbookBytes: Uint8Array,
  findings: readonly Finding[],
  mapping: CellMapping,
  opts: { file?: string; locale?: Locale } = {},
): Promise<Uint8Array> {
  const wb = await workbookOf(workbookBytes, opts.file ?? '工作簿');
  annotateExcel(wb, findings, mapping, opts.locale);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/**
 * Writes `out`: the workbook (or CSV folder) at `workbookPath` with the findings marked. Returns 0, or 2
 * (after printing why) when the workbook cannot be read. The file appears whole or not at all.
 */
export async function runAnnotate(
  workbookPath: string,
  out: string,
  findings: readonly Finding[],
  locale: Locale = 'zh-CN',
): Promise<number> {
  let bytes: Uint8Array;
  let cells = 0;
  try {
    const book = await readBookPath(resolve(workbookPath), workbookPath, DEFAULT_LIMITS);
    const imported = importBook(book);
    if (!imported.ok) {
      process.stderr.write(`无法标注工作簿：\n${imported.errors.map((e) => e.message).join('\n')}\n`);
      return 2;
    }
    const wb =
      book.kind === 'xlsx'
        ? await loadXlsx(await readFile(resolve(workbookPath)), workbookPath, DEFAULT_LIMITS)
        : excelOfBook(book);
    const mapping = imported.imported.mapping;
    annotateExcel(wb, findings, mapping, locale);
    cells = new Set(findings.flatMap((f) => placesOf(f, mapping).map((p) => `${p.sheet}!${p.cell}`))).size;
    bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  } catch (e) {
    if (!(e instanceof ImportError)) throw e;
    process.stderr.write(`无法标注工作簿：\n${e.message}\n`);
    return 2;
  }
  const target = resolve(out);
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    await writeFile(tmp, bytes);
    await rename(tmp, target);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
  process.stderr.write(
    `已在“${out}”中标注 ${cells} 个单元格，全部 ${findings.length} 条校验结果见“${RESULTS_SHEET}”工作表。\n`,
  );
  return 0;
}
