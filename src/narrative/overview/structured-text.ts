/**
 * @module A user's free text (重点工作, 绩效报告 sections) as headings and paragraphs: lines numbered as
 * headings (一、 （一） 1. （1）, however mixed up) become headings renumbered consistently from a base
 * level; a （2） among （一）（三） with no 1. above it counts as their sibling; the other lines are
 * paragraphs, and a run of paragraphs numbered 2. 3. … after an unnumbered first one becomes a list.
 */
import { headingNumber } from '../../report/numbering.ts';
import type { Block, Heading } from '../../report/types.ts';
import { type Family, leadingNumber, RANK, splitHeading } from './numbering-lines.ts';

type Level = Heading['level'];

type Line =
  | {
      readonly kind: 'heading';
      readonly rank: number;
      readonly title: string;
      readonly raw: string;
      readonly body?: string;
    }
  | { readonly kind: 'text'; readonly text: string };

/** Options: the output level of the shallowest user heading and the id prefix of the headings. */
export type StructuredTextOptions = { readonly baseLevel: Level; readonly idPrefix: string };

function classify(lines: readonly string[]): Line[] {
  const open: number[] = [];
  return lines.map((raw): Line => {
    const num = leadingNumber(raw);
    const split = num === undefined ? undefined : splitHeading(num.rest);
    if (num === undefined || split === undefined) return { kind: 'text', text: raw };
    let rank: number = RANK[num.family as Family];
    // （1） belongs under a 1. heading; with none open it is a mistyped （一）.
    if (num.family === 'par' && !open.includes(RANK.ar)) rank = RANK.pcn;
    while (open.length > 0 && open.at(-1)! >= rank) open.pop();
    open.push(rank);
    return {
      kind: 'heading',
      rank,
      title: split.title,
      raw,
      ...(split.body !== undefined ? { body: split.body } : {}),
    };
  });
}

const NUMBERED_PARAGRAPH = /^(\d{1,2})\s*[、．.](?!\d)\s*/u;

/** A run of paragraphs: those numbered 1. 2. … (the first possibly unnumbered) as one list. */
function paragraphs(texts: readonly string[]): Block[] {
  const nums = texts.map((t) => NUMBERED_PARAGRAPH.exec(t));
  const first = nums.findIndex((m) => m !== null);
  if (first < 0) return texts.map((t) => ({ kind: 'paragraph', runs: [{ text: t }] }));
  const startValue = Number(nums[first]![1]);
  // The list starts at the 1. line, or at the top when the first item lost its number.
  const start = startValue === 1 ? first : startValue === first + 1 ? 0 : -1;
  let end = first;
  while (end + 1 < texts.length && nums[end + 1] !== null && Number(nums[end + 1]![1]) === end + 2 - start)
    end++;
  if (start < 0 || end - start < 1) return texts.map((t) => ({ kind: 'paragraph', runs: [{ text: t }] }));
  const plain = (ts: readonly string[]): Block[] =>
    ts.map((t) => ({ kind: 'paragraph', runs: [{ text: t }] }));
  return [
    ...plain(texts.slice(0, start)),
    {
      kind: 'list',
      style: '1.',
      items: texts.slice(start, end + 1).map((t) => [{ text: t.replace(NUMBERED_PARAGRAPH, '') }]),
    },
    ...plain(texts.slice(end + 1)),
  ];
}

/** The lines of a text, trimmed, without empty lines. */
export function textLines(text: string): string[] {
  return text
    .split(/\r?\n/u)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/** Headings (renumbered from `baseLevel`, ids `<idPrefix>-<n>-<m>…`), paragraphs and lists of a free text. */
export function structuredText(text: string, opts: StructuredTextOptions): Block[] {
  const lines = classify(textLines(text));
  const ranks = [...new Set(lines.flatMap((l) => (l.kind === 'heading' ? [l.rank] : [])))].sort(
    (a, b) => a - b,
  );
  const counters = [0, 0, 0, 0, 0];
  const blocks: Block[] = [];
  let pending: string[] = [];
  const flush = () => {
    blocks.push(...paragraphs(pending));
    pending = [];
  };
  for (const line of lines) {
    const level = line.kind === 'heading' ? opts.baseLevel + ranks.indexOf(line.rank) : 0;
    if (line.kind === 'text' || level > 4) {
      pending.push(line.kind === 'text' ? line.text : line.raw);
      continue;
    }
    flush();
    counters[level]!++;
    for (let l = level + 1; l <= 4; l++) counters[l] = 0;
    const path = counters.slice(opts.baseLevel, level + 1).join('-');
    blocks.push({
      kind: 'heading',
      level: level as Level,
      number: headingNumber(level as Level, counters[level]!),
      text: line.title,
      id: `${opts.idPrefix}-${path}`,
    });
    if (line.body !== undefined) pending.push(line.body);
  }
  flush();
  return blocks;
}
