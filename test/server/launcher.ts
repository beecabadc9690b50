/**
 * @module Runs `serve` or `admin` as the CLI would (until src/cli/main.ts registers them): usage errors are
 * printed in Chinese with exit code 2. Used by the tests that start the real server process.
 */
import { runAdmin } from '../../src/cli/admin.ts';
import { runServe } from '../../src/cli/serve.ts';
import { UsageError } from '../../src/cli/usage.ts';

const [command, ...args] = process.argv.slice(2);
try {
  if (command === 'serve') process.exitCode = await runServe(args);
  else if (command === 'admin') process.exitCode = await runAdmin(args);
  else {
    process.stderr.write(`未知命令“${command ?? ''}”\n`);
    process.exitCode = 2;
  }
} catch (e) {
  process.stderr.write(`${e instanceof UsageError ? e.message : `内部错误：${String(e)}`}\n`);
  process.exitCode = 2;
}
