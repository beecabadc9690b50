/**
 * @module The storage contract: one suite that every adapter passes, run from sqlite/sqlite.test.ts and
 * postgres/postgres.test.ts. Each test opens a fresh, migrated, empty store.
 * @example describeStoreContract('sqlite :memory:', async (clock) => subjectOf(await openSqliteStore({ file: ':memory:', clock })))
 */
import { describe } from 'node:test';
import { auditJobsTransactionsContract } from './contract/audit-jobs.ts';
import type { OpenSubject } from './contract/fixtures.ts';
import { immutabilityContract } from './contract/immutability.ts';
import { injectionContract } from './contract/injection.ts';
import { organisationsAndUsersContract } from './contract/organisations-users.ts';
import { portalAndFilesContract } from './contract/portal-files.ts';
import { sessionsContract } from './contract/sessions.ts';
import { versionsContract } from './contract/versions.ts';
import { workflowContract } from './contract/workflow.ts';

export type { ContractSubject, OpenSubject } from './contract/fixtures.ts';

/** Registers the whole contract suite for one adapter under `name`. */
export function describeStoreContract(
  name: string,
  open: OpenSubject,
  options: { skip?: string } = {},
): void {
  describe(`store contract: ${name}`, { skip: options.skip ?? false }, () => {
    organisationsAndUsersContract(open);
    sessionsContract(open);
    versionsContract(open);
    workflowContract(open);
    immutabilityContract(open);
    portalAndFilesContract(open);
    injectionContract(open);
    auditJobsTransactionsContract(open);
  });
}
