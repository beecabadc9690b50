/**
 * @module 第四部分 附件: (a) the 部门整体绩效评价报告, then per project (b) its 项目支出绩效自评报告 and
 * (c) its 项目绩效自评表. Attachment title ids are 'att-1', 'att-2', …; 自评表 ids 'table-perf-<n>'.
 */
import type { Dataset } from '../../model/types.ts';
import type { Block } from '../../report/types.ts';
import { orgWord } from '../overview/index.ts';
import { todo } from './figures.ts';
import { overallReport } from './overall.ts';
import { perfTable } from './perf-table.ts';
import { projectReport } from './project.ts';

/** 第四部分 附件 (绩效评价报告 and 自评表). */
export function buildAttachments(ds: Dataset): Block[] {
  const { overall, projects } = ds.performance;
  const blocks: Block[] = [];
  let n = 0;
  if (overall !== null) blocks.push(...overallReport(ds, overall, `att-${++n}`));
  projects.forEach((p, i) => {
    if (p.report.length > 0) blocks.push(...projectReport(ds, p, `att-${++n}`));
    blocks.push(perfTable(ds, p, i + 1));
  });
  if (blocks.length === 0) {
    blocks.push({ kind: 'paragraph', runs: [todo(`${orgWord(ds)}整体绩效评价报告及项目支出绩效自评表`)] });
  }
  return blocks;
}
