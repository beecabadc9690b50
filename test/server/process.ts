/**
 * @module Starting the real `juesuan serve` process for tests: the launcher in a child process on a free
 * port with its own SQLite file; resolves once the server prints its address.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../helpers.ts';

const LAUNCHER = join(ROOT, 'test', 'server', 'launcher.ts');

/** Runs `juesuan admin …` to completion with the given standard input. */
export function runAdminCli(
  args: string[],
  stdin: string,
): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', LAUNCHER, 'admin', ...args], {
    cwd: ROOT,
    input: stdin,
    encoding: 'utf8',
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export type ServerProcess = {
  readonly child: ChildProcess;
  readonly url: string;
  output: () => string;
  stop: () => Promise<number | null>;
};

/**
 * Starts `juesuan serve --port 0 --db sqlite:<file>` and waits for its address. `detached`: in a process
 * group of its own (which a test may signal as a whole, as systemd does).
 */
export function startServer(
  db: string,
  extra: string[] = [],
  options: { detached?: boolean } = {},
): Promise<ServerProcess> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', LAUNCHER, 'serve', '--port', '0', '--db', db, ...extra],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: options.detached === true,
    },
  );
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 60_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const m = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({
          child,
          url: `http://127.0.0.1:${m[1]}`,
          output: () => out,
          stop: () =>
            new Promise((done) => {
              if (child.exitCode !== null || child.signalCode !== null) return done(child.exitCode);
              child.once('exit', (code) => done(code));
              child.kill('SIGTERM');
            }),
        });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${out}`));
    });
  });
}
