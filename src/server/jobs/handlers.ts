/**
 * @module What the background jobs do. `publish-approved`: publish every approved disclosure of a year
 * (each rendered in every format and stored); `check-year`: run every rule on the current version of every
 * disclosure of a year and list the results. Each reports progress after every disclosure.
 */
import { runRules, summarise } from '../../rules/engine.ts';
import type { Store } from '../../storage/port.ts';
import type { Actor, Job, JsonValue } from '../../storage/types.ts';
import type { Renderer } from '../data/renderer.ts';
import { fromStored } from '../data/stored-dataset.ts';
import { publishDisclosure } from '../data/workflow.ts';

/** Progress reporting of a running job. */
export type Progress = (done: number, total: number, message: string) => Promise<void>;

/** What a job runs with. */
export type JobContext = { readonly store: Store; readonly renderer: Renderer };

export type JobHandler = (ctx: JobContext, job: Job, progress: Progress) => Promise<JsonValue>;

/** The Chinese names of the job kinds. */
export const JOB_LABELS: Readonly<Record<string, string>> = {
  'publish-approved': '批量公开已审核的决算',
  'check-year': '批量校验全部决算',
};

function yearOf(job: Job): number {
  const y = (job.payload as { year?: unknown } | null)?.year;
  if (typeof y !== 'number' || !Number.isInteger(y)) throw new Error('job payload has no year');
  return y;
}

const publishApproved: JobHandler = async ({ store, renderer }, job, progress) => {
  const year = yearOf(job);
  const items = await store.listDisclosures({ year, status: 'approved' });
  const actor: Actor = { userId: job.userId, ip: null };
  const results: JsonValue[] = [];
  for (const [i, d] of items.entries()) {
    await progress(i, items.length, `正在公开：${d.organisationName}`);
    try {
      await publishDisclosure(store, renderer, d.id, '批量公开', actor);
      results.push({ organisation: d.organisationName, ok: true, message: '已公开' });
    } catch (e) {
      results.push({
        organisation: d.organisationName,
        ok: false,
        message: e instanceof Error ? e.message.slice(0, 200) : '失败',
      });
    }
  }
  await progress(items.length, items.length, '完成');
  return results;
};

const checkYear: JobHandler = async ({ store }, job, progress) => {
  const year = yearOf(job);
  const items = await store.listDisclosures({ year });
  const results: JsonValue[] = [];
  for (const [i, d] of items.entries()) {
    await progress(i, items.length, `正在校验：${d.organisationName}`);
    if (d.currentVersionId === null) {
      results.push({ organisation: d.organisationName, ok: false, message: '尚未上传数据' });
      continue;
    }
    const v = await store.getVersion(d.currentVersionId);
    const parsed = v === null ? null : fromStored(v.dataset);
    if (parsed === null || !parsed.ok) {
      results.push({ organisation: d.organisationName, ok: false, message: '数据无法读取' });
      continue;
    }
    const s = summarise(runRules(parsed.dataset));
    results.push({
      organisation: d.organisationName,
      ok: s.errors === 0,
      message: `第${v!.number}版：${s.errors} 个错误，${s.warnings} 个警告，${s.notices} 个提示`,
    });
    // Let requests in between disclosures (rules and renders are synchronous work).
    await new Promise((r) => setImmediate(r));
  }
  await progress(items.length, items.length, '完成');
  return results;
};

/** Every job kind with its handler. */
export const JOB_HANDLERS: Readonly<Record<string, JobHandler>> = {
  'publish-approved': publishApproved,
  'check-year': checkYear,
};
