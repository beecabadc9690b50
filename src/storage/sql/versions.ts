/**
 * @module Disclosure versions: every save is a new row numbered 1, 2, 3, … per disclosure. Concurrent saves
 * queue on the disclosure row (the first statement of the save is an UPDATE of it: a row lock on
 * PostgreSQL, the write lock on SQLite), and UNIQUE (disclosure_id, number) backs this up.
 */
import { createHash } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { Fen } from '../../money/index.ts';
import { ConflictError, NotFoundError, StorageError } from '../errors.ts';
import type { SaveVersionInput } from '../port.ts';
import {
  type Actor,
  type DisclosureStatus,
  type DisclosureVersion,
  EDITABLE_STATUSES,
  type VersionSummary,
} from '../types.ts';
import {
  atomic,
  audit,
  type Ctx,
  checkFen,
  checkInt,
  now,
  readBool,
  readJson,
  writeJson,
} from './context.ts';
import type { DisclosureVersionsTable } from './db-schema.ts';

type Row = Selectable<DisclosureVersionsTable>;
type SummaryRow = Omit<Row, 'dataset'>;

/** The columns of a version without its dataset. */
export const SUMMARY_COLUMNS = [
  'id',
  'disclosure_id',
  'number',
  'content_hash',
  'findings_errors',
  'findings_warnings',
  'findings_notices',
  'grand_total_fen',
  'income_total_fen',
  'expenditure_total_fen',
  'sangong_total_fen',
  'operating_expenses_fen',
  'author_id',
  'created_at',
  'comment',
  'published',
  'published_at',
] as const;

/** Maps a row (without dataset) to the summary. */
export function toVersionSummary(r: SummaryRow): VersionSummary {
  return {
    id: r.id,
    disclosureId: r.disclosure_id,
    number: r.number,
    findings: { errors: r.findings_errors, warnings: r.findings_warnings, notices: r.findings_notices },
    figures: {
      grandTotal: r.grand_total_fen as Fen | null,
      incomeTotal: r.income_total_fen as Fen | null,
      expenditureTotal: r.expenditure_total_fen as Fen | null,
      sangongTotal: r.sangong_total_fen as Fen | null,
      operatingExpenses: r.operating_expenses_fen as Fen | null,
    },
    authorId: r.author_id,
    createdAt: r.created_at,
    comment: r.comment,
    published: readBool(r.published),
    publishedAt: r.published_at,
    contentHash: r.content_hash,
  };
}

function toVersion(r: Row): DisclosureVersion {
  return { ...toVersionSummary(r), dataset: readJson(r.dataset) };
}

/** sha256 (hex) of a text. */
export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

export async function saveVersion(
  ctx: Ctx,
  input: SaveVersionInput,
  actor: Actor,
): Promise<DisclosureVersion> {
  const datasetText = writeJson(input.dataset, 'dataset');
  const f = input.figures ?? {};
  const figures = {
    grand_total_fen: checkFen(f.grandTotal, 'figures.grandTotal'),
    income_total_fen: checkFen(f.incomeTotal, 'figures.incomeTotal'),
    expenditure_total_fen: checkFen(f.expenditureTotal, 'figures.expenditureTotal'),
    sangong_total_fen: checkFen(f.sangongTotal, 'figures.sangongTotal'),
    operating_expenses_fen: checkFen(f.operatingExpenses, 'figures.operatingExpenses'),
  };
  const findings = {
    findings_errors: checkInt(input.findings.errors, 'findings.errors'),
    findings_warnings: checkInt(input.findings.warnings, 'findings.warnings'),
    findings_notices: checkInt(input.findings.notices, 'findings.notices'),
  };
  const authorId = actor.userId;
  if (authorId === null) throw new StorageError('a version needs an author (actor.userId)');
  return atomic(ctx, async (tx) => {
    const t = now(tx);
    const locked = await tx.db
      .updateTable('disclosures')
      .set({ updated_at: t })
      .where('id', '=', input.disclosureId)
      .returning(['status', 'current_version_id'])
      .executeTakeFirst();
    if (locked === undefined) throw new NotFoundError('disclosure', input.disclosureId);
    const status = locked.status as DisclosureStatus;
    if (!EDITABLE_STATUSES.includes(status)) {
      throw new ConflictError('not-editable', `a ${status} disclosure cannot be changed`, { status });
    }
    if (
      input.expectedCurrentVersionId !== undefined &&
      input.expectedCurrentVersionId !== locked.current_version_id
    ) {
      throw new ConflictError('stale-version', 'the disclosure was saved by someone else in the meantime', {
        expected: input.expectedCurrentVersionId,
        actual: locked.current_version_id,
      });
    }
    const last = await tx.db
      .selectFrom('disclosure_versions')
      .select((eb) => eb.fn.max('number').as('n'))
      .where('disclosure_id', '=', input.disclosureId)
      .executeTakeFirst();
    const row = {
      id: tx.newId(),
      disclosure_id: input.disclosureId,
      number: Number(last?.n ?? 0) + 1,
      dataset: datasetText,
      content_hash: sha256Hex(datasetText),
      ...findings,
      ...figures,
      author_id: authorId,
      created_at: t,
      comment: input.comment ?? '',
      published: tx.dialect.bool(false),
      published_at: null,
    };
    await tx.db.insertInto('disclosure_versions').values(row).execute();
    await tx.db
      .updateTable('disclosures')
      .set({ current_version_id: row.id })
      .where('id', '=', input.disclosureId)
      .execute();
    await audit(tx, actor, 'disclosure.save', 'disclosure', input.disclosureId, {
      versionId: row.id,
      number: row.number,
      contentHash: row.content_hash,
      errors: row.findings_errors,
      warnings: row.findings_warnings,
      notices: row.findings_notices,
      comment: row.comment,
    });
    return { ...toVersionSummary(row), dataset: readJson(datasetText) };
  });
}

export async function getVersion(ctx: Ctx, id: string): Promise<DisclosureVersion | null> {
  const r = await ctx.db
    .selectFrom('disclosure_versions')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  return r === undefined ? null : toVersion(r);
}

export async function getVersionByNumber(
  ctx: Ctx,
  disclosureId: string,
  number: number,
): Promise<DisclosureVersion | null> {
  const r = await ctx.db
    .selectFrom('disclosure_versions')
    .selectAll()
    .where('disclosure_id', '=', disclosureId)
    .where('number', '=', number)
    .executeTakeFirst();
  return r === undefined ? null : toVersion(r);
}

export async function listVersions(ctx: Ctx, disclosureId: string): Promise<VersionSummary[]> {
  const rows = await ctx.db
    .selectFrom('disclosure_versions')
    .select(SUMMARY_COLUMNS)
    .where('disclosure_id', '=', disclosureId)
    .orderBy('number')
    .execute();
  return rows.map(toVersionSummary);
}
