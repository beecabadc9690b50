/**
 * @module Numbering of headings and items: a.numbering-part (第3部分 among 第一部分…), a.numbering-mixed
 * (1、 standing in for 一、 in a 一、二、… sequence, （2） among （一）（三）, 5、 among 1. 2. …) and
 * a.numbering-sequence (skipped, repeated or backward numbers). Lists nest: a list restarting at 1 opens
 * a new level, and a number that continues an outer list closes the inner ones.
 */
import type { Line } from '../facts/doc.ts';
import type { MarkerFamily } from '../facts/markers.ts';
import type { Facts } from '../facts/types.ts';
import type { AuditFinding, AuditOptions } from './types.ts';

type Item = { line: Line; family: MarkerFamily; value: number; text: string; separator: string };
type Seq = { family: MarkerFamily; start: number; last: number; items: Item[] };

const PAIRS: readonly [MarkerFamily, MarkerFamily][] = [
  ['cjk', 'arabic'],
  ['paren-cjk', 'paren-arabic'],
];
const MAX_RUN = 3;

/** The headings above a line (without the line itself when it is a heading). */
function context(line: Line): string {
  const h = line.headings;
  return (h[h.length - 1] === line.text ? h.slice(0, -1) : h).join(' › ');
}

function finding(
  rule: string,
  severity: AuditFinding['severity'],
  item: Item,
  params: Record<string, string>,
): AuditFinding {
  const ev =
    item.line.page === undefined
      ? { text: item.line.text.slice(0, 40) }
      : { text: item.line.text.slice(0, 40), page: item.line.page };
  return {
    rule,
    severity,
    locations: [{ field: context(item.line) || '正文', excerpt: item.text }],
    params: { text: item.text, ...params },
    evidence: [ev],
  };
}

/** Arabic items that fill the gaps of a Chinese-numeral sequence: relabelled, and reported. */
function fillGaps(items: Item[], out: AuditFinding[]): void {
  for (const [main, alt] of PAIRS) {
    const mainIdx = items.map((it, i) => (it.family === main ? i : -1)).filter((i) => i >= 0);
    const bounds = [-1, ...mainIdx, items.length];
    for (let b = 0; b + 1 < bounds.length; b += 1) {
      const from = bounds[b]!;
      const to = bounds[b + 1]!;
      const p = from >= 0 ? items[from]!.value : 0;
      const nextValue = to < items.length ? items[to]!.value : undefined;
      const n = nextValue !== undefined && nextValue > p ? nextValue : undefined;
      const run = items.slice(from + 1, to).filter((it) => it.family === alt);
      if (run.length === 0 || run.length > MAX_RUN) continue;
      const contiguous = run.every((it, i) => it.value === p + 1 + i);
      const fits = contiguous && (n !== undefined ? run[run.length - 1]!.value === n - 1 : p >= 1);
      if (!fits) continue;
      const others = items
        .filter((it) => it.family === main && /^\(?[一二三四五六七八九十]/.test(it.text))
        .slice(0, 3)
        .map((it) => it.text)
        .join(' ');
      for (const it of run) {
        out.push(finding('a.numbering-mixed', 'warning', it, { others }));
        it.family = main;
      }
    }
  }
}

/** Minority separators within one list (5、 among 1. 2. 3.). */
function separators(seq: Seq, out: AuditFinding[]): void {
  const bySep = new Map<string, Item[]>();
  for (const it of seq.items) bySep.set(it.separator, [...(bySep.get(it.separator) ?? []), it]);
  if (bySep.size < 2) return;
  const sorted = [...bySep.values()].sort((a, b) => b.length - a.length);
  const major = sorted[0]!;
  if (major.length < 2) return;
  const others = major
    .slice(0, 3)
    .map((it) => it.text)
    .join(' ');
  for (const group of sorted.slice(1))
    for (const it of group) out.push(finding('a.numbering-mixed', 'notice', it, { others }));
}

/**
 * Skipped, repeated and backward numbers, with nesting. A fragment may begin in the middle of a list, so
 * a missing start or a skip is reported only when the list (or one enclosing it) was seen from its first
 * item, or the file is a whole report (`complete`).
 */
function sequence(items: readonly Item[], out: AuditFinding[], complete: boolean): void {
  const stack: Seq[] = [];
  const close = (depth: number) => {
    for (const seq of stack.splice(depth)) separators(seq, out);
  };
  for (const it of items) {
    if (it.value === 1) {
      stack.push({ family: it.family, start: 1, last: 1, items: [it] });
      continue;
    }
    let at = -1;
    for (let i = stack.length - 1; i >= 0; i -= 1) {
      if (stack[i]!.family === it.family && stack[i]!.last + 1 === it.value) {
        at = i;
        break;
      }
    }
    if (at < 0) {
      for (let i = stack.length - 1; i >= 0; i -= 1)
        if (stack[i]!.family === it.family) {
          at = i;
          break;
        }
      if (at < 0) {
        const missing = it.value === 2 ? '第1项' : `第1至第${it.value - 1}项`;
        const reason = {
          reason: `前面缺少${missing}`,
          reasonEn: it.value === 2 ? 'has no item 1 before it' : `has no items 1–${it.value - 1} before it`,
        };
        if (complete || stack.some((s) => s.start === 1))
          out.push(finding('a.numbering-sequence', 'warning', it, reason));
        stack.push({ family: it.family, start: it.value, last: it.value, items: [it] });
        continue;
      }
      const last = stack[at]!.last;
      const reason =
        it.value === last
          ? ['与上一项编号重复', 'repeats the previous number']
          : it.value > last
            ? [
                `跳过了第${last + 1}${it.value - last > 2 ? `至第${it.value - 1}` : ''}项`,
                `skips ${last + 1}${it.value - last > 2 ? `–${it.value - 1}` : ''}`,
              ]
            : [`编号倒退（上一项为第${last}项）`, `goes back (previous was ${last})`];
      if (complete || it.value <= last || stack[at]!.start === 1) {
        out.push(
          finding('a.numbering-sequence', 'warning', it, { reason: reason[0]!, reasonEn: reason[1]! }),
        );
      }
    }
    close(at + 1);
    stack[at]!.last = it.value;
    stack[at]!.items.push(it);
  }
  close(0);
}

/** a.numbering-part for the part headings: digit style and sequence. */
function parts(lines: readonly Line[], out: AuditFinding[], complete: boolean): void {
  const markers = lines.flatMap((l) => (l.marker?.family === 'part' ? [{ line: l, m: l.marker }] : []));
  const cjk = markers.filter((x) => x.m.digits === 'cjk');
  const arabic = markers.filter((x) => x.m.digits === 'arabic');
  const [major, minor] = cjk.length >= arabic.length ? [cjk, arabic] : [arabic, cjk];
  const others = major
    .slice(0, 3)
    .map((x) => x.m.text)
    .join(' ');
  for (const x of major.length > 0 ? minor : []) {
    out.push(
      finding(
        'a.numbering-part',
        'warning',
        { line: x.line, family: 'part', value: x.m.value, text: x.m.text, separator: '' },
        { others },
      ),
    );
  }
  let last = 0;
  for (const x of markers) {
    if (x.m.value !== last + 1 && last > 0 && (complete || x.m.value <= last || markers[0]!.m.value === 1)) {
      const it: Item = { line: x.line, family: 'part', value: x.m.value, text: x.m.text, separator: '' };
      const reason =
        x.m.value === last
          ? ['与上一部分编号重复', 'repeats the previous part']
          : [`上一部分为第${last}部分`, `follows part ${last}`];
      out.push(finding('a.numbering-sequence', 'warning', it, { reason: reason[0]!, reasonEn: reason[1]! }));
    }
    last = x.m.value;
  }
}

/** Every numbering finding of the document, part by part. */
export function checkNumbering(facts: Facts, opts: AuditOptions = {}): AuditFinding[] {
  const complete = opts.complete === true;
  const out: AuditFinding[] = [];
  const lines = facts.doc.lines;
  parts(lines, out, complete);
  const byPart = new Map<number, Item[]>();
  for (const line of lines) {
    const m = line.marker;
    if (!m || m.family === 'part') continue;
    const item: Item = { line, family: m.family, value: m.value, text: m.text, separator: m.separator };
    byPart.set(line.part, [...(byPart.get(line.part) ?? []), item]);
  }
  for (const items of byPart.values()) {
    fillGaps(items, out);
    sequence(items, out, complete);
  }
  return out;
}
