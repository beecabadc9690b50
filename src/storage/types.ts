/**
 * @module The records the store keeps: organisations, users, sessions, disclosures and their versions,
 * the review workflow, justifications, published files, jobs and the audit log. Timestamps are ISO-8601
 * UTC strings (`2026-11-25T08:00:00.000Z`); money columns are integer fen.
 */

import type { UnitType } from '../model/types.ts';
import type { Fen } from '../money/index.ts';

/** An ISO-8601 UTC timestamp exactly as `Date.prototype.toISOString` writes it. */
export type IsoTime = string;

/** Where the time comes from; injected so the store never reads the system clock itself. */
export type Clock = () => IsoTime;

/** Makes ids for new rows (UUIDs by default). */
export type NewId = () => string;

/** Who makes a change and from where, for the audit log (userId null: the system or an anonymous caller). */
export type Actor = { readonly userId: string | null; readonly ip: string | null };

/** A JSON value as stored in dataset and detail columns. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** 财政局 / 部门 / 单位. */
export const ORGANISATION_KINDS = ['bureau', 'department', 'unit'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export type Organisation = {
  readonly id: string;
  readonly name: string;
  /** 单位代码 (unique when given). */
  readonly code: string | null;
  readonly kind: OrganisationKind;
  readonly parentId: string | null;
  /** 行政区划, e.g. 四川省广元市剑阁县. */
  readonly region: string;
  readonly unitType: UnitType | null;
  readonly createdAt: IsoTime;
};

/** An organisation with its children, for tree views. */
export type OrganisationNode = Organisation & { readonly children: readonly OrganisationNode[] };

/** 填报人 | 部门管理员 | 审核人 | 系统管理员. */
export const ROLES = ['clerk', 'dept_admin', 'reviewer', 'admin'] as const;
export type Role = (typeof ROLES)[number];
/** The Chinese names of the roles, for the UI. */
export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  clerk: '填报人',
  dept_admin: '部门管理员',
  reviewer: '审核人',
  admin: '系统管理员',
};

export type User = {
  readonly id: string;
  /** Unique, compared exactly. */
  readonly username: string;
  readonly displayName: string;
  /** The hash with its parameters (e.g. `scrypt$N=16384,r=8,p=1$salt$hash`); made by the server. */
  readonly passwordHash: string;
  readonly role: Role;
  readonly organisationId: string;
  readonly disabled: boolean;
  readonly createdAt: IsoTime;
};

/** A server-side login session; `id` is the hash of the cookie token, never the token itself. */
export type Session = {
  readonly id: string;
  readonly userId: string;
  readonly createdAt: IsoTime;
  readonly expiresAt: IsoTime;
  readonly lastSeen: IsoTime;
  readonly csrfSecret: string;
  readonly ip: string | null;
};

/** 草稿 → 已提交 → 退回 / 已审核 → 已公开, stored as stable codes. */
export const DISCLOSURE_STATUSES = ['draft', 'submitted', 'returned', 'approved', 'published'] as const;
export type DisclosureStatus = (typeof DISCLOSURE_STATUSES)[number];
/** The Chinese names of the statuses, for the UI. */
export const STATUS_LABELS: Readonly<Record<DisclosureStatus, string>> = {
  draft: '草稿',
  submitted: '已提交',
  returned: '退回',
  approved: '已审核',
  published: '已公开',
};

/**
 * The workflow's steps. `published → draft` starts a correction: the public keeps seeing the last
 * published version until the corrected one is published.
 */
export const TRANSITIONS: Readonly<Record<DisclosureStatus, readonly DisclosureStatus[]>> = {
  draft: ['submitted'],
  submitted: ['returned', 'approved'],
  returned: ['submitted'],
  approved: ['published', 'returned'],
  published: ['draft'],
};

/** Statuses in which a new version may be saved. */
export const EDITABLE_STATUSES: readonly DisclosureStatus[] = ['draft', 'returned'];

export type Disclosure = {
  readonly id: string;
  readonly organisationId: string;
  readonly year: number;
  readonly profile: string;
  readonly status: DisclosureStatus;
  readonly currentVersionId: string | null;
  /** The version the public portal shows (the latest published one), if any. */
  readonly publishedVersionId: string | null;
  readonly createdAt: IsoTime;
  readonly updatedAt: IsoTime;
};

/** Finding counts of a version, by severity. */
export type FindingCounts = { readonly errors: number; readonly warnings: number; readonly notices: number };

/** Headline amounts of a version in fen (null: blank), as columns for portal comparisons. */
export type VersionFigures = {
  /** 收支总计 */
  readonly grandTotal: Fen | null;
  readonly incomeTotal: Fen | null;
  readonly expenditureTotal: Fen | null;
  /** 三公经费合计 */
  readonly sangongTotal: Fen | null;
  /** 机关运行经费 */
  readonly operatingExpenses: Fen | null;
};

/** A version without its dataset, for lists. */
export type VersionSummary = {
  readonly id: string;
  readonly disclosureId: string;
  /** 1, 2, 3, … per disclosure, without gaps. */
  readonly number: number;
  readonly findings: FindingCounts;
  readonly figures: VersionFigures;
  readonly authorId: string;
  readonly createdAt: IsoTime;
  readonly comment: string;
  readonly published: boolean;
  readonly publishedAt: IsoTime | null;
  /** sha256 (hex) of the dataset's canonical JSON (keys sorted). */
  readonly contentHash: string;
};

/** A saved version with its dataset; never changed after it is saved except to be marked published. */
export type DisclosureVersion = VersionSummary & { readonly dataset: JsonValue };

export type ReviewEvent = {
  readonly id: number;
  readonly disclosureId: string;
  readonly versionId: string | null;
  readonly fromStatus: DisclosureStatus;
  readonly toStatus: DisclosureStatus;
  readonly userId: string | null;
  readonly comment: string;
  readonly createdAt: IsoTime;
};

/** A written justification of a warning (the reviewer sees it next to the finding). */
export type Justification = {
  readonly id: number;
  readonly disclosureId: string;
  readonly versionId: string;
  readonly ruleId: string;
  /** Stable key of the finding's location (e.g. `T05:2010101:basic`). */
  readonly locationKey: string;
  readonly text: string;
  readonly userId: string;
  readonly createdAt: IsoTime;
};

/** A rendered file of a version; the bytes are stored once per sha256. */
export type PublishedFile = {
  readonly disclosureId: string;
  readonly versionId: string;
  /** e.g. `html`, `pdf`, `docx`, `xlsx`, `json`, `csv`, `datapackage`. */
  readonly format: string;
  readonly sha256: string;
  readonly size: number;
  readonly contentType: string;
  readonly createdAt: IsoTime;
};

export const JOB_STATUSES = ['queued', 'running', 'succeeded', 'failed'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

/** A background job with its progress (the in-process runner on SQLite; progress display on both). */
export type Job = {
  readonly id: string;
  readonly kind: string;
  readonly status: JobStatus;
  readonly payload: JsonValue;
  readonly progressDone: number;
  readonly progressTotal: number;
  readonly message: string;
  readonly result: JsonValue;
  readonly error: string | null;
  readonly userId: string | null;
  readonly createdAt: IsoTime;
  readonly updatedAt: IsoTime;
};

/** One line of the append-only audit log. */
export type AuditEntry = {
  readonly id: number;
  readonly at: IsoTime;
  readonly userId: string | null;
  /** e.g. `disclosure.save`, `disclosure.transition`, `user.create`, `session.create`. */
  readonly action: string;
  readonly targetType: string;
  readonly targetId: string | null;
  readonly detail: JsonValue;
  readonly ip: string | null;
};
