/**
 * @module The classification hierarchy of the 功能分类 tables (T02, T03, T05, T06, T09, T10, T11, T12)
 * and of the 经济分类 table T07: 类 = Σ 款, 款 = Σ 项 (B3), 合计 = Σ 类 (B4), a skipped level
 * (B3 with absent 款 rows: the 类 is compared with its 项 directly, and the gap is reported once per
 * table), and a table that gives only its 合计 row.
 */
import { tableDef } from '../../catalog/tables/definitions.ts';
import type { TableId } from '../../catalog/tables/types.ts';
import { findRow } from '../../model/views.ts';
import { sumMismatch } from '../compare.ts';
import { defineRule } from '../define.ts';
import type { FindingDraft, Rule } from '../types.ts';
import {
  cellLoc,
  columnsOf,
  hasAmount,
  levelName,
  levelOfLength,
  rowParams,
  TABLE_EN,
  TOTAL_ROW,
  treeOf,
} from './shared.ts';

/** The functional tables whose rows follow the 类/款/项 hierarchy. */
export const FUNCTIONAL_TREE_TABLES = ['T02', 'T03', 'T05', 'T06', 'T09', 'T10', 'T11', 'T12'] as const;

/** Tables ids in the rule-id form: 'T06' → 't06'. */
export function prefix(table: TableId): string {
  return table.toLowerCase();
}

/** `<tid>.hierarchy`: every 类 (款) row equals the sum of its nearest present descendants, each column. */
export function hierarchyRule(table: TableId): Rule {
  const title = tableDef(table).title;
  const economic = tableDef(table).keying === 'economic';
  return defineRule({
    id: `${prefix(table)}.hierarchy`,
    severity: 'error',
    title: economic
      ? {
          zh: `${title}：经济分类 类 = Σ 款（各金额列）`,
          en: `${TABLE_EN[table]}: economic class = Σ its categories (every amount column)`,
        }
      : {
          zh: `${title}：类 = Σ 款，款 = Σ 项（各金额列）`,
          en: `${TABLE_EN[table]}: class = Σ categories, category = Σ items (every amount column)`,
        },
    source: economic
      ? 'domain-standard.md §2.4 D9 (GBC V33-117): a 经济分类 类 row = Σ its 款 rows, when both are given.'
      : 'domain-standard.md §2.2 B3 (GBC V33-120 明细表勾稽关系与层级校验). When a 款 row is absent its 项 ' +
        `rows are compared with the 类 directly; the gap is reported by ${prefix(table)}.missing-level.`,
    *check(ctx) {
      const tree = treeOf(ctx.ds.tables[table]);
      const cols = columnsOf(table);
      for (const parent of tree.rows) {
        const kids = tree.children.get(parent.code);
        if (kids === undefined) continue;
        for (const col of cols) {
          const draft = sumMismatch(
            ctx,
            parent.cells[col],
            kids.map((k) => k.cells[col]),
            [cellLoc(table, parent.code, col)],
            () => ({
              ...rowParams(table, parent, col),
              level: levelName(parent.code),
              children: kids.map((k) => k.code).join('、'),
            }),
          );
          if (draft) yield draft;
        }
      }
    },
  });
}

/** `<tid>.total-row`: the 合计 row equals the sum of the 类 rows (of the top rows when a 类 is absent). */
export function totalRowRule(table: TableId): Rule {
  const title = tableDef(table).title;
  return defineRule({
    id: `${prefix(table)}.total-row`,
    severity: 'error',
    title: {
      zh: `${title}：合计 = Σ 类（各列）`,
      en: `${TABLE_EN[table]}: total = Σ classes (every column)`,
    },
    source: 'domain-standard.md §2.2 B4 (GBC V33-005): 合计 row = Σ 类 rows, all columns.',
    *check(ctx) {
      const data = ctx.ds.tables[table];
      const total = findRow(data, TOTAL_ROW);
      if (total === undefined) return;
      const tree = treeOf(data);
      if (tree.top.length === 0) return;
      for (const col of columnsOf(table)) {
        const draft = sumMismatch(
          ctx,
          total.cells[col],
          tree.top.map((r) => r.cells[col]),
          [cellLoc(table, TOTAL_ROW, col)],
          () => ({ ...rowParams(table, total, col), children: tree.top.map((r) => r.code).join('、') }),
        );
        if (draft) yield draft;
      }
    },
  });
}

/** `<tid>.missing-level`: rows that skip a level (a 项 without its 款 row); one warning per table. */
export function missingLevelRule(table: TableId): Rule {
  const title = tableDef(table).title;
  return defineRule({
    id: `${prefix(table)}.missing-level`,
    severity: 'warning',
    title: {
      zh: `${title}：科目应逐级列示（类、款、项）`,
      en: `${TABLE_EN[table]}: every level (class, category, item) must be listed`,
    },
    source:
      'domain-standard.md §2.2 B3 (hierarchy 类/款/项) and §3.1 (公开到支出功能分类项级科目): a 项 row ' +
      'needs its 款 and 类 rows above it. One finding per table, located at the rows that skip a level.',
    *check(ctx): Iterable<FindingDraft> {
      const tree = treeOf(ctx.ds.tables[table]);
      if (tree.orphans.length === 0) return;
      const levels = [...new Set(tree.missing.map((c) => c.length))].sort((a, b) => a - b);
      yield {
        locations: tree.orphans.map((r) => ({ table, row: r.code })),
        params: {
          table: title,
          levels: levels.map(levelOfLength).join('、'),
          missing: tree.missing.join('、'),
          count: tree.missing.length,
        },
      };
    },
  });
}

/**
 * `<tid>.missing-breakdown`: the 合计 row carries amounts but the table lists no classification row. Used
 * for T07 only: for the functional tables d.table-detail-missing (disclosure family) reports it.
 */
export function missingBreakdownRule(table: TableId): Rule {
  const title = tableDef(table).title;
  const kind = tableDef(table).keying === 'economic' ? '经济分类' : '功能分类';
  return defineRule({
    id: `${prefix(table)}.missing-breakdown`,
    severity: 'warning',
    title: {
      zh: `${title}：合计有金额时应按${kind}科目列示明细`,
      en: `${TABLE_EN[table]}: a total with amounts needs its classification rows`,
    },
    source:
      'domain-standard.md §3.1 (部门预决算公开到支出功能分类项级科目; 基本支出公开到经济分类款级科目) and ' +
      '§2.2 B4: a table with only its 合计 row cannot be checked against its rows.',
    *check(ctx): Iterable<FindingDraft> {
      const data = ctx.ds.tables[table];
      const total = findRow(data, TOTAL_ROW);
      if (!hasAmount(total) || treeOf(data).rows.length > 0) return;
      yield { locations: [{ table, row: TOTAL_ROW }], params: { table: title } };
    },
  });
}

/**
 * The three tree rules of every functional table, table by table. A functional table with only its 合计
 * row is reported by the disclosure family (d.table-detail-missing), so there is no `<tid>.missing-breakdown`
 * for them here; T07 (经济分类) keeps its own (economic.ts).
 */
export const TREE_RULES: readonly Rule[] = FUNCTIONAL_TREE_TABLES.flatMap((t) => [
  hierarchyRule(t),
  totalRowRule(t),
  missingLevelRule(t),
]);
