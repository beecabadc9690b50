/**
 * @module Narrative inputs (domain-standard.md §0 第一部分, §5): duties, work summary and units are
 * present; free text carries no template residue, no broken numbering and no figures the standard
 * forbids (完成预算0%, 增长100% from a zero base).
 */
import { defineRule } from '../define.ts';
import { numberingDefects } from './numbering.ts';
import { excerptAround, field, headingLists, isBlank, shortLine, textFields } from './shared.ts';

/** n.duties-missing: 主要职责 is empty. */
export const dutiesMissing = defineRule({
  id: 'n.duties-missing',
  severity: 'warning',
  title: { zh: '缺少部门职责', en: 'Duties missing' },
  source: 'domain-standard.md §0 (第一部分 一、主要职责), §3.2 (说明 of 部门职责)',
  *check({ ds }) {
    if (ds.duties.every((d) => isBlank(d))) yield { locations: [field('duties')], params: {} };
  },
});

/** n.work-summary-missing: 重点工作完成情况 is empty. */
export const workSummaryMissing = defineRule({
  id: 'n.work-summary-missing',
  severity: 'warning',
  title: { zh: '缺少重点工作完成情况', en: 'Work summary missing' },
  source: 'domain-standard.md §0 (第一部分 单位概况); seed （二）2022年重点工作完成情况',
  *check({ ds }) {
    if (isBlank(ds.workSummary)) yield { locations: [field('workSummary')], params: {} };
  },
});

/** n.organization-units: a department lists no units (机构设置). */
export const organizationUnits = defineRule({
  id: 'n.organization-units',
  severity: 'warning',
  title: { zh: '部门未列出所属预算单位', en: 'Department lists no units' },
  source: 'domain-standard.md §0 (第一部分 二、机构设置), §3.2 (说明 of 机构设置)',
  *check({ ds }) {
    if (ds.entity.kind === 'department' && ds.entity.units.length === 0) {
      yield { locations: [field('entity.units')], params: { entity: ds.entity.name } };
    }
  },
});

/** Template residue: placeholders and unresolved bracketed alternatives. */
const PLACEHOLDER =
  /X{2,}|Ｘ{2,}|×{2,}|x{3,}|待填写|【待补充|(?:增加|减少|增长|下降|降低)[（(](?:增加|减少|增长|下降|降低)[）)]/g;

/** n.placeholder: template residue in a free-text field. */
export const placeholder = defineRule({
  id: 'n.placeholder',
  severity: 'error',
  title: { zh: '文字中残留模板占位符', en: 'Template residue in the text' },
  source:
    'domain-standard.md §5 rule 4 (never emit "（减少）", "XX", "××"; GBC OBL-STRUCT-PLACEHOLDER), §3.4 item 3',
  *check({ ds }) {
    for (const f of textFields(ds)) {
      for (const m of f.text.matchAll(PLACEHOLDER)) {
        yield {
          locations: [field(f.field, excerptAround(f.text, m.index, m[0].length))],
          params: { text: m[0] },
        };
      }
    }
  },
});

/** n.numbering: a numbering level skips, repeats or mixes styles. */
export const numbering = defineRule({
  id: 'n.numbering',
  severity: 'warning',
  title: { zh: '序号不连续或格式不一致', en: 'Numbering skips, repeats or mixes styles' },
  source:
    'domain-standard.md §5 (形式规范; 143号 "公开及时，内容准确，形式规范"); seed workSummary （一）（2）（三）',
  *check({ ds }) {
    for (const f of [...textFields(ds).filter((t) => t.multiline), ...headingLists(ds)]) {
      for (const d of numberingDefects(f.text)) {
        yield {
          locations: [field(f.field, shortLine(d.line))],
          params: {},
          expectedText: d.expected,
          actualText: d.actual,
        };
      }
    }
  },
});

/** Figures the standard forbids in any case: 完成预算0% (no budget) and 增长100% (zero base). */
const FORBIDDEN_FIGURES = [
  /完成(?:年初)?预算(?:数)?的?\s*0(?:\.0+)?\s*[%％]/g,
  /(?:增长|增加)\s*100(?:\.0+)?\s*[%％]/g,
];

/** n.text-figures: a free-text field states 完成预算0% or 增长100%. */
export const textFigures = defineRule({
  id: 'n.text-figures',
  severity: 'warning',
  title: { zh: '文字中有不应出现的比率', en: 'Forbidden rate in the text' },
  source:
    'domain-standard.md §2.6 F17 (never 增长100% from a zero base), F18 (no 完成年初预算的X% when 预算=0), §5',
  *check({ ds }) {
    for (const f of textFields(ds)) {
      for (const re of FORBIDDEN_FIGURES) {
        for (const m of f.text.matchAll(re)) {
          yield {
            locations: [field(f.field, excerptAround(f.text, m.index, m[0].length))],
            params: { text: m[0] },
          };
        }
      }
    }
  },
});

export const NARRATIVE_RULES = [
  dutiesMissing,
  workSummaryMissing,
  organizationUnits,
  placeholder,
  numbering,
  textFigures,
];
