/**
 * @module Wording of the free text: Chinese punctuation in Chinese sentences, quotation marks the right
 * way round, and 部门/单位 used as the report is (GBC OBL-STRUCT-TERMINOLOGY, domain-standard.md §0).
 */
import { defineRule } from '../define.ts';
import { excerptAround, field, textFields } from './shared.ts';

// A half-width comma, semicolon or colon between two Chinese characters; or a closing quote opening a pair.
const HALF_WIDTH = /(?<=[\u4e00-\u9fff])[,;:](?=[\u4e00-\u9fff])/g;

/** Positions where a quotation mark breaks the “…” pairing (a ” with none open, or a “ inside an open one). */
function quoteDefects(text: string): number[] {
  const out: number[] = [];
  let open = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '“') {
      if (open) out.push(i);
      open = true;
    } else if (c === '”') {
      if (!open) out.push(i);
      open = false;
    } else if (c === '\n') open = false;
  }
  return out;
}

/** n.punctuation: half-width punctuation inside Chinese text, or quotation marks the wrong way round. */
export const punctuation = defineRule({
  id: 'n.punctuation',
  severity: 'notice',
  title: {
    zh: '中文文字中使用了半角标点或引号方向颠倒',
    en: 'Half-width punctuation or reversed quotes in Chinese text',
  },
  source: 'GB/T 15834-2011 标点符号用法 (Chinese text uses full-width punctuation; “…” opens with “)',
  *check({ ds }) {
    for (const f of textFields(ds)) {
      for (const m of f.text.matchAll(HALF_WIDTH)) {
        yield {
          locations: [field(f.field, excerptAround(f.text, m.index, 1))],
          params: { mark: m[0], expectedMark: { ',': '，', ';': '；', ':': '：' }[m[0]] ?? m[0] },
        };
      }
      for (const at of quoteDefects(f.text)) {
        yield {
          locations: [field(f.field, excerptAround(f.text, at, 1))],
          params: { mark: f.text[at] ?? '', expectedMark: '“…”' },
        };
      }
    }
  },
});

const UNIT_WORDS = /本单位|我单位|单位预算(?!单位)|单位决算/g;
const DEPARTMENT_WORDS = /本部门|我部门|部门预算(?!单位)|部门决算/g;

/** n.terminology: a department's text says 本单位/单位决算, or a unit's text says 本部门/部门决算. */
export const terminology = defineRule({
  id: 'n.terminology',
  severity: 'notice',
  title: { zh: '部门、单位用语与报告口径不一致', en: '部门/单位 wording differs from the report' },
  source:
    'domain-standard.md §0 (a 部门 report says 部门, a 单位 report 单位; mixing them is a recognised defect, GBC OBL-STRUCT-TERMINOLOGY)',
  *check({ ds }) {
    const department = ds.entity.kind === 'department';
    const wrong = department ? UNIT_WORDS : DEPARTMENT_WORDS;
    for (const f of textFields(ds)) {
      for (const m of f.text.matchAll(wrong)) {
        yield {
          locations: [field(f.field, excerptAround(f.text, m.index, m[0].length))],
          params: {
            word: m[0],
            expectedWord: department ? m[0].replace('单位', '部门') : m[0].replace('部门', '单位'),
          },
        };
      }
    }
  },
});

export const WORDING_RULES = [punctuation, terminology];
