/**
 * @module The department view: the status of each unit's disclosure for a year, and the check that the
 * department's tables equal the sum of its units' (the u.* rules), run on the current versions in the store.
 */
import type { Dataset, UnitRef } from '../../model/types.ts';
import { UNIT_RULES } from '../../rules/cross/units.ts';
import { runRulesOn } from '../../rules/engine.ts';
import type { Finding } from '../../rules/types.ts';
import type { DisclosureListItem, StoreOps } from '../../storage/port.ts';
import type { Organisation } from '../../storage/types.ts';
import { fromStored } from './stored-dataset.ts';

export type UnitStatus = {
  readonly organisation: Organisation;
  readonly disclosure: DisclosureListItem | null;
};

export type DepartmentCheck = {
  readonly department: Organisation;
  readonly own: DisclosureListItem | null;
  readonly units: readonly UnitStatus[];
  /** The u.* findings; null when the department has no saved version to compare. */
  readonly findings: readonly Finding[] | null;
};

async function currentDataset(store: StoreOps, item: DisclosureListItem | null): Promise<Dataset | null> {
  if (item?.currentVersionId == null) return null;
  const v = await store.getVersion(item.currentVersionId);
  if (v === null) return null;
  const r = fromStored(v.dataset);
  return r.ok ? r.dataset : null;
}

/** The department's dataset with its units replaced by the store's units and their current datasets. */
export async function rolledUpDataset(
  store: StoreOps,
  own: Dataset,
  units: readonly UnitStatus[],
): Promise<Dataset> {
  const refs: UnitRef[] = [];
  for (const u of units) {
    const ds = await currentDataset(store, u.disclosure);
    refs.push({
      name: u.organisation.name,
      ...(u.organisation.code === null ? {} : { code: u.organisation.code }),
      unitType: u.organisation.unitType ?? ds?.entity.unitType ?? '事业单位',
      ...(ds === null ? {} : { dataset: ds }),
    });
  }
  return { ...own, entity: { ...own.entity, units: refs } };
}

/** Status of the department's units for a year and the department = Σ units check. */
export async function departmentCheck(
  store: StoreOps,
  department: Organisation,
  year: number,
): Promise<DepartmentCheck> {
  const children = (await store.listOrganisations({ parentId: department.id })).filter(
    (o) => o.kind === 'unit',
  );
  const list = await store.listDisclosures({
    organisationIds: [department.id, ...children.map((o) => o.id)],
    year,
  });
  const byOrg = new Map(list.map((d) => [d.organisationId, d]));
  const own = byOrg.get(department.id) ?? null;
  const units = children.map((organisation) => ({
    organisation,
    disclosure: byOrg.get(organisation.id) ?? null,
  }));
  const ownDs = await currentDataset(store, own);
  if (ownDs === null || units.length === 0) return { department, own, units, findings: null };
  const rolled = await rolledUpDataset(store, ownDs, units);
  return { department, own, units, findings: runRulesOn(rolled, UNIT_RULES) };
}
