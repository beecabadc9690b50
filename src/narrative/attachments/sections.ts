/**
 * @module Numbered headings of one attachment: a counter per level that renumbers 一、（一）1.（1）
 * in order and makes ids `<prefix>-<n>-<m>…`.
 */
import { headingNumber } from '../../report/numbering.ts';
import type { Heading } from '../../report/types.ts';

type Level = Heading['level'];

/** A heading factory for one attachment. */
export type Headings = {
  /** The next heading at a level (deeper counters restart). */
  next(level: Level, text: string): Heading;
  /** The id of the last heading made (the prefix before any). */
  lastId(): string;
};

/** Headings numbered in order from 一、 with ids under `prefix`. */
export function headings(prefix: string): Headings {
  const counters = [0, 0, 0, 0, 0];
  let last = prefix;
  return {
    next(level, text) {
      counters[level]!++;
      for (let l = level + 1; l <= 4; l++) counters[l] = 0;
      last = `${prefix}-${counters.slice(1, level + 1).join('-')}`;
      return { kind: 'heading', level, number: headingNumber(level, counters[level]!), text, id: last };
    },
    lastId: () => last,
  };
}

/** The unnumbered title heading of an attachment. */
export function titleHeading(id: string, text: string): Heading {
  return { kind: 'heading', level: 1, number: '', text, id };
}
