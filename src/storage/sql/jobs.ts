/**
 * @module Background jobs with progress: the record the UI shows. The in-process runner (SQLite) takes them
 * from this table with claimNextJob; the pg-boss queue (PostgreSQL) dispatches by id and moves the row with
 * claimJob / requeueJob. Every move is a conditional update, so two workers never both take a job.
 */
import type { Selectable, Updateable } from 'kysely';
import { ConflictError, NotFoundError, StorageError } from '../errors.ts';
import type { JobOutcome, JobProgress, NewJob } from '../port.ts';
import type { Actor, Job, JobStatus } from '../types.ts';
import { atomic, audit, type Ctx, checkInt, now, readJson, writeJson } from './context.ts';
import type { JobsTable } from './db-schema.ts';

function toJob(r: Selectable<JobsTable>): Job {
  return {
    id: r.id,
    kind: r.kind,
    status: r.status as JobStatus,
    payload: readJson(r.payload),
    progressDone: r.progress_done,
    progressTotal: r.progress_total,
    message: r.message,
    result: readJson(r.result),
    error: r.error,
    userId: r.user_id,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export async function createJob(ctx: Ctx, input: NewJob, actor: Actor): Promise<Job> {
  return atomic(ctx, async (tx) => {
    const t = now(tx);
    const row = {
      id: tx.newId(),
      kind: input.kind,
      status: 'queued',
      payload: writeJson(input.payload, 'payload'),
      progress_done: 0,
      progress_total: checkInt(input.total ?? 0, 'total'),
      message: '',
      result: 'null',
      error: null,
      user_id: actor.userId,
      created_at: t,
      updated_at: t,
    };
    await tx.db.insertInto('jobs').values(row).execute();
    await audit(tx, actor, 'job.create', 'job', row.id, { kind: row.kind });
    return toJob(row);
  });
}

export async function getJob(ctx: Ctx, id: string): Promise<Job | null> {
  const r = await ctx.db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
  return r === undefined ? null : toJob(r);
}

export async function listJobs(
  ctx: Ctx,
  filter: { status?: JobStatus; kind?: string; limit?: number } = {},
): Promise<Job[]> {
  let q = ctx.db.selectFrom('jobs').selectAll();
  if (filter.status !== undefined) q = q.where('status', '=', filter.status);
  if (filter.kind !== undefined) q = q.where('kind', '=', filter.kind);
  const rows = await q
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(checkInt(filter.limit ?? 100, 'limit', 1))
    .execute();
  return rows.map(toJob);
}

export async function claimNextJob(ctx: Ctx, kind?: string): Promise<Job | null> {
  return atomic(ctx, async (tx) => {
    // Retry when another worker claimed the candidate first (the conditional update then changes nothing).
    for (let attempt = 0; attempt < 10; attempt += 1) {
      let q = tx.db.selectFrom('jobs').select('id').where('status', '=', 'queued');
      if (kind !== undefined) q = q.where('kind', '=', kind);
      const next = await q.orderBy('created_at').orderBy('id').limit(1).executeTakeFirst();
      if (next === undefined) return null;
      const claimed = await tx.db
        .updateTable('jobs')
        .set({ status: 'running', updated_at: now(tx) })
        .where('id', '=', next.id)
        .where('status', '=', 'queued')
        .returningAll()
        .executeTakeFirst();
      if (claimed !== undefined) return toJob(claimed);
    }
    return null;
  });
}

export async function claimJob(ctx: Ctx, id: string): Promise<Job | null> {
  const r = await ctx.db
    .updateTable('jobs')
    .set({ status: 'running', updated_at: now(ctx) })
    .where('id', '=', id)
    .where('status', '=', 'queued')
    .returningAll()
    .executeTakeFirst();
  return r === undefined ? null : toJob(r);
}

export async function requeueJob(ctx: Ctx, id: string, message: string): Promise<Job> {
  return updateRunning(ctx, id, { status: 'queued', message, updated_at: now(ctx) });
}

/** Changes a running job's row; a job that is not running (or does not exist) is a conflict (not found). */
async function updateRunning(ctx: Ctx, id: string, set: Updateable<JobsTable>): Promise<Job> {
  const r = await ctx.db
    .updateTable('jobs')
    .set(set)
    .where('id', '=', id)
    .where('status', '=', 'running')
    .returningAll()
    .executeTakeFirst();
  if (r !== undefined) return toJob(r);
  return notRunning(ctx, id);
}

async function notRunning(ctx: Ctx, id: string): Promise<never> {
  const job = await getJob(ctx, id);
  if (job === null) throw new NotFoundError('job', id);
  throw new ConflictError('job-state', `job ${id} is ${job.status}, not running`, { status: job.status });
}

export async function updateJobProgress(ctx: Ctx, id: string, p: JobProgress): Promise<Job> {
  return updateRunning(ctx, id, {
    progress_done: checkInt(p.done, 'done'),
    ...(p.total !== undefined && { progress_total: checkInt(p.total, 'total') }),
    ...(p.message !== undefined && { message: p.message }),
    updated_at: now(ctx),
  });
}

export async function finishJob(ctx: Ctx, id: string, outcome: JobOutcome): Promise<Job> {
  if (outcome.status !== 'succeeded' && outcome.status !== 'failed')
    throw new StorageError('bad job outcome');
  return updateRunning(ctx, id, {
    status: outcome.status,
    result: outcome.status === 'succeeded' ? writeJson(outcome.result ?? null, 'result') : 'null',
    error: outcome.status === 'failed' ? outcome.error : null,
    updated_at: now(ctx),
  });
}
