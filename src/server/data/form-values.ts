/**
 * @module Between form inputs and the dataset JSON: what a field shows (amounts in the unit of entry,
 * 万元 exact to the fen) and what a submitted form changes (amounts back to 元 decimal strings, never
 * through a float). Problems come back per field, in Chinese.
 */
import { exactAmount } from '../../ingest/workbook/dataset-files.ts';
import { type Fen, formatYuan, parseAmount, type Unit } from '../../money/index.ts';
import type { JsonValue } from '../../storage/types.ts';
import type { FieldDef, RowColumn } from './fields.ts';
import { getAt, setAt } from './json-path.ts';

const UNIT_TYPES = ['行政单位', '参公事业单位', '事业单位', '其他'];
/** The longest text a field accepts. */
export const MAX_FIELD_CHARS = 20_000;

/** The 元 decimal string of the JSON as fen, or null. */
function fenOf(v: JsonValue | undefined): Fen | null {
  if (v === null || v === undefined) return null;
  const r = parseAmount(String(v), 'yuan');
  return r.ok ? r.value : null;
}

/** The unit label for a unit of entry. */
export function unitLabel(unit: Unit): string {
  return unit === 'yuan' ? '元' : '万元';
}

/** An amount of the JSON (元) as shown in the unit of entry. */
export function showAmount(v: JsonValue | undefined, unit: Unit): string {
  const f = fenOf(v);
  return f === null ? '' : exactAmount(f, unit);
}

/** What the input of a field shows. */
export function displayValue(main: JsonValue, field: FieldDef, unit: Unit): string {
  const v = getAt(main, field.path);
  switch (field.kind) {
    case 'amount':
      return showAmount(v, unit);
    case 'lines':
      return Array.isArray(v) ? v.filter((x) => typeof x === 'string').join('\n') : '';
    case 'pairs': {
      const [k, n] = field.pair ?? ['label', 'count'];
      return Array.isArray(v)
        ? v.map((item) => `${String(getAt(item, k) ?? '')}：${String(getAt(item, n) ?? '')}`).join('\n')
        : '';
    }
    case 'rows':
      return Array.isArray(v) ? v.map((item) => showRow(item, field.columns ?? [], unit)).join('\n') : '';
    default:
      return v === null || v === undefined ? '' : String(v);
  }
}

/** One item of a `rows` field as a line: its cells joined by “｜” (amounts in the unit of entry). */
function showRow(item: JsonValue, columns: readonly RowColumn[], unit: Unit): string {
  return columns
    .map((c) => {
      const v = getAt(item, c.key);
      if (c.kind === 'amount') return showAmount(v, unit);
      return v === null || v === undefined ? '' : String(v);
    })
    .join(' ｜ ');
}

/** Splits a line into cells at tabs, “|” or “｜”; separators beyond the last column stay in its text. */
function splitRow(line: string, n: number): string[] {
  const cells = line.split(/\t|[|｜]/);
  if (cells.length <= n) return cells.map((c) => c.trim());
  const head = cells.slice(0, n - 1);
  const rest = line.split(/\t|[|｜]/).slice(n - 1);
  const seps = [...line.matchAll(/\t|[|｜]/g)].slice(n - 1).map((m) => m[0]);
  const last = rest.reduce((acc, cell, i) => (i === 0 ? cell : `${acc}${seps[i - 1]}${cell}`), '');
  return [...head, last].map((c) => c.trim());
}

/** Reads a `rows` field: one item per non-empty line, each text cell required, amounts exact or blank. */
function parseRows(text: string, columns: readonly RowColumn[], unit: Unit): Parsed {
  const items: JsonValue[] = [];
  for (const [i, line] of text.split('\n').entries()) {
    if (line.trim() === '') continue;
    const cells = splitRow(line, columns.length);
    if (cells.length !== columns.length) {
      return {
        ok: false,
        message: `第${i + 1}行应有 ${columns.length} 列（${columns.map((c) => c.label).join('｜')}），实有 ${cells.length} 列`,
      };
    }
    const item: Record<string, JsonValue> = {};
    for (const [j, c] of columns.entries()) {
      const cell = cells[j]!;
      if (c.kind === 'text') {
        if (cell === '') return { ok: false, message: `第${i + 1}行“${c.label}”不能为空` };
        item[c.key] = cell;
        continue;
      }
      if (cell === '') continue;
      const r = parseAmount(cell, unit);
      if (!r.ok)
        return { ok: false, message: `第${i + 1}行“${c.label}”不是有效的金额：“${cell.slice(0, 40)}”` };
      item[c.key] = formatYuan(r.value);
    }
    items.push(item);
  }
  return { ok: true, value: items.length === 0 ? undefined : items };
}

type Parsed = { ok: true; value: JsonValue | undefined } | { ok: false; message: string };

function parseCount(text: string): Parsed {
  const t = text.trim();
  if (t === '') return { ok: true, value: null };
  if (!/^\d{1,9}$/.test(t)) return { ok: false, message: '应为不小于 0 的整数' };
  return { ok: true, value: Number(t) };
}

function parseField(field: FieldDef, raw: string, unit: Unit): Parsed {
  const text = raw.replace(/\r\n?/g, '\n');
  if (text.length > MAX_FIELD_CHARS) return { ok: false, message: `内容过长（最多 ${MAX_FIELD_CHARS} 字）` };
  switch (field.kind) {
    case 'text':
    case 'textarea': {
      const t = field.kind === 'text' ? text.trim() : text.trim();
      return { ok: true, value: t === '' && field.optional ? undefined : t };
    }
    case 'lines':
      return {
        ok: true,
        value: text
          .split('\n')
          .map((l) => l.trim())
          .filter((l) => l !== ''),
      };
    case 'count':
      return parseCount(text);
    case 'score': {
      const t = text.trim();
      if (t === '') return { ok: true, value: null };
      if (!/^\d{1,3}(\.\d{1,2})?$/.test(t)) return { ok: false, message: '应为分数，如 95 或 92.5' };
      return { ok: true, value: t };
    }
    case 'unitType':
      return UNIT_TYPES.includes(text.trim())
        ? { ok: true, value: text.trim() }
        : { ok: false, message: '请选择单位性质' };
    case 'amount': {
      if (text.trim() === '') return { ok: true, value: null };
      const r = parseAmount(text.trim(), unit);
      if (!r.ok) {
        const why =
          r.error.code === 'too-many-decimals'
            ? `小数位过多（${unitLabel(unit)}最多 ${unit === 'yuan' ? 2 : 6} 位）`
            : '不是有效的金额';
        return { ok: false, message: `${why}：“${text.trim().slice(0, 40)}”` };
      }
      return { ok: true, value: formatYuan(r.value) };
    }
    case 'pairs': {
      const [k, n] = field.pair ?? ['label', 'count'];
      const items: JsonValue[] = [];
      for (const [i, line] of text.split('\n').entries()) {
        if (line.trim() === '') continue;
        const m = /^(.*?)\s*[：:]\s*(\d{1,9})\s*$/.exec(line.trim());
        if (m === null || m[1] === '') return { ok: false, message: `第${i + 1}行应为“名称：数量”` };
        items.push({ [k]: m[1]!, [n]: Number(m[2]) });
      }
      return { ok: true, value: items };
    }
    case 'rows':
      return parseRows(text, field.columns ?? [], unit);
  }
}

/** Applies the submitted values of the fields present in the form; unchanged fields are left exactly as they were. */
export function applyForm(
  main: JsonValue,
  fields: readonly FieldDef[],
  form: Readonly<Record<string, string>>,
  unit: Unit,
): { main: JsonValue; errors: Record<string, string>; changed: number } {
  let next = main;
  const errors: Record<string, string> = {};
  let changed = 0;
  for (const field of fields) {
    const raw = form[`v:${field.path}`];
    if (raw === undefined) continue;
    if (raw.replace(/\r\n?/g, '\n') === displayValue(main, field, unit)) continue;
    const parsed = parseField(field, raw, unit);
    if (!parsed.ok) {
      errors[field.path] = parsed.message;
      continue;
    }
    next = setAt(next, field.path, parsed.value);
    changed += 1;
  }
  return { main: next, errors, changed };
}
