/**
 * @module Storage faults: named error classes the server maps to HTTP (409 conflict, 404 not found,
 * 409/423 immutable, 500 otherwise). Messages are English for logs; the server shows Chinese text by `code`.
 */

/** Why a write was refused as a conflict; stable codes for the server's message catalogue. */
export type ConflictCode =
  | 'status-mismatch' // the disclosure is not in the status the caller expected
  | 'invalid-transition' // the workflow has no such step
  | 'not-editable' // saving a version while submitted/approved/published
  | 'stale-version' // saveVersion's expectedCurrentVersionId is not the current version
  | 'no-version' // submitting or publishing a disclosure that has no version
  | 'duplicate' // a unique key (username, organisation code, organisation + year, …) is taken
  | 'reference' // a referenced row does not exist or a row is still referenced
  | 'job-state'; // a job is not in a state that allows the change

/** Any failure of the storage layer; `cause` holds the driver error when there is one. */
export class StorageError extends Error {
  override name = 'StorageError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** A write refused because the stored state is not what the caller assumed. */
export class ConflictError extends StorageError {
  override name = 'ConflictError';
  readonly code: ConflictCode;
  readonly details: Readonly<Record<string, string | number | null>>;
  constructor(
    code: ConflictCode,
    message: string,
    details: Record<string, string | number | null> = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.code = code;
    this.details = details;
  }
}

/** The addressed row does not exist. */
export class NotFoundError extends StorageError {
  override name = 'NotFoundError';
  readonly entity: string;
  readonly id: string;
  constructor(entity: string, id: string) {
    super(`${entity} not found: ${id}`);
    this.entity = entity;
    this.id = id;
  }
}

/** A change to something that may never change: a published version, its files, the audit log. */
export class ImmutableError extends StorageError {
  override name = 'ImmutableError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** The marker the database triggers put in their error messages, so adapters map them to ImmutableError. */
export const IMMUTABLE_MARKER = 'juesuan:immutable';
