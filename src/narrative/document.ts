/**
 * @module The whole disclosure as a report tree: the parts in the profile's order, each built from the
 * dataset by its own module.
 */
import { DEFAULT_PROFILE, profileDef } from '../catalog/tables/profiles.ts';
import type { ProfileDef } from '../catalog/tables/types.ts';
import type { Dataset } from '../model/types.ts';
import { partNumber } from '../report/numbering.ts';
import { buildTables } from '../report/tables/index.ts';
import type { Block, Part, Report } from '../report/types.ts';
import { buildAttachments } from './attachments/index.ts';
import { buildExplanation } from './explanation/index.ts';
import { buildGlossary } from './glossary/index.ts';
import { buildOverview } from './overview/index.ts';

type PartKey = ProfileDef['parts'][number];

function partTitle(key: PartKey, ds: Dataset): string {
  const who = ds.entity.kind === 'department' ? '部门' : '单位';
  switch (key) {
    case 'overview':
      return `${who}概况`;
    case 'explanation':
      return `${ds.entity.year}年度${who}决算情况说明`;
    case 'glossary':
      return '名词解释';
    case 'attachments':
      return '附件';
    case 'tables':
      return '附表';
  }
}

function partBlocks(key: PartKey, ds: Dataset): readonly Block[] {
  switch (key) {
    case 'overview':
      return buildOverview(ds);
    case 'explanation':
      return buildExplanation(ds);
    case 'glossary':
      return buildGlossary(ds);
    case 'attachments':
      return buildAttachments(ds);
    case 'tables':
      return buildTables(ds);
  }
}

/** The report of a dataset; `draft` marks a report written despite error findings. */
export function buildReport(ds: Dataset, opts: { draft?: boolean } = {}): Report {
  const profile = profileDef(ds.entity.profile) ?? profileDef(DEFAULT_PROFILE)!;
  const parts: Part[] = profile.parts.map((key, i) => ({
    id: `part-${i + 1}`,
    number: partNumber(i + 1),
    title: partTitle(key, ds),
    blocks: partBlocks(key, ds),
  }));
  const who = ds.entity.kind === 'department' ? '部门' : '单位';
  return {
    title: `${ds.entity.name}${ds.entity.year}年度${who}决算`,
    entity: ds.entity.name,
    year: ds.entity.year,
    profile: profile.id,
    draft: opts.draft ?? false,
    parts,
  };
}
