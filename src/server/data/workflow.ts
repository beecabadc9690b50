/**
 * @module The workflow checks and publication. Submission is refused while the current version has error
 * findings (including the department = Σ units check) or a warning without a written justification.
 * Publication renders every file of the approved version once and stores them content-addressed in the same
 * transaction that marks the version published.
 */
import type { Dataset } from '../../model/types.ts';
import { runRules } from '../../rules/engine.ts';
import type { Finding } from '../../rules/types.ts';
import type { Store, StoreOps } from '../../storage/port.ts';
import type { Actor, Disclosure, DisclosureVersion, Organisation } from '../../storage/types.ts';
import { contentTypeOf, reportFontFiles } from '../portal/files.ts';
import { departmentCheck } from './department.ts';
import { unjustifiedWarnings } from './findings.ts';
import type { Renderer } from './renderer.ts';
import { fromStored } from './stored-dataset.ts';

/** A version with its dataset and findings. */
export type CheckedVersion = {
  readonly version: DisclosureVersion;
  readonly dataset: Dataset;
  readonly findings: Finding[];
};

/** Loads a version and runs the rules on it; null when it cannot be read. */
export async function checkedVersion(store: StoreOps, versionId: string): Promise<CheckedVersion | null> {
  const version = await store.getVersion(versionId);
  if (version === null) return null;
  const parsed = fromStored(version.dataset);
  if (!parsed.ok) return null;
  return { version, dataset: parsed.dataset, findings: runRules(parsed.dataset) };
}

export type SubmissionCheck = {
  readonly current: CheckedVersion | null;
  readonly errors: readonly Finding[];
  readonly unjustified: readonly Finding[];
  /** Errors of the department = Σ units check (departments with units only). */
  readonly rollUpErrors: readonly Finding[];
};

/** What stands in the way of submitting the disclosure's current version. */
export async function submissionCheck(
  store: StoreOps,
  d: Disclosure,
  org: Organisation,
): Promise<SubmissionCheck> {
  const current = d.currentVersionId === null ? null : await checkedVersion(store, d.currentVersionId);
  if (current === null) return { current, errors: [], unjustified: [], rollUpErrors: [] };
  const justifications = await store.listJustifications(d.id);
  let rollUpErrors: Finding[] = [];
  if (org.kind === 'department') {
    const dept = await departmentCheck(store, org, d.year);
    rollUpErrors = (dept.findings ?? []).filter((f) => f.severity === 'error');
  }
  return {
    current,
    errors: current.findings.filter((f) => f.severity === 'error'),
    unjustified: unjustifiedWarnings(current.findings, justifications),
    rollUpErrors,
  };
}

/** Whether the check allows submission. */
export function canSubmit(check: SubmissionCheck): boolean {
  return (
    check.current !== null &&
    check.errors.length === 0 &&
    check.unjustified.length === 0 &&
    check.rollUpErrors.length === 0
  );
}

/** Why publication was refused. */
export class PublishRefused extends Error {
  override name = 'PublishRefused';
}

/**
 * Publishes an approved disclosure: renders every file of its current version (unless that version was
 * published before and has its files) and stores them with the status change in one transaction.
 */
export async function publishDisclosure(
  store: Store,
  renderer: Renderer,
  disclosureId: string,
  comment: string,
  actor: Actor,
): Promise<Disclosure> {
  const d = await store.getDisclosure(disclosureId);
  if (d === null) throw new PublishRefused('找不到该公开');
  if (d.status !== 'approved') throw new PublishRefused('只有已审核的公开可以公开');
  if (d.currentVersionId === null) throw new PublishRefused('尚未保存任何版本');
  const checked = await checkedVersion(store, d.currentVersionId);
  if (checked === null) throw new PublishRefused('当前版本的数据无法读取');
  if (checked.findings.some((f) => f.severity === 'error'))
    throw new PublishRefused('当前版本有错误，不能公开');
  const existing = await store.listFiles(checked.version.id);
  const files =
    checked.version.published && existing.length > 0
      ? new Map()
      : await renderer.render(checked.version.dataset, 'all');
  // The portal's report page links the report's fonts; stored too, so any server process can serve them.
  const html = files.get('report.html');
  if (html !== undefined)
    for (const [path, bytes] of reportFontFiles(html.bytes))
      files.set(path, { bytes, contentType: contentTypeOf(path) });
  return store.transaction(async (tx) => {
    for (const [format, file] of files) {
      await tx.putFile(
        {
          disclosureId,
          versionId: checked.version.id,
          format,
          contentType: file.contentType,
          bytes: file.bytes,
        },
        actor,
      );
    }
    return tx.publish({ disclosureId, ...(comment === '' ? {} : { comment }) }, actor);
  });
}
