#!/usr/bin/env node
// Launcher: runs the TypeScript CLI through tsx's loader (no build step). A command that runs best with
// Node.js flags given at start (src/cli/node-flags.ts) is run again in a process started with them.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register();
const args = process.argv.slice(2);
const { nodeFlagsFor } = await import('../src/cli/node-flags.ts');
const missing = nodeFlagsFor(args).filter((flag) => !process.execArgv.includes(flag));
if (missing.length > 0) {
  const child = spawnSync(
    process.execPath,
    [...missing, ...process.execArgv, fileURLToPath(import.meta.url), ...args],
    {
      stdio: 'inherit',
    },
  );
  if (child.error) throw child.error;
  if (child.signal) process.kill(process.pid, child.signal);
  process.exit(child.status ?? 1);
}
// A closed pipe (e.g. `juesuan check … | head`) is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
