/**
 * @module The 经济分类 tables: T07 (合计 = 人员经费 + 公用经费 + 项目支出 in row-sums.ts; 类 = Σ 款;
 * 合计 = Σ 类) and T08 (人员经费合计 = 301 + 303, 公用经费合计 = 302 + 310 + other non-personnel 类;
 * 类 = Σ 款; totals given without any 款 amount).
 */
import type { Fen } from '../../money/index.ts';
import { sumMismatch } from '../compare.ts';
import { defineRule } from '../define.ts';
import type { FindingDraft, Rule, RuleContext } from '../types.ts';
import { hierarchyRule, missingBreakdownRule, totalRowRule } from './hierarchy.ts';
import { cell, cellLoc, codeRows, fixedRowLabel } from './shared.ts';

const T = 'T08';
const AMOUNT = 'amount';
/** 工资福利支出 and 对个人和家庭的补助: the 人员经费 classes (D8). */
const PERSONNEL_CLASSES = ['301', '303'];

type Group = 'personnel' | 'public';

function inGroup(code: string, group: Group): boolean {
  return PERSONNEL_CLASSES.includes(code.slice(0, 3)) === (group === 'personnel');
}

/**
 * The published amounts that make up a group: each 类 row when it has an amount, else the 款 rows of
 * that 类 (so the rounding envelope counts the figures actually added).
 */
function groupParts(ctx: RuleContext, group: Group): { codes: string[]; amounts: (Fen | null)[] } {
  const rows = codeRows(ctx.ds.tables[T]).filter((r) => r.code.length <= 5 && inGroup(r.code, group));
  const classes = [...new Set(rows.map((r) => r.code.slice(0, 3)))];
  const codes: string[] = [];
  const amounts: (Fen | null)[] = [];
  for (const c of classes) {
    const lei = rows.find((r) => r.code === c);
    const leiAmount = lei?.cells[AMOUNT] ?? null;
    const picked =
      leiAmount !== null ? [lei!] : rows.filter((r) => r.code.length === 5 && r.code.startsWith(c));
    for (const r of picked) {
      codes.push(r.code);
      amounts.push(r.cells[AMOUNT] ?? null);
    }
  }
  return { codes, amounts };
}

function groupTotalRule(group: Group): Rule {
  const totalRow = `total.${group}`;
  const personnel = group === 'personnel';
  return defineRule({
    id: personnel ? 't08.personnel-total' : 't08.public-total',
    severity: 'error',
    title: personnel
      ? {
          zh: '一般公共预算财政拨款基本支出决算表：人员经费合计 = 301 工资福利支出 + 303 对个人和家庭的补助',
          en: 'Basic expenditure: personnel total = 301 wages and benefits + 303 subsidies to households',
        }
      : {
          zh: '一般公共预算财政拨款基本支出决算表：公用经费合计 = 302 商品和服务支出 + 310 资本性支出等',
          en: 'Basic expenditure: public total = 302 goods and services + 310 capital and other non-personnel classes',
        },
    source:
      'domain-standard.md §2.4 D8 (SH-PTCZ layout: 301/303 人员经费, 302/310 (+ other non-personnel 类) ' +
      '公用经费). A 类 row with an amount stands for its 款 rows; skipped while every amount is blank ' +
      '(reported by t08.missing-breakdown).',
    *check(ctx) {
      const { codes, amounts } = groupParts(ctx, group);
      const d = sumMismatch(ctx, cell(ctx, T, totalRow, AMOUNT), amounts, [cellLoc(T, totalRow, AMOUNT)], {
        row: fixedRowLabel(T, totalRow),
        children: codes.join('、'),
      });
      if (d) yield d;
    },
  });
}

const t08MissingBreakdown = defineRule({
  id: 't08.missing-breakdown',
  severity: 'warning',
  title: {
    zh: '一般公共预算财政拨款基本支出决算表：人员经费、公用经费合计应有经济分类款级明细金额',
    en: 'Basic expenditure: the personnel and public totals need their category amounts',
  },
  source:
    'domain-standard.md §3.1 (一般公共预算基本支出公开到经济分类款级科目) and §2.4 D8: a total given while ' +
    'every 类/款 amount of its group is blank cannot be checked. One finding per total.',
  *check(ctx): Iterable<FindingDraft> {
    for (const group of ['personnel', 'public'] as const) {
      const totalRow = `total.${group}`;
      const total = cell(ctx, T, totalRow, AMOUNT);
      if (total === null || total === 0) continue;
      if (groupParts(ctx, group).amounts.some((a) => a !== null)) continue;
      yield {
        locations: [cellLoc(T, totalRow, AMOUNT)],
        params: { row: fixedRowLabel(T, totalRow) },
        actual: total,
      };
    }
  },
});

export const ECONOMIC_RULES: readonly Rule[] = [
  hierarchyRule('T07'),
  totalRowRule('T07'),
  missingBreakdownRule('T07'),
  groupTotalRule('personnel'),
  groupTotalRule('public'),
  hierarchyRule('T08'),
  t08MissingBreakdown,
];
