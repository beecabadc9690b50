/** @module Shared pieces of the storage contract suite: the subject, a settable clock, a seeded organisation tree. */
import type { TestContext } from 'node:test';
import { sql } from 'kysely';
import type { Store } from '../port.ts';
import type { SqlStore } from '../sql/sql-store.ts';
import type { Actor, Clock, Disclosure, JsonValue, Organisation, User } from '../types.ts';

/** A store under test, plus raw SQL on the same database (to prove the database's own guards). */
export type ContractSubject = {
  readonly store: Store;
  /** Runs one SQL statement directly on the database, bypassing the store; returns the rows. */
  readonly query: (sqlText: string) => Promise<Record<string, unknown>[]>;
};

/** The subject for a store of the Kysely adapters: raw SQL goes through the same connection. */
export function sqlSubject(store: SqlStore): ContractSubject {
  return {
    store,
    query: async (text) => (await sql.raw<Record<string, unknown>>(text).execute(store.db)).rows,
  };
}

/** Opens a fresh, migrated, empty store that reads time from `clock`. */
export type OpenSubject = (clock: Clock) => Promise<ContractSubject>;

/** A clock that stands still until moved. */
export type TestClock = { readonly now: Clock; set(iso: string): void; advance(ms: number): string };

/** A settable clock starting at 2026-03-01T08:00:00.000Z. */
export function testClock(start = '2026-03-01T08:00:00.000Z'): TestClock {
  let t = Date.parse(start);
  return {
    now: () => new Date(t).toISOString(),
    set: (iso) => {
      t = Date.parse(iso);
    },
    advance: (ms) => {
      t += ms;
      return new Date(t).toISOString();
    },
  };
}

/** The system acting from the command line. */
export const SYSTEM: Actor = { userId: null, ip: null };

export type World = ContractSubject & {
  readonly clock: TestClock;
  readonly bureau: Organisation;
  readonly dept: Organisation;
  readonly unit: Organisation;
  readonly otherDept: Organisation;
  readonly clerk: User;
  readonly reviewer: User;
  readonly clerkActor: Actor;
  readonly reviewerActor: Actor;
};

/** Opens a fresh store (closed when the test ends) with 财政局 → 2 部门 → 1 单位, a clerk and a reviewer. */
export async function world(open: OpenSubject, t: TestContext): Promise<World> {
  const clock = testClock();
  const subject = await open(clock.now);
  t.after(() => subject.store.close());
  const { store } = subject;
  const region = '四川省广元市剑阁县';
  const bureau = await store.createOrganisation(
    { name: '剑阁县财政局', kind: 'bureau', region, code: '001' },
    SYSTEM,
  );
  const dept = await store.createOrganisation(
    { name: '剑阁县人民政府办公室', kind: 'department', region, parentId: bureau.id, code: '101' },
    SYSTEM,
  );
  const unit = await store.createOrganisation(
    {
      name: '剑阁县政务服务中心',
      kind: 'unit',
      region,
      parentId: dept.id,
      code: '101001',
      unitType: '事业单位',
    },
    SYSTEM,
  );
  const otherDept = await store.createOrganisation(
    { name: '广元市教育局', kind: 'department', region: '四川省广元市', parentId: bureau.id, code: '201' },
    SYSTEM,
  );
  const clerk = await store.createUser(
    {
      username: 'clerk',
      displayName: '张填报',
      passwordHash: 'scrypt$N=16384$c2FsdA$aGFzaA',
      role: 'clerk',
      organisationId: unit.id,
    },
    SYSTEM,
  );
  const reviewer = await store.createUser(
    {
      username: 'reviewer',
      displayName: '李审核',
      passwordHash: 'scrypt$N=16384$c2FsdA$aGFzaA',
      role: 'reviewer',
      organisationId: bureau.id,
    },
    SYSTEM,
  );
  return {
    ...subject,
    clock,
    bureau,
    dept,
    unit,
    otherDept,
    clerk,
    reviewer,
    clerkActor: { userId: clerk.id, ip: '192.0.2.10' },
    reviewerActor: { userId: reviewer.id, ip: '192.0.2.20' },
  };
}

/** A dataset-like JSON document: amounts as decimal strings, never floats. */
export function sampleDataset(tag: string | number = 1): JsonValue {
  return {
    entity: { name: '剑阁县人民政府办公室', year: 2024, amountUnit: '万元', tag: String(tag) },
    tables: { T01: { rows: [{ code: 'income.total', name: '本年收入合计', cells: { amount: '1234.56' } }] } },
    staff: { authorized: 25, actual: 23 },
    narrative: '“三公”经费支出 12.30 万元，比上年减少 0.50 万元。',
  };
}

/** Creates a disclosure for the world's unit and saves `n` versions. */
export async function disclosureWithVersions(w: World, n: number, year = 2024): Promise<Disclosure> {
  const d = await w.store.createDisclosure(
    { organisationId: w.unit.id, year, profile: 'sichuan-13' },
    w.clerkActor,
  );
  for (let i = 1; i <= n; i += 1) {
    await w.store.saveVersion(
      { disclosureId: d.id, dataset: sampleDataset(i), findings: { errors: 0, warnings: 1, notices: 0 } },
      w.clerkActor,
    );
  }
  return (await w.store.getDisclosure(d.id)) as Disclosure;
}

/** Walks a disclosure with a version from draft to published. */
export async function publishDisclosure(w: World, disclosureId: string): Promise<void> {
  await w.store.transition({ disclosureId, from: 'draft', to: 'submitted' }, w.clerkActor);
  await w.store.transition({ disclosureId, from: 'submitted', to: 'approved' }, w.reviewerActor);
  await w.store.publish({ disclosureId }, w.reviewerActor);
}

/** Asserts that a promise rejects with an error of the class (and conflict code, when given). */
export async function rejectsWith(
  p: Promise<unknown>,
  cls: abstract new (...args: never[]) => Error,
  code?: string,
): Promise<Error> {
  try {
    await p;
  } catch (e) {
    if (!(e instanceof cls)) throw new Error(`expected ${cls.name}, got ${String(e)}`, { cause: e });
    if (code !== undefined && (e as { code?: string }).code !== code) {
      throw new Error(`expected code ${code}, got ${(e as { code?: string }).code}`, { cause: e });
    }
    return e;
  }
  throw new Error(`expected ${cls.name}, but it resolved`);
}
