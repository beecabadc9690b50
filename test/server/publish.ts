/**
 * Publishing straight through the store, for tests that need a published disclosure but not the workflow's
 * pages: an organisation with its 2022 disclosure and an administrator, and a version walked from draft to
 * published (a correction when the disclosure is published already).
 */
import type { Store } from '../../src/storage/port.ts';
import type { Actor } from '../../src/storage/types.ts';

const SYSTEM: Actor = { userId: null, ip: null };

/** A department with a 2022 disclosure, and the administrator who acts on it. */
export async function seedDisclosure(
  store: Store,
  name: string,
): Promise<{ orgId: string; disclosureId: string; actor: Actor }> {
  const org = await store.createOrganisation({ name, kind: 'department', region: '某县' }, SYSTEM);
  const user = await store.createUser(
    {
      username: `admin-${org.id}`,
      displayName: '管理',
      passwordHash: 'x',
      role: 'admin',
      organisationId: org.id,
    },
    SYSTEM,
  );
  const actor: Actor = { userId: user.id, ip: null };
  const d = await store.createDisclosure(
    { organisationId: org.id, year: 2022, profile: 'sichuan-13' },
    actor,
  );
  return { orgId: org.id, disclosureId: d.id, actor };
}

/** Saves a new version, stores its files with `put`, and publishes it. */
export async function publishVersion(
  store: Store,
  disclosureId: string,
  actor: Actor,
  put: (versionId: string) => Promise<unknown>,
): Promise<void> {
  const now = (await store.getDisclosure(disclosureId))?.status ?? 'draft';
  if (now === 'published') await store.transition({ disclosureId, from: now, to: 'draft' }, actor);
  const v = await store.saveVersion(
    { disclosureId, dataset: {}, findings: { errors: 0, warnings: 0, notices: 0 }, figures: {} },
    actor,
  );
  await put(v.id);
  await store.transition({ disclosureId, from: 'draft', to: 'submitted' }, actor);
  await store.transition({ disclosureId, from: 'submitted', to: 'approved' }, actor);
  await store.publish({ disclosureId }, actor);
}
