/**
 * @module The version being edited: the disclosure (editable by this user and in an editable status),
 * its current version and the stored dataset with its unit of entry and form sections.
 */
import type { Context } from 'hono';
import type { Unit } from '../../money/index.ts';
import { type Disclosure, type DisclosureVersion, EDITABLE_STATUSES } from '../../storage/types.ts';
import { loadDisclosure } from '../auth/access.ts';
import { type Section, sectionsFor } from '../data/fields.ts';
import { isStored, MAIN_FILE, type StoredDataset } from '../data/stored-dataset.ts';
import type { AppEnv } from '../env.ts';
import { conflict } from '../http/errors.tsx';

export type Editing = {
  readonly disclosure: Disclosure;
  readonly version: DisclosureVersion;
  readonly stored: StoredDataset;
  readonly unit: Unit;
  readonly sections: Section[];
};

/** The current version of a disclosure the user may edit now; 404/403/409 otherwise. */
export async function editingVersion(c: Context<AppEnv>, id: string): Promise<Editing> {
  const { disclosure } = await loadDisclosure(c, id, 'edit');
  if (!EDITABLE_STATUSES.includes(disclosure.status)) {
    throw conflict('已提交、已审核或已公开的公开不能修改；如需更正，请等待退回或发起更正');
  }
  if (disclosure.currentVersionId === null) throw conflict('尚未上传数据：请先上传工作簿或数据集');
  const version = await c.get('deps').store.getVersion(disclosure.currentVersionId);
  if (version === null || !isStored(version.dataset)) throw conflict('当前版本的数据无法读取');
  const stored = version.dataset as StoredDataset;
  return {
    disclosure,
    version,
    stored,
    unit: stored.entryUnits[MAIN_FILE] ?? 'wanYuan',
    sections: sectionsFor(stored.files[MAIN_FILE] ?? {}),
  };
}
