/**
 * `npm run bench`: one line per figure, `BENCH <name> <value> <unit>`; context on stderr.
 * `npm run bench -- check` runs only the named groups.
 */

import { benchImport } from '../src/ingest/workbook/import.bench.ts';
import { benchAudit } from './audit.ts';
import { benchBatch } from './batch.ts';
import { benchBuild } from './build.ts';
import { benchCheck } from './check.ts';
import { benchFormats } from './formats.ts';
import { benchJobs } from './jobs.ts';
import { benchPortal } from './portal.ts';

const GROUPS: Record<string, () => Promise<void>> = {
  audit: benchAudit,
  build: benchBuild,
  check: benchCheck,
  import: benchImport,
  portal: benchPortal,
  formats: benchFormats,
  jobs: benchJobs,
  // Long (1,000 departments): `npm run bench -- batch` runs it alone.
  batch: benchBatch,
};
const wanted = process.argv.slice(2);
for (const [name, run] of Object.entries(GROUPS)) {
  if (wanted.length === 0 || wanted.includes(name)) await run();
}
