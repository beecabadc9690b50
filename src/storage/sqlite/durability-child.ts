/**
 * Child process of durability.test.ts: saves versions of one disclosure as fast as it can and prints
 * `ACK <versionId> <number> <contentHash>` after each save has returned, until it is killed.
 * Usage: node --import tsx durability-child.ts <db-file> <disclosure-id> <user-id>
 */
import { openSqliteStore } from './open.ts';

const [file, disclosureId, userId] = process.argv.slice(2);
if (file === undefined || disclosureId === undefined || userId === undefined) {
  process.stderr.write('usage: durability-child.ts <db-file> <disclosure-id> <user-id>\n');
  process.exit(2);
}
const store = await openSqliteStore({ file, clock: () => new Date().toISOString(), migrate: false });
const actor = { userId, ip: '127.0.0.1' };
process.stdout.write('READY\n');
for (let i = 1; i <= 1_000_000; i += 1) {
  const v = await store.saveVersion(
    {
      disclosureId,
      dataset: {
        i,
        amount: `${i}.01`,
        text: '决算'.repeat(500),
        rows: Array.from({ length: 50 }, (_, k) => `${k}`),
      },
      findings: { errors: 0, warnings: i % 3, notices: 0 },
      comment: `burst ${i}`,
    },
    actor,
  );
  // A pipe write is synchronous on Linux: once this returns, the parent can read the acknowledgement.
  process.stdout.write(`ACK ${v.id} ${v.number} ${v.contentHash}\n`);
}
await store.close();
