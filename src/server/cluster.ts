/**
 * @module `juesuan serve --workers N`: the primary process of a node:cluster whose N worker processes each
 * run the whole server (app, response cache, job worker, render thread) on one shared listening port, so
 * the server uses every core. What must hold across processes does: sessions, CSRF secrets, jobs and
 * published pages live in the database (the response cache of each process follows the database's change
 * stamp), and the failed-login limits are kept here, in the primary, for all workers (login-limits.ts).
 * A worker that dies is started again (the first at once, then after growing pauses; more than
 * RESTART_LIMIT times within RESTART_WINDOW_MS stops the server with code 1); SIGINT/SIGTERM stop every
 * worker gracefully, each after its running job, and a second signal to the primary kills them at once.
 * Workers exit by themselves when the primary is gone (node:cluster closes their channel).
 */
import cluster, { type Address, type Worker } from 'node:cluster';
import type { AddressInfo } from 'node:net';
import { answerLoginLimits, type LoginLimits } from './auth/login-limits.ts';

/** More restarts than this within RESTART_WINDOW_MS: something is wrong with every worker; stop. */
const RESTART_LIMIT = 5;
const RESTART_WINDOW_MS = 60_000;

export type ClusterOptions = {
  /** How many worker processes (≥ 1). */
  readonly workers: number;
  /** The login limits every worker asks (kept in this process). */
  readonly limits: LoginLimits;
  /** Called once, when every worker listens, with the shared address. */
  readonly onListening: (address: AddressInfo) => void;
  /** Messages for the operator (Chinese); default standard error. */
  readonly log?: (line: string) => void;
};

/**
 * Runs the workers (each started from this process's own command line, as node:cluster does) until a
 * stop signal; returns the exit code: 0 after a stop, a worker's own code when one fails before all
 * listen (e.g. 2: the database cannot be opened, the port is taken), 1 when workers keep dying.
 */
export function runCluster(options: ClusterOptions): Promise<number> {
  if (!cluster.isPrimary) throw new Error('runCluster is for the primary process');
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const listening = new Set<number>();
  const restarts: number[] = [];
  let ready = false;
  let stopping = false;
  let exitCode = 0;

  const fork = (): Worker => {
    const worker = cluster.fork();
    answerLoginLimits(options.limits, worker);
    return worker;
  };

  return new Promise<number>((resolve) => {
    const stopAll = (code: number) => {
      if (stopping) return;
      stopping = true;
      exitCode = code;
      const alive = Object.values(cluster.workers ?? {}).filter((w) => w !== undefined && !w.isDead());
      if (alive.length === 0) finish();
      for (const w of alive) w?.process.kill('SIGTERM');
    };
    const finish = () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      cluster.off('listening', onListening);
      cluster.off('exit', onExit);
      resolve(exitCode);
    };
    const onSignal = () => {
      if (!stopping) {
        stopAll(0);
        return;
      }
      // Asked again while stopping: do not wait for the running jobs.
      log('再次收到停止信号：立即结束所有服务进程。');
      exitCode = exitCode === 0 ? 1 : exitCode;
      for (const w of Object.values(cluster.workers ?? {}))
        if (w !== undefined && !w.isDead()) w.process.kill('SIGKILL');
    };
    const onListening = (worker: Worker, address: Address) => {
      listening.add(worker.id);
      if (ready || listening.size < options.workers) return;
      ready = true;
      options.onListening({
        address: address.address ?? '',
        family: address.addressType === 6 ? 'IPv6' : 'IPv4',
        port: address.port,
      });
    };
    const onExit = (worker: Worker, code: number | null, signal: string | null) => {
      const served = listening.delete(worker.id);
      // A worker that fails while stopping, or that was serving and did not stop by itself (killed by a
      // signal), makes the stop a failure; one still starting may end by our SIGTERM.
      const failed = (code !== null && code !== 0) || (signal !== null && (served || signal !== 'SIGTERM'));
      if (stopping && failed && exitCode === 0) {
        exitCode = 1;
        log(`服务进程 ${worker.process.pid} 未能正常停止（${signal ?? `退出码 ${code}`}）。`);
      }
      if (stopping) {
        if (Object.values(cluster.workers ?? {}).every((w) => w === undefined || w.isDead())) finish();
        return;
      }
      if (!ready) {
        // A worker that cannot start has said why on standard error; the others would fail alike.
        stopAll(code !== null && code !== 0 ? code : 1);
        return;
      }
      const now = Date.now();
      while (restarts.length > 0 && (restarts[0] ?? 0) < now - RESTART_WINDOW_MS) restarts.shift();
      if (restarts.length >= RESTART_LIMIT) {
        log(`服务进程在 ${RESTART_WINDOW_MS / 1000} 秒内已意外退出 ${RESTART_LIMIT} 次以上，服务停止。`);
        stopAll(1);
        return;
      }
      restarts.push(now);
      // The first replacement at once; then waiting longer each time, so a failing worker does not spin.
      const delay = restarts.length <= 1 ? 0 : Math.min(500 * 2 ** (restarts.length - 2), 8000);
      log(`服务进程 ${worker.process.pid} 意外退出（${signal ?? `退出码 ${code}`}），已重新启动。`);
      setTimeout(() => {
        if (!stopping) fork();
      }, delay);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    cluster.on('listening', onListening);
    cluster.on('exit', onExit);
    for (let i = 0; i < options.workers; i += 1) fork();
  });
}
