/**
 * @module (b) 项目支出绩效自评报告 of one project: its title and the report sections of the dataset,
 * renumbered 一、（一）1. in order whatever numbering the user typed.
 */
import type { Dataset, ProjectEvaluation } from '../../model/types.ts';
import type { Block } from '../../report/types.ts';
import { stripNumbering, structuredText } from '../overview/index.ts';
import { headings, titleHeading } from './sections.ts';

/** A project name without a trailing 项目 ('招商引资项目' → '招商引资'). */
export function projectName(p: ProjectEvaluation): string {
  return p.name.trim().replace(/项目$/u, '');
}

/** The 项目支出绩效自评报告 of a project, its title heading id `prefix`. */
export function projectReport(ds: Dataset, p: ProjectEvaluation, prefix: string): Block[] {
  const h = headings(prefix);
  const blocks: Block[] = [
    titleHeading(prefix, `${ds.entity.name}${ds.entity.year}年${projectName(p)}项目支出绩效自评报告`),
  ];
  for (const s of p.report) {
    const heading = h.next(1, stripNumbering(s.heading).replace(/[。：:]$/u, ''));
    blocks.push(heading, ...structuredText(s.body, { baseLevel: 2, idPrefix: heading.id }));
  }
  return blocks;
}
